/**
 * The result store: port, adapters (loaded lazily so a chdb user never loads the HTTP client
 * and vice versa), configuration and the canned dashboard queries.
 */
import type { ResultStore } from './result-store.js';
import type { StoreConfig } from './config.js';
import type { SqlStoreOptions } from './sql-result-store.js';

export * from './result-store.js';
export * from './config.js';
export { loadCannedQueries, defaultDashboardsDir, bindParams } from './canned-queries.js';
export type { CannedQuery, ParamDecl } from './canned-queries.js';
export { STORE_SCHEMA_VERSION } from './migrations/index.js';
export type { SqlStoreOptions } from './sql-result-store.js';
export type { RetryOptions } from './retry.js';
export { createPerUseResultStore } from './per-use-result-store.js';
export { describeHolder, ensureChdbStoreFree } from './chdb-lock.js';

/** Opens (and migrates) the store `config` names. */
export async function createResultStore(
  config: StoreConfig,
  options: SqlStoreOptions = {},
): Promise<ResultStore> {
  if (config.kind === 'chdb') {
    const { createChdbResultStore } = await import('./chdb-result-store.js');
    return createChdbResultStore({ ...options, path: config.path, database: config.database });
  }
  const { createClickHouseResultStore } = await import('./clickhouse-result-store.js');
  return createClickHouseResultStore({
    ...options,
    url: config.url,
    database: config.database,
    ...(config.user === undefined ? {} : { user: config.user }),
    ...(config.password === undefined ? {} : { password: config.password }),
  });
}
