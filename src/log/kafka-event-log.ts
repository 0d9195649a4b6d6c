/**
 * Kafka adapters of the event log (the only module that imports kafkajs, STYLE.md §5).
 *
 * How the parts fit:
 * - `createKafkaTopicSink(opts)` is the ingest side of the event topic: each capture is one
 *   ordered stream of `EventBatch` records (proto/faultreplay/v1/event_batch.proto) keyed by
 *   capture id in partition `capturePartition(id)`, ended by a record with `end_of_capture`;
 *   a re-run appends only what the topic lacks of a capture, and refuses another file under
 *   a capture id the topic holds (capture-clash.ts).
 * - `readCaptureRecords(opts)` reads a partition range of the event topic, decoding batches and
 *   the earlier one-event-per-record format by the content-type header; the replay worker
 *   (kafka-replay-worker.ts) replays it through `createCaptureRangeLog`.
 * - `createKafkaEventLog(opts)` is the `EventLog` port over ONE partition in the one-event-per-
 *   record format: offsets are that partition's Kafka offsets (dense, because the producer is
 *   idempotent and never transactional). The contract suite runs against it; it reads topics
 *   written before batches.
 * - `createKafkaGroupWorker(opts)`: group membership, ranges and commits for the workers.
 * - `createKafkaTopicAdmin(opts)` creates, inspects and deletes topics (ingest, tests, bench).
 * - `readPartitionRecords`: reads a partition range through a consumer in a throw-away group,
 *   since kafkajs has no public fetch API.
 *
 * Records carry headers `faultreplay-schema` (SCHEMA_VERSION of the writer) and `content-type`.
 * Sends are gzip-compressed, acknowledged by all in-sync replicas, and the producer is
 * idempotent, so the broker drops the duplicates of its internal retries.
 *
 * kafkajs errors are translated here into `ReplayError('RPL_LOG_IO', ..., { retriable, cause })`
 * (STYLE.md §11); callers never see a KafkaJS type.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip, unzip } from 'node:zlib';
import kafkajs from 'kafkajs';
import type {
  Admin,
  Consumer,
  IHeaders,
  Kafka,
  KafkaConfig,
  LogEntry,
  Message,
  Producer,
  RetryOptions,
} from 'kafkajs';
import {
  ByteReader,
  EncodedBatchWriter,
  EventBatchWriter,
  RECORD_HEADROOM,
  decodeEvent,
  decodeEventBatch,
  encodeEvent,
  readEnvelopeKey,
  readEventBatch,
  type DecodedEventBatch,
  type EncodedBatch,
  type EnvelopeKey,
} from '../codec/index.js';
import { ReplayError, isReplayError } from '../errors.js';
import type { CanonicalEvent } from '../events/index.js';
import { SCHEMA_VERSION } from '../events/index.js';
import type { AppendResult, EventLog, LogRecord, ReadOptions } from './event-log.js';
import { captureClashError, isOtherSource, type CaptureSource } from './capture-clash.js';

const {
  Kafka: KafkaClient,
  CompressionTypes,
  CompressionCodecs,
  logLevel: KafkaLogLevel,
} = kafkajs;

/**
 * gzip at level 1 instead of kafkajs's zlib default (6): on event batches it compresses
 * about three times faster for a few percent more bytes, and compression was the producer's
 * largest cost (measured by `npm run bench`). Any gzip reader decompresses either; this
 * module is the only kafkajs user, so replacing the codec here changes nothing else.
 */
const gzipFast = promisify(gzip);
const gunzipAny = promisify(unzip);
CompressionCodecs[CompressionTypes.GZIP] = () => ({
  compress: (encoder: { buffer: Buffer }) => {
    for (const ahead of gzippedAhead) {
      if (ahead.raw.equals(encoder.buffer)) {
        gzipCounts.ahead++;
        return ahead.gz;
      }
    }
    gzipCounts.inline++;
    return gzipFast(encoder.buffer, { level: 1 });
  },
  decompress: (buffer: Buffer) => gunzipAny(buffer),
});

/**
 * Record sets gzipped before their produce request is encoded, by `gzipAhead`. kafkajs encodes
 * and compresses a request inside the idempotent producer's per-broker lock, after the request
 * before it was acknowledged, so the gzip of each request added to the round trip in series
 * (a third of the send time, measured). The sink gzips the next request's records while the
 * previous request is in flight; the codec above hands that result over when kafkajs asks to
 * compress the same bytes and compresses anything else itself, so a mismatch costs time, never
 * correctness.
 */
const gzippedAhead = new Set<{ readonly raw: Buffer; readonly gz: Promise<Buffer> }>();
const gzipCounts = { ahead: 0, inline: 0 };

/**
 * Record batches gzipped so far in this process: `ahead` while the request before was in
 * flight, `inline` by kafkajs inside its lock (a record set `gzipAhead` did not foresee).
 * The bench reports them; a test checks that the sink's sends are all gzipped ahead.
 */
export function kafkaGzipCounts(): { readonly ahead: number; readonly inline: number } {
  return { ...gzipCounts };
}

/** kafkajs 2.2.4's own record encoder (no public API), so the bytes are the ones it compresses. */
const encodeKafkaRecord = createRequire(import.meta.url)(
  'kafkajs/src/protocol/recordBatch/record/v0/index.js',
) as (r: {
  offsetDelta: number;
  timestampDelta: number;
  key: Message['key'];
  value: Message['value'];
  headers: Message['headers'];
}) => { buffer: Buffer };

/**
 * Starts the gzip of `messages` as kafkajs will lay them out in one record batch (offset deltas
 * 0, 1, ...; timestamp deltas 0, since the messages carry no timestamp and kafkajs stamps them
 * all with one clock reading). Call the returned function once the send settled.
 */
function gzipAhead(messages: readonly Message[]): () => void {
  const raw = Buffer.concat(
    messages.map(
      (m, i) =>
        encodeKafkaRecord({
          offsetDelta: i,
          timestampDelta: 0,
          key: m.key,
          value: m.value,
          headers: m.headers,
        }).buffer,
    ),
  );
  const ahead = { raw, gz: gzipFast(raw, { level: 1 }) };
  ahead.gz.catch(() => undefined); // a failure surfaces in the send that uses it
  gzippedAhead.add(ahead);
  return () => gzippedAhead.delete(ahead);
}

/** Header carrying the writer's `SCHEMA_VERSION` (decimal ASCII). */
export const SCHEMA_HEADER = 'faultreplay-schema';
/** Header naming the value's encoding. */
export const CONTENT_TYPE_HEADER = 'content-type';
export const CONTENT_TYPE = 'application/x-protobuf; messageType=faultreplay.v1.Event';

/** A log line from the Kafka client, for an injected logger (STYLE.md §14). */
export interface KafkaLogLine {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly namespace: string;
  readonly message: string;
  readonly extra: Readonly<Record<string, unknown>>;
}

/** Connection options shared by every adapter in this module. */
export interface KafkaConnectionOptions {
  /** Bootstrap brokers, `host:port` (an array, or one comma-separated string). */
  readonly brokers: readonly string[] | string;
  /** Client id shown in broker logs. @default 'faultreplay' */
  readonly clientId?: string;
  /** Connection timeout per broker in ms. @default 5000 */
  readonly connectionTimeoutMs?: number;
  /** Request timeout in ms. @default 30000 */
  readonly requestTimeoutMs?: number;
  /**
   * Retries of one request by the client (exponential backoff from 300 ms, capped at
   * `maxRetryTimeMs` per wait). The default outlasts a broker restart of about a minute.
   * @default 10
   */
  readonly retries?: number;
  /** @default 10000 */
  readonly maxRetryTimeMs?: number;
  /** Receives the client's warnings and errors; nothing is logged without it. @default undefined */
  readonly logger?: (line: KafkaLogLine) => void;
}

