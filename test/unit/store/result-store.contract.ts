// The result-store contract (STYLE.md §19): store runs and read them back through every canned
// query, with expectations derived from the RunResult itself, not from the store's row builder.
// Run against chdb by store-roundtrip.test.ts (unit) and against a server by
// test/integration/store/clickhouse-store.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReplayError, isReplayError } from '../../../src/errors.js';
import type { RunResult } from '../../../src/sim/results.js';
import { loadCannedQueries } from '../../../src/store/index.js';
import type { ResultStore, SqlStoreOptions } from '../../../src/store/index.js';
import { syntheticRun } from '../../../src/store/synthetic-run.js';
import { answerAll, expectedSummaryRow, expectedSweepFigures } from './helpers.js';

/** Opens an empty store of the adapter under test; `cleanup` closes and removes it. */
export type OpenEmptyStore = (
  opts: SqlStoreOptions,
) => Promise<{ store: ResultStore; cleanup: () => Promise<void> }>;

export function runResultStoreContract(open: OpenEmptyStore): void {
  let store: ResultStore;
  let cleanup: () => Promise<void>;
  const run: RunResult = {
    ...syntheticRun({ runId: 'run-a', files: 7, seconds: 12, seed: 7 }),
    timeBackwards: { droppedFaults: 3, syscallsWithoutDuration: 2 },
    skipped: {
      damagedRecords: 4,
      tracerLostEvents: 17,
      unattributedFaults: 2,
      badLines: 5,
      payloadMismatchLines: 3,
    },
    ignoredEvents: { pageIndexBeyondFiles: 1 },
  };
  // Its capture has no end record (a torn log tail): stored and shown as incomplete (#15.5).
  const older: RunResult = incomplete(
    withUnknownRatios(
      syntheticRun({
        runId: 'run-0',
        files: 2,
        seconds: 3,
        seed: 3,
        policies: ['legacy', 'deferred'],
        unknownObserved: {
          journalHandles: 'btrfs has no tracepoint per transaction join',
          dataPagesWritten: 'the capture has no extent_writepage event',
        },
      }),
    ),
  );
  let clock = 1_700_000_000_000;
  const covered = new Set<string>();
  // While set, the `runs` INSERT fails: the figures land, the run's own row does not, as when
  // the server goes away between the two (issue #15.6).
  let failRunsRow = false;
  let reachedRunsRow = false;

  beforeAll(async () => {
    ({ store, cleanup } = await open({
      now: () => clock,
      batchRows: 100,
      beforeInsert: (table) => {
        if (table !== 'runs' || !failRunsRow) return;
        reachedRunsRow = true;
        throw new ReplayError('RPL_SINK', 'injected: server gone before the runs row');
      },
    }));
    await store.storeRun(older);
    clock += 1000;
    await store.storeRun(run);
  });
  afterAll(async () => cleanup());

  const q = async (name: string, params: Record<string, string | number> = {}) => {
    covered.add(name);
    return store.query(name, params);
  };

  describe('canned queries answer what was stored', () => {
    test('runs: newest first, with the run metadata', async () => {
      const res = await q('runs');
      expect(res.rows.map((r) => r['run_id'])).toEqual(['run-a', 'run-0']);
      expect(res.rows.map((r) => r['completeness'])).toEqual(['complete', 'incomplete']);
      expect(res.rows[0]).toMatchObject({
        capture_id: run.captureId,
        profile: run.profile,
        policies: run.policyIds.join(','),
        events: run.events,
        engine_version: run.engineVersion,
        created_at_ms: 1_700_000_001_000,
      });
      expect(await store.latestRunId()).toBe('run-a');
    });

    test('summary: one row per policy in replay order, figures as in the RunResult', async () => {
      const res = await q('summary'); // no run: the latest
      expect(res.rows.map((r) => r['policy'])).toEqual(run.policyIds);
      for (const row of res.rows)
        expect(row).toEqual(expectedSummaryRow(run, String(row['policy'])));
      const one = await q('summary', { run: 'run-0', policy: 'deferred' });
      expect(one.rows).toEqual([expectedSummaryRow(older, 'deferred')]);
    });

    test('observed: legacy simulated next to the counters read from the trace', async () => {
      const res = await q('observed', { run: 'run-a' });
      const legacy = run.policies['legacy']!;
      expect(
        res.rows.map((r) => [
          r['source'],
          r['write_faults'],
          r['timestamp_updates'],
          r['fault_p50_us'],
        ]),
      ).toEqual([
        ['sim', legacy.writeFaults, legacy.timestampUpdates, legacy.faultLatencyUs.p50],
        [
          'observed',
          legacy.observed!.writeFaults,
          legacy.observed!.timestampUpdates,
          legacy.observed!.faultLatencyUs.p50,
        ],
      ]);
    });

    test('observed: a figure the capture cannot show is NULL with the reason, never 0', async () => {
      const res = await q('observed', { run: 'run-0' });
      const obs = res.rows.find((r) => r['source'] === 'observed')!;
      expect(obs['journal_handles']).toBeNull();
      expect(obs['data_pages_written']).toBeNull();
      expect(obs['write_faults']).toBe(older.policies['legacy']!.observed!.writeFaults);
      expect(obs['unknown']).toBe(
        'data_pages_written: the capture has no extent_writepage event; ' +
          'journal_handles: btrfs has no tracepoint per transaction join',
      );
      expect(obs['fs']).toBe('ext4');
      const sim = res.rows.find((r) => r['source'] === 'sim')!;
      expect(sim['journal_handles']).toBe(older.policies['legacy']!.journalHandles);
    });

    test('policy-deltas: every metric of every policy, filterable', async () => {
      const res = await q('policy-deltas', { run: 'run-a' });
      const expected = Object.entries(run.deltas).flatMap(([policy, m]) =>
        Object.entries(m).map(([metric, d]) => ({
          policy,
          metric,
          value: d.value,
          legacy: d.legacy,
          abs_delta: d.abs,
          rel_delta: d.rel,
        })),
      );
      expect(res.rows).toHaveLength(expected.length);
      expect(new Set(res.rows.map((r) => JSON.stringify(r)))).toEqual(
        new Set(expected.map((r) => JSON.stringify(r))),
      );
      const only = await q('policy-deltas', {
        run: 'run-a',
        policy: 'mapsync',
        metric: 'writeFaults',
      });
      expect(only.rows).toEqual([
        expected.find((e) => e.policy === 'mapsync' && e.metric === 'writeFaults'),
      ]);
    });

    test('legacy-deltas view agrees with the deltas the simulator computed', async () => {
      const view = await q('legacy-deltas', { run: 'run-a', policy: 'lazytime' });
      const names: Record<string, string> = {
        write_faults: 'writeFaults',
        journal_commits: 'journalCommits',
        bytes_written: 'bytesWritten',
        write_amplification: 'writeAmplification',
        fault_mean_us: 'faultLatencyUs.mean',
        fault_p99_us: 'faultLatencyUs.p99',
        msync_mean_us: 'msyncLatencyUs.mean',
        sus_violations: 'mtimeStaleness.suSViolations',
      };
      expect(view.rows.length).toBeGreaterThanOrEqual(Object.keys(names).length);
      for (const row of view.rows) {
        const key = names[String(row['metric'])];
        if (key === undefined) continue;
        const d = run.deltas['lazytime']![key]!;
        expect([row['value'], row['legacy'], row['abs_delta'], row['rel_delta']]).toEqual([
          d.value,
          d.legacy,
          d.abs,
          d.rel,
        ]);
      }
    });

    test('a ratio to a zero figure is NULL, never 0: rel_delta, legacy-deltas, CDF', async () => {
      const d = older.deltas['deferred']!['writeFaults']!;
      expect(d).toMatchObject({ legacy: 0, rel: null });
      const stored = await q('policy-deltas', {
        run: 'run-0',
        policy: 'deferred',
        metric: 'writeFaults',
      });
      expect(stored.rows).toEqual([
        {
          policy: 'deferred',
          metric: 'writeFaults',
          value: d.value,
          legacy: 0,
          abs_delta: d.abs,
          rel_delta: null,
        },
      ]);
      const view = await q('legacy-deltas', { run: 'run-0', policy: 'deferred' });
      const wf = view.rows.find((r) => r['metric'] === 'write_faults');
      expect(wf).toMatchObject({ legacy: 0, abs_delta: d.value, rel_delta: null });
      const hist = await q('latency-histogram', {
        run: 'run-0',
        policy: 'deferred',
        kind: 'msync',
      });
      expect(hist.rows.map((r) => [r['samples'], r['cdf']])).toEqual([
        [0, null],
        [0, null],
      ]);
    });

    test('latency-histogram: buckets, running sums and CDF per policy and kind', async () => {
      const res = await q('latency-histogram', { run: 'run-a', kind: 'fault' });
      const expected = run.policyIds.flatMap((id) => {
        const h = run.policies[id]!.faultLatencyHistogram;
        const total = h.reduce((a, b) => a + b, 0);
        let cum = 0;
        return h.map((n, bucket) => {
          cum += n;
          return {
            policy: id,
            kind: 'fault',
            bucket,
            lower_us: bucket === 0 ? 0 : 2 ** bucket,
            upper_us: 2 ** (bucket + 1),
            samples: n,
            cumulative: cum,
            cdf: total === 0 ? 0 : cum / total,
          };
        });
      });
      expect(res.rows).toEqual(expected);
      expect(res.rows.at(-1)?.['cdf']).toBe(1);
      const f = run.policies['deferred']!.files[3]!;
      const perFile = await q('latency-histogram', {
        run: 'run-a',
        policy: 'deferred',
        kind: 'msync',
        file: f.file,
      });
      expect(perFile.rows.map((r) => r['samples'])).toEqual([...f.msyncLatencyHistogram]);
    });

    test('top-files: per policy, ranked by write faults, limited', async () => {
      const res = await q('top-files', { run: 'run-a', limit: 3 });
      const expected = run.policyIds.flatMap((id) =>
        [...run.policies[id]!.files]
          .sort((a, b) => b.writeFaults - a.writeFaults || (a.file < b.file ? -1 : 1))
          .slice(0, 3)
          .map((f) => [id, f.file, f.writeFaults, f.faultLatencyUs.p99]),
      );
      expect(
        res.rows.map((r) => [r['policy'], r['file'], r['write_faults'], r['fault_p99_us']]),
      ).toEqual(expected);
    });

    test('files: every followed file per policy, with its dev and inode number', async () => {
      const res = await q('files', { run: 'run-a' });
      const expected = run.policyIds.flatMap((id) =>
        [...run.policies[id]!.files]
          .sort((a, b) => (a.file < b.file ? -1 : 1))
          .map((f) => [id, f.file, f.dev, f.ino, f.writeFaults]),
      );
      expect(expected.length).toBeGreaterThan(run.policyIds.length);
      expect(
        res.rows.map((r) => [r['policy'], r['file'], r['dev'], r['ino'], r['write_faults']]),
      ).toEqual(expected);
    });

    test('timeline: every second of every policy', async () => {
      const res = await q('timeline', { run: 'run-a', policy: 'lazytime' });
      expect(res.rows).toEqual(
        run.policies['lazytime']!.timeline.map((t) => ({
          policy: 'lazytime',
          second: t.second,
          write_faults: t.writeFaults,
          timestamp_updates: t.timestampUpdates,
          journal_commits: t.journalCommits,
          bytes_written: t.bytesWritten,
          fault_latency_mean_us: t.faultLatencyMeanUs,
        })),
      );
    });

    test('costs: in the order the run listed them, text intact', async () => {
      const res = await q('costs', { run: 'run-a' });
      expect(res.rows).toEqual(
        run.costs.map((c) => ({
          name: c.name,
          value_us: c.valueUs,
          source: c.source,
          note: c.note,
        })),
      );
    });

    test('skipped: what each run left out, one row per counter, zeros included', async () => {
      const expected = (r: RunResult) =>
        [
          { what: 'damaged_records', count: r.skipped?.damagedRecords ?? 0 },
          { what: 'page_index_beyond_files', count: r.ignoredEvents?.pageIndexBeyondFiles ?? 0 },
          { what: 'tracer_lost_events', count: r.skipped?.tracerLostEvents ?? 0 },
          { what: 'unattributed_faults', count: r.skipped?.unattributedFaults ?? 0 },
          ...(r.skipped?.badLines === undefined
            ? []
            : [
                { what: 'bad_lines', count: r.skipped.badLines },
                { what: 'payload_mismatch_lines', count: r.skipped.payloadMismatchLines },
              ]),
        ].sort((a, b) => (a.what < b.what ? -1 : 1));
      expect((await q('skipped', { run: 'run-a' })).rows).toEqual(expected(run));
      // A clean run stores its zeros: "none" is an answer, not a missing row. Its capture has
      // no end record, so what ingest skipped is not known: no row says 0 for it.
      const clean = (await q('skipped', { run: 'run-0' })).rows;
      expect(clean).toEqual(expected(older));
      expect(clean.map((r) => r['count'])).toEqual([0, 0, 0, 0]);
    });

    test('sweep: one row per cell and policy, values in axis order, figures as stored', async () => {
      const cell = (
        r: RunResult,
        params: string,
        values: number[],
        captured: 0 | 1,
      ): Record<string, unknown>[] =>
        r.policyIds.map((policy) => ({
          sweep_id: 'sw-1',
          run_id: r.runId,
          is_captured: captured,
          params,
          param_names: ['dirtyExpireMs', 'commitIntervalMs'],
          param_values: values,
          policy,
          ...expectedSweepFigures(r, policy),
        }));
      const p = (runId: string, isCaptured: boolean, expire: number, commit: number) => ({
        sweepId: 'sw-1',
        runId,
        isCaptured,
        values: [
          { name: 'dirtyExpireMs', value: expire },
          { name: 'commitIntervalMs', value: commit },
        ],
      });
      const other = { sweepId: 'sw-0', runId: 'run-0', isCaptured: false };
      await store.storeRunParams({ ...other, values: [{ name: 'hz', value: 250 }] });
      // sw-0's baseline recorded no HZ: no values, yet it is the sweep's baseline all the same
      expect(
        await store.storeRunParams({ ...other, runId: 'run-a', isCaptured: true, values: [] }),
      ).toBe(1);
      clock += 1000;
      expect(await store.storeRunParams(p('run-0', true, 30000, 5000))).toBe(2);
      // run-0 is also a cell of the same sweep: the baseline's row stays beside it
      expect(await store.storeRunParams(p('run-0', false, 30000, 100))).toBe(2);
      expect(await store.storeRunParams(p('run-a', false, 1000.5, 100))).toBe(2);
      expect(await store.storeRunParams(p('run-a', false, 1000.5, 100))).toBe(2); // idempotent
      const cells = [
        ...cell(run, 'dirtyExpireMs=1000.5 commitIntervalMs=100', [1000.5, 100], 0),
        ...cell(older, 'dirtyExpireMs=30000 commitIntervalMs=100', [30000, 100], 0),
      ];
      expect((await q('sweep')).rows).toEqual(cells); // no sweep: the latest stored
      expect((await q('sweep', { sweep: 'sw-1', captured: 1 })).rows).toEqual([
        ...cell(older, 'dirtyExpireMs=30000 commitIntervalMs=5000', [30000, 5000], 1),
        ...cells,
      ]);
      const sw0 = await q('sweep', { sweep: 'sw-0' });
      expect(sw0.rows.map((r) => [r['run_id'], r['policy'], r['params']])).toEqual(
        older.policyIds.map((policy) => ['run-0', policy, 'hz=250']),
      );
      const sw0base = await q('sweep', { sweep: 'sw-0', captured: 1 });
      expect(sw0base.rows.slice(0, run.policyIds.length)).toEqual(
        run.policyIds.map((policy) => ({
          sweep_id: 'sw-0',
          run_id: 'run-a',
          is_captured: 1,
          params: '',
          param_names: [],
          param_values: [],
          policy,
          ...expectedSweepFigures(run, policy),
        })),
      );
      expect(sw0base.rows.slice(run.policyIds.length)).toEqual(sw0.rows);
      expect((await q('sweep', { sweep: 'nope' })).rows).toEqual([]);
      const bad = { ...other, values: [{ name: 'hz', value: Number.NaN }] };
      await expect(store.storeRunParams(bad)).rejects.toThrow(/parameter 'hz' = NaN/);
    });

    test('sweeps: the sweeps stored above, newest first, with their axes and combinations', async () => {
      const res = await q('sweeps');
      // sw-1: run-0 as a cell and run-a (run-0's baseline row is not a combination)
      expect(res.rows).toEqual([
        {
          sweep_id: 'sw-1',
          param_names: ['dirtyExpireMs', 'commitIntervalMs'],
          combinations: 2,
          stored_at_ms: clock,
        },
        { sweep_id: 'sw-0', param_names: ['hz'], combinations: 1, stored_at_ms: clock - 1000 },
      ]);
      expect((await q('sweeps', { limit: 1 })).rows.map((r) => r['sweep_id'])).toEqual(['sw-1']);
    });

    test('every canned query is covered above', () => {
      expect([...covered].sort()).toEqual([...loadCannedQueries().keys()].sort());
    });
  });

  describe('a run without its runs row is in no query', () => {
    // The same figures as `run` under another id: once complete, every answer must equal run-a's.
    const half: RunResult = { ...run, runId: 'run-half' };
    const names = [...loadCannedQueries().keys()];
    // The per-run queries (`runs` lists runs, `sweep` a sweep's cells: its parameters are
    // written only after every cell's runs row).
    const canned = loadCannedQueries();
    const figureQueries = names.filter(
      (n) => canned.get(n)?.params.some((p) => p.name === 'run') ?? false,
    );

    test('figures stored but the runs row failed: every canned query is empty for it', async () => {
      failRunsRow = true;
      try {
        const err = await store.storeRun(half).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isReplayError(err) && err.message).toBe('injected: server gone before the runs row');
      } finally {
        failRunsRow = false;
      }
      // The hook only runs for `runs` after every figure table was written and read back.
      expect(reachedRunsRow).toBe(true);
      expect(figureQueries).toEqual(expect.arrayContaining(['summary', 'timeline', 'costs']));
      for (const n of figureQueries) {
        expect({ n, rows: (await store.query(n, { run: half.runId })).rows }).toEqual({
          n,
          rows: [],
        });
      }
      const listed = (await store.query('runs')).rows.map((r) => r['run_id']);
      expect(listed).not.toContain(half.runId);
      expect(await store.latestRunId()).toBe(run.runId);
    });

    test('a retry of the same run completes it: every query shows it once', async () => {
      clock += 1000;
      await store.storeRun(half);
      const listed = (await store.query('runs')).rows.map((r) => r['run_id']);
      expect(listed.filter((id) => id === half.runId)).toEqual([half.runId]);
      const got = await answerAll(store, figureQueries, half.runId);
      const want = await answerAll(store, figureQueries, run.runId);
      for (const n of figureQueries) {
        expect((got[n] as { rows: unknown[] }).rows.length, n).toBeGreaterThan(0);
      }
      expect(got).toEqual(want);
    });
  });

  describe('parameters are validated, never spliced', () => {
    const code = async (p: Promise<unknown>) => {
      try {
        await p;
        return 'resolved';
      } catch (e) {
        return isReplayError(e) ? `${e.code}: ${e.message}` : String(e);
      }
    };
    test('a quote in a value is data, not SQL', async () => {
      const res = await store.query('summary', { run: "run-a' OR '1'='1" });
      expect(res.rows).toEqual([]);
    });
    test('unknown query, unknown parameter and ill-typed value are input errors', async () => {
      expect(await code(store.query('drop-everything'))).toMatch(
        /^RPL_INPUT: no canned query 'drop-everything'/,
      );
      expect(await code(store.query('summary', { run: 'run-a', limit: 3 }))).toMatch(
        /^RPL_INPUT: .*no parameter 'limit'/,
      );
      expect(
        await code(store.query('top-files', { run: 'run-a', limit: '3; DROP TABLE runs' })),
      ).toMatch(/^RPL_INPUT: parameter 'limit' \(UInt32\)/);
      expect(await code(store.query('top-files', { run: 'run-a', limit: -1 }))).toMatch(
        /outside 0\.\.4294967295/,
      );
    });
  });
}

function incomplete(run: RunResult): RunResult {
  return { ...run, completeness: 'incomplete', incompleteReason: 'no-end-record' };
}

/**
 * `run` with figures whose ratios do not exist: legacy wrote no faults (so deferred's
 * writeFaults delta has no rel), and deferred's msync histogram has buckets but no samples.
 */
function withUnknownRatios(run: RunResult): RunResult {
  const legacy = run.policies['legacy']!;
  const deferred = run.policies['deferred']!;
  const value = deferred.writeFaults;
  return {
    ...run,
    policies: {
      ...run.policies,
      legacy: { ...legacy, writeFaults: 0 },
      deferred: { ...deferred, msyncLatencyHistogram: [0, 0] },
    },
    deltas: {
      ...run.deltas,
      deferred: {
        ...run.deltas['deferred'],
        writeFaults: { value, legacy: 0, abs: value, rel: null },
      },
    },
  };
}
