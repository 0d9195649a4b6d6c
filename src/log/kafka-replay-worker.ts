/**
 * The replay worker of the Kafka pipeline: a member of a consumer group over the event topic
 * (`createKafkaGroupWorker`) that replays the captures in the partitions it owns and stores the
 * results before the offsets past them are committed.
 *
 * A capture is one ordered stream of `EventBatch` records in one partition, ending with a
 * record that has `end_of_capture` set (createKafkaTopicSink). Per range `[from, to)` of
 * partition p:
 * 0. if the record headers since `from` show no end record (nor a record of the older format),
 *    nothing can be stored yet: commit nothing and wait for more (the headers of each new
 *    range are scanned once, so a capture being written is not replayed again and again);
 * 1. replay the range as capture streams (`createCaptureRangeLog`: each capture's events in
 *    seq order, batches a re-run ingest wrote twice dropped by seq, offsets = seq, so a run is
 *    exactly what the file log gives for the same capture); the replay reads the range twice
 *    (phase probe, then replay); records that cannot be decoded are skipped whole, events
 *    of a newer schema inside a batch one by one (counted; the rest of the batch is replayed);
 * 2. store the run of each capture whose end record is in the range (the store keeps one copy
 *    per run id, a hash of the capture, its events and the configuration: the same capture
 *    replayed again, by this worker after a crash or by another after a rebalance, stores
 *    nothing new); a capture without its end yet is not stored: it is replayed whole once the
 *    end arrives, however long ingest pauses;
 * 3. send the skipped records to the dead-letter topic with the reason in a header (read
 *    again from the partition for that: the range keeps only their offsets and reasons, so a
 *    range of many undecodable records, e.g. a newer producer's whole topic, does not hold
 *    them all in memory);
 * 4. only then commit: `to`, or the first offset of a capture still waiting for its end.
 * Records of the one-event-per-record format (topics written before batches) replay per range
 * as before, offsets being Kafka offsets; one holding an event of a newer schema is left out
 * and counted like a batch's (not dead-lettered). A crash anywhere before 4 makes the range run again:
 * results are not counted twice (2), and a dead-letter record may be sent twice (3 is
 * at-least-once; its headers name the source offset, so readers can drop repeats).
 */
import type { ReplayError } from '../errors.js';
import type { ReplayOptions } from '../sim/engine.js';
import { replayCaptures } from '../sim/engine.js';
import type { RunResult } from '../sim/results.js';
import type { ResultStore } from '../store/result-store.js';
import type {
  KafkaConnectionOptions,
  KafkaGroupWorker,
  PartitionWork,
  UndecodableRecord,
} from './kafka-event-log.js';
import { createCaptureRangeLog } from './capture-range-log.js';
import {
  readCaptureRecords,
  readStoredRecords,
  recordEndsWork,
  createKafkaGroupWorker,
  createKafkaTopicAdmin,
  produceRawRecords,
  undecodable,
  type RawKafkaRecord,
} from './kafka-event-log.js';

/** Header names on dead-letter records (next to the original record's own headers). */
export const DLQ_REASON_HEADER = 'faultreplay-dlq-reason';
export const DLQ_SOURCE_HEADER = 'faultreplay-dlq-source';

export interface KafkaReplayWorkerOptions extends KafkaConnectionOptions {
  readonly topic: string;
  readonly groupId: string;
  readonly store: ResultStore;
  /** Policies and simulator configuration (offsets and capture come from the ranges). @default {} */
  readonly replay?: Omit<ReplayOptions, 'fromOffset' | 'toOffset' | 'captureId'>;
  /** Where undecodable records go. @default `${topic}.dlq` */
  readonly deadLetterTopic?: string;
  /** See KafkaGroupWorkerOptions.idleMs. @default 2000 */
  readonly idleMs?: number;
  /** See KafkaGroupWorkerOptions.pollMs. @default 250 */
  readonly pollMs?: number;
  /**
   * Called after each range is stored (before its commit), with the runs stored, the
   * captures still waiting for their end record, and the events of the stored runs' captures
   * that a newer schema wrote (skipped, as the file log's readers skip them; in batches, and
   * records of the one-event-per-record format). @default undefined
   */
  readonly onRange?: (
    work: PartitionWork,
    runs: readonly RunResult[],
    deadLetters: number,
    waiting: readonly string[],
    newerEvents: number,
  ) => void;
  readonly onError?: (e: ReplayError, work: PartitionWork | undefined) => void;
}

/**
 * Record bytes per dead-letter produce request: a request holds several records but stays
 * under the broker's default `message.max.bytes` (1 MiB) uncompressed.
 */
const DLQ_REQUEST_BYTES = 900 * 1024;

/** The dead-letter record for `r`: its key, value and headers, plus the reason and source. */
function deadLetter(r: UndecodableRecord): RawKafkaRecord {
  return {
    key: r.key === null ? null : r.key.toString('utf8'),
    value: r.value,
    headers: {
      ...r.headers,
      [DLQ_REASON_HEADER]: r.reason,
      [DLQ_SOURCE_HEADER]: `${r.topic}[${r.partition}]@${r.offset}`,
    },
  };
}