export interface KafkaEventLogOptions extends KafkaConnectionOptions {
  readonly topic: string;
  /** The partition this log is. @default 0 */
  readonly partition?: number;
  /** Partitions of the topic when this adapter creates it. @default 1 */
  readonly numPartitions?: number;
  /** Create the topic when it does not exist. @default true */
  readonly createTopic?: boolean;
  /** Records per produce request. @default 1000 */
  readonly maxBatchRecords?: number;
  /**
   * Encoded bytes per produce request (before compression). Kept under the broker's default
   * `message.max.bytes` (1 MiB): a compressed batch is one message to the broker, and an
   * incompressible one larger than that is refused. @default 768 KiB
   */
  readonly maxBatchBytes?: number;
  /** gzip the record batches. @default true */
  readonly compress?: boolean;
  /**
   * Called for each record `read()` cannot decode, which is then skipped (offsets keep their
   * Kafka values, so the read has a gap there). Without it such a record fails the read with
   * `RPL_CODEC`. The replay worker uses it to send poison records to a dead-letter topic.
   * @default undefined
   */
  readonly onUndecodable?: (record: UndecodableRecord) => void;
}

/** A record `read()` skipped because it could not be decoded. */
export interface UndecodableRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  /** Why, as the `RPL_CODEC` error says it. */
  readonly reason: string;
}

/** The `EventLog` over one Kafka partition. */
export interface KafkaEventLog extends EventLog {
  readonly topic: string;
  readonly partition: number;
}

interface ConnectionParams {
  readonly brokers: string[];
  readonly clientId: string;
  readonly config: KafkaConfig;
}

function normaliseConnection(opts: KafkaConnectionOptions): ConnectionParams {
  const brokers = (typeof opts.brokers === 'string' ? opts.brokers.split(',') : [...opts.brokers])
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (brokers.length === 0) {
    throw new ReplayError('RPL_CONFIG', 'kafka: no brokers given (expected host:port[,host:port])');
  }
  for (const b of brokers) {
    if (!/^[^\s:]+:\d+$/.test(b)) {
      throw new ReplayError('RPL_CONFIG', `kafka: broker "${b}" is not host:port`);
    }
  }
  const clientId = opts.clientId ?? 'faultreplay';
  const retry: RetryOptions = {
    retries: opts.retries ?? 10,
    initialRetryTime: 300,
    maxRetryTime: opts.maxRetryTimeMs ?? 10_000,
  };
  const logger = opts.logger;
  const config: KafkaConfig = {
    clientId,
    brokers,
    connectionTimeout: opts.connectionTimeoutMs ?? 5000,
    requestTimeout: opts.requestTimeoutMs ?? 30_000,
    retry,
    logLevel: logger === undefined ? KafkaLogLevel.NOTHING : KafkaLogLevel.WARN,
    logCreator:
      logger === undefined
        ? () => () => undefined
        : () => (entry: LogEntry) => {
            const { message, ...extra } = entry.log;
            logger({
              level:
                entry.level <= KafkaLogLevel.ERROR
                  ? 'error'
                  : entry.level === KafkaLogLevel.WARN
                    ? 'warn'
                    : entry.level === KafkaLogLevel.INFO
                      ? 'info'
                      : 'debug',
              namespace: entry.namespace,
              message,
              extra,
            });
          },
  };
  return { brokers, clientId, config };
}

function kafkaClient(params: ConnectionParams): Kafka {
  return new KafkaClient(params.config);
}

/** Translates anything kafkajs throws into our error, keeping its `retriable` flag. */
export function kafkaError(e: unknown, what: string): ReplayError {
  if (e instanceof ReplayError) return e;
  const retriable = isRetriable(e);
  const reason = e instanceof Error ? e.message : String(e);
  const name = e instanceof Error ? e.name : 'Error';
  return new ReplayError('RPL_LOG_IO', `kafka: ${what} failed: ${reason}`, {
    cause: e,
    retriable,
    details: { kafkaError: name },
  });
}

/**
 * kafkajs marks each error `retriable`; when its own retries run out it throws a non-retriable
 * KafkaJSNumberOfRetriesExceeded around the last error. For our callers that last error decides:
 * a broker that was unreachable for the whole retry window may well be back later.
 */
function isRetriable(e: unknown): boolean {
  let cur: unknown = e;
  for (let depth = 0; depth < 5; depth++) {
    if (typeof cur !== 'object' || cur === null) return false;
    const err = cur as { retriable?: unknown; name?: unknown; cause?: unknown };
    if (err.name === 'KafkaJSNumberOfRetriesExceeded' && err.cause !== undefined) {
      cur = err.cause;
      continue;
    }
    return err.retriable === true;
  }
  return false;
}

/**
 * Runs `op` again while it fails with a retriable error, up to ~30 s: a topic created a moment
 * ago answers "not the leader" / "does not host this topic-partition" until its leaders are
 * elected, and a broker just started refuses connections for a while (2 of 10 first ingests
 * failed so right after a broker start).
 */
async function retryRetriable<T>(op: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      const retriable =
        (e instanceof ReplayError && e.retriable) ||
        /not the leader|does not host this topic-partition|LEADER_NOT_AVAILABLE/i.test(
          e instanceof Error ? e.message : String(e),
        );
      if (!retriable || attempt >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.min(3000, 100 * 2 ** attempt)));
    }
  }
}

async function guard<T>(what: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw kafkaError(e, what);
  }
}

/** Under the broker's default message.max.bytes (1 MiB), with room for batch framing. */
const DEFAULT_MAX_BATCH_BYTES = 768 * 1024;
/** Event bytes per `EventBatch` record by default, and the most allowed (see maxBatchBytes). */
const DEFAULT_BATCH_BYTES = 256 * 1024;
const MAX_BATCH_BYTES = 900 * 1024;
/**
 * Records of the first window a resume reads back from a partition's end (64 batches: about
 * 16 MiB of events at the default batch size), and the largest window (each is one reader).
 */
const HELD_FIRST_WINDOW = 64;
const HELD_MAX_WINDOW = 1 << 20;
/** Record bytes per produce request (see the sink's `dispatch`). */
const SEND_BYTES = 900 * 1024;
// --- keys ----------------------------------------------------------------------------------------

/**
 * The partition of a capture on a topic of `partitions` partitions: FNV-1a (32-bit) of the
 * capture id's UTF-8 bytes, modulo the partition count. Chosen here rather than by the
 * client's partitioner, which falls back to "any available partition" while a leader is
 * unavailable and would then split a capture. Deterministic across runs and clients.
 */
export function capturePartition(captureId: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(captureId, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h % partitions;
}

// --- records -------------------------------------------------------------------------------------

/**
 * An idempotent producer (one request in flight, so retries keep order) that never creates
 * topics, with the connection's retry policy, connected.
 */
async function connectProducer(
  kafka: Kafka,
  params: ConnectionParams,
  opts: KafkaConnectionOptions,
): Promise<Producer> {
  const p = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    retry: {
      retries: opts.retries ?? 10,
      initialRetryTime: 300,
      maxRetryTime: opts.maxRetryTimeMs ?? 10_000,
    },
  });
  await guard(`connect a producer to ${params.brokers.join(',')}`, () => p.connect());
  return p;
}

function recordHeaders(): IHeaders {
  return { [SCHEMA_HEADER]: String(SCHEMA_VERSION), [CONTENT_TYPE_HEADER]: CONTENT_TYPE };
}

function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const v = headers?.[name];
  if (v === undefined) return undefined;
  const one = Array.isArray(v) ? v[0] : v;
  if (one === undefined) return undefined;
  return typeof one === 'string' ? one : one.toString('utf8');
}

/** Refuses a record whose schema header names a version this build cannot read. */
function checkSchemaHeader(
  headers: IHeaders | undefined,
  where: { readonly topic: string; readonly partition: number; readonly offset: number },
): void {
  const at = `${where.topic}[${where.partition}]@${where.offset}`;
  const schema = headerText(headers, SCHEMA_HEADER);
  if (schema !== undefined) {
    const v = Number(schema);
    if (!Number.isInteger(v) || v < 1 || v > SCHEMA_VERSION) {
      throw new ReplayError(
        'RPL_CODEC',
        `kafka record ${at}: schema version "${schema}" is not supported (this build reads 1..${SCHEMA_VERSION})`,
        { details: { ...where, schema } },
      );
    }
  }
}

/**
 * Decodes one record's value, checking its schema header first. Throws `RPL_CODEC` naming the
 * topic, partition and offset (a poison record: the replay worker sends it to the dead-letter
 * topic with this message); `details.newerSchema` is true when the event's payload is one this
 * build does not know (a newer producer's event kind: `isNewerSchemaRecord`).
 */
