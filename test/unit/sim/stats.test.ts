import { describe, expect, test } from 'vitest';
import { LatencyAccumulator, LogLinearHistogram, histogramMedian } from '../../../src/sim/stats.js';

describe('latency statistics', () => {
  test('percentiles within 1/64 relative error, exact mean and max, composed with cost terms at the end', () => {
    const acc = new LatencyAccumulator(2);
    const a = Float64Array.from([1, 0]);
    const b = Float64Array.from([1, 1]);
    const values: number[] = [];
    for (let i = 1; i <= 1000; i++) {
      acc.add(i % 2 === 0 ? a : b, i / 10);
      values.push(i / 10 + 3 + (i % 2 === 0 ? 0 : 7));
    }
    const { summary, histogram } = acc.summarize(Float64Array.from([3, 7]));
    values.sort((x, y) => x - y);
    const exact = (p: number): number => values[Math.ceil(p * values.length) - 1]!;
    expect(summary.count).toBe(1000);
    expect(summary.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / 1000, 3);
    expect(summary.max).toBeCloseTo(values[999]!, 3);
    for (const [p, v] of [
      [0.5, summary.p50],
      [0.9, summary.p90],
      [0.99, summary.p99],
    ] as const) {
      expect(Math.abs(v - exact(p)) / exact(p)).toBeLessThan(1 / 32);
    }
    // log2 buckets: every sample counted once, bucket i covers [2^i, 2^(i+1))
    expect(histogram.reduce((s, c) => s + c, 0)).toBe(1000);
    expect(histogram[0]).toBe(0); // nothing below 2 µs (all >= 3.1)
  });

  test('negative composed latencies are clamped at zero', () => {
    const acc = new LatencyAccumulator(1);
    acc.add(Float64Array.from([-1]), 1);
    const { summary } = acc.summarize(Float64Array.from([5]));
    expect(summary).toMatchObject({ p50: 0, max: 0, mean: 0 });
  });

  test('histogram median', () => {
    const h = new LogLinearHistogram();
    for (const v of [1, 2, 3, 100, 200]) h.add(v);
    expect(histogramMedian(h)).toBeCloseTo(3, 1);
    expect(histogramMedian(new LogLinearHistogram())).toBeUndefined();
  });
});
