/**
 * The embedded result store: chDB (ClickHouse 26.x in-process), persisted in a directory
 * (default `./.faultreplay/store`). The only file importing `chdb`.
 *
 * chDB's defaults differ from a server's, so the two settings the store depends on are given
 * at connect and checked once: `async_insert=0` (an INSERT has landed when it returns) and
 * `output_format_json_quote_64bit_integers=1` (64-bit integers as JSON strings, as a server
 * prints them). The engine allows one process per data directory: a second process opening the
 * same directory fails, and the error says so.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Session } from 'chdb';
import { ReplayError, errorMessage } from '../errors.js';
import type { ResultStore } from './result-store.js';
import type { JsonResult, SqlBackend } from './sql-backend.js';
import { ensureChdbStoreFree } from './chdb-lock.js';
import { isIdentifier } from './sql-binder.js';
import type { BoundParam } from './sql-binder.js';
import { createSqlResultStore } from './sql-result-store.js';
import type { SqlStoreOptions } from './sql-result-store.js';

export interface ChdbResultStoreOptions extends SqlStoreOptions {
  /** Data directory, created if missing. */
  readonly path: string;
  /**
   * Database inside the engine.
   * @default 'faultreplay'
   */
  readonly database?: string;
}

const REQUIRED_SETTINGS: Readonly<Record<string, string>> = {
  async_insert: '0',
  output_format_json_quote_64bit_integers: '1',
};

function bigintAsDecimal(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

/** Engine messages can quote a whole query; keep the head, which names the problem. */
const clip = (s: string): string => (s.length > 400 ? `${s.slice(0, 400)}…` : s);

function translate(location: string, what: string, e: unknown): ReplayError {
  const msg = errorMessage(e).replace(/^Query failed: /, '');
  const code = /Code: (\d+)/.exec(msg)?.[1];
  return new ReplayError(
    'RPL_SINK',
    `chdb store ${location}: ${what}: ${clip(msg.split('\n')[0]!)}`,
    {
      cause: e,
      retriable: false,
      details: code === undefined ? {} : { clickhouseCode: Number(code) },
    },
  );
}

export async function createChdbResultStore(opts: ChdbResultStoreOptions): Promise<ResultStore> {
  const path = resolve(opts.path);
  const database = opts.database ?? 'faultreplay';
  if (!isIdentifier(database)) {
    throw new ReplayError('RPL_CONFIG', `database name '${database}' is not a plain identifier`);
  }
  mkdirSync(path, { recursive: true });
  // Never let the engine find the lock held: it prints a raw error line before throwing.
  await ensureChdbStoreFree(path);
  let session: Session;
  try {
    session = new Session(path, {
      connectionArgs: Object.entries(REQUIRED_SETTINGS).map(([k, v]) => `--${k}=${v}`),
    });
  } catch (e) {
    throw new ReplayError(
      'RPL_SINK',
      `cannot open the chdb store at ${path}: ${errorMessage(e)}. Only one process may open an embedded store at a time: is another faultreplay (e.g. 'faultreplay dashboard') using it? Stop it, or share results through a ClickHouse server (--clickhouse URL)`,
      { cause: e },
    );
  }
  const backend: SqlBackend = {
    kind: 'chdb',
    location: path,
    async exec(sql) {
      try {
        await session.queryAsync(sql);
      } catch (e) {
        throw translate(path, 'statement failed', e);
      }
    },
    async select(sql: string, params: readonly BoundParam[]): Promise<JsonResult> {
      try {
        const res =
          params.length === 0
            ? await session.queryAsync(sql, { format: 'JSON' })
            : await session.queryBindAsync(
                sql,
                Object.fromEntries(params.map((p) => [p.name, p.value])),
                { format: 'JSON' },
              );
        const text = res.text();
        if (text.trim() === '') return { meta: [], data: [] };
        return JSON.parse(text) as JsonResult;
      } catch (e) {
        throw translate(path, 'query failed', e);
      }
    },
    async insert(table, rows) {
      // chDB parses JSON floats correctly rounded, so text is exact here (unlike 18.16). A
      // bigint (a UInt64 at or above 2^53, rows.ts) goes as a quoted decimal, which
      // JSONEachRow reads into the UInt64 column exactly.
      let text = '';
      for (const r of rows) text += `${JSON.stringify(r, bigintAsDecimal)}\n`;
      try {
        await session.insert({
          table,
          values: Buffer.from(text),
          format: 'JSONEachRow',
          settings: { async_insert: 0 },
        });
      } catch (e) {
        throw translate(path, `insert into ${table} failed`, e);
      }
    },
    close() {
      session.close();
      return Promise.resolve();
    },
  };
  try {
    await backend.exec(`CREATE DATABASE IF NOT EXISTS ${database}`);
    await backend.exec(`USE ${database}`);
    const res = await backend.select(
      `SELECT name, value FROM system.settings WHERE name IN (${Object.keys(REQUIRED_SETTINGS)
        .map((k) => `'${k}'`)
        .join(', ')})`,
      [],
    );
    for (const r of res.data) {
      const want = REQUIRED_SETTINGS[String(r['name'])];
      if (want !== undefined && String(r['value']) !== want) {
        throw new ReplayError(
          'RPL_SINK',
          `chdb store ${path}: setting ${String(r['name'])} is ${String(r['value'])}, need ${want}`,
        );
      }
    }
    const store = createSqlResultStore(backend, opts);
    await store.migrate();
    return store;
  } catch (e) {
    session.close();
    throw e;
  }
}
