/**
 * A newer producer's event, through the real broker and a real ClickHouse server: an older
 * worker (this build: the event's oneof field number is one it does not know, written by hand)
 * replays the capture without that event, stores exactly the run the file log gives for the
 * same records (which skips it as a record of a newer schema), counts it, and sends nothing to
 * the dead-letter topic. Both record formats: inside an `EventBatch`, and as a record of the
 * earlier one-event-per-record format (topics written before batches).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/index.js';
import { EncodedBatchWriter } from '../../../src/codec/encoded-batch.js';
import type { EncodedBatch } from '../../../src/codec/encoded-batch.js';
import { writeEnvelope, writeEvent } from '../../../src/codec/event-codec.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { SCHEMA_VERSION } from '../../../src/events/index.js';
import { createFileEventLog } from '../../../src/log/file-event-log.js';
import { RECORD_HEADROOM } from '../../../src/codec/encoded-batch.js';
import {
  CONTENT_TYPE,
  CONTENT_TYPE_HEADER,
  SCHEMA_HEADER,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  produceRawRecords,
} from '../../../src/log/kafka-event-log.js';
import { createKafkaReplayWorker } from '../../../src/log/kafka-replay-worker.js';
import { createMemoryEventLog } from '../../../src/log/memory-event-log.js';
import { replayCaptures } from '../../../src/sim/engine.js';
import type { RunResult } from '../../../src/sim/results.js';
import { createResultStore } from '../../../src/store/index.js';
import {
  clickhouseStore,
  clickhouseUrl,
  kafkaBrokers,
  randomDatabase,
  randomName,
  untilGroupCommittedTopic,
} from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const run = promisify(execFile);
const brokers = kafkaBrokers();
const chUrl = clickhouseUrl();
const admin = createKafkaTopicAdmin({ brokers });
const topic = randomName('newer-schema');
const olderFormatTopic = randomName('newer-schema-older-format');
const database = randomDatabase('newer_schema');
const POLICIES = ['legacy', 'deferred'];
/** The seq the newer event takes (inside the first batch, after the header). */
const NEWER_SEQ = 5;

