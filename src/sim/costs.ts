/**
 * Resolves the cost parameters of a run and records where each value came from
 * (RunResult.costs). Precedence, lowest first: default, measured from the trace, profile
 * (pinned), config file. See config/cost-model.ts.
 */
import { COST_PARAM_NAMES, COST_PARAM_SPECS } from '../config/index.js';
import type { CostParamName, SimParams } from '../config/index.js';
import type { CostUsed } from './results.js';
import type { Measurements, ServiceHistograms } from './tracker/index.js';
import { histogramMedian, round3 } from './stats.js';
import type { LogLinearHistogram } from './stats.js';

/** Minimum samples before a trace measurement replaces a default. */
export const MIN_FAULT_SAMPLES = 20;
export const MIN_TS_SAMPLES = 5;

interface Measured {
  readonly value: number;
  readonly note: string;
}

/** The values the trace measures (KERNEL.md E.2 method: fault entry -> last event of the episode). */
export function measureCosts(m: Measurements): Partial<Record<CostParamName, Measured>> {
  const out: Partial<Record<CostParamName, Measured>> = {};
  const med = (h: LogLinearHistogram): number | undefined => histogramMedian(h);
  const wp = med(m.serviceWpPlain);
  const np = med(m.serviceNpPlain);
  if (wp !== undefined && m.serviceWpPlain.count >= MIN_FAULT_SAMPLES) {
    out.faultBaseWpUs = {
      value: wp,
      note: `median traced write-protect fault episode without timestamp update, ${m.serviceWpPlain.count} samples`,
    };
  }
  if (np !== undefined && m.serviceNpPlain.count >= MIN_FAULT_SAMPLES) {
    out.faultBaseNpUs = {
      value: np,
      note: `median traced not-present write fault episode without timestamp update or read I/O (block reservation included), ${m.serviceNpPlain.count} samples`,
    };
    out.delallocReserveUs = {
      value: 0,
      note: 'folded into the measured faultBaseNpUs (traced episodes include the reservation)',
    };
  }
  // Timestamp cost, per filesystem's parameter, from its own files' faults: episodes with vs
  // without the update, for the fault kind with more samples.
  for (const [name, h] of [...m.byTsCost].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const measured = timestampCost(h);
    if (measured !== undefined) out[name] = measured;
  }
  const simple: [CostParamName, LogLinearHistogram, string][] = [
    ['msyncAsyncUs', m.msyncAsync, 'median observed msync(MS_ASYNC) enter->exit'],
    ['msyncSyncUs', m.msyncSync, 'median observed msync(MS_SYNC) enter->exit'],
    ['fsyncUs', m.fsync, 'median observed fsync/fdatasync enter->exit'],
    ['journalCommitUs', m.journalCommit, 'median observed jbd2_start_commit -> jbd2_end_commit'],
  ];
  for (const [name, h, what] of simple) {
    const v = med(h);
    if (v !== undefined) out[name] = { value: v, note: `${what}, ${h.count} samples` };
  }
  return out;
}

export interface ResolvedCosts {
  readonly values: Float64Array;
  readonly byName: Readonly<Record<CostParamName, number>>;
  readonly used: readonly CostUsed[];
}

/**
 * @param perFaultService faults are charged their own traced episode duration (runner/policy-runner.ts); the
 *   base fault costs are then reported as measured per fault.
 */
export function resolveCosts(
  params: SimParams,
  measured: Partial<Record<CostParamName, Measured>>,
  perFaultService = false,
): ResolvedCosts {
  const values = new Float64Array(COST_PARAM_NAMES.length);
  const byName = {} as Record<CostParamName, number>;
  const used: CostUsed[] = [];
  COST_PARAM_NAMES.forEach((name, i) => {
    const spec = COST_PARAM_SPECS[name];
    let value = spec.defaultUs;
    let source = 'default';
    let note = spec.source;
    const m = measured[name];
    if (m !== undefined) {
      value = m.value;
      source = 'measured';
      note = m.note;
    }
    if (
      perFaultService &&
      (name === 'faultBaseWpUs' || name === 'faultBaseNpUs' || name === 'delallocReserveUs')
    ) {
      source = 'measured';
      note = `per fault: each traced fault episode's own duration is its base cost (${m !== undefined ? `median ${round3(m.value)} us; ${m.note}` : 'no median: too few samples'})`;
    }
    const p = params.profile.costs[name];
    if (p !== undefined) {
      value = p;
      source = `profile:${params.profile.name}`;
      note = params.profile.source;
    }
    const c = params.costOverrides[name];
    if (c !== undefined) {
      value = c;
      source = 'config';
      note = 'config file / options';
    }
    values[i] = value;
    byName[name] = value;
    used.push({ name, valueUs: round3(value), source, note });
  });
  return { values, byName, used };
}

/** The c/mtime update cost measured from one filesystem's fault episodes, if they show it. */
function timestampCost(h: ServiceHistograms): Measured | undefined {
  const candidates: { v: number; n: number; kind: string }[] = [];
  const pairs = [
    [h.wpTs, h.wpPlain, 'write-protect'],
    [h.npTs, h.npPlain, 'not-present'],
  ] as const;
  for (const [withTs, plain, kind] of pairs) {
    const a = histogramMedian(withTs);
    const b = histogramMedian(plain);
    if (a === undefined || b === undefined) continue;
    if (withTs.count < MIN_TS_SAMPLES || plain.count < MIN_FAULT_SAMPLES) continue;
    candidates.push({ v: a - b, n: withTs.count, kind });
  }
  candidates.sort((x, y) => y.n - x.n);
  const best = candidates[0];
  if (best === undefined) return undefined;
  return {
    value: Math.max(0, best.v),
    note: `median ${best.kind} fault episode with minus without timestamp update, ${best.n} samples with`,
  };
}
