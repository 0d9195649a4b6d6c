/**
 * Replay workers in a consumer group against the real broker and a real ClickHouse server:
 * - two workers share the partitions while ingest is still writing (with a pause longer than
 *   the idle time inside a capture) and store, per capture, exactly the run the file-log path
 *   gives (run id and offsets included: a capture's offsets are its seqs); an undecodable
 *   record and an undecodable batch land in the dead-letter topic whole, with their reason,
 *   and the workers go on; the group's offsets end at the partitions' ends;
 * - a worker that dies in the middle of a range (after storing part of its runs, before the
 *   commit) and a fresh worker that takes over end with the same stored runs as the clean run.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/index.js';
import { ReplayError } from '../../../src/errors.js';
import type { EventLog } from '../../../src/log/event-log.js';
import type { KafkaGroupWorker, UndecodableRecord } from '../../../src/log/kafka-event-log.js';
import {
  BATCH_CONTENT_TYPE,
  CONTENT_TYPE_HEADER,
  createKafkaEventLog,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  produceRawRecords,
} from '../../../src/log/kafka-event-log.js';
import {
  DLQ_REASON_HEADER,
  DLQ_SOURCE_HEADER,
  createKafkaReplayWorker,
} from '../../../src/log/kafka-replay-worker.js';
import { createMemoryEventLog } from '../../../src/log/memory-event-log.js';
import { replayCaptures } from '../../../src/sim/engine.js';
import type { RunResult } from '../../../src/sim/results.js';
import type { ResultStore } from '../../../src/store/index.js';
import { createResultStore } from '../../../src/store/index.js';
import {
  clickhouseStore,
  clickhouseUrl,
  kafkaBrokers,
  randomDatabase,
  randomName,
} from '../../helpers/services.js';
import { tracePath } from '../../helpers/shared.js';

const run = promisify(execFile);
const brokers = kafkaBrokers();
const chUrl = clickhouseUrl();
const admin = createKafkaTopicAdmin({ brokers });
const topic = randomName('replay');
const databases: string[] = [];
const topicsToDelete: string[] = [];
const stores: ResultStore[] = [];
const captures = [
  tracePath('ext4-small-steady.trace.gz'),
  tracePath('scenarios/xfs_default.trace'),
  tracePath('scenarios/ext4_default.trace'),
  tracePath('ext4-fault512-sparse.trace.gz'),
];
const POLICIES = ['legacy', 'deferred', 'lazytime'];
const IDLE_MS = 300;

async function openStore(): Promise<ResultStore> {
  const database = randomDatabase('kafka_replay');
  databases.push(database);
  const store = await createResultStore(clickhouseStore(database));
  stores.push(store);
  return store;
}

/** The file-log path: each capture ingested alone into a fresh log and replayed. */
async function reference(): Promise<RunResult[]> {
  const out: RunResult[] = [];
  for (const path of captures) {
    const log = createMemoryEventLog();
    await ingestFiles([path], log);
    out.push(...(await replayCaptures(log, { policies: POLICIES })));
    await log.close();
  }
  return out;
}

async function until(what: string, cond: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function storedRunIds(store: ResultStore): Promise<string[]> {
  const res = await store.query('runs', { limit: 10_000 });
  return res.rows.map((row) => String(row['run_id'])).sort();
}

/** The sink, with `before` awaited ahead of each encoded append (to pause or fail there). */
function beforeAppends(sink: EventLog, before: () => Promise<void>): EventLog {
  return {
    append: (events) => sink.append(events),
    appendEncoded: async (batch) => {
      await before();
      return sink.appendEncoded!(batch);
    },
    endCapture: (id) => sink.endCapture!(id),
    flush: () => sink.flush(),
    read: (from, o) => sink.read(from, o),
    endOffset: () => sink.endOffset(),
    close: () => sink.close(),
  };
}

let ends: number[] = [];
let poisonOffsets: string[] = [];

/**
 * Capture 1 (with a pause of several idle times after its third append), then one
 * undecodable record per partition and one undecodable batch, then the other captures.
 */
async function ingestAll(): Promise<void> {
  const sink = createKafkaTopicSink({ brokers, topic, numPartitions: 3, maxBatchBytes: 16384 });
  let appends = 0;
  const pausing = beforeAppends(sink, async () => {
    if (++appends === 3) await new Promise((r) => setTimeout(r, 5 * IDLE_MS));
  });
  try {
    await ingestFiles([captures[0]!], pausing);
    expect(appends).toBeGreaterThan(3);
    await sink.flush();
    for (const p of [0, 1, 2]) {
      const at = await produceRawRecords({ brokers }, topic, p, [
        { key: 'poison', value: Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]) },
      ]);
      poisonOffsets.push(`${topic}[${p}]@${at}`);
    }
    const at = await produceRawRecords({ brokers }, topic, 1, [
      {
        key: 'poison-batch',
        value: Buffer.from([0x22, 0x05, 0x0a, 0xff, 0xff]),
        headers: { [CONTENT_TYPE_HEADER]: BATCH_CONTENT_TYPE },
      },
    ]);
    poisonOffsets.push(`${topic}[1]@${at}`);
    await ingestFiles(captures.slice(1), sink);
  } finally {
    await sink.close();
  }
  ends = (await admin.offsets(topic)).map((o) => o.high);
  poisonOffsets = poisonOffsets.sort();
}

