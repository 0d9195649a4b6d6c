/**
 * The store logic both adapters share, over a `SqlBackend`:
 *
 * - `migrate` creates `schema_migrations` and applies the missing versions of `migrations/`.
 * - `storeRun` streams each table's rows into JSONEachRow batches of `batchRows`, inserts them
 *   (each INSERT retried with exponential backoff when the failure is retriable), writes the
 *   `runs` row last, then counts the run's rows back with FINAL and rejects unless every table
 *   holds exactly what was sent. Because every table is a ReplacingMergeTree keyed by the row's
 *   identity, writing a run again, whole or after a failure half-way, replaces rather than adds.
 * - `query` runs a canned query by name with validated parameters; a missing `run` defaults to
 *   the latest run.
 */
import { ReplayError } from '../errors.js';
import type { RunResult } from '../sim/results.js';
import { bindParams, loadCannedQueries } from './canned-queries.js';
import type { CannedQuery } from './canned-queries.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, migrationChecksum } from './migrations/index.js';
import type { Migration } from './migrations/index.js';
import { RESULT_TABLES, RUN_PARAMS_MARKER } from './result-store.js';
import type {
  MigrationReport,
  QueryParams,
  QueryResult,
  ResultStore,
  ResultTable,
  RunParams,
  SchemaSnapshot,
  StoreReport,
} from './result-store.js';
import { retrying } from './retry.js';
import type { RetryOptions } from './retry.js';
import { checkRow, expectedRowCounts, rowsFor } from './rows.js';
import type { Row } from './rows.js';
import type { JsonResult, SqlBackend } from './sql-backend.js';
import { isIdentifier, quoteString } from './sql-binder.js';

/** Options shared by both adapters. */
export interface SqlStoreOptions {
  /**
   * Rows per INSERT.
   * @default 5000
   */
  readonly batchRows?: number;
  /** Retry policy for each statement. @default see `retry.ts` */
  readonly retry?: RetryOptions;
  /**
   * Clock for `created_at_ms` / `stored_at_ms` (the ReplacingMergeTree version).
   * @default Date.now
   */
  readonly now?: () => number;
  /**
   * Folder of the canned `*.sql` queries.
   * @default the package's dashboards/
   */
  readonly dashboardsDir?: string;
  /**
   * Called (and awaited) before each INSERT with the table and the batch index. Throwing here
   * fails that INSERT like an engine error would; tests use it to stop a write half-way or to
   * make the server refuse the next INSERT.
   * @default none
   */
  /**
   * The schema versions to apply, oldest first. Only tests pass a prefix (to build an old
   * store and watch it upgrade) or an altered list (to see a drifted definition refused).
   * @default MIGRATIONS
   */
  readonly migrations?: readonly Migration[];
  readonly beforeInsert?: (table: ResultTable, batch: number) => void | Promise<void>;
}

const DEFAULT_BATCH_ROWS = 5000;

/** Converts 64-bit integer strings (output_format_json_quote_64bit_integers=1) to numbers. */
function normalise(res: JsonResult): QueryResult['rows'] {
  const wide = res.meta
    .filter((c) => /^(Nullable\()?U?Int(64|128|256)\)?$/.test(c.type))
    .map((c) => c.name);
  const wideArrays = res.meta
    .filter((c) => /^Array\(U?Int(64|128|256)\)$/.test(c.type))
    .map((c) => c.name);
  if (wide.length === 0 && wideArrays.length === 0) return res.data;
  const toNum = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  };
  return res.data.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const c of wide) out[c] = toNum(row[c]);
    for (const c of wideArrays) {
      const a = row[c];
      if (Array.isArray(a)) out[c] = a.map(toNum);
    }
    return out;
  });
}

