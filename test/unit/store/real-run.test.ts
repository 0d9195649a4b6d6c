// A RunResult from the real simulator on a real shared capture, stored and read back: the store
// must take whatever the simulator produces (every policy, empty histograms, large counters).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../../../src/sim/index.js';
import type { ResultStore } from '../../../src/store/index.js';
import { REAL_CAPTURE, expectedSummaryRow, replayRealCapture, tempChdbStore } from './helpers.js';

describe.skipIf(!existsSync(REAL_CAPTURE))('a real replay result', () => {
  let run: RunResult;
  let store: ResultStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    run = await replayRealCapture();
    ({ store, cleanup } = await tempChdbStore());
  }, 120_000);
  afterAll(async () => cleanup());

  test('is stored with every row and read back figure for figure', async () => {
    const report = await store.storeRun(run);
    const ps = Object.values(run.policies);
    expect(report.rows.policy_results).toBe(
      ps.reduce((a, p) => a + 1 + p.files.length + (p.observed === undefined ? 0 : 1), 0),
    );
    const summary = await store.query('summary', { run: run.runId });
    expect(summary.rows.map((r) => r['policy'])).toEqual(run.policyIds);
    for (const row of summary.rows)
      expect(row).toEqual(expectedSummaryRow(run, String(row['policy'])));
    const hist = await store.query('latency-histogram', {
      run: run.runId,
      kind: 'fault',
      policy: 'legacy',
    });
    expect(hist.rows.map((r) => r['samples'])).toEqual([
      ...run.policies['legacy']!.faultLatencyHistogram,
    ]);
    const deltas = await store.query('policy-deltas', { run: run.runId });
    expect(deltas.rows.length).toBe(
      Object.values(run.deltas).reduce((a, m) => a + Object.keys(m).length, 0),
    );
  });
});
