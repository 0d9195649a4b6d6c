/**
 * The result-store port: where `RunResult`s (src/sim/results.ts) are kept and how the dashboards
 * read them back. Two adapters implement it over one SQL dialect: the embedded chDB engine
 * (`chdb-result-store.ts`, the default, persisted under `./.faultreplay/store`) and a ClickHouse
 * server (`clickhouse-result-store.ts`). Both share the schema (`migrations/`), the row layout
 * (`rows.ts`) and the canned dashboard queries (`dashboards/*.sql`), which are the only SQL a
 * reader can run: there is no free-form query entry point on purpose.
 */
import type { RunResult } from '../sim/results.js';

/** Names of the tables a run is written to, in write order (`runs` last: it is the commit mark). */
export const RESULT_TABLES = [
  'policy_results',
  'latency_histograms',
  'timeline',
  'costs',
  'deltas',
  'policy_notes',
  'run_time_backwards',
  'run_skipped',
  'run_inputs',
  'runs',
] as const;
export type ResultTable = (typeof RESULT_TABLES)[number];

/** What `storeRun` wrote, read back from the store after the write (not what was sent). */
export interface StoreReport {
  readonly runId: string;
  /** Rows of this run present in each table after deduplication, as counted by the store. */
  readonly rows: Readonly<Record<ResultTable, number>>;
  readonly totalRows: number;
  /** INSERT statements issued (including retries). */
  readonly inserts: number;
  /** Attempts that failed and were retried. */
  readonly retries: number;
}

/** A canned query's answer: column names and types in SELECT order, then the rows. */
export interface QueryResult {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  /**
   * Rows as objects keyed by column name. 64-bit integers are numbers when they are safe
   * integers (they always are for our counters) and decimal strings otherwise.
   */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Values for a canned query's declared parameters; omitted optional ones take their default. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

export interface MigrationReport {
  /** Versions applied by this call (empty when the schema was already current). */
  readonly applied: readonly number[];
  /** The schema version after the call. */
  readonly current: number;
}

/** The store's tables as the engine reports them, in a form comparable across versions. */
export interface SchemaSnapshot {
  readonly version: number;
  readonly tables: readonly {
    readonly name: string;
    /** e.g. 'ReplacingMergeTree', 'View'. */
    readonly engine: string;
    /** The ORDER BY expression ('' for views). */
    readonly sortingKey: string;
    readonly columns: readonly { readonly name: string; readonly type: string }[];
  }[];
}

/**
 * The tunable values a sweep replayed one stored run with (table `run_params`, version 7).
 * `values` are in the sweep's axis order.
 */
export interface RunParams {
  /** The sweep the run belongs to (a run can belong to several). */
  readonly sweepId: string;
  readonly runId: string;
  /** The captured baseline (legacy, parameters as captured), not a cell of the grid. */
  readonly isCaptured: boolean;
  readonly values: readonly { readonly name: string; readonly value: number }[];
}

/**
 * The `run_params` row of a run stored with no values (a baseline whose capture recorded none of
 * the swept parameters): its membership in the sweep, which no other table records. The empty
 * name is no parameter's (names are checked non-empty), and the canned queries skip it.
 */
export const RUN_PARAMS_MARKER = { name: '', value: 0 } as const;

export interface ResultStore {
  /** 'chdb' or 'clickhouse'. */
  readonly kind: 'chdb' | 'clickhouse';
  /** Where the data lives, for messages: a directory, or a URL without credentials. */
  readonly location: string;

  /**
   * Creates or upgrades the schema to the newest migration. Implementations run it once when
   * opened; calling it again must be a no-op that reports `applied: []`.
   */
  migrate(): Promise<MigrationReport>;

  /**
   * Stores one run. Obligations: rows go in batches (thousands per INSERT); the `runs` row is
   * written last so a run never appears in listings before its figures; storing the same run
   * again (or retrying after a failure half-way) leaves exactly one copy; transient failures are
   * retried with backoff; the figures are counted back before the `runs` row makes the run
   * visible; the returned counts are read back from the store, and the call rejects
   * with `ReplayError('RPL_SINK')` rather than report rows that are not there.
   */
  storeRun(result: RunResult): Promise<StoreReport>;

  /**
   * Stores the parameter values of a run already stored by `storeRun` (a sweep writes them
   * after the cell's run, so a sweep query never sees a cell without figures). Same obligations
   * as `storeRun`: idempotent, retried, values checked (finite, names unique) before the
   * INSERT, and the rows counted back; resolves to that count. No values still store one row,
   * `RUN_PARAMS_MARKER`, so the run shows in the sweep query (with no parameters).
   */
  storeRunParams(params: RunParams): Promise<number>;

  /**
   * Runs one canned query (`dashboards/NAME.sql`) with typed, validated parameters. Unknown
   * names, unknown or missing parameters, and values that do not fit the declared type reject
   * with `ReplayError('RPL_INPUT')` before any SQL is sent.
   */
  query(name: string, params?: QueryParams): Promise<QueryResult>;

  /** Describes the tables of the store's database (DESCRIBE + system.tables), sorted by name. */
  schema(): Promise<SchemaSnapshot>;

  /** The most recently stored run id, or undefined for an empty store. */
  latestRunId(): Promise<string | undefined>;

  /** Releases the engine or connection. Idempotent. */
  close(): Promise<void>;
}