export function decodeRecord(
  value: Buffer | null,
  headers: IHeaders | undefined,
  where: { readonly topic: string; readonly partition: number; readonly offset: number },
): CanonicalEvent {
  const at = `${where.topic}[${where.partition}]@${where.offset}`;
  checkSchemaHeader(headers, where);
  if (value === null || value.length === 0) {
    throw new ReplayError('RPL_CODEC', `kafka record ${at}: empty value`, { details: where });
  }
  try {
    return decodeEvent(value);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // The codec's mark for an event of a kind this schema lacks (the file log's readers skip
    // such a record on the same test, `onUnknownRecord`).
    const newerSchema = isReplayError(e) && e.details['reason'] === 'no payload';
    throw new ReplayError('RPL_CODEC', `kafka record ${at}: cannot decode: ${reason}`, {
      cause: e,
      details: { ...where, ...(newerSchema ? { newerSchema } : {}) },
    });
  }
}

/** Whether `decodeRecord` failed because a newer schema wrote the record (see there). */
export function isNewerSchemaRecord(e: unknown): boolean {
  return isReplayError(e) && e.details['newerSchema'] === true;
}

/** Splits encoded messages into produce requests of bounded count and size. */
function* chunks(
  messages: readonly Message[],
  maxRecords: number,
  maxBytes: number,
): Generator<Message[]> {
  let batch: Message[] = [];
  let bytes = 0;
  for (const m of messages) {
    const size = (m.value as Buffer).length;
    if (batch.length > 0 && (batch.length >= maxRecords || bytes + size > maxBytes)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(m);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

// --- topic admin ---------------------------------------------------------------------------------

export interface PartitionOffsets {
  readonly partition: number;
  /** First offset still stored (log start). */
  readonly low: number;
  /** Offset the next record will get (high watermark). */
  readonly high: number;
}

export interface KafkaTopicAdmin {
  /**
   * Creates the topic with `numPartitions` partitions when it does not exist (waits for
   * leaders). Returns the number of partitions it has; never changes an existing topic.
   */
  ensureTopic(topic: string, numPartitions: number): Promise<number>;
  /** Partition offsets of a topic, sorted by partition. */
  offsets(topic: string): Promise<readonly PartitionOffsets[]>;
  /** Topic names on the cluster (internal ones excluded). */
  listTopics(): Promise<readonly string[]>;
  deleteTopics(topics: readonly string[]): Promise<void>;
  /** Committed offsets of a consumer group on a topic (-1 where none). */
  groupOffsets(
    groupId: string,
    topic: string,
  ): Promise<readonly { partition: number; offset: number }[]>;
  close(): Promise<void>;
}

/**
 * Before any work: is a broker reachable? One short connect per attempt (no kafkajs retries,
 * whose defaults wait ~60 s in silence), repeated until `budgetMs` is spent, each failure
 * reported through `onRetry`; then one error naming the brokers and the last reason.
 */
export async function checkKafkaReachable(
  brokersSpec: string | readonly string[],
  budgetMs: number,
  onRetry?: (reason: string, attempt: number, waitedMs: number) => void,
): Promise<void> {
  const params = normaliseConnection({
    brokers: brokersSpec,
    retries: 0,
    connectionTimeoutMs: Math.max(500, Math.min(2000, budgetMs)),
  });
  const kafka = kafkaClient(params);
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    const a = kafka.admin({ retry: { retries: 0 } });
    try {
      await a.connect();
      await a.disconnect().catch(() => undefined);
      return;
    } catch (e) {
      await a.disconnect().catch(() => undefined);
      const reason = kafkaError(e, 'connect').message.replace(/^kafka: connect failed: /, '');
      const waited = performance.now() - started;
      if (waited >= budgetMs) {
        throw new ReplayError(
          'RPL_LOG_IO',
          `kafka: broker ${params.brokers.join(',')} is unreachable (${reason}); gave up after ${(waited / 1000).toFixed(1)} s`,
          { cause: e, retriable: true },
        );
      }
      onRetry?.(reason, attempt, waited);
      await new Promise((r) => setTimeout(r, Math.min(500, budgetMs - waited)));
    }
  }
}

export function createKafkaTopicAdmin(opts: KafkaConnectionOptions): KafkaTopicAdmin {
  const params = normaliseConnection(opts);
  const kafka = kafkaClient(params);
  let admin: Admin | undefined;
  let connecting: Promise<Admin> | undefined;
  const get = (): Promise<Admin> => {
    if (admin !== undefined) return Promise.resolve(admin);
    connecting ??= (async () => {
      const a = kafka.admin();
      await guard(`connect to ${params.brokers.join(',')}`, () => a.connect());
      admin = a;
      return a;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };
  const partitionCount = async (a: Admin, topic: string): Promise<number | undefined> => {
    const meta = await guard(`describe topic ${topic}`, () =>
      a.fetchTopicMetadata({ topics: [topic] }),
    ).catch((e: unknown) => {
      // kafkajs reports a missing topic as an UNKNOWN_TOPIC_OR_PARTITION error.
      if (
        e instanceof ReplayError &&
        /does not host this topic-partition|UNKNOWN_TOPIC/i.test(e.message)
      ) {
        return undefined;
      }
      throw e;
    });
    return meta?.topics[0]?.partitions.length;
  };
  return {
    async ensureTopic(topic, numPartitions) {
      const a = await get();
      const existing = await partitionCount(a, topic);
      if (existing !== undefined && existing > 0) return existing;
      await guard(`create topic ${topic}`, () =>
        a.createTopics({ topics: [{ topic, numPartitions }], waitForLeaders: true }),
      );
      return (await partitionCount(a, topic)) ?? numPartitions;
    },
    async offsets(topic) {
      const a = await get();
      const rows = await guard(`read offsets of ${topic}`, () => a.fetchTopicOffsets(topic));
      return rows
        .map((r) => ({ partition: r.partition, low: Number(r.low), high: Number(r.high) }))
        .sort((x, y) => x.partition - y.partition);
    },
    async listTopics() {
      const a = await get();
      const names = await guard('list topics', () => a.listTopics());
      return names.filter((n) => !n.startsWith('__')).sort();
    },
    async deleteTopics(topics) {
      const a = await get();
      // Deleting a topic that does not exist makes kafkajs retry for a long time: skip those.
      const existing = new Set(await guard('list topics', () => a.listTopics()));
      const doomed = topics.filter((t) => existing.has(t));
      if (doomed.length === 0) return;
      await guard(`delete topics ${doomed.join(',')}`, () => a.deleteTopics({ topics: doomed }));
    },
    async groupOffsets(groupId, topic) {
      const a = await get();
      const res = await guard(`read offsets of group ${groupId}`, () =>
        a.fetchOffsets({ groupId, topics: [topic] }),
      );
      return (res[0]?.partitions ?? [])
        .map((p) => ({ partition: p.partition, offset: Number(p.offset) }))
        .sort((x, y) => x.partition - y.partition);
    },
    async close() {
      const a =
        admin ?? (connecting === undefined ? undefined : await connecting.catch(() => undefined));
      admin = undefined;
      if (a !== undefined) await a.disconnect().catch(() => undefined);
    },
  };
}

/** A record as stored, for tools and tests that must write what the codec would not. */
export interface RawKafkaRecord {
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Writes records as given (no encoding, no schema header unless passed) to one partition and
 * returns the offset of the first. For dead-letter tooling and for tests that need a record
 * the codec cannot read (a "poison" record).
 */
export async function produceRawRecords(
  opts: KafkaConnectionOptions,
  topic: string,
  partition: number,
  records: readonly RawKafkaRecord[],
): Promise<number> {
  const params = normaliseConnection(opts);
  const producer = kafkaClient(params).producer({ idempotent: true, maxInFlightRequests: 1 });
  await guard('connect a producer', () => producer.connect());
  try {
    const meta = await guard(`write to ${topic}[${partition}]`, () =>
      producer.send({
        topic,
        acks: -1,
        messages: records.map((r) => ({
          key: r.key,
          value: r.value,
          partition,
          ...(r.headers === undefined ? {} : { headers: { ...r.headers } }),
        })),
      }),
    );
    return Number(meta.find((m) => m.partition === partition)?.baseOffset ?? -1);
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

// --- reading a partition -------------------------------------------------------------------------

/**
 * A bounded hand-over between kafkajs's push (`eachBatch`) and our pull (`for await`): the
 * consumer's callback waits while `capacity` batches are queued, so a slow reader slows the
 * fetches instead of filling memory.
 */
class BatchChannel<T> {
  private readonly items: T[] = [];
  private failure: Error | undefined = undefined;
  private closed = false;
  private wakeReader: (() => void) | undefined;
  private wakeWriter: (() => void) | undefined;
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  async put(batch: T, keepAlive: () => Promise<void>): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => {
        this.wakeWriter = resolve;
        // Keep the group session alive while the reader is busy.
        setTimeout(resolve, 2000).unref();
      });
      this.wakeWriter = undefined;
      await keepAlive().catch(() => undefined);
    }
    if (this.closed) return;
    this.items.push(batch);
    this.wakeReader?.();
  }

  fail(e: unknown): void {
    this.failure ??= e instanceof Error ? e : new Error(String(e));
    this.wakeReader?.();
  }

  end(): void {
    this.closed = true;
    this.wakeReader?.();
    this.wakeWriter?.();
  }

  async take(): Promise<T | undefined> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        this.wakeWriter?.();
        return next;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.closed) return undefined;
      await new Promise<void>((resolve) => {
        this.wakeReader = resolve;
      });
      this.wakeReader = undefined;
    }
  }
}

interface PartitionRange {
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: number;
  /** Exclusive. */
  readonly toOffset: number;
  /** Records per yielded array (at most). */
  readonly batchSize: number;
}

/** One stored record as read: its offset, key, value and headers. */
export interface StoredRecord {
  readonly offset: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: IHeaders | undefined;
}

function headerRecord(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers ?? {})) {
    const v = headerText(headers, name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/**
 * Reads `[fromOffset, toOffset)` of one partition, in order, each offset once, as stored
 * records. kafkajs only consumes through groups, so this joins a throw-away group (random id,
 * nothing committed), seeks the partition and pauses the topic's other partitions.
 *
 * The seek happens in the GROUP_JOIN handler, not after `consumer.run()`: `run()` resolves
 * before the group is joined when the first join fails and kafkajs restarts the consumer, and
 * a seek then throws "Consumer group was not initialized" (seen under load in CI). Each join
 * (a restart included) seeks to the next offset still wanted, so a restart loses nothing.
 */
async function* readPartitionRecords(
  kafka: Kafka,
  clientId: string,
  range: PartitionRange,
): AsyncGenerator<readonly StoredRecord[]> {
  const { topic, partition, fromOffset, toOffset, batchSize } = range;
  if (fromOffset >= toOffset) return;
  const channel = new BatchChannel<readonly StoredRecord[]>(4);
  let next = fromOffset;
  const consumer: Consumer = kafka.consumer({
    groupId: `${clientId}-read-${randomUUID()}`,
    sessionTimeout: 60_000,
    rebalanceTimeout: 60_000,
    heartbeatInterval: 3000,
    maxWaitTimeInMs: 250,
    allowAutoTopicCreation: false,
    retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
  });
  try {
    await guard(`connect a reader of ${topic}[${partition}]`, () => consumer.connect());
    await guard(`subscribe to ${topic}`, () =>
      consumer.subscribe({ topics: [topic], fromBeginning: true }),
    );
    consumer.on(consumer.events.CRASH, (ev) => {
      if (ev.payload.restart) return; // kafkajs rejoins; GROUP_JOIN seeks again
      channel.fail(kafkaError(ev.payload.error, `read ${topic}[${partition}]`));
    });
    consumer.on(consumer.events.GROUP_JOIN, (ev) => {
      try {
        const others = (ev.payload.memberAssignment[topic] ?? []).filter((p) => p !== partition);
        if (others.length > 0) consumer.pause([{ topic, partitions: others }]);
        consumer.seek({ topic, partition, offset: String(next) });
      } catch (e) {
        channel.fail(kafkaError(e, `seek ${topic}[${partition}] to ${next}`));
      }
    });
    await guard(`start reading ${topic}`, () =>
      consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 1,
        eachBatch: async (payload) => {
          const batch = payload.batch;
          const heartbeat = (): Promise<void> => payload.heartbeat();
          if (batch.partition !== partition || batch.topic !== topic) return;
          let records: StoredRecord[] = [];
          for (const m of batch.messages) {
            if (!payload.isRunning() || payload.isStale()) return;
            const offset = Number(m.offset);
            // Resolving moves kafkajs's fetch position (nothing is committed: autoCommit is
            // off). Without it the next fetch starts at the same offset again, and a partition
            // larger than one fetch (~1 MiB) is read forever.
            payload.resolveOffset(m.offset);
            if (offset < next) continue; // part of a compressed batch before our position
            if (offset >= toOffset) break;
            if (offset !== next) {
              channel.fail(
                new ReplayError(
                  'RPL_LOG_IO',
                  `kafka: ${topic}[${partition}] jumps from offset ${next} to ${offset} (records deleted or compacted?)`,
                  { details: { topic, partition, expected: next, got: offset } },
                ),
              );
              return;
            }
            records.push({ offset, key: m.key, value: m.value, headers: m.headers });
            next = offset + 1;
            if (records.length >= batchSize) {
              await channel.put(records, heartbeat);
              records = [];
            }
          }
          if (records.length > 0) await channel.put(records, heartbeat);
          if (next >= toOffset) channel.end();
        },
      }),
    );
    for (;;) {
      const batch = await channel.take();
      if (batch === undefined) return;
      yield batch;
    }
  } finally {
    channel.end();
    await consumer.disconnect().catch(() => undefined);
  }
}

