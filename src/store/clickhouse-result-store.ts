/**
 * The result store on a ClickHouse server over HTTP (`@clickhouse/client`; the only file that
 * imports it). It must work with Debian's ClickHouse 18.16 as well as current servers, so it
 * probes once at open what the server can do instead of assuming:
 *
 * - server-side query parameters (`{run:String}` + `param_run`): 19.x and later. 18.16 answers
 *   "Unknown setting param_run"; then values are inlined by the strict typed binder.
 * - the `async_insert` setting (21.11+): set to 0 where it exists, so an INSERT has landed
 *   when it returns; absent on 18.16, where inserts are synchronous anyway.
 *
 * Errors are translated here: connection refused/reset and timeouts, "too many parts" and other
 * load-related server codes are retriable (the shared core retries them with backoff); the rest
 * fail at once. The original client error is kept as `cause`.
 */
import { redactUrl } from './config.js';
import { Readable } from 'node:stream';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import { ReplayError, errorMessage, isReplayError } from '../errors.js';
import { RESULT_TABLES } from './result-store.js';
import type { ResultStore } from './result-store.js';
import type { JsonResult, SqlBackend } from './sql-backend.js';
import { inlineParams, isIdentifier } from './sql-binder.js';
import { retrying } from './retry.js';
import { encodeRowBinary } from './row-binary.js';
import type { ColumnDef } from './row-binary.js';
import { createSqlResultStore } from './sql-result-store.js';
import type { SqlStoreOptions } from './sql-result-store.js';

export interface ClickHouseResultStoreOptions extends SqlStoreOptions {
  /** Server HTTP URL, e.g. http://127.0.0.1:8123. Credentials in the URL are accepted. */
  readonly url: string;
  /** @default 'default' (or the URL's user) */
  readonly user?: string;
  /** @default '' (or the URL's password) */
  readonly password?: string;
  /**
   * Database for the result tables, created if missing.
   * @default 'faultreplay'
   */
  readonly database?: string;
  /**
   * Per-request timeout, ms.
   * @default 30000
   */
  readonly requestTimeoutMs?: number;
}

/** Server error codes worth retrying: load, timeouts, network, replicas/keeper away. */
const RETRIABLE_CODES = new Set([
  159, // TIMEOUT_EXCEEDED
  164, // READONLY (replica briefly read-only)
  202, // TOO_MANY_SIMULTANEOUS_QUERIES
  209, // SOCKET_TIMEOUT
  210, // NETWORK_ERROR
  241, // MEMORY_LIMIT_EXCEEDED
  242, // TABLE_IS_READ_ONLY
  252, // TOO_MANY_PARTS
  285, // TOO_FEW_LIVE_REPLICAS
  319, // UNKNOWN_STATUS_OF_INSERT
  999, // KEEPER_EXCEPTION
]);
const RETRIABLE_NET = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

function netCode(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; depth++) {
    const c = (cur as { code?: unknown }).code;
    if (typeof c === 'string' && /^E[A-Z_]+$|^UND_/.test(c)) return c;
    cur = cur.cause;
  }
  return undefined;
}

/** Engine messages can quote a whole query; keep the head, which names the problem. */
const clip = (s: string): string => (s.length > 400 ? `${s.slice(0, 400)}…` : s);

function translate(location: string, what: string, e: unknown): ReplayError {
  const msg = errorMessage(e);
  const net = netCode(e);
  const codeText = /Code: (\d+)/.exec(msg)?.[1] ?? (e as { code?: unknown }).code;
  const code = Number(codeText);
  const timeout = /timeout/i.test(msg) && !Number.isFinite(code);
  const retriable =
    (net !== undefined && RETRIABLE_NET.has(net)) || timeout || RETRIABLE_CODES.has(code);
  const reason =
    net === 'ECONNREFUSED'
      ? `connection refused (is the server running at ${location}?)`
      : net !== undefined
        ? `${net}: ${msg}`
        : clip(msg.split('\n')[0]!).replace(/, e\.what\(\) = DB::Exception$/, '');
  return new ReplayError('RPL_SINK', `ClickHouse ${location}: ${what}: ${reason}`, {
    cause: e,
    retriable,
    details: Number.isFinite(code) ? { clickhouseCode: code } : net === undefined ? {} : { net },
  });
}

