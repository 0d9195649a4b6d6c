/**
 * Real captures ingested through a partitioned Kafka topic (the keyed sink) against the same
 * captures ingested into the memory log, the reference path:
 * - every event arrives exactly once; each filesystem of a capture is in one partition, and
 *   each process's events keep their capture order there;
 * - the broker stopped and restarted in the middle of the ingest loses and duplicates nothing
 *   (only where this machine's broker runs through scripts/services.sh).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import type { AppendResult, EventLog } from '../../../src/log/event-log.js';
import { createMemoryEventLog } from '../../../src/log/memory-event-log.js';
import {
  createKafkaEventLog,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  eventDevice,
} from '../../../src/log/kafka-event-log.js';
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

afterAll(async () => {
  await admin.deleteTopics(topics).catch(() => undefined);
  await admin.close();
});

/** A stable text form of an event (bigint-safe), for multiset comparisons. */
const text = (e: CanonicalEvent): string =>
  JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

async function readLog(log: EventLog): Promise<CanonicalEvent[]> {
  const out: CanonicalEvent[] = [];
  for await (const batch of log.read(0)) for (const r of batch) out.push(r.event);
  return out;
}

async function reference(): Promise<CanonicalEvent[]> {
  const log = createMemoryEventLog();
  await ingestFiles(captures, log);
  const events = await readLog(log);
  await log.close();
  return events;
}

/** Every partition of the topic, read through the one-partition EventLog. */
async function readTopic(topic: string): Promise<CanonicalEvent[][]> {
  const offsets = await admin.offsets(topic);
  const parts: CanonicalEvent[][] = [];
  for (const { partition } of offsets) {
    const log = createKafkaEventLog({ brokers, topic, partition, createTopic: false });
    try {
      parts.push(await readLog(log));
    } finally {
      await log.close();
    }
  }
  return parts;
}

function checkAgainstReference(parts: CanonicalEvent[][], expected: CanonicalEvent[]): void {
  const got = parts.flat();
  expect(got.length).toBe(expected.length);
  // Same multiset of events: nothing lost, nothing duplicated, nothing altered.
  expect(got.map(text).sort()).toEqual(expected.map(text).sort());
  // Each filesystem of each capture lives in one partition.
  const home = new Map<string, number>();
  parts.forEach((part, p) => {
    for (const e of part) {
      const dev = eventDevice(e);
      if (dev === undefined) continue;
      const k = `${e.captureId}@${dev}`;
      expect(home.get(k) ?? p, k).toBe(p);
      home.set(k, p);
    }
  });
  expect(home.size).toBeGreaterThanOrEqual(captures.length);
  // A capture's header is the first of its records in the partition that holds it (the replay
  // starts a run at each header).
  for (const e of expected.filter((x) => x.type === 'header')) {
    const part = parts.find((p) =>
      p.some((x) => x.type === 'header' && x.captureId === e.captureId),
    );
    expect(part, e.captureId).toBeDefined();
    expect(part!.find((x) => x.captureId === e.captureId)!.type).toBe('header');
  }
  // Within a partition each process of each capture keeps its capture order.
  const processOf = (e: CanonicalEvent): string => `${e.captureId}/${e.tgid >= 0 ? e.tgid : e.pid}`;
  const rank = new Map(expected.map((e, i) => [text(e), i]));
  for (const part of parts) {
    const last = new Map<string, number>();
    for (const e of part) {
      const r = rank.get(text(e))!;
      const prev = last.get(processOf(e)) ?? -1;
      expect(r, processOf(e)).toBeGreaterThan(prev);
      last.set(processOf(e), r);
    }
  }
}

describe('ingest through a partitioned Kafka topic', () => {
  it('gives exactly the events of the file path; one partition per filesystem, process order kept', async () => {
    const expected = await reference();
    const topic = randomName('ingest');
    topics.push(topic);
    const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 3 });
    let summary;
    try {
      summary = await ingestFiles(captures, sink);
    } finally {
      await sink.close();
    }
    expect(summary.events).toBe(expected.length);
    const offsets = await admin.offsets(topic);
    expect(offsets).toHaveLength(3);
    expect(offsets.reduce((s, o) => s + o.high, 0)).toBe(expected.length);
    checkAgainstReference(await readTopic(topic), expected);
  });

  it.runIf(canRestartKafka())(
    'the broker stopped and restarted in the middle loses and duplicates nothing',
    async () => {
      const expected = await reference();
      const topic = randomName('ingest-restart');
      topics.push(topic);
      const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 3, retries: 30 });
      // Stop the broker after a few appends and start it again while the ingest goes on: the
      // appends in between wait in the client's retries.
      let appends = 0;
      let outage: Promise<void> | undefined;
      const wrapped: EventLog = {
        append: async (events): Promise<AppendResult> => {
          appends += 1;
          if (appends === 3) {
            await stopKafka();
            outage = new Promise((resolve) => setTimeout(resolve, 3000)).then(startKafka);
          }
          return sink.append(events);
        },
        flush: () => sink.flush(),
        read: (from, o) => sink.read(from, o),
        endOffset: () => sink.endOffset(),
        close: () => sink.close(),
      };
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
