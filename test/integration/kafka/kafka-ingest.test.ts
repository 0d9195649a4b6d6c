/**
 * Real captures ingested through the Kafka topic sink (capture streams of event batches)
 * against the same captures ingested into the memory log, the reference path:
 * - every capture is one stream in one partition (`capturePartition`): its batches follow
 *   each other in seq order, hold exactly its events, and the last one ends the capture;
 *   every produce request was gzipped ahead, while the one before it was in flight;
 * - an append whose events cannot all be encoded stores none of them (the sink reuses one
 *   encoder across appends: nothing of a failed call may leak into the next);
 * - a re-run of an ingest that failed part-way appends only the rest (the topic then holds
 *   every event exactly once); a re-run of a finished ingest appends nothing;
 * - the broker stopped and restarted in the middle loses and duplicates nothing (only where
 *   this machine's broker runs through scripts/services.sh).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { createMemoryEventLog } from '../../../src/log/memory-event-log.js';
import type { CaptureRecord } from '../../../src/log/kafka-event-log.js';
import {
  capturePartition,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  kafkaGzipCounts,
  readCaptureRecords,
} from '../../../src/log/kafka-event-log.js';
import { ReplayError } from '../../../src/errors.js';
import {
  canRestartKafka,
  kafkaBrokers,
  randomName,
  startKafka,
  stopKafka,
} from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const brokers = kafkaBrokers();
const admin = createKafkaTopicAdmin({ brokers });
const topics: string[] = [];
const captures = [
  tracePath('ext4-small-steady.trace.gz'),
  tracePath('ext4-fault512-sparse.trace.gz'),
  tracePath('scenarios/xfs_default.trace'),
];
/** Small batches, so that every capture spans several records. */
const BATCH_BYTES = 16 * 1024;

afterAll(async () => {
  await admin.deleteTopics(topics).catch(() => undefined);
  await admin.close();
});

/** A stable text form of an event (bigint-safe). */
const text = (e: CanonicalEvent): string =>
  JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

async function reference(): Promise<CanonicalEvent[]> {
  const log = createMemoryEventLog();
  await ingestFiles(captures, log);
  const out: CanonicalEvent[] = [];
  for await (const batch of log.read(0)) for (const r of batch) out.push(r.event);
  await log.close();
  return out;
}

async function readTopic(topic: string): Promise<CaptureRecord[][]> {
  const parts: CaptureRecord[][] = [];
  for (const o of await admin.offsets(topic)) {
    const records: CaptureRecord[] = [];
    const range = { brokers, topic, partition: o.partition, fromOffset: o.low, toOffset: o.high };
    for await (const rs of readCaptureRecords(range)) records.push(...rs);
    parts.push(records);
  }
  return parts;
}

function checkAgainstReference(parts: CaptureRecord[][], expected: CanonicalEvent[]): void {
  const ids = [...new Set(expected.map((e) => e.captureId))];
  for (const id of ids) {
    const home = capturePartition(id, parts.length);
    parts.forEach((records, p) => {
      const mine = records.filter((r) => r.kind === 'batch' && r.captureId === id);
      if (p !== home) expect(mine, `${id} in partition ${p}`).toHaveLength(0);
    });
    const stream = parts[home]!.filter(
      (r): r is Extract<CaptureRecord, { kind: 'batch' }> =>
        r.kind === 'batch' && r.captureId === id,
    );
    expect(stream.length, id).toBeGreaterThan(2);
    // Contiguous batches in seq order, exactly one end record, at the end.
    let next = 0;
    for (const b of stream) {
      expect(b.firstSeq, id).toBe(next);
      b.events.forEach((e, i) => {
        expect(e.seq).toBe(b.firstSeq + i);
      });
      next += b.events.length;
    }
    expect(stream.map((b) => b.endOfCapture)).toEqual(
      stream.map((_b, i) => i === stream.length - 1),
    );
    // The capture's end event travels in its end record, as in the file log.
    expect(stream[stream.length - 1]!.events.at(-1)?.type, id).toBe('capture_end');
    const got = stream.flatMap((b) => b.events).map(text);
    expect(got).toEqual(expected.filter((e) => e.captureId === id).map(text));
  }
  expect(parts.flat().filter((r) => r.kind === 'event')).toHaveLength(0);
}

/** The sink with its appends counted, failing or pausing at chosen ones. */
function wrap(sink: EventLog, onAppend: (n: number) => Promise<void>): EventLog {
  let n = 0;
  return {
    append: async (events) => {
      await onAppend(++n);
      return sink.append(events);
    },
    appendEncoded: async (batch) => {
      await onAppend(++n);
      return sink.appendEncoded!(batch);
    },
    endCapture: (id) => sink.endCapture!(id),
    flush: () => sink.flush(),
    read: (from, o) => sink.read(from, o),
    endOffset: () => sink.endOffset(),
    close: () => sink.close(),
  };
}

