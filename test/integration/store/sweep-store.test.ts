// `faultreplay sweep` stored (issue 16): a 3 x 2 grid x 2 policies on a real capture stores 12
// cells with their parameter values, and `query sweep` gives back, per cell and policy, the
// figures stored for that cell, which are those of the same cell replayed alone; a baseline
// with none of the swept parameters recorded is in the sweep all the same. On the
// embedded store and on the real ClickHouse server (inject('clickhouseUrl') or CLICKHOUSE_URL).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readEvents } from '../../../ingest/index.js';
import { main } from '../../../src/cli/main.js';
import type { SimOptions } from '../../../src/config/index.js';
import { createFileEventLog } from '../../../src/log/index.js';
import { replayLog } from '../../../src/sim/index.js';
import type { RunResult } from '../../../src/sim/results.js';
import { createResultStore } from '../../../src/store/index.js';
import type { StoreConfig } from '../../../src/store/index.js';
import { expectedSummaryRow, expectedSweepFigures } from '../../unit/store/helpers.js';

const injected = (inject as (key: string) => unknown)('clickhouseUrl');
const url =
  typeof injected === 'string' && injected !== '' ? injected : process.env['CLICKHOUSE_URL'];

/** ext4-steady-rand-msync-async was captured with these (fixture README). */
const CAPTURED: SimOptions = { dirtyExpireMs: 1000, writebackIntervalMs: 500 };
const EXPIRE = [1000, 5000, 30000];
const COMMIT = [1000, 5000];
const POLICIES = ['legacy', 'lazytime'];

interface SweepJson {
  sweepId: string;
  baselineRunId: string;
  cells: { params: Record<string, number>; policy: string; runId: string; retimed: boolean }[];
  store: { stored: { runId: string }[]; error: string | null };
}

let dir = '';
/** Each cell replayed alone (replayLog with the cell's options), keyed by parameter values. */
const alone = new Map<string, RunResult>();
/** The baseline of a sweep given no --config: legacy, nothing but the header's tunables. */
let headerOnly: RunResult | undefined;
/** A real XFS capture, whose journal commits no capture can show, and its cells alone. */
const XFS = 'test/fixtures/captures/xfs-kupdate-exp200.trace.gz';
const xfsAlone = new Map<number, RunResult>();
const key = (expire: number, commit: number): string => `${expire}/${commit}`;