/** The record as an `UndecodableRecord` with the reason it could not be read. */
export function undecodable(
  topic: string,
  partition: number,
  r: StoredRecord,
  e: unknown,
): UndecodableRecord {
  return {
    topic,
    partition,
    offset: r.offset,
    key: r.key,
    value: r.value,
    headers: headerRecord(r.headers),
    reason: e instanceof Error ? e.message : String(e),
  };
}

/** Legacy records (one event each) of a range as log records; see `decodeRecord`. */
async function* readEventRecords(
  kafka: Kafka,
  clientId: string,
  range: PartitionRange,
  onUndecodable: ((record: UndecodableRecord) => void) | undefined,
): AsyncGenerator<readonly LogRecord[]> {
  const { topic, partition } = range;
  for await (const stored of readPartitionRecords(kafka, clientId, range)) {
    const out: LogRecord[] = [];
    for (const r of stored) {
      let event: CanonicalEvent;
      try {
        event = decodeRecord(r.value, r.headers, { topic, partition, offset: r.offset });
      } catch (e) {
        if (onUndecodable === undefined) throw e;
        onUndecodable(undecodable(topic, partition, r, e));
        continue;
      }
      out.push({ offset: r.offset, event });
    }
    if (out.length > 0) yield out;
  }
}

// --- the EventLog over one partition -------------------------------------------------------------

/**
 * The event log over one partition of a Kafka topic. Appends are serialised (one at a time, in
 * call order) and resolve once the broker acknowledged every record; a failure rejects with the
 * log's end offset in `details.endOffset`, which is what was stored.
 */