describe('ingest through the Kafka topic sink', () => {
  it('writes each capture as one ordered stream of batches in one partition, ended', async () => {
    const expected = await reference();
    const topic = randomName('ingest');
    topics.push(topic);
    const sink = createKafkaTopicSink({
      brokers,
      topic,
      numPartitions: 3,
      maxBatchBytes: BATCH_BYTES,
    });
    const gzipsBefore = kafkaGzipCounts();
    let summary;
    try {
      summary = await ingestFiles(captures, sink);
    } finally {
      await sink.close();
    }
    expect(summary.events).toBe(expected.length);
    expect(await admin.offsets(topic)).toHaveLength(3);
    checkAgainstReference(await readTopic(topic), expected);
    // Every request's records were gzipped ahead of its turn (and read back right, above):
    // none was left to kafkajs's gzip inside its lock, in series with the round trip.
    const gzips = kafkaGzipCounts();
    expect(gzips.ahead - gzipsBefore.ahead).toBeGreaterThanOrEqual(captures.length);
    expect(gzips.inline - gzipsBefore.inline).toBe(0);
  });

  it('a re-run of a failed ingest appends only what is missing, of a finished one nothing', async () => {
    const expected = await reference();
    const topic = randomName('ingest-resume');
    topics.push(topic);
    const open = (): EventLog =>
      createKafkaTopicSink({ brokers, topic, numPartitions: 3, maxBatchBytes: BATCH_BYTES });
    const first = open();
    const failing = wrap(first, (n) =>
      n === 6
        ? Promise.reject(new ReplayError('RPL_LOG_IO', 'planted failure'))
        : Promise.resolve(),
    );
    await expect(ingestFiles(captures, failing)).rejects.toThrow('planted failure');
    await first.close();
    const resumed: string[] = [];
    const again = createKafkaTopicSink({
      brokers,
      topic,
      maxBatchBytes: BATCH_BYTES,
      onResume: (id, held, ended) => resumed.push(`${id}:${held}:${ended}`),
    });
    try {
      await ingestFiles(captures, again);
    } finally {
      await again.close();
    }
    // The failure came inside the first capture: it resumed after what the topic held.
    expect(resumed).toEqual([expect.stringMatching(/^ext4-small-steady:[1-9]\d*:false$/)]);
    checkAgainstReference(await readTopic(topic), expected);
    const before = (await admin.offsets(topic)).map((o) => o.high);
    const third = createKafkaTopicSink({ brokers, topic, maxBatchBytes: BATCH_BYTES });
    try {
      await ingestFiles(captures, third);
    } finally {
      await third.close();
    }
    expect((await admin.offsets(topic)).map((o) => o.high)).toEqual(before);
  });

  it('an append with an event that cannot be encoded stores none of its events, nor leaves them for the next', async () => {
    const capture = (await reference()).filter((e) => e.captureId === 'ext4-fault512-sparse');
    const topic = randomName('ingest-bad-event');
    topics.push(topic);
    const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 1 });
    try {
      await sink.append(capture.slice(0, 10));
      const bad = capture.slice(10, 20);
      // An out-of-range value after six good events: pid is int32.
      bad[6] = { ...bad[6]!, pid: 2 ** 40 };
      await expect(sink.append(bad)).rejects.toThrow(ReplayError);
      // The same seqs again, valid: the capture goes on as if the bad call never happened.
      await sink.append(capture.slice(10, 20));
      await sink.endCapture!('ext4-fault512-sparse');
    } finally {
      await sink.close();
    }
    const [stream] = await readTopic(topic);
    const events = stream!.flatMap((r) => (r.kind === 'batch' ? r.events : []));
    expect(events.map(text)).toEqual(capture.slice(0, 20).map(text));
  });

  it.runIf(canRestartKafka())(
    'the broker stopped and restarted in the middle loses and duplicates nothing',
    async () => {
      const expected = await reference();
      const topic = randomName('ingest-restart');
      topics.push(topic);
      const sink = createKafkaTopicSink({
        brokers,
        topic,
        numPartitions: 3,
        retries: 30,
        maxBatchBytes: BATCH_BYTES,
      });
      // Stop the broker after a few appends and start it again while the ingest goes on: the
      // appends in between wait in the client's retries.
      let outage: Promise<void> | undefined;
      let appends = 0;
      const wrapped = wrap(sink, async (n) => {
        appends = n;
        if (n === 3) {
          await stopKafka();
          outage = new Promise((resolve) => setTimeout(resolve, 3000)).then(startKafka);
        }
      });
      try {
        await ingestFiles(captures, wrapped);
      } finally {
        await outage;
        await sink.close();
      }
      expect(appends).toBeGreaterThan(4);
      checkAgainstReference(await readTopic(topic), expected);
    },
  );
});
