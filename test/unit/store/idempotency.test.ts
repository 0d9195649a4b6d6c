// Storing the same run twice, or again after a write failed half-way, leaves exactly one copy.
// Counts come from the queries (rows returned after FINAL), compared with counts taken from the
// RunResult directly.
import { afterEach, expect, test } from 'vitest';
import { ReplayError, isReplayError } from '../../../src/errors.js';
import type { RunResult } from '../../../src/sim/results.js';
import { loadCannedQueries } from '../../../src/store/index.js';
import type { ResultStore, ResultTable } from '../../../src/store/index.js';
import { syntheticRun } from '../../../src/store/synthetic-run.js';
import { answerAll, tempChdbStore } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const names = [...loadCannedQueries().keys()];
const run: RunResult = syntheticRun({ runId: 'run-idem', files: 40, seconds: 200, seed: 11 });

async function counts(store: ResultStore, r: RunResult) {
  const hist = await store.query('latency-histogram', { run: r.runId, kind: 'fault' });
  const top = await store.query('top-files', { run: r.runId, limit: 100_000 });
  return {
    runs: (await store.query('runs')).rows.filter((x) => x['run_id'] === r.runId).length,
    summary: (await store.query('summary', { run: r.runId })).rows.length,
    files: top.rows.length,
    faultBuckets: hist.rows.length,
    timeline: (await store.query('timeline', { run: r.runId })).rows.length,
    deltas: (await store.query('policy-deltas', { run: r.runId })).rows.length,
    costs: (await store.query('costs', { run: r.runId })).rows.length,
  };
}

function countsFromResult(r: RunResult) {
  const ps = Object.values(r.policies);
  return {
    runs: 1,
    summary: ps.length,
    files: ps.reduce((a, p) => a + p.files.length, 0),
    faultBuckets: ps.reduce((a, p) => a + p.faultLatencyHistogram.length, 0),
    timeline: ps.reduce((a, p) => a + p.timeline.length, 0),
    deltas: Object.values(r.deltas).reduce((a, m) => a + Object.keys(m).length, 0),
    costs: r.costs.length,
  };
}

test('the same run stored twice leaves one copy', async () => {
  let now = 1000;
  const { store, cleanup } = await tempChdbStore({ batchRows: 500, now: () => now });
  cleanups.push(cleanup);
  const first = await store.storeRun(run);
  expect(first.inserts).toBeGreaterThan(6); // batched: several INSERTs for the big tables
  const once = await answerAll(store, names, run.runId);
  now += 5;
  const second = await store.storeRun(run);
  expect(second.rows).toEqual(first.rows);
  expect(await counts(store, run)).toEqual(countsFromResult(run));
  const twice = await answerAll(store, names, run.runId);
  // Only created_at_ms may differ (the later write wins).
  const strip = (a: Record<string, unknown>) =>
    JSON.stringify(a).replace(/"created_at_ms":\d+/g, '');
  expect(strip(twice)).toEqual(strip(once));
});

test('a write that fails half-way is reported as failed, is invisible, and a retry leaves one copy', async () => {
  let failAt: { table: ResultTable; batch: number } | undefined = {
    table: 'latency_histograms',
    batch: 2,
  };
  const { store, cleanup } = await tempChdbStore({
    batchRows: 200,
    beforeInsert: (table, batch) => {
      if (table === failAt?.table && batch === failAt.batch) {
        throw new ReplayError('RPL_SINK', `injected failure at ${table} batch ${batch}`);
      }
    },
  });
  cleanups.push(cleanup);
  const err = await store.storeRun(run).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isReplayError(err) && err.message).toBe('injected failure at latency_histograms batch 2');
  // The runs row is written last: the half-written run is not listed and not the latest.
  expect(await store.latestRunId()).toBeUndefined();
  // ...and no canned query shows its figures, although its first batches did land (the retry
  // below must replace, not add to, them): queries only see runs with a `runs` row.
  const partial = await store.query('summary', { run: run.runId });
  expect(partial.rows).toEqual([]);

  failAt = undefined;
  const report = await store.storeRun(run);
  expect(report.totalRows).toBe(Object.values(report.rows).reduce((a, b) => a + b, 0));
  expect(await counts(store, run)).toEqual(countsFromResult(run));

  // Same answers as a store that never failed (chdb: one open data directory per process).
  const strip = (a: Record<string, unknown>) =>
    JSON.stringify(a).replace(/"created_at_ms":\d+/g, '');
  const retried = strip(await answerAll(store, names, run.runId));
  await cleanups.pop()!();
  const clean = await tempChdbStore({ batchRows: 200 });
  cleanups.push(clean.cleanup);
  await clean.store.storeRun(run);
  expect(retried).toEqual(strip(await answerAll(clean.store, names, run.runId)));
});

