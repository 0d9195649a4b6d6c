/**
 * The Kafka event log against a real broker (scripts/services.sh, testcontainers or
 * KAFKA_BROKERS): what the generic contract suite cannot see. Records carry the schema header,
 * batch records round-trip and decode with protoc and proto/ alone, big appends are split into several produce requests and come
 * back whole and in order, a record the codec cannot read fails the read naming its offset,
 * a group worker reports only its latest ranges, and an unreachable broker gives a retriable
 * RPL_LOG_IO error.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ReplayError } from '../../../src/errors.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { SCHEMA_VERSION } from '../../../src/events/index.js';
import type { LogRecord } from '../../../src/log/event-log.js';
import type { CaptureRecord, StoredRecord } from '../../../src/log/kafka-event-log.js';
import {
  COMPLETED_RANGES_KEPT,
  capturePartition,
  createKafkaEventLog,
  createKafkaGroupWorker,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  produceRawRecords,
  readCaptureRecords,
  readStoredRecords,
  recordEndsWork,
} from '../../../src/log/kafka-event-log.js';
import { repoRoot } from '../../helpers/shared.js';
import { kafkaBrokers, randomName } from '../../helpers/services.js';
import { sampleEvents } from '../../unit/codec/random-events.js';

const brokers = kafkaBrokers();
const admin = createKafkaTopicAdmin({ brokers });
const topics: string[] = [];

function newTopic(): string {
  const t = randomName('kafka-log');
  topics.push(t);
  return t;
}

async function readAll(
  log: {
    read(
      from: number,
      o?: { toOffset?: number; batchSize?: number },
    ): AsyncIterable<readonly LogRecord[]>;
  },
  from = 0,
  options: { toOffset?: number; batchSize?: number } = {},
): Promise<{ records: LogRecord[]; batches: number[] }> {
  const records: LogRecord[] = [];
  const batches: number[] = [];
  for await (const batch of log.read(from, options)) {
    batches.push(batch.length);
    records.push(...batch);
  }
  return { records, batches };
}

afterAll(async () => {
  await admin.deleteTopics(topics).catch(() => undefined);
  await admin.close();
});

describe('kafka event log', () => {
  // Regression: the reader never resolved offsets, so kafkajs fetched the same first ~1 MiB
  // forever and a partition larger than one fetch was never read to its end (small topics fit
  // in one fetch and hid it).
  it('reads a partition much larger than one fetch to its end, each offset once', async () => {
    const topic = newTopic();
    const log = createKafkaEventLog({ brokers, topic, clientId: 'fr-big-read' });
    try {
      // Incompressible payloads: 1,500 events x 2 KiB of random hex ~ 3 MiB on the broker.
      const events: CanonicalEvent[] = [];
      for (let i = 0; i < 1500; i++) {
        events.push({
          captureId: 'big',
          seq: i,
          ts: BigInt(1_000_000 + i) as CanonicalEvent['ts'],
          cpu: 0,
          pid: 1,
          tgid: -1,
          comm: 'w',
          line: i + 1,
          type: 'generic',
          data: {
            name: 'blob',
            subsystem: 'test',
            fields: [],
            raw: randomBytes(1024).toString('hex'),
          },
        });
      }
      await log.append(events);
      await log.flush();
      const { records } = await readAll(log, 0, { batchSize: 256 });
      expect(records).toHaveLength(events.length);
      expect(records.map((r) => r.offset)).toEqual(events.map((_e, i) => i));
      expect(records.at(-1)!.event).toEqual(events.at(-1));
    } finally {
      await log.close();
    }
  }, 120_000);

  it('round-trips every event kind through several produce requests, in order', async () => {
    const topic = newTopic();
    const events = sampleEvents(2500, 7);
    const log = createKafkaEventLog({ brokers, topic, maxBatchRecords: 300 });
    try {
      const first = await log.append(events.slice(0, 1200));
      const second = await log.append(events.slice(1200));
      expect(first).toEqual({ firstOffset: 0, nextOffset: 1200 });
      expect(second).toEqual({ firstOffset: 1200, nextOffset: 2500 });
      await log.flush();
      expect(await log.endOffset()).toBe(2500);

      const { records, batches } = await readAll(log, 0, { batchSize: 400 });
      expect(records.map((r) => r.offset)).toEqual(events.map((_, i) => i));
      expect(records.map((r) => r.event)).toEqual(events);
      expect(Math.max(...batches)).toBeLessThanOrEqual(400);

      // The broker's own view: one partition holding exactly what was appended.
      expect(await admin.offsets(topic)).toEqual([{ partition: 0, low: 0, high: 2500 }]);
    } finally {
      await log.close();
    }
  });

  it('reads a middle range, stops at toOffset, and reading twice gives the same data', async () => {
    const topic = newTopic();
    const events = sampleEvents(600, 11);
    const log = createKafkaEventLog({ brokers, topic });
    try {
      await log.append(events);
      const a = await readAll(log, 250, { toOffset: 400 });
      const b = await readAll(log, 250, { toOffset: 400 });
      expect(a.records.map((r) => r.offset)).toEqual(
        Array.from({ length: 150 }, (_, i) => 250 + i),
      );
      expect(a.records.map((r) => r.event)).toEqual(events.slice(250, 400));
      expect(b.records).toEqual(a.records);
      // Past the end: nothing, and no waiting for records that do not exist.
      expect((await readAll(log, 600)).records).toEqual([]);
      expect((await readAll(log, 590, { toOffset: 10_000 })).records).toHaveLength(10);
    } finally {
      await log.close();
    }
  });

  it('a second adapter over the same topic sees the data and appends after it', async () => {
    const topic = newTopic();
    const events = sampleEvents(300, 3);
    const w1 = createKafkaEventLog({ brokers, topic });
    await w1.append(events.slice(0, 100));
    await w1.close();
    await w1.close(); // idempotent
    const w2 = createKafkaEventLog({ brokers, topic });
    try {
      expect(await w2.endOffset()).toBe(100);
      expect(await w2.append(events.slice(100))).toEqual({ firstOffset: 100, nextOffset: 300 });
      expect((await readAll(w2)).records.map((r) => r.event)).toEqual(events);
    } finally {
      await w2.close();
    }
  });

  it('each log is one partition of a multi-partition topic', async () => {
    const topic = newTopic();
    const events = sampleEvents(90, 5);
    const logs = [0, 1, 2].map((partition) =>
      createKafkaEventLog({ brokers, topic, partition, numPartitions: 3 }),
    );
    try {
      for (const [p, log] of logs.entries()) await log.append(events.slice(p * 30, p * 30 + 30));
      expect((await admin.offsets(topic)).map((o) => o.high)).toEqual([30, 30, 30]);
      for (const [p, log] of logs.entries()) {
        const { records } = await readAll(log);
        expect(records.map((r) => r.event)).toEqual(events.slice(p * 30, p * 30 + 30));
      }
    } finally {
      for (const log of logs) await log.close();
    }
  });

  it('a record the codec cannot read fails the read with RPL_CODEC naming its offset', async () => {
    const topic = newTopic();
    const events = sampleEvents(20, 9);
    const log = createKafkaEventLog({ brokers, topic });
    try {
      await log.append(events.slice(0, 10));
      const poisonAt = await produceRawRecords({ brokers }, topic, 0, [
        { key: 'poison', value: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]) },
      ]);
      expect(poisonAt).toBe(10);
      await log.append(events.slice(10));
      // Up to the poison record all is well.
      expect((await readAll(log, 0, { toOffset: 10 })).records).toHaveLength(10);
      const err = await readAll(log).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReplayError);
      expect((err as ReplayError).code).toBe('RPL_CODEC');
      expect((err as ReplayError).message).toContain(`${topic}[0]@10`);
      // After it, reading resumes normally.
      expect((await readAll(log, 11)).records.map((r) => r.event)).toEqual(events.slice(10));
    } finally {
      await log.close();
    }
  });

  it('a record from a newer schema is refused rather than misread', async () => {
    const topic = newTopic();
    const log = createKafkaEventLog({ brokers, topic });
    try {
      await log.append(sampleEvents(1, 1));
      await produceRawRecords({ brokers }, topic, 0, [
        {
          key: 'x',
          value: Buffer.from([0x08, 0x01]),
          headers: { 'faultreplay-schema': String(SCHEMA_VERSION + 1) },
        },
      ]);
      const err = await readAll(log).catch((e: unknown) => e);
      expect((err as ReplayError).code).toBe('RPL_CODEC');
      expect((err as ReplayError).message).toMatch(/schema version/);
    } finally {
      await log.close();
    }
  });

  it('batch records round-trip every event kind; protoc decodes one with proto/ alone', async () => {
    const topic = newTopic();
    // One capture in seq order, as ingest writes it (the sink checks the order).
    const events = sampleEvents(3000, 21).map((e, seq) => ({ ...e, captureId: 'cap', seq }));
    const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 2, maxBatchBytes: 32768 });
    try {
      await sink.append(events.slice(0, 1700));
      await sink.append(events.slice(1700));
      await sink.endCapture!('cap');
    } finally {
      await sink.close();
    }
    const partition = capturePartition('cap', 2);
    const range = { brokers, topic, partition, fromOffset: 0, toOffset: Number.MAX_SAFE_INTEGER };
    range.toOffset = (await admin.offsets(topic)).find((o) => o.partition === partition)!.high;
    const records: CaptureRecord[] = [];
    for await (const rs of readCaptureRecords(range)) records.push(...rs);
    expect(records.length).toBeGreaterThan(3);
    const got = records.flatMap((r) => (r.kind === 'batch' ? r.events : []));
    expect(got).toEqual(events);
    expect(records.at(-1)).toMatchObject({ kind: 'batch', endOfCapture: true });

    // A consumer in another language: the raw value of the first record through protoc.
    // Only the end record says so in its headers (the worker's scan reads nothing else).
    const stored: StoredRecord[] = [];
    for await (const rs of readStoredRecords(range)) stored.push(...rs);
    expect(stored.map(recordEndsWork)).toEqual(stored.map((_r, i) => i === stored.length - 1));
    const raw = stored[0]!.value;
    const protoc = spawnSync(
      'protoc',
      ['--decode', 'faultreplay.v1.EventBatch', '-I', 'proto', 'faultreplay/v1/event_batch.proto'],
      { cwd: repoRoot, input: raw!, encoding: 'utf8' },
    );
    expect(protoc.stderr).toBe('');
    const stdout = protoc.stdout;
    expect(stdout).toContain('capture_id: "cap"');
    expect(stdout).toContain(`schema_version: ${SCHEMA_VERSION}`);
    expect(stdout.match(/^events \{/gm)?.length).toBe(
      (records[0] as Extract<CaptureRecord, { kind: 'batch' }>).events.length,
    );
  });

  // A long-running worker takes a range each time a partition's end settles; keeping every
  // one it ever took grew with the topic's lifetime (issue #14: bounded memory).
  it('a group worker reports its latest ranges only, however many it took', async () => {
    const topic = newTopic();
    const log = createKafkaEventLog({ brokers, topic });
    const ranges = COMPLETED_RANGES_KEPT + 6;
    const worker = createKafkaGroupWorker({
      brokers,
      topic,
      groupId: randomName('group-ranges'),
      idleMs: 0,
      pollMs: 20,
      process: () => Promise.resolve(undefined),
    });
    try {
      for (let i = 0; i < ranges; i++) {
        await log.append(sampleEvents(1, i + 1, i));
        if (i === 0) await worker.start(); // the first append created the topic
        // Each record becomes a range of its own: wait until the worker committed it.
        for (let t = 0; worker.completed().at(-1)?.toOffset !== i + 1; t++) {
          if (t > 3000) throw new Error(`timed out waiting for the range ending at ${i + 1}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    } finally {
      await worker.stop();
      await log.close();
    }
    const done = worker.completed();
    expect(done).toHaveLength(COMPLETED_RANGES_KEPT);
    expect(done[0]).toMatchObject({ fromOffset: ranges - COMPLETED_RANGES_KEPT });
    expect(done.at(-1)).toMatchObject({ fromOffset: ranges - 1, toOffset: ranges });
  });

  it('an unreachable broker gives a retriable RPL_LOG_IO error, not a kafkajs type', async () => {
    const log = createKafkaEventLog({
      brokers: '127.0.0.1:1',
      topic: newTopic(),
      retries: 1,
      connectionTimeoutMs: 500,
    });
    const err = await log.append(sampleEvents(1, 1)).catch((e: unknown) => e);
    await log.close();
    expect(err).toBeInstanceOf(ReplayError);
    expect((err as ReplayError).code).toBe('RPL_LOG_IO');
    expect((err as ReplayError).retriable).toBe(true);
    expect((err as ReplayError).message).toMatch(/127\.0\.0\.1:1/);
  });
});
