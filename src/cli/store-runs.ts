/**
 * The result store from the CLI: opening it with retries reported on stderr (every command that
 * uses a store), the store flags, and storing replay results (`run` and `replay`). A failure to
 * store is returned, not thrown, so the caller still prints the results it computed and then
 * exits non-zero: nothing computed is lost, nothing unstored is reported as stored.
 */
import { resolve } from 'node:path';
import type { CliIo } from './command.js';
import { ReplayError, errorMessage } from '../errors.js';
import type { RunResult } from '../sim/index.js';
import {
  createResultStore,
  ensureChdbStoreFree,
  resolveStoreConfig,
  storeLocation,
} from '../store/index.js';
import { startPhase } from './progress.js';
import type { ResultStore, RunParams, StoreConfig, StoreReport } from '../store/index.js';

export const STORE_USAGE = `  --store DIR        embedded result store directory (default: ./.faultreplay/store)
  --clickhouse URL   store in a ClickHouse server instead (credentials: FAULTREPLAY_CLICKHOUSE_USER,
                     _PASSWORD, _DATABASE or the config file)
  --no-store         do not store the results (print only)
  --store-retry S    keep retrying a store that is away (server restart) for S seconds [60]`;

export const STORE_OPTIONS = {
  store: { type: 'string' },
  clickhouse: { type: 'string' },
  'no-store': { type: 'boolean', default: false },
  'store-retry': { type: 'string' },
} as const;

export interface StoreFlagValues {
  readonly store?: string | undefined;
  readonly clickhouse?: string | undefined;
  readonly 'no-store'?: boolean | undefined;
  readonly 'store-retry'?: string | undefined;
}

/** `--store-retry S` in milliseconds; undefined leaves the store's default budget. */
export function storeRetryBudgetMs(v: StoreFlagValues): number | undefined {
  const s = v['store-retry'];
  if (s === undefined) return undefined;
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new ReplayError('RPL_CONFIG', `--store-retry: expected seconds >= 0, got '${s}'`);
  }
  return Math.round(n * 1000);
}

/** The store the flags, environment and config file choose; undefined with --no-store. */
export function storeConfigFromFlags(
  v: StoreFlagValues,
  configFile: string | undefined,
  io: Pick<CliIo, 'env' | 'cwd' | 'stderr'>,
): StoreConfig | undefined {
  if (v['no-store'] === true) return undefined;
  return resolveStoreConfig(
    {
      ...(v.store === undefined ? {} : { store: resolve(io.cwd, v.store) }),
      ...(v.clickhouse === undefined ? {} : { clickhouse: v.clickhouse }),
      ...(configFile === undefined ? {} : { config: configFile }),
    },
    io.env,
    io.cwd,
    (m) => io.stderr.write(`warning: ${m}\n`),
  );
}

export interface StoreOutcome {
  readonly kind: 'chdb' | 'clickhouse' | 'none';
  /** Directory or URL (never with credentials). */
  readonly location: string | null;
  readonly stored: readonly StoreReport[];
  readonly error: unknown;
}

/**
 * How long a command keeps retrying a store it opens to read (query, dashboard) or to check
 * before the work: a dead server is said in seconds. Storing a run's results waits longer
 * (STORE_BUDGET_MS: a server restart mid-store).
 */
export const CONNECT_BUDGET_MS = 5_000;
export const STORE_BUDGET_MS = 60_000;

/** Opens the result store for a command, reporting each retried attempt on stderr. */
export function openResultStore(
  config: StoreConfig,
  io: Pick<CliIo, 'stderr'>,
  command: string,
  budgetMs: number = CONNECT_BUDGET_MS,
): Promise<ResultStore> {
  return createResultStore(config, {
    retry: {
      budgetMs,
      onRetry: (e, attempt, delayMs, waited) =>
        io.stderr.write(
          `faultreplay ${command}: store attempt ${attempt} failed (${errorMessage(e)}); ` +
            `retrying in ${delayMs} ms (${(waited.ms / 1000).toFixed(1)} of ${waited.budgetMs / 1000} s retry budget used)\n`,
        ),
    },
  });
}

/**
 * Before any ingest or replay: can the results be stored at the end? A ClickHouse server is
 * connected to (with the store's retries, each reported); an embedded store held by another
 * process is waited for briefly, then a clear error names the holder. Nothing is computed only
 * to be lost on an unreachable or locked store.
 */