beforeAll(async () => {
  expect(await admin.ensureTopic(topic, 3)).toBe(3);
});

afterAll(async () => {
  for (const s of stores) await s.close().catch(() => undefined);
  for (const db of databases) {
    await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${db}`, chUrl]).catch(
      () => undefined,
    );
  }
  await admin.deleteTopics([topic, `${topic}.dlq`, ...topicsToDelete]).catch(() => undefined);
  await admin.close();
});

describe('replay workers in a consumer group', () => {
  it('two workers store each capture once, as the file log does; poison goes to the DLQ whole', async () => {
    const store = await openStore();
    const groupId = randomName('group');
    const stored: RunResult[] = [];
    const errors: ReplayError[] = [];
    const workers: KafkaGroupWorker[] = [0, 1].map(() =>
      createKafkaReplayWorker({
        brokers,
        topic,
        groupId,
        store,
        replay: { policies: POLICIES },
        // Shorter than the pause inside capture 1: its end record, not the idle time, decides.
        idleMs: IDLE_MS,
        onRange: (_w, runs) => stored.push(...runs),
        onError: (e) => errors.push(e),
      }),
    );
    try {
      // Both join before there is anything to do, so each replays the partitions it owns.
      for (const w of workers) await w.start();
      await until('both workers to own partitions', () =>
        workers.every((w) => w.assigned().length > 0),
      );
      await ingestAll();
      await until('every partition to be committed to its end', async () => {
        const committed = await admin.groupOffsets(groupId, topic);
        return committed.length === 3 && committed.every((c, p) => c.offset === ends[p]);
      });
      // Both took part: the three partitions were split between them.
      expect(workers.map((w) => w.assigned().length).sort()).toEqual([1, 2]);
    } finally {
      for (const w of workers) await w.stop();
    }
    expect(errors).toEqual([]);
    expect(
      [...new Set(workers.flatMap((w) => w.completed()).map((c) => c.partition))].sort(),
    ).toEqual([0, 1, 2]);
    expect(workers.every((w) => w.completed().length > 0)).toBe(true);

    // Each capture is one run, exactly the file-log path's (run id and offsets included).
    const expected = await reference();
    const byCapture = (rs: readonly RunResult[]): RunResult[] =>
      [...rs].sort((x, y) => (x.captureId < y.captureId ? -1 : 1));
    expect(byCapture(stored)).toEqual(byCapture(expected));
    // The store holds exactly those runs.
    expect(await storedRunIds(store)).toEqual(stored.map((r) => r.runId).sort());

    // Dead letters: one per poison record, with the reason and where it came from.
    const dead: UndecodableRecord[] = [];
    const dlq = createKafkaEventLog({
      brokers,
      topic: `${topic}.dlq`,
      createTopic: false,
      onUndecodable: (r) => dead.push(r),
    });
    try {
      for await (const batch of dlq.read(0)) expect(batch).toEqual([]);
    } finally {
      await dlq.close();
    }
    expect(dead.map((d) => d.headers[DLQ_SOURCE_HEADER]).sort()).toEqual(poisonOffsets);
    for (const d of dead) {
      expect(d.headers[DLQ_REASON_HEADER]).toMatch(/cannot decode/);
      expect(d.key?.toString()).toMatch(/^poison/);
    }
    // The undecodable batch went whole, with its own reason.
    const batch = dead.find((d) => d.key?.toString() === 'poison-batch')!;
    expect(batch.value).toEqual(Buffer.from([0x22, 0x05, 0x0a, 0xff, 0xff]));
    expect(batch.headers[DLQ_REASON_HEADER]).toMatch(/cannot decode the batch/);
  });

  it('a worker dying mid-range and a fresh one taking over end with the same runs', async () => {
    // The runs a clean replay gives: the file-log path's.
    const clean = await reference();
    const cleanRunIds = clean.map((r) => r.runId).sort();
    expect(cleanRunIds.length).toBeGreaterThan(1);
    const store = await openStore();
    const groupId = randomName('group-crash');
    // The first worker's store dies after its second stored run: the range is half stored
    // and never committed.
    let calls = 0;
    const dying: ResultStore = {
      kind: store.kind,
      location: store.location,
      migrate: () => store.migrate(),
      storeRun: async (r) => {
        calls += 1;
        if (calls >= 2) {
          throw new ReplayError('RPL_SINK', 'simulated crash in the middle of a range');
        }
        return store.storeRun(r);
      },
      storeRunParams: (p) => store.storeRunParams(p),
      query: (name, params) => store.query(name, params),
      schema: () => store.schema(),
      latestRunId: () => store.latestRunId(),
      close: () => Promise.resolve(),
    };
    const errors: ReplayError[] = [];
    const first = createKafkaReplayWorker({
      brokers,
      topic,
      groupId,
      store: dying,
      replay: { policies: POLICIES },
      idleMs: 0,
      onError: (e) => errors.push(e),
    });
    await first.start();
    try {
      await until('the simulated crash', () => errors.length > 0);
    } finally {
      await first.stop();
    }
    expect(errors[0]!.message).toMatch(/simulated crash/);
    const partial = await storedRunIds(store);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(cleanRunIds.length);

    const second = createKafkaReplayWorker({
      brokers,
      topic,
      groupId,
      store,
      replay: { policies: POLICIES },
      idleMs: 0,
    });
    await second.start();
    try {
      await until('every partition to be committed to its end', async () => {
        const committed = await admin.groupOffsets(groupId, topic);
        return committed.length === 3 && committed.every((c, p) => c.offset === ends[p]);
      });
    } finally {
      await second.stop();
    }
    expect(await storedRunIds(store)).toEqual(cleanRunIds);
    // Every stored run answers the dashboard's summary query as the clean runs say: one row
    // per policy with the clean run's write-fault count.
    for (const r of clean) {
      const rows = (await store.query('summary', { run: r.runId })).rows;
      expect(rows.map((row) => row['policy'])).toEqual(r.policyIds);
      for (const row of rows) {
        const policy = r.policies[String(row['policy'])]!;
        expect(Number(row['write_faults'])).toBe(policy.writeFaults);
      }
    }
  });

  it('a killed ingest stores nothing and waits; the resumed ingest completes the same run', async () => {
    const partial = randomName('replay-partial');
    topicsToDelete.push(partial);
    let appends = 0;
    const first = createKafkaTopicSink({ brokers, topic: partial, maxBatchBytes: 16384 });
    const dying = beforeAppends(first, () =>
      ++appends === 3
        ? Promise.reject(new ReplayError('RPL_LOG_IO', 'planted: ingest killed'))
        : Promise.resolve(),
    );
    await expect(ingestFiles([captures[0]!], dying)).rejects.toThrow('planted');
    await first.close();

    const store = await openStore();
    const stored: RunResult[] = [];
    const waiting: string[] = [];
    const w = createKafkaReplayWorker({
      brokers,
      topic: partial,
      groupId: randomName('group-partial'),
      store,
      replay: { policies: POLICIES },
      idleMs: 0,
      onRange: (_w, runs, _dead, wait) => {
        stored.push(...runs);
        waiting.push(...wait);
      },
    });
    await w.start();
    try {
      await until('the worker to see the capture without its end', () => waiting.length > 0);
      expect(waiting[0]).toBe('ext4-small-steady');
      expect(stored).toEqual([]);
      expect(await storedRunIds(store)).toEqual([]);
      const again = createKafkaTopicSink({ brokers, topic: partial, maxBatchBytes: 16384 });
      try {
        await ingestFiles([captures[0]!], again);
      } finally {
        await again.close();
      }
      await until('the completed capture to be stored', () => stored.length > 0);
    } finally {
      await w.stop();
    }
    const [expected] = await reference();
    expect(stored).toEqual([expected]);
  });
});