export function createKafkaEventLog(opts: KafkaEventLogOptions): KafkaEventLog {
  const params = normaliseConnection(opts);
  const topic = opts.topic;
  const partition = opts.partition ?? 0;
  const numPartitions = opts.numPartitions ?? 1;
  const maxRecords = opts.maxBatchRecords ?? 1000;
  const maxBytes = opts.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const compression = opts.compress === false ? CompressionTypes.None : CompressionTypes.GZIP;
  if (topic === '' || !/^[A-Za-z0-9._-]{1,249}$/.test(topic)) {
    throw new ReplayError('RPL_CONFIG', `kafka: "${topic}" is not a valid topic name`);
  }
  if (!Number.isInteger(partition) || partition < 0 || partition >= numPartitions) {
    if (opts.numPartitions !== undefined || !Number.isInteger(partition) || partition < 0) {
      throw new ReplayError(
        'RPL_CONFIG',
        `kafka: partition ${partition} is not in 0..${numPartitions - 1}`,
      );
    }
  }

  const kafka = kafkaClient(params);
  const admin = createKafkaTopicAdmin(opts);
  let producer: Producer | undefined;
  let ready: Promise<void> | undefined;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();

  const where = `${topic}[${partition}]`;
  const ensureReady = (): Promise<void> => {
    if (closed)
      return Promise.reject(new ReplayError('RPL_LOG_IO', `kafka: log ${where} is closed`));
    ready ??= (async () => {
      const count =
        opts.createTopic === false
          ? (await admin.offsets(topic)).length
          : await admin.ensureTopic(topic, Math.max(numPartitions, partition + 1));
      if (partition >= count) {
        throw new ReplayError(
          'RPL_CONFIG',
          `kafka: topic ${topic} has ${count} partitions; partition ${partition} does not exist`,
        );
      }
    })().catch((e: unknown) => {
      ready = undefined;
      throw e;
    });
    return ready;
  };
  const getProducer = async (): Promise<Producer> =>
    (producer ??= await connectProducer(kafka, params, opts));
  const endOffset = async (): Promise<number> => {
    await ensureReady();
    const row = (await admin.offsets(topic)).find((r) => r.partition === partition);
    if (row === undefined) throw new ReplayError('RPL_LOG_IO', `kafka: no offsets for ${where}`);
    return row.high;
  };

  const doAppend = async (events: readonly CanonicalEvent[]): Promise<AppendResult> => {
    await ensureReady();
    if (events.length === 0) {
      const end = await endOffset();
      return { firstOffset: end, nextOffset: end };
    }
    const headers = recordHeaders();
    const messages: Message[] = events.map((e) => ({
      key: e.captureId,
      value: Buffer.from(encodeEvent(e)),
      partition,
      headers,
    }));
    const p = await getProducer();
    let first: number | undefined;
    let next: number | undefined;
    for (const chunk of chunks(messages, maxRecords, maxBytes)) {
      let meta;
      try {
        meta = await p.send({ topic, acks: -1, compression, messages: chunk });
      } catch (e) {
        const stored = await endOffset().catch(() => undefined);
        const err = kafkaError(e, `append to ${where}`);
        throw new ReplayError('RPL_LOG_IO', err.message, {
          cause: e,
          retriable: err.retriable,
          details: { ...err.details, endOffset: stored },
        });
      }
      const base = Number(meta.find((m) => m.partition === partition)?.baseOffset ?? NaN);
      if (!Number.isInteger(base)) {
        throw new ReplayError(
          'RPL_LOG_IO',
          `kafka: the broker did not return an offset for ${where}`,
        );
      }
      first ??= base;
      next = base + chunk.length;
    }
    return { firstOffset: first ?? 0, nextOffset: next ?? 0 };
  };
  return {
    topic,
    partition,
    append(events) {
      const run = tail.then(
        () => doAppend(events),
        () => doAppend(events),
      );
      tail = run.catch(() => undefined);
      return run;
    },
    async flush() {
      // Every append resolved only after acks from all in-sync replicas: nothing is buffered.
      await tail;
    },
    read(fromOffset: number, options?: ReadOptions): AsyncIterable<readonly LogRecord[]> {
      const batchSize = options?.batchSize ?? 4096;
      return {
        [Symbol.asyncIterator]: () =>
          (async function* () {
            if (!Number.isSafeInteger(fromOffset) || fromOffset < 0) {
              throw new ReplayError(
                'RPL_LOG_IO',
                `kafka: read of ${where} from invalid offset ${fromOffset}`,
              );
            }
            if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
              throw new ReplayError(
                'RPL_LOG_IO',
                `kafka: read of ${where} with invalid batchSize ${batchSize}`,
              );
            }
            const toOffset = options?.toOffset;
            if (toOffset !== undefined && (!Number.isSafeInteger(toOffset) || toOffset < 0)) {
              throw new ReplayError(
                'RPL_LOG_IO',
                `kafka: read of ${where} to invalid offset ${toOffset}`,
              );
            }
            const end = await endOffset();
            const to = Math.min(toOffset ?? end, end);
            const low =
              (await admin.offsets(topic)).find((r) => r.partition === partition)?.low ?? 0;
            if (fromOffset < low && fromOffset < to) {
              throw new ReplayError(
                'RPL_LOG_IO',
                `kafka: ${where} starts at offset ${low} (older records were deleted); cannot read from ${fromOffset}`,
                { details: { topic, partition, low, fromOffset } },
              );
            }
            yield* readEventRecords(
              kafka,
              params.clientId,
              { topic, partition, fromOffset: Math.max(0, fromOffset), toOffset: to, batchSize },
              opts.onUndecodable,
            );
          })(),
      };
    },
    endOffset,
    async close() {
      if (closed) return;
      await tail;
      closed = true;
      const p = producer;
      producer = undefined;
      if (p !== undefined) await p.disconnect().catch(() => undefined);
      await admin.close();
    },
  };
}

// --- the capture-stream sink over a whole topic --------------------------------------------------

export interface KafkaTopicSinkOptions extends KafkaConnectionOptions {
  readonly topic: string;
  /** Partitions of the topic when this sink creates it (an existing topic is kept). @default 6 */
  readonly numPartitions?: number;
  /**
   * Encoded event bytes per record (one `EventBatch`). Larger batches cost fewer requests and
   * compress better; the record, compressed, must stay under the broker's `message.max.bytes`
   * (1 MiB by default), which an incompressible batch of up to 900 KiB does. @default 256 KiB
   */
  readonly maxBatchBytes?: number;
  /** gzip the record batches. @default true */
  readonly compress?: boolean;
  /**
   * Look up how far each capture already is in the topic and append only the rest (a re-run
   * of a failed ingest resumes; a re-run of a finished one writes nothing). Costs a read of
   * the capture's partition back from its end to the capture's first record, per capture. A capture whose header in the topic names another
   * input file than the one appended is refused before anything of it is sent
   * (`captureClashError`, capture-clash.ts): a resume continues the same file only.
   * @default true
   */
  readonly resume?: boolean;
  /** Told when a capture is (partly) skipped because the topic already holds it. */
  readonly onResume?: (captureId: string, heldEvents: number, ended: boolean) => void;
}

/**
 * The ingest side of the event topic: each capture is one ordered stream of `EventBatch`
 * records (proto/faultreplay/v1/event_batch.proto) keyed by its capture id, in the partition
 * `capturePartition(captureId)`; captures, not devices, are spread over partitions. It has the
 * `EventLog` shape so the ingest pipeline writes to it like to any log:
 * - events are buffered per capture and sent as a record once `maxBatchBytes` are pending;
 *   `endCapture` sends the rest with `end_of_capture` set; `flush()` sends the rest without;
 * - offsets count the events this sink accepted (from 0): a topic has no single event order;
 * - `read()` is refused: the replay worker reads partitions (`readCaptureRecords`).
 * `append` resolves once its full batches are acknowledged (idempotent producer, acks from all
 * in-sync replicas): memory stays bounded by the caller's batch plus one record. A failed send
 * rejects with `RPL_LOG_IO` saying how far the capture got in the topic (re-run to resume).
 */
export interface KafkaTopicSink extends EventLog {
  readonly topic: string;
  /** Partitions of the topic (known after the first append or endOffset). */
  partitions(): Promise<number>;
}

/** Header values of batch records. */
export const BATCH_CONTENT_TYPE = 'application/x-protobuf; messageType=faultreplay.v1.EventBatch';
/**
 * Header `1` on a capture's end record (the value says so too): a worker finds out whether a
 * range ends any capture from the headers alone, without decoding a batch.
 */
export const END_OF_CAPTURE_HEADER = 'faultreplay-end-of-capture';

/**
 * Whether a stored record lets a replay of its range store something: an end-of-capture
 * record, or a record that is not a batch (the one-event-per-record format, or one that will
 * go to the dead-letter topic).
 */
export function recordEndsWork(r: StoredRecord): boolean {
  if (headerText(r.headers, CONTENT_TYPE_HEADER) !== BATCH_CONTENT_TYPE) return true;
  return headerText(r.headers, END_OF_CAPTURE_HEADER) === '1';
}