export async function checkStoreBeforeWork(
  config: StoreConfig | undefined,
  io: Pick<CliIo, 'stderr'>,
  command: string,
  budgetMs: number = CONNECT_BUDGET_MS,
): Promise<void> {
  if (config === undefined) return;
  if (config.kind === 'clickhouse') {
    // A dead or wrong server fails now (retries reported on stderr), not after the replay.
    const store = await openResultStore(config, io, command, budgetMs);
    await store.close();
    return;
  }
  await ensureChdbStoreFree(config.path, {
    onWait: (holder) =>
      io.stderr.write(
        `faultreplay ${command}: the store ${config.path} is in use by ${holder}; waiting for it\n`,
      ),
  });
}

/**
 * Stores `runs`, then `params` (a sweep's `run_params`, written after every run so a sweep
 * query never sees a cell without its figures).
 */
export async function storeRuns(
  runs: readonly RunResult[],
  config: StoreConfig | undefined,
  io: CliIo,
  command: string,
  budgetMs?: number,
  params: readonly RunParams[] = [],
): Promise<StoreOutcome> {
  if (config === undefined) return { kind: 'none', location: null, stored: [], error: undefined };
  const location = storeLocation(config);
  const stored: StoreReport[] = [];
  const storing = startPhase(io, command, { phase: 'store', unit: 'runs', total: runs.length });
  try {
    const store = await openResultStore(config, io, command, budgetMs ?? STORE_BUDGET_MS);
    try {
      for (const r of runs) {
        stored.push(await store.storeRun(r));
        storing.update(stored.length);
      }
      for (const p of params) await store.storeRunParams(p);
    } finally {
      await store.close();
    }
  } catch (e) {
    return { kind: config.kind, location, stored, error: e };
  } finally {
    storing.finish(stored.length);
  }
  return { kind: config.kind, location, stored, error: undefined };
}

/** The `store` member of --json output. */
export function storeJson(o: StoreOutcome): Record<string, unknown> {
  return {
    kind: o.kind,
    location: o.location,
    stored: o.stored.map((s) => ({ runId: s.runId, rows: s.totalRows })),
    error: o.error === undefined ? null : errorMessage(o.error),
  };
}

/** Human lines after the table; returns the exit code contribution (1 when storing failed). */
export function reportStore(o: StoreOutcome, io: CliIo, command: string, json: boolean): number {
  if (!json) {
    for (const s of o.stored) {
      io.stdout.write(`stored run ${s.runId} (${s.totalRows} rows) in ${o.location ?? ''}\n`);
    }
    const first = o.stored[0];
    if (first !== undefined) {
      io.stdout.write(
        `explore: faultreplay query summary --run ${first.runId}` +
          `${o.kind === 'clickhouse' ? ' --clickhouse URL' : ''}   or   faultreplay dashboard\n`,
      );
    }
  }
  if (o.error !== undefined) {
    io.stderr.write(`faultreplay ${command}: results not stored: ${errorMessage(o.error)}\n`);
    return 1;
  }
  return 0;
}

/**
 * Before any ingest or replay into Kafka: is a broker reachable? Said within CONNECT_BUDGET_MS
 * (FAULTREPLAY_CONNECT_BUDGET_MS overrides), a progress line per retry on a terminal, then one
 * error naming the broker and the reason, instead of kafkajs's silent ~60 s of retries.
 */
export async function checkKafkaBeforeWork(
  brokers: string | readonly string[],
  io: Pick<CliIo, 'stderr' | 'interactive' | 'env'>,
  command: string,
): Promise<void> {
  const env = io.env['FAULTREPLAY_CONNECT_BUDGET_MS'];
  const budgetMs = env === undefined || env === '' ? CONNECT_BUDGET_MS : Number(env);
  if (!Number.isFinite(budgetMs) || budgetMs < 0) {
    throw new ReplayError(
      'RPL_CONFIG',
      `FAULTREPLAY_CONNECT_BUDGET_MS: expected milliseconds >= 0, got '${env ?? ''}'`,
    );
  }
  // Loaded only for --kafka, so file ingests never load the Kafka client.
  const { checkKafkaReachable } = await import('../log/kafka-event-log.js');
  await checkKafkaReachable(brokers, budgetMs, (reason, attempt, waitedMs) => {
    if (!io.interactive) return;
    io.stderr.write(
      `faultreplay ${command}: kafka attempt ${attempt} failed (${reason}); retrying ` +
        `(${(waitedMs / 1000).toFixed(1)} of ${budgetMs / 1000} s connect budget used)\n`,
    );
  });
}
