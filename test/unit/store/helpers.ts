import { repoRoot } from '../../helpers/shared.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvents } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { replayEvents } from '../../../src/sim/index.js';
import { FS_MODELS, blindSpots } from '../../../src/sim/fs/index.js';
import type { PolicyFigures, PolicyResult, RunResult } from '../../../src/sim/results.js';
import { createResultStore, loadCannedQueries } from '../../../src/store/index.js';
import type { ResultStore, SqlStoreOptions } from '../../../src/store/index.js';

/** A chdb store in a fresh temporary directory; `cleanup` closes it and removes the directory. */
export async function tempChdbStore(
  opts: SqlStoreOptions = {},
): Promise<{ store: ResultStore; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'fr-store-'));
  const store = await createResultStore(
    { kind: 'chdb', path: join(dir, 'store'), database: 'faultreplay' },
    opts,
  );
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The figure columns of the summary query, derived from the contract's field names by a
 * different route than src/store/rows.ts uses (camelCase -> snake_case conversion, not a table).
 */
export function snake(k: string): string {
  return k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function expectedSummaryRow(r: RunResult, id: string): Record<string, unknown> {
  const p = r.policies[id]!;
  const f: PolicyFigures = p;
  const row: Record<string, unknown> = { policy: id, label: p.label };
  for (const k of [
    'writeFaults',
    'pageMkwriteCalls',
    'timestampUpdates',
    'journalHandles',
    'journalCommits',
    'dataPagesWritten',
    'bytesDirtied',
    'bytesWritten',
    'writeAmplification',
  ] as const) {
    row[snake(k)] = f[k];
  }
  row['fault_count'] = f.faultLatencyUs.count;
  for (const k of ['mean', 'p50', 'p90', 'p99', 'max'] as const)
    row[`fault_${k}_us`] = f.faultLatencyUs[k];
  row['msync_count'] = f.msyncLatencyUs.count;
  for (const k of ['mean', 'p50', 'p99'] as const) row[`msync_${k}_us`] = f.msyncLatencyUs[k];
  const s = f.mtimeStaleness;
  row['sus_violations'] = s.suSViolations;
  row['staleness_max_ms'] = s.maxMs;
  row['staleness_mean_ms'] = s.meanMs;
  row['stale_time_ms'] = s.staleTimeMs;
  row['durability_lag_mean_ms'] = s.durabilityLagMeanMs;
  // Per run, repeated on each policy's row; a run with none has no timeBackwards at all.
  row['time_backwards_faults'] = r.timeBackwards?.droppedFaults ?? 0;
  row['time_backwards_syscalls'] = r.timeBackwards?.syscallsWithoutDuration ?? 0;
  row['completeness'] = r.completeness;
  return row;
}

/** The figure columns of the sweep query for one policy of a run, from the RunResult itself. */
/** Sweep figures a filesystem can be blind to -> the `sweep` query's column. */
const SWEEP_BLIND: Readonly<Record<string, string>> = {
  dataPagesWritten: 'data_pages_written',
  journalCommits: 'journal_commits',
  timestampUpdates: 'timestamp_updates',
};

/**
 * The `sweep` query's figures for policy `id` of run `r`: what the filesystems of its files
 * never show (the fs models' `blindSpots`) is NULL, and `unknown` says why.
 */
export function expectedSweepFigures(r: RunResult, id: string): Record<string, unknown> {
  const f: PolicyResult = r.policies[id]!;
  const figures: Record<string, unknown> = {
    fault_p99_us: f.faultLatencyUs.p99,
    msync_p99_us: f.msyncLatencyUs.p99,
    write_amplification: f.writeAmplification,
    data_pages_written: f.dataPagesWritten,
    journal_commits: f.journalCommits,
    timestamp_updates: f.timestampUpdates,
    staleness_mean_ms: f.mtimeStaleness.meanMs,
  };
  const why: string[] = [];
  for (const fs of [...new Set(f.files.map((x) => x.fs))].sort()) {
    const model = FS_MODELS.find((m) => m.id === fs);
    const blind: Record<string, string | undefined> = model === undefined ? {} : blindSpots(model);
    for (const [name, column] of Object.entries(SWEEP_BLIND)) {
      if (blind[name] === undefined || figures[column] === null) continue;
      figures[column] = null;
      why.push(`${column}: ${fs}: ${blind[name]}`);
    }
  }
  figures['unknown'] = why.join('; ');
  return figures;
}

/** Rows of every canned query for a run, keyed by query name. */
export async function answerAll(
  store: ResultStore,
  names: readonly string[],
  run: string,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const canned = loadCannedQueries();
  for (const n of names) {
    // `runs` and `sweep` take no run: they list the store's runs or a sweep's cells.
    const perRun = canned.get(n)?.params.some((p) => p.name === 'run') ?? true;
    const q = await store.query(n, perRun ? { run } : {});
    // `runs` lists every run of the store; keep this one's row so stores with other runs compare.
    const rows = n === 'runs' ? q.rows.filter((r) => r['run_id'] === run) : q.rows;
    out[n] = { columns: q.columns, rows };
  }
  return out;
}

/** A real capture bundled with the repository (the quick start's), so no shared folder is needed. */
export const REAL_CAPTURE = join(
  repoRoot,
  'test',
  'fixtures',
  'captures',
  'ext4-small-steady.trace.gz',
);

async function* flat(path: string): AsyncIterable<CanonicalEvent> {
  for await (const b of readEvents(path)) yield* b;
}

/** The simulator's result for the shared small ext4 capture (every registered policy). */
export function replayRealCapture(): Promise<RunResult> {
  return replayEvents(() => flat(REAL_CAPTURE));
}