export function createKafkaTopicSink(opts: KafkaTopicSinkOptions): KafkaTopicSink {
  const params = normaliseConnection(opts);
  const topic = opts.topic;
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(topic)) {
    throw new ReplayError('RPL_CONFIG', `kafka: "${topic}" is not a valid topic name`);
  }
  const numPartitions = opts.numPartitions ?? 6;
  if (!Number.isInteger(numPartitions) || numPartitions < 1) {
    throw new ReplayError('RPL_CONFIG', `kafka: --partitions must be a positive integer`);
  }
  const maxBytes = opts.maxBatchBytes ?? DEFAULT_BATCH_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1024 || maxBytes > MAX_BATCH_BYTES) {
    throw new ReplayError(
      'RPL_CONFIG',
      `kafka: batch bytes must be between 1024 and ${MAX_BATCH_BYTES} (got ${maxBytes})`,
    );
  }
  const compression = opts.compress === false ? CompressionTypes.None : CompressionTypes.GZIP;
  const kafka = kafkaClient(params);
  const admin = createKafkaTopicAdmin(opts);
  const headers: IHeaders = {
    [SCHEMA_HEADER]: String(SCHEMA_VERSION),
    [CONTENT_TYPE_HEADER]: BATCH_CONTENT_TYPE,
  };
  const endHeaders: IHeaders = { ...headers, [END_OF_CAPTURE_HEADER]: '1' };
  const writer = new EventBatchWriter();
  const encoder = new EncodedBatchWriter();
  const reader = new ByteReader();
  const key: EnvelopeKey = { captureId: '', seq: 0 };
  let partitionCount: number | undefined;
  let producer: Producer | undefined;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();
  let accepted = 0;
  /** The capture being written: its partition, the seq of the batch's first event, what is acked. */
  let cur:
    | {
        id: string;
        partition: number;
        /** Events with a smaller seq are in the topic already (resume): skipped. */
        skipBelow: number;
        /** The topic holds the capture's end already: everything is skipped. */
        ended: boolean;
        firstSeq: number;
        nextSeq: number;
        acked: number;
      }
    | undefined;

  const ready = async (): Promise<number> => {
    if (closed) throw new ReplayError('RPL_LOG_IO', `kafka: sink for ${topic} is closed`);
    partitionCount ??= await retryRetriable(async () => {
      const n = await admin.ensureTopic(topic, numPartitions);
      await admin.offsets(topic); // answers only once every partition has a leader
      return n;
    });
    return partitionCount;
  };
  const getProducer = async (): Promise<Producer> =>
    (producer ??= await connectProducer(kafka, params, opts));

  /**
   * How far a capture already is in its partition: events held, whether it ended, and what its
   * header (seq 0, the first event of the batch with first_seq 0) says of its input file.
   *
   * Reads back from the partition's end in windows growing from HELD_FIRST_WINDOW records
   * (x8 each), and stops at the window that holds the capture's first batch: a re-run right
   * after a failed or finished ingest reads its own capture's records and what was written
   * after them, not the whole partition. A capture the partition does not hold (a new one)
   * still reads it all, in a few windows. Of a capture written twice (`resume: false`), the
   * copy read back to is the last one.
   */
  const held = async (
    captureId: string,
    partition: number,
  ): Promise<{ events: number; ended: boolean; source: CaptureSource | undefined }> => {
    const part = (await admin.offsets(topic)).find((o) => o.partition === partition);
    let events = 0;
    let ended = false;
    let source: CaptureSource | undefined;
    if (part === undefined || part.high <= part.low) return { events, ended, source };
    /** The capture's batches found, in offset order (windows are read from the end back). */
    let found: { firstSeq: number; count: number; end: boolean; source?: CaptureSource }[] = [];
    let to = part.high;
    let size = HELD_FIRST_WINDOW;
    while (to > part.low) {
      const from = Math.max(part.low, to - size);
      const window: typeof found = [];
      const range = { topic, partition, fromOffset: from, toOffset: to, batchSize: 4 };
      for await (const records of readPartitionRecords(kafka, params.clientId, range)) {
        for (const r of records) {
          if (r.key?.toString('utf8') !== captureId || r.value === null) continue;
          if (headerText(r.headers, CONTENT_TYPE_HEADER) !== BATCH_CONTENT_TYPE) continue;
          let b: DecodedEventBatch;
          try {
            b = readEventBatch(r.value);
          } catch {
            continue; // not ours to judge here; the replay worker dead-letters it
          }
          const first = b.firstSeq === 0 && b.count > 0;
          const src = first ? headerSource(r.value.subarray(b.starts[0], b.starts[1])) : undefined;
          window.push({
            firstSeq: b.firstSeq,
            count: b.count,
            end: b.endOfCapture,
            ...(src === undefined ? {} : { source: src }),
          });
        }
      }
      found = [...window, ...found];
      if (window.some((b) => b.firstSeq === 0)) break;
      to = from;
      size = Math.min(size * 8, HELD_MAX_WINDOW);
    }
    for (const b of found) {
      if (b.firstSeq <= events) events = Math.max(events, b.firstSeq + b.count);
      ended ||= b.end;
      source ??= b.source;
    }
    return { events, ended, source };
  };

  /**
   * A record goes out at once when no request is in flight; otherwise records gather into the
   * next produce request, of up to SEND_BYTES (several records per request, one record batch
   * per partition under `message.max.bytes` even uncompressed), which is built and gzipped
   * (`gzipAhead`) while the one in flight waits for its acknowledgement: the round trip overlaps
   * the encoding and the compression instead of stalling them. Order is kept (a request starts
   * only after the previous one settled), and a failure surfaces at the next append, endCapture
   * or flush, which all wait for the request.
   */
  interface Outgoing {
    readonly message: Message;
    readonly bytes: number;
    readonly capture: NonNullable<typeof cur>;
    /** The capture's events in the topic once this record is acknowledged. */
    readonly upTo: number;
  }
  let queue: Outgoing[] = [];
  let queuedBytes = 0;
  let inflight: Promise<void> = Promise.resolve();
  /** Whether `inflight` has not settled yet. */
  let sending = false;
  /** The first failed request's error: every later call rejects with it. */
  let failure: unknown;
  const sendNow = async (records: readonly Outgoing[], gzipped: () => void): Promise<void> => {
    const p = await getProducer().catch((e: unknown) => {
      gzipped();
      throw e;
    });
    try {
      await p.send({ topic, acks: -1, compression, messages: records.map((r) => r.message) });
    } catch (e) {
      const c = records[0]!.capture;
      const err = kafkaError(e, `append to ${topic}[${c.partition}]`);
      throw new ReplayError(
        'RPL_LOG_IO',
        `${err.message}; capture ${c.id}: events 0..${c.acked} are in ${topic}[${c.partition}], ` +
          're-run the same ingest to append the rest',
        {
          cause: e,
          retriable: err.retriable,
          details: { ...err.details, captureId: c.id, storedEvents: c.acked },
        },
      );
    } finally {
      gzipped();
    }
    for (const r of records) r.capture.acked = r.upTo;
  };
  const dispatch = async (): Promise<void> => {
    if (queue.length === 0) return;
    const records = queue;
    queue = [];
    queuedBytes = 0;
    // While the previous request is in flight (the lock kafkajs holds), gzip this one.
    const gzipped =
      compression === CompressionTypes.GZIP
        ? gzipAhead(records.map((r) => r.message))
        : (): void => undefined;
    try {
      await inflight; // rethrows the previous request's failure
    } catch (e) {
      gzipped();
      throw e;
    }
    sending = true;
    inflight = sendNow(records, gzipped).finally(() => {
      sending = false;
    });
    inflight.catch((e: unknown) => {
      failure ??= e; // observed by the next call
    });
  };
  const settled = async (): Promise<void> => {
    await dispatch();
    await inflight;
  };

  const sendBatch = async (end: boolean): Promise<void> => {
    const c = cur;
    if (c === undefined || (writer.count === 0 && !end)) return;
    const count = writer.count;
    const value = writer.take(c.id, c.firstSeq, SCHEMA_VERSION, end);
    if (c.ended) return;
    c.firstSeq += count;
    if (queuedBytes + value.length > SEND_BYTES) await dispatch();
    queue.push({
      message: { key: c.id, value, partition: c.partition, headers: end ? endHeaders : headers },
      bytes: value.length,
      capture: c,
      upTo: c.firstSeq,
    });
    queuedBytes += value.length;
    // An idle connection takes the record at once: waiting for a full request would leave the
    // round trip idle while the first SEND_BYTES are built (and, at a capture's end, add it).
    if (!sending) await dispatch();
  };

  /** `incoming`: what the capture's first appended event (its header) says of its input. */
  const startCapture = async (id: string, incoming: CaptureSource | undefined): Promise<void> => {
    const partitions = await ready();
    const partition = capturePartition(id, partitions);
    const before =
      opts.resume === false
        ? { events: 0, ended: false, source: undefined }
        : await held(id, partition);
    // A resume continues the same file; another file under this id would be merged into it.
    if (before.source !== undefined && incoming !== undefined) {
      if (isOtherSource(before.source, incoming)) {
        throw captureClashError(id, `${topic}[${partition}]`, before.source, incoming);
      }
    }
    if (before.events > 0 || before.ended) opts.onResume?.(id, before.events, before.ended);
    cur = {
      id,
      partition,
      skipBelow: before.events,
      ended: before.ended,
      firstSeq: before.events,
      nextSeq: 0,
      acked: before.events,
    };
  };

  const appendBatch = async (batch: EncodedBatch): Promise<AppendResult> => {
    if (failure !== undefined) throw failure as Error;
    await ready();
    const firstOffset = accepted;
    for (let i = 0; i < batch.count; i++) {
      const start = batch.starts[i]! + RECORD_HEADROOM;
      const end = batch.starts[i + 1]!;
      readEnvelopeKey(reader, batch.buf, start, end, key);
      if (cur?.id !== key.captureId) {
        await sendBatch(false);
        cur = undefined; // sent: a refused next capture must not leave this one current
        await startCapture(
          key.captureId,
          key.seq === 0 ? headerSource(batch.buf.subarray(start, end)) : undefined,
        );
      }
      const c = cur!;
      if (key.seq !== c.nextSeq) {
        throw new ReplayError(
          'RPL_LOG_IO',
          `kafka: capture ${c.id} jumps from seq ${c.nextSeq} to ${key.seq}: a capture is appended in seq order`,
        );
      }
      c.nextSeq++;
      if (key.seq < c.skipBelow || c.ended) continue;
      if (writer.count > 0 && writer.bytes + (end - start) > maxBytes) await sendBatch(false);
      writer.addEncoded(batch.buf, start, end);
    }
    reader.release();
    accepted += batch.count;
    return { firstOffset, nextOffset: accepted };
  };
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const run = tail.then(op, op);
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    topic,
    async partitions() {
      return ready();
    },
    append(events) {
      return serial(() => {
        // Encode before anything is sent, so a bad event fails the call with nothing stored.
        // One writer for the sink (appends are serial): its buffer starts at the size the last
        // batch needed instead of growing from a few KiB by doubling copies on every append.
        try {
          for (const e of events) encoder.add(e);
        } catch (e) {
          encoder.take(); // drops the events encoded before the bad one
          throw e;
        }
        return appendBatch(encoder.take());
      });
    },
    appendEncoded(batch) {
      return serial(() => appendBatch(batch));
    },
    endCapture(captureId) {
      return serial(async () => {
        if (cur?.id !== captureId) return;
        await sendBatch(true);
        cur = undefined;
        await settled();
      });
    },
    flush() {
      return serial(async () => {
        if (!closed) await sendBatch(false);
        await settled();
      });
    },
    read(): AsyncIterable<readonly LogRecord[]> {
      throw new ReplayError(
        'RPL_CONFIG',
        `kafka: topic ${topic} holds capture streams; the replay worker reads them (readCaptureRecords)`,
      );
    },
    async endOffset() {
      await tail;
      return accepted;
    },
    async close() {
      if (closed) return;
      await this.flush();
      closed = true;
      const p = producer;
      producer = undefined;
      if (p !== undefined) await p.disconnect().catch(() => undefined);
      await admin.close();
    },
  };
}