afterAll(async () => {
  await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${database}`, chUrl]).catch(
    () => undefined,
  );
  await admin
    .deleteTopics([topic, `${topic}.dlq`, olderFormatTopic, `${olderFormatTopic}.dlq`])
    .catch(() => undefined);
  await admin.close();
});

/**
 * The capture's records with a newer producer's event at NEWER_SEQ: the events after it move
 * one seq on and the end event counts it, as that producer would write them.
 */
async function recordsWithNewerEvent(): Promise<EncodedBatch> {
  const mem = createMemoryEventLog();
  await ingestFiles([tracePath('ext4-small-steady.trace.gz')], mem);
  const events: CanonicalEvent[] = [];
  for await (const b of mem.read(0)) for (const r of b) events.push(r.event);
  await mem.close();
  const w = new EncodedBatchWriter();
  for (const e of events) {
    if (e.seq === NEWER_SEQ) {
      w.begin();
      writeEnvelope(w.w, e.captureId, NEWER_SEQ, e.ts, e.cpu, e.pid, e.tgid, e.comm, e.line);
      // Oneof field 99 (tag 99 << 3 | 2), unknown to this schema, holding { 1: 1 }.
      w.w.varint32((99 << 3) | 2);
      w.w.varint32(2);
      w.w.byte(0x08);
      w.w.byte(0x01);
    }
    const shifted = e.seq < NEWER_SEQ ? e : { ...e, seq: e.seq + 1 };
    w.begin();
    writeEvent(
      w.w,
      shifted.type === 'capture_end'
        ? { ...shifted, data: { ...shifted.data, events: shifted.data.events + 1 } }
        : shifted,
    );
  }
  expect(w.count).toBe(events.length + 1);
  return w.take();
}

/** The runs the file log gives for `records` (its reader skips the newer one). */
async function fileLogRuns(records: EncodedBatch): Promise<RunResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newer-schema-'));
  const unknown: number[] = [];
  let expected: RunResult[];
  try {
    const writer = await createFileEventLog({ dir });
    await writer.appendEncoded!(records);
    await writer.close();
    const reader = await createFileEventLog({
      dir,
      readOnly: true,
      onUnknownRecord: (r) => unknown.push(r.offset),
    });
    expected = await replayCaptures(reader, { policies: POLICIES });
    await reader.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(unknown.length).toBeGreaterThan(0);
  expect(new Set(unknown)).toEqual(new Set([NEWER_SEQ]));
  expect(expected).toHaveLength(1);
  // The end event counts the newer event too, so a reader that skips it misses one event:
  // the run is incomplete on the file log, and Kafka must say the same (README).
  expect(expected[0]).toMatchObject({
    completeness: 'incomplete',
    incompleteReason: 'events-missing',
  });
  return expected;
}

/** What a replay worker stores for `topic` and counts, once the group committed its ends. */
async function workerRuns(
  topicName: string,
): Promise<{ stored: RunResult[]; dead: number; newer: number }> {
  const store = await createResultStore(clickhouseStore(database));
  const stored: RunResult[] = [];
  let dead = 0;
  let newer = 0;
  const groupId = randomName('group');
  const worker = createKafkaReplayWorker({
    brokers,
    topic: topicName,
    groupId,
    store,
    replay: { policies: POLICIES },
    idleMs: 200,
    onRange: (_w, runs, deadLetters, _waiting, newerEvents) => {
      stored.push(...runs);
      dead += deadLetters;
      newer += newerEvents;
    },
  });
  try {
    await worker.start();
    await untilGroupCommittedTopic(admin, groupId, topicName);
  } finally {
    await worker.stop();
    await store.close();
  }
  return { stored, dead, newer };
}

it('an older worker replays a batch holding a newer event kind without it, as the file log does', async () => {
  const records = await recordsWithNewerEvent();
  const expected = await fileLogRuns(records);

  // Kafka: small batches, so the newer event shares its batch with known ones.
  const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 2, maxBatchBytes: 4096 });
  try {
    await sink.appendEncoded!(records);
    await sink.endCapture!(expected[0]!.captureId);
  } finally {
    await sink.close();
  }
  const { stored, dead, newer } = await workerRuns(topic);
  expect(dead).toBe(0);
  expect(newer).toBe(1);
  expect(stored).toEqual(expected);
  expect(await admin.listTopics()).not.toContain(`${topic}.dlq`);
});

it('an older worker skips a record of the one-event-per-record format holding a newer event kind, as the file log does', async () => {
  const records = await recordsWithNewerEvent();
  const expected = await fileLogRuns(records);

  // One record per event, as topics were written before batches: offsets are the file log's.
  await admin.ensureTopic(olderFormatTopic, 1);
  const headers = { [SCHEMA_HEADER]: String(SCHEMA_VERSION), [CONTENT_TYPE_HEADER]: CONTENT_TYPE };
  const raw = Array.from({ length: records.count }, (_v, i) => ({
    key: expected[0]!.captureId,
    value: records.buf.subarray(records.starts[i]! + RECORD_HEADROOM, records.starts[i + 1]),
    headers,
  }));
  // A few thousand records per request keep each under the broker's message.max.bytes.
  for (let i = 0; i < raw.length; i += 4000) {
    await produceRawRecords({ brokers }, olderFormatTopic, 0, raw.slice(i, i + 4000));
  }
  expect((await admin.offsets(olderFormatTopic))[0]!.high).toBe(records.count);

  const { stored, dead, newer } = await workerRuns(olderFormatTopic);
  expect(dead).toBe(0);
  expect(newer).toBe(1);
  expect(stored).toEqual(expected);
  expect(await admin.listTopics()).not.toContain(`${olderFormatTopic}.dlq`);
});