export async function createClickHouseResultStore(
  opts: ClickHouseResultStoreOptions,
): Promise<ResultStore> {
  let parsed: URL;
  try {
    parsed = new URL(opts.url);
  } catch {
    throw new ReplayError(
      'RPL_CONFIG',
      `ClickHouse URL '${redactUrl(opts.url)}' is not a valid URL`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ReplayError(
      'RPL_CONFIG',
      `ClickHouse URL must be http:// or https://, got ${parsed.protocol}`,
    );
  }
  const database = opts.database ?? 'faultreplay';
  if (!isIdentifier(database)) {
    throw new ReplayError('RPL_CONFIG', `database name '${database}' is not a plain identifier`);
  }
  const location = `${redactUrl(opts.url)}/${database}`;
  const user =
    opts.user ?? (parsed.username === '' ? 'default' : decodeURIComponent(parsed.username));
  const password = opts.password ?? decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  const base = {
    url: parsed.toString(),
    username: user,
    password,
    request_timeout: opts.requestTimeoutMs ?? 30_000,
    log: { level: ClickHouseLogLevel.OFF },
    compression: { request: false, response: false },
  };
  let client: ClickHouseClient = createClient(base);
  const settings: ClickHouseSettings = { output_format_json_quote_64bit_integers: 1 };
  let nativeParams = false;
  let insertSettings: ClickHouseSettings = {};

  const columnCache = new Map<string, ColumnDef[]>();
  const columnsOf = async (table: string): Promise<ColumnDef[]> => {
    const known = columnCache.get(table);
    if (known !== undefined) return known;
    if (!isIdentifier(table)) throw new ReplayError('RPL_SINK', `bad table name ${table}`);
    let res: JsonResult;
    try {
      res = await backend.select(`DESCRIBE TABLE ${table}`, []);
    } catch (e) {
      throw translate(location, `insert into ${table} failed`, isReplayError(e) ? e.cause : e);
    }
    const cols = res.data.map((r) => ({ name: String(r['name']), type: String(r['type']) }));
    columnCache.set(table, cols);
    return cols;
  };
  const backend: SqlBackend = {
    kind: 'clickhouse',
    location,
    async exec(sql) {
      try {
        await client.command({ query: sql, clickhouse_settings: settings });
      } catch (e) {
        throw translate(location, 'statement failed', e);
      }
    },
    async select(sql, params) {
      try {
        const native = nativeParams && params.length > 0;
        const rs = await client.query({
          query: native ? sql : inlineParams(sql, params),
          format: 'JSON',
          clickhouse_settings: settings,
          ...(native
            ? { query_params: Object.fromEntries(params.map((p) => [p.name, p.value])) }
            : {}),
        });
        const j = await rs.json<Record<string, unknown>>();
        return { meta: j.meta ?? [], data: j.data } as JsonResult;
      } catch (e) {
        if (e instanceof ReplayError) throw e;
        throw translate(location, 'query failed', e);
      }
    },
    async insert(table, rows) {
      const columns = await columnsOf(table);
      const body = encodeRowBinary(columns, rows);
      try {
        const res = await client.exec({
          query: `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) FORMAT RowBinary`,
          values: Readable.from([body]),
          clickhouse_settings: insertSettings,
        });
        // Drain the (empty) response so the socket returns to the pool.
        for await (const chunk of res.stream) void chunk;
      } catch (e) {
        throw translate(location, `insert into ${table} failed`, e);
      }
    },
    async close() {
      await client.close();
    },
  };

  try {
    await retrying(
      'create database',
      () => backend.exec(`CREATE DATABASE IF NOT EXISTS ${database}`),
      opts.retry,
    );
    await client.close();
    client = createClient({ ...base, database });
    const probe = await retrying(
      'probe settings',
      () =>
        backend.select("SELECT count() AS n FROM system.settings WHERE name = 'async_insert'", []),
      opts.retry,
    );
    if (Number(probe.data[0]?.['n']) > 0) insertSettings = { async_insert: 0 };
    try {
      await client.query({
        query: 'SELECT {p:UInt8} AS p',
        format: 'JSON',
        query_params: { p: 1 },
      });
      nativeParams = true;
    } catch {
      nativeParams = false;
    }
    const store = createSqlResultStore(backend, opts);
    await store.migrate();
    // Column lists once, now: a table that vanishes later fails the INSERT itself, not a lookup.
    for (const t of RESULT_TABLES)
      await retrying('describe tables', () => columnsOf(t), opts.retry);
    return store;
  } catch (e) {
    await client.close();
    throw e;
  }
}