/** The input a capture header names, or undefined when `bytes` is not a readable header. */
function headerSource(bytes: Uint8Array): CaptureSource | undefined {
  let e: CanonicalEvent;
  try {
    e = decodeEvent(bytes);
  } catch {
    return undefined; // not ours to judge here; the replay worker dead-letters it
  }
  if (e.type !== 'header') return undefined;
  return { sourceFile: e.data.sourceFile, contentHash: e.data.contentHash };
}

// --- reading capture streams ---------------------------------------------------------------------

/** One record of a capture stream as read, decoded. */
export type CaptureRecord =
  | {
      readonly kind: 'batch';
      readonly offset: number;
      readonly captureId: string;
      readonly firstSeq: number;
      readonly endOfCapture: boolean;
      readonly events: readonly CanonicalEvent[];
      /**
       * Seqs of the batch's events a newer schema wrote (payloads this build does not know),
       * left out of `events`; each still occupies its seq. Ascending.
       */
      readonly newerSeqs: readonly number[];
    }
  /** A record of the one-event-per-record format (topics written before batches). */
  | { readonly kind: 'event'; readonly offset: number; readonly event: CanonicalEvent }
  /**
   * A record of that format whose event a newer schema wrote (a payload this build does not
   * know): left out, as a batch leaves such an event out (`newerSeqs`) and the file log's
   * readers skip such a record, instead of sending it to the dead-letter topic.
   */
  | { readonly kind: 'newer-event'; readonly offset: number };

/**
 * Reads `[fromOffset, toOffset)` of one partition of the event topic, decoding each record by
 * its content-type header: an `EventBatch` (the current format) or one `Event` (the format
 * before batches; also records without the header). A batch's events of a newer schema are
 * left out and listed in `newerSeqs` (the rest of the batch is read); a record of the earlier
 * format holding such an event is read as `newer-event`. A record that does not decode goes to
 * `onUndecodable` whole (a batch is never half-read) and is skipped; without it, it fails the
 * read with `RPL_CODEC`.
 */
export function readCaptureRecords(
  opts: KafkaConnectionOptions & {
    readonly topic: string;
    readonly partition: number;
    readonly fromOffset: number;
    readonly toOffset: number;
    readonly onUndecodable?: (record: UndecodableRecord) => void;
  },
): AsyncIterable<readonly CaptureRecord[]> {
  const params = normaliseConnection(opts);
  const { topic, partition } = opts;
  return {
    [Symbol.asyncIterator]: () =>
      (async function* () {
        const kafka = kafkaClient(params);
        // A few records per hand-over: each is up to 900 KiB, and four hand-overs may wait.
        const range = { ...opts, batchSize: 4 };
        for await (const stored of readPartitionRecords(kafka, params.clientId, range)) {
          const out: CaptureRecord[] = [];
          for (const r of stored) {
            try {
              out.push(decodeCaptureRecord(r, { topic, partition, offset: r.offset }));
            } catch (e) {
              if (opts.onUndecodable === undefined) throw e;
              opts.onUndecodable(undecodable(topic, partition, r, e));
            }
          }
          if (out.length > 0) yield out;
        }
      })(),
  };
}

/** `[fromOffset, toOffset)` of one partition as stored (for tools and tests). */
export function readStoredRecords(
  opts: KafkaConnectionOptions & {
    readonly topic: string;
    readonly partition: number;
    readonly fromOffset: number;
    readonly toOffset: number;
  },
): AsyncIterable<readonly StoredRecord[]> {
  const params = normaliseConnection(opts);
  return {
    [Symbol.asyncIterator]: () =>
      readPartitionRecords(kafkaClient(params), params.clientId, { ...opts, batchSize: 4 }),
  };
}

