/**
 * The Kafka producer (ingest sink) and a replay worker keep memory bounded whatever the input
 * size (issue #14), on the real broker and ClickHouse server: the same capture played once and
 * four times within its own duration (bench/kafka-memory.ts: same tasks, files, pages and
 * seconds, four times the events and records), each size in a child process of its own under
 * `--expose-gc`. The heap each phase retains at its end and its live-heap peak, both after
 * forced GCs and above the heap the phase started from (the V8 heap and the Buffers outside
 * it), must not grow with the event count: four times the input may keep at most 1.3x what
 * one time keeps, plus SLACK_BYTES for what a GC leaves by chance (PEAK_SLACK_BYTES for the
 * sampled peak). Bytes, never time.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KafkaMemoryProbeResult, PhaseMemory } from '../../../bench/kafka-memory.js';
import { runKafkaMemoryChild } from '../../../bench/kafka-memory.js';
import { createKafkaTopicAdmin } from '../../../src/log/kafka-event-log.js';
import { buildForChild } from '../../helpers/child-build.js';
import { clickhouseUrl, kafkaBrokers, randomDatabase, randomName } from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const run = promisify(execFile);
const brokers = kafkaBrokers();
const chUrl = clickhouseUrl();
const admin = createKafkaTopicAdmin({ brokers });
const topics: string[] = [];
const databases: string[] = [];
/** What two forced GCs may leave live by chance (compiled code, client buffers, ...). */
const SLACK_BYTES = 4 * 2 ** 20;
/**
 * The peak is sampled (a few times a second), so whether a sample lands while records are in
 * flight is chance: the producer's request in flight and the one being built (up to 900 KiB
 * each) and their gzip, the worker's four hand-overs of fetched records and the client's fetch
 * buffers. Sixteen MiB covers that in-flight memory; what grows with the input exceeds it.
 */
const PEAK_SLACK_BYTES = 16 * 2 ** 20;
let root = '';

beforeAll(async () => {
  root = await buildForChild(['src', 'ingest', 'bench/kafka-memory.ts']);
}, 120_000);

afterAll(async () => {
  for (const db of databases) {
    await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${db}`, chUrl]).catch(
      () => undefined,
    );
  }
  await admin.deleteTopics(topics.flatMap((t) => [t, `${t}.dlq`])).catch(() => undefined);
  await admin.close();
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

async function probe(copies: number): Promise<KafkaMemoryProbeResult> {
  const topic = randomName(`kafka-memory-x${copies}`);
  const database = randomDatabase('kafka_memory');
  topics.push(topic);
  databases.push(database);
  return runKafkaMemoryChild(join(root, 'bench', 'kafka-memory.js'), {
    brokers,
    clickhouseUrl: chUrl,
    database,
    topic,
    fixture: tracePath('ext4-small-steady.trace.gz'),
    copies,
    // ~16 KiB records: a few hundred of them at 4x, so memory kept per record shows too.
    maxBatchBytes: 16 * 1024,
    policies: ['legacy', 'deferred'],
  });
}

function expectBounded(small: PhaseMemory, large: PhaseMemory): void {
  expect(large.retainedBytes).toBeLessThan(1.3 * Math.max(0, small.retainedBytes) + SLACK_BYTES);
  expect(large.peakBytes).toBeLessThan(1.3 * Math.max(0, small.peakBytes) + PEAK_SLACK_BYTES);
}

it('producer and worker keep no more memory for four times the events of the same capture duration', async () => {
  const one = await probe(1);
  const four = await probe(4);
  // The input did grow fourfold, in events and in records.
  expect(four.events).toBe(4 * (one.events - 2) + 2);
  expect(four.records).toBeGreaterThan(3 * one.records);
  expect(one.records).toBeGreaterThan(50);
  const mib = (b: number): string => (b / 2 ** 20).toFixed(1);
  const line = (what: string, p: PhaseMemory): string =>
    `${what} peak ${mib(p.peakBytes)} MiB, retained ${mib(p.retainedBytes)} MiB`;
  console.log(
    [
      `x1 (${one.events} events, ${one.records} records): ${line('produce', one.produce)}; ${line('worker', one.worker)}`,
      `x4 (${four.events} events, ${four.records} records): ${line('produce', four.produce)}; ${line('worker', four.worker)}`,
    ].join('\n'),
  );
  expectBounded(one.produce, four.produce);
  expectBounded(one.worker, four.worker);
}, 170_000);