export function createSqlResultStore(backend: SqlBackend, opts: SqlStoreOptions = {}): ResultStore {
  const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!Number.isInteger(batchRows) || batchRows < 1) {
    throw new ReplayError('RPL_CONFIG', `batchRows must be a positive integer, got ${batchRows}`);
  }
  const now = opts.now ?? Date.now;
  let queries: Map<string, CannedQuery> | undefined;
  const canned = (): Map<string, CannedQuery> =>
    (queries ??= loadCannedQueries(opts.dashboardsDir));
  let retries = 0;
  const withRetry = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    retrying(what, fn, {
      ...opts.retry,
      onRetry: (e, attempt, delayMs, waited) => {
        retries++;
        opts.retry?.onRetry?.(e, attempt, delayMs, waited);
      },
    });

  const selectRaw = (sql: string): Promise<JsonResult> =>
    withRetry('query', () => backend.select(sql, []));

  async function migrate(): Promise<MigrationReport> {
    await withRetry('create schema_migrations', () => backend.exec(SCHEMA_MIGRATIONS_DDL));
    const done = await selectRaw(
      'SELECT version, checksum FROM schema_migrations FINAL ORDER BY version',
    );
    const applied = new Map(done.data.map((r) => [Number(r['version']), String(r['checksum'])]));
    const report: number[] = [];
    for (const m of opts.migrations ?? MIGRATIONS) {
      const sum = migrationChecksum(m);
      const prev = applied.get(m.version);
      if (prev !== undefined) {
        if (prev !== sum) {
          throw new ReplayError(
            'RPL_SINK',
            `${backend.location}: schema migration ${m.version} (${m.name}) was applied with a different definition (checksum ${prev.slice(0, 12)}, expected ${sum.slice(0, 12)})`,
          );
        }
        continue;
      }
      for (const s of m.statements)
        await withRetry(`migration ${m.version}`, () => backend.exec(s));
      const row = { version: m.version, name: m.name, checksum: sum, applied_at_ms: now() };
      await withRetry('record migration', () => backend.insert('schema_migrations', [row]));
      report.push(m.version);
    }
    const current = Math.max(0, ...applied.keys(), ...report);
    return { applied: report, current };
  }

  // A store opened with an older migration list (an upgrade test, an older engine's schema)
  // lacks the tables later versions add: a run is written to the tables the schema has.
  const created = new Set(
    (opts.migrations ?? MIGRATIONS).flatMap((m) =>
      m.statements.flatMap((st) => /CREATE TABLE IF NOT EXISTS (\w+)/.exec(st)?.[1] ?? []),
    ),
  );
  const tables = RESULT_TABLES.filter((t) => created.has(t));

  async function countRun(runId: string): Promise<Record<ResultTable, number>> {
    const lit = quoteString(runId);
    const parts = tables.map(
      (t) => `SELECT '${t}' AS t, count() AS n FROM ${t} FINAL WHERE run_id = ${lit}`,
    );
    const res = await selectRaw(parts.join(' UNION ALL '));
    const out = Object.fromEntries(RESULT_TABLES.map((t) => [t, 0])) as Record<ResultTable, number>;
    for (const r of res.data) out[r['t'] as ResultTable] = Number(r['n']);
    return out;
  }

  async function storeRun(result: RunResult): Promise<StoreReport> {
    if (typeof result.runId !== 'string' || result.runId === '') {
      throw new ReplayError('RPL_INPUT', 'cannot store a run without a runId');
    }
    const stamp = now();
    let inserts = 0;
    const before = retries;
    // Check every row before the first INSERT: bad input must not leave half a run behind.
    for (const table of tables) {
      const seen = new Set<string>();
      for (const row of rowsFor(table, result, stamp)) checkRow(table, row, seen);
    }
    const writeTable = async (table: ResultTable): Promise<void> => {
      let batch = 0;
      let rows: Row[] = [];
      const flush = async (): Promise<void> => {
        if (rows.length === 0) return;
        const pending = rows;
        const index = batch++;
        rows = [];
        await withRetry(
          `insert into ${table} (batch ${index}, ${pending.length} rows)`,
          async () => {
            inserts++;
            await opts.beforeInsert?.(table, index);
            await backend.insert(table, pending);
          },
        );
      };
      for (const row of rowsFor(table, result, stamp)) {
        row['stored_at_ms'] = stamp;
        rows.push(row);
        if (rows.length >= batchRows) await flush();
      }
      await flush();
    };
    const expected = expectedRowCounts(result);
    const verify = async (tables: readonly ResultTable[]): Promise<Record<ResultTable, number>> => {
      const got = await countRun(result.runId);
      const wrong = tables.filter((t) => got[t] !== expected[t]);
      if (wrong.length > 0) {
        throw new ReplayError(
          'RPL_SINK',
          `${backend.location}: run ${result.runId} read back with wrong row counts: ${wrong
            .map((t) => `${t} ${got[t]} (sent ${expected[t]})`)
            .join(', ')}${
            wrong.some((t) => got[t] > expected[t])
              ? ': more rows than sent, so a different result was stored earlier under this run id'
              : ''
          }`,
          { details: { expected, got } },
        );
      }
      return got;
    };
    // The figures first, checked; then the runs row, which makes the run visible.
    const figureTables = tables.filter((t) => t !== 'runs');
    for (const table of figureTables) await writeTable(table);
    await verify(figureTables);
    await writeTable('runs');
    const got = await verify(tables);
    const totalRows = tables.reduce((s, t) => s + got[t], 0);
    return { runId: result.runId, rows: got, totalRows, inserts, retries: retries - before };
  }

  async function storeRunParams(p: RunParams): Promise<number> {
    const where = `sweep ${p.sweepId} run ${p.runId}`;
    if (p.sweepId === '' || p.runId === '') {
      throw new ReplayError('RPL_INPUT', `${where}: run parameters need a sweep id and a run id`);
    }
    if (!created.has('run_params')) {
      throw new ReplayError('RPL_SINK', `${backend.location}: the schema has no run_params table`);
    }
    const names = new Set<string>();
    for (const v of p.values) {
      if (!Number.isFinite(v.value) || v.name === '' || names.has(v.name)) {
        throw new ReplayError(
          'RPL_INPUT',
          `${where}: parameter '${v.name}' = ${v.value} (names must be unique, values finite)`,
        );
      }
      names.add(v.name);
    }
    const stamp = now();
    // A run with no values (a baseline whose capture recorded none of the swept parameters)
    // still needs a row: run_params is the only place that says the run belongs to the sweep.
    const values = p.values.length > 0 ? p.values : [RUN_PARAMS_MARKER];
    const rows: Row[] = values.map((v, position) => ({
      sweep_id: p.sweepId,
      run_id: p.runId,
      position,
      name: v.name,
      value: v.value,
      is_captured: p.isCaptured ? 1 : 0,
      stored_at_ms: stamp,
    }));
    await withRetry(`insert into run_params (${rows.length} rows)`, () =>
      backend.insert('run_params', rows),
    );
    const res = await selectRaw(
      `SELECT count() AS n FROM run_params FINAL WHERE sweep_id = ${quoteString(p.sweepId)} AND run_id = ${quoteString(p.runId)} AND is_captured = ${p.isCaptured ? 1 : 0}`,
    );
    const got = Number(res.data[0]?.['n']);
    if (got !== rows.length) {
      throw new ReplayError(
        'RPL_SINK',
        `${backend.location}: ${where}: run_params read back ${got} rows (sent ${rows.length})`,
      );
    }
    return got;
  }

  async function schema(): Promise<SchemaSnapshot> {
    const tables = await selectRaw(
      'SELECT name, engine, sorting_key FROM system.tables WHERE database = currentDatabase() ORDER BY name',
    );
    const out: SchemaSnapshot['tables'][number][] = [];
    for (const t of tables.data) {
      const name = String(t['name']);
      if (!isIdentifier(name)) continue;
      const cols = await selectRaw(`DESCRIBE TABLE ${name}`);
      out.push({
        name,
        engine: String(t['engine']),
        sortingKey: String(t['sorting_key']),
        columns: cols.data.map((c) => ({ name: String(c['name']), type: String(c['type']) })),
      });
    }
    const { current } = await migrate();
    return { version: current, tables: out };
  }

  async function latestRunId(): Promise<string | undefined> {
    const res = await selectRaw(
      'SELECT run_id FROM runs FINAL ORDER BY created_at_ms DESC, run_id DESC LIMIT 1',
    );
    const id = res.data[0]?.['run_id'];
    return typeof id === 'string' ? id : undefined;
  }

  async function query(name: string, params: QueryParams = {}): Promise<QueryResult> {
    const q = canned().get(name);
    if (q === undefined) {
      throw new ReplayError(
        'RPL_INPUT',
        `no canned query '${name}' (known: ${[...canned().keys()].join(', ')})`,
      );
    }
    let input = params;
    if (
      q.params.some((p) => p.name === 'run') &&
      (params['run'] === undefined || params['run'] === '')
    ) {
      const latest = await latestRunId();
      if (latest === undefined) {
        throw new ReplayError('RPL_INPUT', `${backend.location}: no runs stored yet`);
      }
      input = { ...params, run: latest };
    }
    const bound = bindParams(q, input);
    const res = await withRetry(`query ${name}`, () => backend.select(q.sql, bound));
    return { name, columns: res.meta, rows: normalise(res) };
  }

  return {
    kind: backend.kind,
    location: backend.location,
    migrate,
    storeRun,
    storeRunParams,
    query,
    latestRunId,
    schema,
    close: () => backend.close(),
  };
}