test('a retriable failure is retried with backoff and the run is stored once', async () => {
  let failures = 2;
  const delays: number[] = [];
  const { store, cleanup } = await tempChdbStore({
    batchRows: 1000,
    retry: { attempts: 4, initialDelayMs: 10, sleep: (ms) => (delays.push(ms), Promise.resolve()) },
    beforeInsert: (table) => {
      if (table === 'timeline' && failures > 0) {
        failures--;
        throw new ReplayError('RPL_SINK', 'server busy (injected)', { retriable: true });
      }
    },
  });
  cleanups.push(cleanup);
  const report = await store.storeRun(run);
  expect(report.retries).toBe(2);
  expect(delays).toEqual([10, 20]);
  expect(await counts(store, run)).toEqual(countsFromResult(run));
});

test('bad figures are refused before anything is written, the same way on every engine', async () => {
  const { store, cleanup } = await tempChdbStore();
  cleanups.push(cleanup);
  const base = syntheticRun({ runId: 'run-bad', files: 2, seconds: 3, seed: 2 });
  const legacy = base.policies['legacy']!;
  const nan: RunResult = {
    ...base,
    policies: { ...base.policies, legacy: { ...legacy, journalCommits: Number.NaN } },
  };
  const dupFile: RunResult = {
    ...base,
    policies: {
      ...base.policies,
      legacy: { ...legacy, files: [legacy.files[0]!, legacy.files[0]!] },
    },
  };
  const negative: RunResult = { ...base, events: -1 };
  const message = async (r: RunResult) =>
    store.storeRun(r).then(
      () => 'stored',
      (e: unknown) => (isReplayError(e) ? `${e.code} ${e.message}` : String(e)),
    );
  expect(await message(nan)).toBe(
    'RPL_INPUT run run-bad: policy_results.journal_commits is NaN (policy="legacy" source="sim" file="")',
  );
  expect(await message(dupFile)).toBe(
    `RPL_INPUT run run-bad: two policy_results rows for policy="legacy" source="sim" file="${legacy.files[0]!.file}"`,
  );
  expect(await message(negative)).toBe(
    'RPL_INPUT run run-bad: runs.events must be a whole number >= 0, got -1 (run_id="run-bad")',
  );
  // Nothing of the refused runs reached the store.
  expect((await store.query('summary', { run: 'run-bad' })).rows).toEqual([]);
});

test('a different result under an already stored run id is reported, not passed off as stored', async () => {
  const { store, cleanup } = await tempChdbStore();
  cleanups.push(cleanup);
  await store.storeRun(syntheticRun({ runId: 'run-same-id', files: 5, seconds: 3, seed: 2 }));
  const smaller = syntheticRun({ runId: 'run-same-id', files: 3, seconds: 3, seed: 2 });
  await expect(store.storeRun(smaller)).rejects.toThrow(
    /run run-same-id read back with wrong row counts: policy_results 2\d \(sent 1\d\), latency_histograms .*: more rows than sent, so a different result was stored earlier under this run id/,
  );
  expect((await store.query('runs')).rows.map((r) => r['run_id'])).toEqual(['run-same-id']);
});
