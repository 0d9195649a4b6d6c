/**
 * Per-file access to the servers the integration global setup provided (global-setup.ts):
 * random, collision-free names for topics and databases (STYLE.md §18), and, when the servers
 * run through scripts/services.sh on this machine, a way to stop and start the broker in the
 * middle of a test.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import type { KafkaTopicAdmin } from '../../src/log/kafka-event-log.js';
import { repoRoot } from './shared.js';

const run = promisify(execFile);

/** A name that no other test file or run uses: `<prefix>-<12 hex>`, safe for topics and DBs. */
export function randomName(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/** A ClickHouse database name (identifiers allow no `-`). */
export function randomDatabase(prefix = 'test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export function kafkaBrokers(): string {
  const brokers = inject('kafkaBrokers');
  if (brokers === '') throw new Error('no Kafka broker: the integration global setup did not run');
  return brokers;
}

export function clickhouseUrl(): string {
  const url = inject('clickhouseUrl');
  if (url === '') throw new Error('no ClickHouse server: the integration global setup did not run');
  return url;
}

/** The shared ClickHouse server's store in `database` (created on first use), no credentials. */
export function clickhouseStore(database: string): {
  kind: 'clickhouse';
  url: string;
  user: undefined;
  password: undefined;
  database: string;
} {
  return {
    kind: 'clickhouse',
    url: clickhouseUrl(),
    user: undefined,
    password: undefined,
    database,
  };
}

/** True when this machine's broker runs through scripts/services.sh, so tests may restart it. */
export function canRestartKafka(): boolean {
  return inject('kafkaMode') === 'script';
}

async function services(action: 'stop' | 'start', name: 'kafka' | 'clickhouse'): Promise<void> {
  const env = { ...process.env };
  delete env['KAFKA_BROKERS'];
  delete env['CLICKHOUSE_URL'];
  await run('bash', [join(repoRoot, 'scripts', 'services.sh'), action, name], {
    cwd: repoRoot,
    env,
  });
}

/** Stops this machine's broker (a clean shutdown); only when `canRestartKafka()`. */
export async function stopKafka(): Promise<void> {
  if (!canRestartKafka()) throw new Error('the broker is not managed by scripts/services.sh');
  await services('stop', 'kafka');
}

/** Starts it again on the same data and port; resolves when it serves clients. */
export async function startKafka(): Promise<void> {
  if (!canRestartKafka()) throw new Error('the broker is not managed by scripts/services.sh');
  await services('start', 'kafka');
}

/**
 * Resolves once `groupId` has committed every partition of `topic` to the end it has now (a
 * replay worker commits a range only after storing its runs, so then every run is stored).
 * Polls the broker's committed offsets, the thing waited for, not a sleep standing in for it;
 * five minutes is only a safety net.
 */
export async function untilGroupCommittedTopic(
  admin: KafkaTopicAdmin,
  groupId: string,
  topic: string,
): Promise<void> {
  const ends = (await admin.offsets(topic)).map((o) => o.high);
  for (let i = 0; ; i++) {
    const committed = await admin.groupOffsets(groupId, topic);
    const done = ends.every(
      (end, p) => end === 0 || committed.find((c) => c.partition === p)?.offset === end,
    );
    if (done) return;
    if (i > 1200) throw new Error(`timed out waiting for ${groupId} to commit ${topic}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