async function cli(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(args, { stdout, stderr, interactive: false, env, cwd: dir });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faultreplay-sweep-store-'));
  const log = await createFileEventLog({ dir: join(dir, '.faultreplay', 'log') });
  for await (const b of readEvents('test/fixtures/captures/ext4-steady-rand-msync-async.trace.gz'))
    await log.append(b);
  await writeFile(join(dir, 'captured.json'), JSON.stringify(CAPTURED));
  for (const expire of EXPIRE) {
    for (const commit of COMMIT) {
      const sim = { ...CAPTURED, dirtyExpireMs: expire, commitIntervalMs: commit };
      const r = await replayLog(log, {
        sim: { ...sim, writeback: 'modelled' },
        policies: POLICIES,
      });
      alone.set(key(expire, commit), r);
    }
  }
  headerOnly = await replayLog(log, { policies: ['legacy'] });
  await log.close();
  const xfsLog = await createFileEventLog({ dir: join(dir, 'xfs-log') });
  for await (const b of readEvents(XFS)) await xfsLog.append(b);
  for (const commit of COMMIT) {
    const sim = { commitIntervalMs: commit };
    xfsAlone.set(commit, await replayLog(xfsLog, { sim, policies: POLICIES }));
  }
  await xfsLog.close();
}, 600_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sweepSuite(
  name: string,
  storeArgs: () => string[],
  config: () => StoreConfig,
  env = () => ({}),
) {
  describe(name, () => {
    test('12 cells stored with their values; query sweep gives each cell its stored figures, equal to the cell replayed alone', async () => {
      const args = [
        'sweep',
        '--json',
        '--config',
        'captured.json',
        '--policies',
        POLICIES.join(','),
      ];
      const grid = [
        '--set',
        `dirtyExpireMs=${EXPIRE.join(',')}`,
        '--set',
        `commitIntervalMs=${COMMIT.join(',')}`,
      ];
      const s = await cli([...args, ...grid, ...storeArgs()], env());
      expect({ code: s.code, err: s.err }).toMatchObject({ code: 0 });
      expect(s.err).not.toMatch(/error|not stored/);
      const j = JSON.parse(s.out) as SweepJson;
      expect(j.store.error).toBeNull();
      expect(j.cells).toHaveLength(12);
      // the baseline and one run per parameter combination
      expect(j.store.stored.map((r) => r.runId)).toEqual([
        j.baselineRunId,
        ...new Set(j.cells.map((c) => c.runId)),
      ]);
      expect(j.store.stored).toHaveLength(7);

      const store = await createResultStore(config());
      try {
        const res = await store.query('sweep', { sweep: j.sweepId });
        expect(res.rows).toHaveLength(12);
        // grid order: expire outermost, then commit, then policy
        const expected = EXPIRE.flatMap((e) =>
          COMMIT.flatMap((c) => POLICIES.map((p) => [e, c, p])),
        );
        expect(res.rows.map((r) => [...(r['param_values'] as number[]), r['policy']])).toEqual(
          expected,
        );
        for (const row of res.rows) {
          const [expire, commit] = row['param_values'] as number[];
          const policy = String(row['policy']);
          const cell = j.cells.find(
            (c) =>
              c.params['dirtyExpireMs'] === expire &&
              c.params['commitIntervalMs'] === commit &&
              c.policy === policy,
          )!;
          const solo = alone.get(key(expire!, commit!))!;
          // the same cell replayed alone is the same run (the run id hashes log and config) ...
          expect(cell.runId).toBe(solo.runId);
          expect(row).toMatchObject({
            sweep_id: j.sweepId,
            run_id: cell.runId,
            is_captured: 0,
            params: `dirtyExpireMs=${expire} commitIntervalMs=${commit}`,
            param_names: ['dirtyExpireMs', 'commitIntervalMs'],
          });
          // ... with the same figures, as stored for the cell and as the sweep query gives them
          const figures = expectedSweepFigures(solo, policy);
          expect(row).toMatchObject(figures);
          const stored = await store.query('summary', { run: cell.runId, policy });
          expect(stored.rows).toEqual([expectedSummaryRow(solo, policy)]);
        }
        // the captured baseline: legacy with the values as captured; no commit interval was
        // captured (the trace's own commits), so none is stored rather than a made-up number
        const withBase = await store.query('sweep', { sweep: j.sweepId, captured: 1 });
        expect(withBase.rows).toHaveLength(13);
        expect(withBase.rows[0]).toMatchObject({
          run_id: j.baselineRunId,
          is_captured: 1,
          params: 'dirtyExpireMs=1000',
          policy: 'legacy',
        });
      } finally {
        await store.close();
      }
    }, 600_000);

    test('a baseline that recorded none of the swept parameters still shows, with no parameters', async () => {
      // The capture's header records no commit interval and no --config gives one: the
      // baseline has no run_params values, only the marker that it belongs to the sweep.
      const s = await cli(
        ['sweep', '--json', '--set', `commitIntervalMs=${COMMIT.join(',')}`, ...storeArgs()],
        env(),
      );
      expect({ code: s.code, err: s.err }).toMatchObject({ code: 0 });
      const j = JSON.parse(s.out) as SweepJson;
      expect(j.store.error).toBeNull();
      expect(j.baselineRunId).toBe(headerOnly!.runId);
      const store = await createResultStore(config());
      try {
        const res = await store.query('sweep', { sweep: j.sweepId, captured: 1 });
        expect(res.rows.map((r) => [r['is_captured'], r['run_id'], r['params']])).toEqual([
          [1, j.baselineRunId, ''],
          ...j.cells.map((c) => [0, c.runId, `commitIntervalMs=${c.params['commitIntervalMs']}`]),
        ]);
        expect(res.rows[0]).toMatchObject({
          sweep_id: j.sweepId,
          param_names: [],
          param_values: [],
          policy: 'legacy',
          ...expectedSweepFigures(headerOnly!, 'legacy'),
        });
        // the marker is no axis of the sweep and no combination
        const sweeps = await store.query('sweeps');
        expect(sweeps.rows.find((r) => r['sweep_id'] === j.sweepId)).toMatchObject({
          param_names: ['commitIntervalMs'],
          combinations: COMMIT.length,
        });
      } finally {
        await store.close();
      }
    }, 600_000);

    test('XFS: journal commits, which no capture can show, are NULL with the reason; the rest as stored', async () => {
      const s = await cli(
        [
          'sweep',
          '--json',
          '--log',
          join(dir, 'xfs-log'),
          '--policies',
          POLICIES.join(','),
          '--set',
          `commitIntervalMs=${COMMIT.join(',')}`,
          ...storeArgs(),
        ],
        env(),
      );
      expect({ code: s.code, err: s.err }).toMatchObject({ code: 0 });
      const j = JSON.parse(s.out) as SweepJson & { unknown: Record<string, string> };
      expect(j.store.error).toBeNull();
      expect(Object.keys(j.unknown)).toEqual(['journalCommits']);
      const store = await createResultStore(config());
      try {
        const res = await store.query('sweep', { sweep: j.sweepId });
        expect(res.rows).toHaveLength(COMMIT.length * POLICIES.length);
        for (const row of res.rows) {
          const [commit] = row['param_values'] as number[];
          const solo = xfsAlone.get(commit!)!;
          expect(row['run_id']).toBe(solo.runId);
          const policy = String(row['policy']);
          // the stored run keeps the model's number; the sweep query does not show it
          expect(typeof solo.policies[policy]!.journalCommits).toBe('number');
          expect(row).toMatchObject({
            journal_commits: null,
            unknown: `journal_commits: ${j.unknown['journalCommits']}`,
            data_pages_written: solo.policies[policy]!.dataPagesWritten,
          });
          expect(row).toMatchObject(expectedSweepFigures(solo, policy));
        }
      } finally {
        await store.close();
      }
    }, 600_000);
  });
}

sweepSuite(
  'embedded store',
  () => ['--store', join(dir, 'store')],
  () => ({ kind: 'chdb', path: join(dir, 'store'), database: 'faultreplay' }),
);

const database = `fr_sweep_${randomBytes(4).toString('hex')}`;
describe.skipIf(url === undefined || url === '')('ClickHouse server', () => {
  afterAll(async () => {
    await fetch(url!, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
  });
  sweepSuite(
    'sweep',
    () => ['--clickhouse', url!],
    () => ({ kind: 'clickhouse', url: url!, user: undefined, password: undefined, database }),
    () => ({ FAULTREPLAY_CLICKHOUSE_DATABASE: database }),
  );
});
