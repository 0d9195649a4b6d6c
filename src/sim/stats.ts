/**
 * Bounded-memory latency statistics.
 *
 * A simulated latency is `continuous + Σ multiplier_i × costParam_i`: the continuous part is
 * known at the event (an I/O wait measured in the trace, a stable-page wait), while the cost
 * parameters may only be known at the end of the log (values measured from the trace override
 * defaults). So samples are grouped by their *signature* (which cost terms apply, how often) and
 * each group keeps a log-linear histogram of its continuous part. `summarize(params)` then shifts
 * each group by its constant and merges. Memory is O(groups × buckets), independent of the
 * number of samples; percentiles have a relative error below 1/64 (bucket midpoints, clamped to
 * the exact maximum); means and maxima are exact.
 */
import type { LatencySummary, Log2Histogram } from './results.js';

const SUB_BUCKETS = 32;
const MIN_US = 1 / 64;

/** Log-linear histogram of non-negative values (µs). */
export class LogLinearHistogram {
  readonly counts = new Map<number, number>();
  count = 0;
  sum = 0;
  max = 0;

  add(valueUs: number, n = 1): void {
    const v = valueUs > 0 && Number.isFinite(valueUs) ? valueUs : 0;
    const idx = bucketOf(v);
    this.counts.set(idx, (this.counts.get(idx) ?? 0) + n);
    this.count += n;
    this.sum += v * n;
    if (v > this.max) this.max = v;
  }
}

function bucketOf(v: number): number {
  if (v < MIN_US) return 0;
  const r = v / MIN_US;
  const e = Math.floor(Math.log2(r));
  const sub = Math.min(SUB_BUCKETS - 1, Math.floor((r / 2 ** e - 1) * SUB_BUCKETS));
  return 1 + e * SUB_BUCKETS + sub;
}

function bucketMid(idx: number): number {
  if (idx === 0) return 0;
  const e = Math.floor((idx - 1) / SUB_BUCKETS);
  const sub = (idx - 1) % SUB_BUCKETS;
  return MIN_US * 2 ** e * (1 + (sub + 0.5) / SUB_BUCKETS);
}

/** Term multipliers of one sample, indexed by cost-parameter position. */
export type TermVector = Float64Array;

interface Group {
  readonly terms: Float64Array;
  readonly hist: LogLinearHistogram;
}

export class LatencyAccumulator {
  private readonly groups = new Map<string, Group>();
  private readonly termCount: number;
  count = 0;

  constructor(termCount: number) {
    this.termCount = termCount;
  }

  /** Adds a sample with continuous part `continuousUs` and the given term multipliers. */
  add(terms: TermVector, continuousUs: number): void {
    let key = '';
    for (let i = 0; i < this.termCount; i++) {
      const m = terms[i]!;
      if (m !== 0) key += `${i}x${m},`;
    }
    let g = this.groups.get(key);
    if (g === undefined) {
      g = { terms: Float64Array.from(terms), hist: new LogLinearHistogram() };
      this.groups.set(key, g);
    }
    g.hist.add(continuousUs);
    this.count++;
  }

  /** Merges another accumulator's samples into this one. */
  merge(other: LatencyAccumulator): void {
    for (const [key, g] of other.groups) {
      let mine = this.groups.get(key);
      if (mine === undefined) {
        mine = { terms: Float64Array.from(g.terms), hist: new LogLinearHistogram() };
        this.groups.set(key, mine);
      }
      for (const [idx, n] of g.hist.counts)
        mine.hist.counts.set(idx, (mine.hist.counts.get(idx) ?? 0) + n);
      mine.hist.count += g.hist.count;
      mine.hist.sum += g.hist.sum;
      if (g.hist.max > mine.hist.max) mine.hist.max = g.hist.max;
    }
    this.count += other.count;
  }

  /** Sum of every sample (µs) under the given parameter values. */
  total(params: Float64Array): number {
    let s = 0;
    for (const g of this.groups.values())
      s += g.hist.sum + g.hist.count * constantOf(g.terms, params);
    return s;
  }

  summarize(params: Float64Array): { summary: LatencySummary; histogram: Log2Histogram } {
    if (this.count === 0) {
      return { summary: { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 }, histogram: [] };
    }
    const points: [number, number][] = [];
    let max = 0;
    let sum = 0;
    for (const g of this.groups.values()) {
      const c = constantOf(g.terms, params);
      // A negative term (a traced timestamp update taken out of a measured episode) can push a
      // short sample below zero: latencies are clamped at 0 for percentiles and the maximum.
      const gMax = Math.max(0, g.hist.max + c);
      if (gMax > max) max = gMax;
      sum += g.hist.sum + g.hist.count * c;
      for (const [idx, n] of g.hist.counts)
        points.push([Math.max(0, Math.min(bucketMid(idx) + c, gMax)), n]);
    }
    points.sort((a, b) => a[0] - b[0]);
    const n = this.count;
    const pct = (p: number): number => {
      const rank = Math.max(1, Math.ceil(p * n));
      let cum = 0;
      for (const [v, c] of points) {
        cum += c;
        if (cum >= rank) return v;
      }
      return max;
    };
    const log2: number[] = [];
    for (const [v, c] of points) {
      const b = v < 2 ? 0 : Math.floor(Math.log2(v));
      while (log2.length <= b) log2.push(0);
      log2[b] = log2[b]! + c;
    }
    return {
      summary: {
        count: n,
        mean: round3(Math.max(0, sum / n)),
        p50: round3(pct(0.5)),
        p90: round3(pct(0.9)),
        p99: round3(pct(0.99)),
        max: round3(max),
      },
      histogram: log2,
    };
  }
}

function constantOf(terms: Float64Array, params: Float64Array): number {
  let c = 0;
  for (let i = 0; i < terms.length; i++) {
    const m = terms[i]!;
    if (m !== 0) c += m * params[i]!;
  }
  return c;
}

/** Rounds to 3 decimals so JSON output is stable and readable. */
export function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Median of a histogram (µs), or undefined when empty. */
export function histogramMedian(h: LogLinearHistogram): number | undefined {
  if (h.count === 0) return undefined;
  const sorted = [...h.counts.entries()].sort((a, b) => a[0] - b[0]);
  const rank = Math.ceil(h.count / 2);
  let cum = 0;
  for (const [idx, n] of sorted) {
    cum += n;
    if (cum >= rank) return Math.min(bucketMid(idx), h.max);
  }
  return h.max;
}