export function createKafkaReplayWorker(opts: KafkaReplayWorkerOptions): KafkaGroupWorker {
  const deadLetterTopic = opts.deadLetterTopic ?? `${opts.topic}.dlq`;
  const connection: KafkaConnectionOptions = {
    brokers: opts.brokers,
    ...(opts.clientId === undefined ? {} : { clientId: opts.clientId }),
    ...(opts.retries === undefined ? {} : { retries: opts.retries }),
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  };
  let dlqReady = false;

  /** Sends the range's records at the offsets of `reasons`, in offset order, in requests of DLQ_REQUEST_BYTES. */
  const sendDeadLetters = async (
    work: PartitionWork,
    reasons: ReadonlyMap<number, string>,
  ): Promise<void> => {
    if (reasons.size === 0) return;
    if (!dlqReady) {
      const admin = createKafkaTopicAdmin(connection);
      try {
        await admin.ensureTopic(deadLetterTopic, 1);
      } finally {
        await admin.close();
      }
      dlqReady = true;
    }
    let first = Infinity;
    let last = -1;
    for (const offset of reasons.keys()) {
      first = Math.min(first, offset);
      last = Math.max(last, offset);
    }
    let pending: RawKafkaRecord[] = [];
    let pendingBytes = 0;
    const send = async (): Promise<void> => {
      if (pending.length > 0) await produceRawRecords(connection, deadLetterTopic, 0, pending);
      pending = [];
      pendingBytes = 0;
    };
    for await (const records of readStoredRecords({
      ...connection,
      topic: work.topic,
      partition: work.partition,
      fromOffset: first,
      toOffset: last + 1,
    })) {
      for (const stored of records) {
        const reason = reasons.get(stored.offset);
        if (reason === undefined) continue;
        const r = undecodable(work.topic, work.partition, stored, reason);
        const bytes = r.value?.length ?? 0;
        if (pendingBytes + bytes > DLQ_REQUEST_BYTES) await send();
        pending.push(deadLetter(r));
        pendingBytes += bytes;
      }
    }
    await send();
  };

  /**
   * partition -> what its headers showed since the committed offset `from`: scanned up to
   * `to`, and whether anything there lets a replay store a run. While ingest writes a long
   * capture, each new range is scanned once from where the last scan stopped instead of
   * being replayed again and again (cost per range: the new records' fetch, not a replay of
   * the whole capture so far).
   */
  const scans = new Map<
    number,
    { from: number; to: number; endsWork: boolean; captures: Set<string> }
  >();
  const rangeEndsWork = async (work: PartitionWork): Promise<boolean> => {
    let s = scans.get(work.partition);
    if (s?.from !== work.fromOffset || s.to > work.toOffset) {
      s = { from: work.fromOffset, to: work.fromOffset, endsWork: false, captures: new Set() };
    }
    if (!s.endsWork && s.to < work.toOffset) {
      const range = { ...connection, topic: work.topic, partition: work.partition };
      for await (const records of readStoredRecords({
        ...range,
        fromOffset: s.to,
        toOffset: work.toOffset,
      })) {
        for (const r of records) {
          if (recordEndsWork(r)) s.endsWork = true;
          else if (r.key !== null) s.captures.add(r.key.toString('utf8'));
        }
      }
      s.to = work.toOffset;
    }
    scans.set(work.partition, s);
    return s.endsWork;
  };

  return createKafkaGroupWorker({
    ...connection,
    topic: opts.topic,
    groupId: opts.groupId,
    ...(opts.idleMs === undefined ? {} : { idleMs: opts.idleMs }),
    ...(opts.pollMs === undefined ? {} : { pollMs: opts.pollMs }),
    ...(opts.onError === undefined ? {} : { onError: opts.onError }),
    process: async (work) => {
      if (!(await rangeEndsWork(work))) {
        opts.onRange?.(work, [], 0, [...(scans.get(work.partition)?.captures ?? [])].sort(), 0);
        return work.fromOffset;
      }
      // Offset -> why it could not be decoded (keyed by offset: the replay reads the range
      // twice); the records are read again to be dead-lettered.
      const poison = new Map<number, string>();
      const log = createCaptureRangeLog(() =>
        readCaptureRecords({
          ...connection,
          topic: work.topic,
          partition: work.partition,
          fromOffset: work.fromOffset,
          toOffset: work.toOffset,
          onUndecodable: (r) => poison.set(r.offset, r.reason),
        }),
      );
      const runs = await replayCaptures(log, { ...opts.replay });
      const captures = log.captures();
      const stored: RunResult[] = [];
      const waiting: string[] = [];
      let commit = work.toOffset;
      // Records of the one-event-per-record format are not tracked per capture; their runs
      // are all stored below.
      let newerEvents = log.newerRecords();
      for (const run of runs) {
        const c = captures.get(run.captureId);
        if (c !== undefined && !c.ended) {
          waiting.push(run.captureId);
          commit = Math.min(commit, c.firstOffset);
          continue;
        }
        await opts.store.storeRun(run);
        stored.push(run);
        newerEvents += c?.newerEvents ?? 0;
      }
      await sendDeadLetters(work, poison);
      opts.onRange?.(work, stored, poison.size, waiting, newerEvents);
      return commit;
    },
  });
}
