/**
 * What the shared store core (`sql-result-store.ts`) needs from an engine: run DDL, run a SELECT
 * with typed parameters and get `FORMAT JSON` back, and insert `JSONEachRow` text. The chDB and
 * ClickHouse-server adapters implement it; everything above it (schema, batching, retries,
 * dedup, canned queries) is shared, so both engines run byte-identical SQL.
 */
import type { BoundParam } from './sql-binder.js';

export interface ColumnMeta {
  readonly name: string;
  readonly type: string;
}

/** A SELECT answer in ClickHouse's `FORMAT JSON` shape. */
export interface JsonResult {
  readonly meta: readonly ColumnMeta[];
  readonly data: readonly Record<string, unknown>[];
}

export interface SqlBackend {
  readonly kind: 'chdb' | 'clickhouse';
  /** A directory, or a URL without credentials. */
  readonly location: string;
  /**
   * Runs one statement that returns nothing (DDL). Failures reject with a `ReplayError`
   * ('RPL_SINK') whose `retriable` says whether the same call may succeed later.
   */
  exec(sql: string): Promise<void>;
  /**
   * Runs one SELECT. `params` are already validated against their declared types; the backend
   * binds them server-side when the engine can, or inlines them with the strict binder.
   */
  select(sql: string, params: readonly BoundParam[]): Promise<JsonResult>;
  /**
   * Inserts `rows` (objects keyed by column name, every column present) into `table`, and
   * resolves only once the engine has written them (no async insert). The encoding is the
   * backend's choice: it must carry Float64 values bit-exactly.
   */
  insert(table: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void>;
  close(): Promise<void>;
}