/** Decodes one stored record of the event topic; throws `RPL_CODEC` naming where it is. */
export function decodeCaptureRecord(
  r: StoredRecord,
  where: { readonly topic: string; readonly partition: number; readonly offset: number },
): CaptureRecord {
  if (headerText(r.headers, CONTENT_TYPE_HEADER) !== BATCH_CONTENT_TYPE) {
    try {
      return { kind: 'event', offset: r.offset, event: decodeRecord(r.value, r.headers, where) };
    } catch (e) {
      if (isNewerSchemaRecord(e)) return { kind: 'newer-event', offset: r.offset };
      throw e;
    }
  }
  const at = `${where.topic}[${where.partition}]@${where.offset}`;
  checkSchemaHeader(r.headers, where);
  if (r.value === null) {
    throw new ReplayError('RPL_CODEC', `kafka record ${at}: empty value`, { details: where });
  }
  try {
    const b = readEventBatch(r.value);
    const newerSeqs: number[] = [];
    const events = decodeEventBatch(r.value, b, (seq) => newerSeqs.push(seq));
    return {
      kind: 'batch',
      offset: r.offset,
      captureId: b.captureId,
      firstSeq: b.firstSeq,
      endOfCapture: b.endOfCapture,
      events,
      newerSeqs,
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ReplayError('RPL_CODEC', `kafka record ${at}: cannot decode the batch: ${reason}`, {
      cause: e,
      details: where,
    });
  }
}

// --- consumer-group worker -----------------------------------------------------------------------

/** A range of one partition handed to a worker's `process`. */
export interface PartitionWork {
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: number;
  /** Exclusive; the partition's end when the range was taken. */
  readonly toOffset: number;
}

export interface KafkaGroupWorkerOptions extends KafkaConnectionOptions {
  readonly topic: string;
  readonly groupId: string;
  /**
   * Processes one range of a partition it owns. Resolve only once the range's results are
   * stored, with the offset to commit (at most `toOffset`; `undefined` means `toOffset`): it is
   * committed as the group's offset right after, and only then. Returning less than
   * `toOffset` keeps the rest for later (a capture whose end is not in the range yet); the
   * partition is looked at again once its end moves. A rejection leaves the offset where it
   * was (the range is retried later, by this worker or the next owner), so `process` must be
   * idempotent for a given range.
   */
  readonly process: (work: PartitionWork) => Promise<number | undefined>;
  /**
   * A partition's new records are taken once its end has not moved for this long, so that a
   * range holds whole captures when ingest and replay overlap. @default 2000
   */
  readonly idleMs?: number;
  /** How often owned partitions are looked at. @default 250 */
  readonly pollMs?: number;
  /** Errors of `process` and of commits (the worker goes on). @default ignored */
  readonly onError?: (e: ReplayError, work: PartitionWork | undefined) => void;
  /** Group session timeout. @default 30000 */
  readonly sessionTimeoutMs?: number;
}

/** How many of its latest ranges a group worker reports in `completed()`. */
export const COMPLETED_RANGES_KEPT = 64;

export interface KafkaGroupWorker {
  /** Joins the group; resolves when the worker is running (possibly before any assignment). */
  start(): Promise<void>;
  /** Partitions this worker owns now. */
  assigned(): readonly number[];
  /**
   * The latest ranges processed and committed by this worker, oldest first: at most
   * COMPLETED_RANGES_KEPT (a long-running worker takes a range each time a partition's end
   * settles, so keeping every one would grow with the topic; the offsets are Kafka's to keep).
   */
  completed(): readonly PartitionWork[];
  /**
   * Whether every partition this worker owns has been processed up to its current end (what
   * is left uncommitted waits for records that have not arrived). False while nothing is owned.
   */
  caughtUp(): Promise<boolean>;
  /** Leaves the group (after the range in progress, if any, finished). Idempotent. */
  stop(): Promise<void>;
}

/**
 * A member of a consumer group that works through ranges of the partitions Kafka assigns it.
 * The group protocol only decides ownership and keeps the committed offsets; records are read
 * by `process` itself (e.g. through `createKafkaEventLog({ partition })`, which can read a
 * range twice, as the replay needs). Per owned partition, in a loop:
 * committed offset (or the log start) -> end -> wait until the end stays put for `idleMs` ->
 * `process([committed, end))` -> commit `end` with the group generation the worker holds, so a
 * worker that lost the partition in a rebalance cannot move the offset.
 */
export function createKafkaGroupWorker(opts: KafkaGroupWorkerOptions): KafkaGroupWorker {
  const params = normaliseConnection(opts);
  const { topic, groupId } = opts;
  const idleMs = opts.idleMs ?? 2000;
  const pollMs = opts.pollMs ?? 250;
  const kafka = kafkaClient(params);
  const admin = createKafkaTopicAdmin(opts);
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: opts.sessionTimeoutMs ?? 30_000,
    rebalanceTimeout: 60_000,
    heartbeatInterval: 3000,
    maxWaitTimeInMs: 500,
    allowAutoTopicCreation: false,
    retry: { retries: opts.retries ?? 10, initialRetryTime: 300, maxRetryTime: 10_000 },
  });
  let owned: number[] = [];
  /** The latest COMPLETED_RANGES_KEPT ranges, oldest first (see `completed`). */
  const done: PartitionWork[] = [];
  /** partition -> [end seen, when it was first seen]. */
  const seen = new Map<number, { end: number; since: number }>();
  const committed = new Map<number, number>();
  /** partition -> the end up to which it was last processed (reset on each assignment). */
  const processedTo = new Map<number, number>();
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const report = (e: unknown, work: PartitionWork | undefined): void => {
    opts.onError?.(
      kafkaError(
        e,
        work === undefined
          ? `worker of ${groupId}`
          : `range ${topic}[${work.partition}] ${work.fromOffset}..${work.toOffset}`,
      ),
      work,
    );
  };

  const committedOffset = async (partition: number): Promise<number> => {
    const cached = committed.get(partition);
    if (cached !== undefined) return cached;
    const rows = await admin.groupOffsets(groupId, topic);
    const row = rows.find((r) => r.partition === partition);
    const offset = row === undefined || row.offset < 0 ? -1 : row.offset;
    if (offset >= 0) committed.set(partition, offset);
    return offset;
  };

  const step = async (): Promise<void> => {
    const ends = await admin.offsets(topic);
    for (const partition of [...owned].sort((a, b) => a - b)) {
      if (!running) return;
      const part = ends.find((o) => o.partition === partition);
      if (part === undefined) continue;
      const c = await committedOffset(partition);
      const from = c >= 0 ? c : part.low;
      if (part.high <= from || processedTo.get(partition) === part.high) {
        seen.delete(partition);
        continue;
      }
      const now = performance.now();
      const s = seen.get(partition);
      if (s === undefined || s.end !== part.high) {
        seen.set(partition, { end: part.high, since: now });
        if (idleMs > 0) continue;
      } else if (now - s.since < idleMs) {
        continue;
      }
      const work: PartitionWork = { topic, partition, fromOffset: from, toOffset: part.high };
      let commit: number;
      try {
        commit = Math.min((await opts.process(work)) ?? work.toOffset, work.toOffset);
      } catch (e) {
        report(e, work);
        continue;
      }
      if (!owned.includes(partition)) continue; // revoked meanwhile: the next owner redoes it
      try {
        if (commit > from) {
          await consumer.commitOffsets([{ topic, partition, offset: String(commit) }]);
          committed.set(partition, commit);
        }
        processedTo.set(partition, work.toOffset);
        seen.delete(partition);
        done.push(work);
        if (done.length > COMPLETED_RANGES_KEPT) done.shift();
      } catch (e) {
        committed.delete(partition);
        report(e, work);
      }
    }
  };

  return {
    async start() {
      if (running) return;
      running = true;
      await guard(`join group ${groupId}`, () => consumer.connect());
      await guard(`subscribe to ${topic}`, () =>
        consumer.subscribe({ topics: [topic], fromBeginning: true }),
      );
      consumer.on(consumer.events.GROUP_JOIN, (ev) => {
        owned = [...(ev.payload.memberAssignment[topic] ?? [])];
        // The committed offsets may have moved while another member owned a partition.
        committed.clear();
        processedTo.clear();
        seen.clear();
        consumer.pause([{ topic }]);
        wake?.();
      });
      consumer.on(consumer.events.CRASH, (ev) => {
        report(ev.payload.error, undefined);
      });
      // Records are read by `process`; the group consumer only holds the membership, so
      // every partition stays paused (it still heartbeats).
      await guard(`start the group consumer`, () =>
        consumer.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          eachBatch: () => Promise.resolve(),
        }),
      );
      consumer.pause([{ topic }]);
      const isRunning = (): boolean => running;
      loop = (async () => {
        while (isRunning()) {
          try {
            await step();
          } catch (e) {
            report(e, undefined);
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, pollMs);
          });
          wake = undefined;
        }
      })();
    },
    assigned: () => [...owned].sort((a, b) => a - b),
    completed: () => [...done],
    async caughtUp() {
      if (owned.length === 0) return false;
      const ends = await admin.offsets(topic);
      return owned.every((p) => {
        const end = ends.find((o) => o.partition === p);
        if (end === undefined || end.high <= end.low) return true;
        return processedTo.get(p) === end.high || committed.get(p) === end.high;
      });
    },
    async stop() {
      if (!running) return;
      running = false;
      wake?.();
      await loop;
      await consumer.disconnect().catch(() => undefined);
      await admin.close();
    },
  };
}
