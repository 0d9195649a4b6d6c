/**
 * How much heap the Kafka producer (the ingest sink) and a replay worker keep, measured in a
 * child process of its own started with `--expose-gc`, so the figure is this pipeline's and
 * nothing else's (issue #14: memory must stay bounded on any input size).
 *
 * The input is one real capture (`fixture`, ingested once into memory) played `copies` times
 * within the capture's own duration: copy j of k is the capture with its timestamps squeezed
 * by k and shifted into the j-th k-th of the span. The same tasks write the same pages of the
 * same files, k times as often: the event count grows with k while everything the simulator
 * legitimately keeps per second (its timeline), per file or per page stays the same, so any
 * growth between two values of k is memory that grows with the event count.
 *
 * In the child, in this order (each phase's peak sampled now and then after forced GCs,
 * its retained heap after two forced GCs at its end, both less the heap before the phase):
 * 1. produce: every event through `createKafkaTopicSink` into a new one-partition topic, the
 *    capture ended and acknowledged; the sink is kept open (and referenced) while measured;
 * 2. worker: one `createKafkaReplayWorker` takes the whole partition, replays and stores the
 *    run into the ClickHouse server, and commits; measured while the worker still runs.
 * The generated events are never held all at once: they are made batch by batch from the
 * capture kept in memory (its own heap is in the baseline, the same for every k).
 *
 * Used by test/integration/kafka/kafka-memory.test.ts (through a transpiled copy) and by the
 * kafka bench section (compiled: dist/bench/kafka-memory.js).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ingestFiles } from '../ingest/index.js';
import type { CanonicalEvent } from '../src/events/index.js';
import { createKafkaTopicAdmin, createKafkaTopicSink } from '../src/log/kafka-event-log.js';
import { createKafkaReplayWorker } from '../src/log/kafka-replay-worker.js';
import { createMemoryEventLog } from '../src/log/memory-event-log.js';
import { createResultStore } from '../src/store/index.js';

/** What the child is told (JSON in argv[2]). */
export interface KafkaMemoryProbeOptions {
  readonly brokers: string;
  readonly clickhouseUrl: string;
  /** ClickHouse database for the run (created; the caller drops it). */
  readonly database: string;
  /** A new topic (created with one partition; the caller deletes it and `${topic}.dlq`). */
  readonly topic: string;
  /** The capture file to play. */
  readonly fixture: string;
  /** How many times the capture is played within its duration. */
  readonly copies: number;
  /** The sink's record size (small records: many of them, so a per-record leak shows). */
  readonly maxBatchBytes: number;
  readonly policies: readonly string[];
}

/** Live bytes (`liveHeap`: heap and external) above those when the phase started. */
export interface PhaseMemory {
  /** The largest live heap seen (sampled after forced GCs). */
  readonly peakBytes: number;
  /** What is still live at the phase's end, after forced GCs. */
  readonly retainedBytes: number;
  /** How long the phase took, forced GCs included (for the bench's notes; never asserted). */
  readonly seconds: number;
}

export interface KafkaMemoryProbeResult {
  readonly events: number;
  /** Records the topic holds. */
  readonly records: number;
  readonly produce: PhaseMemory;
  readonly worker: PhaseMemory;
  /** Live heap before the produce phase (the capture in memory, the loaded modules). */
  readonly baseBytes: number;
}

const SAMPLE_MS = 200;
/** The sampling GCs take at most about 1 / GC_SHARE of the time. */
const GC_SHARE = 10;
const EVENTS_PER_APPEND = 4096;

/**
 * Live bytes after forced GCs: the V8 heap and the memory outside it that JavaScript objects
 * hold (`external`: Buffers of more than a few KiB, such as records, live there, not in the heap).
 */
function liveHeap(): number {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error('kafka-memory: run node with --expose-gc');
  // Twice: the first collection may only queue finalisers that free more in the second.
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/**
 * Measures `op`: the live-heap peak while it runs, and what it leaves live (see above). A
 * sample is taken at most every SAMPLE_MS and at least GC_SHARE times as long as the last
 * sample's GCs took: on a loaded machine back-to-back GCs would starve the client's heartbeats
 * and turn a few seconds' work into minutes.
 */
async function phase(op: () => Promise<unknown>): Promise<PhaseMemory> {
  const before = liveHeap();
  const started = performance.now();
  let peak = before;
  let timer: NodeJS.Timeout | undefined;
  const sample = (): void => {
    const t = performance.now();
    peak = Math.max(peak, liveHeap());
    timer = setTimeout(sample, Math.max(SAMPLE_MS, GC_SHARE * (performance.now() - t)));
  };
  timer = setTimeout(sample, SAMPLE_MS);
  try {
    await op();
  } finally {
    clearTimeout(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = liveHeap();
  peak = Math.max(peak, after);
  return { peakBytes: peak - before, retainedBytes: after - before, seconds };
}

/** The capture's events `copies` times within its duration, in batches (see the module comment). */
function* squeezedCopies(capture: readonly CanonicalEvent[], copies: number) {
  const header = capture[0]!;
  const end = capture.at(-1)!;
  if (header.type !== 'header' || end.type !== 'capture_end') {
    throw new Error('kafka-memory: the capture must start with its header and end with its end');
  }
  const body = capture.slice(1, -1);
  const t0 = body[0]!.ts;
  // One microsecond past the last event, so copy j + 1 starts after copy j ends.
  const span = body.at(-1)!.ts - t0 + 1000n;
  const k = BigInt(copies);
  let seq = 0;
  let batch: CanonicalEvent[] = [{ ...header, seq: seq++ }];
  for (let j = 0n; j < k; j++) {
    for (const e of body) {
      const ts = (t0 + (e.ts - t0) / k + (j * span) / k) as typeof e.ts;
      batch.push({ ...e, seq: seq++, ts });
      if (batch.length >= EVENTS_PER_APPEND) {
        yield batch;
        batch = [];
      }
    }
  }
  batch.push({ ...end, seq, data: { ...end.data, events: seq } });
  yield batch;
}

export async function measureKafkaMemory(
  o: KafkaMemoryProbeOptions,
): Promise<KafkaMemoryProbeResult> {
  const mem = createMemoryEventLog();
  await ingestFiles([o.fixture], mem);
  const capture: CanonicalEvent[] = [];
  for await (const b of mem.read(0)) for (const r of b) capture.push(r.event);
  await mem.close();
  const captureId = capture[0]!.captureId;

  const admin = createKafkaTopicAdmin({ brokers: o.brokers });
  await admin.ensureTopic(o.topic, 1);
  const store = await createResultStore({
    kind: 'clickhouse',
    url: o.clickhouseUrl,
    user: undefined,
    password: undefined,
    database: o.database,
  });
  const baseBytes = liveHeap();
  let events = 0;
  const sink = createKafkaTopicSink({
    brokers: o.brokers,
    topic: o.topic,
    numPartitions: 1,
    maxBatchBytes: o.maxBatchBytes,
  });
  const produce = await phase(async () => {
    for (const batch of squeezedCopies(capture, o.copies)) {
      await sink.append(batch);
      events += batch.length;
    }
    await sink.endCapture!(captureId);
    await sink.flush();
  });
  const records = (await admin.offsets(o.topic))[0]!.high;

  let stored = 0;
  const worker = createKafkaReplayWorker({
    brokers: o.brokers,
    topic: o.topic,
    groupId: `${o.topic}-workers`,
    store,
    replay: { policies: o.policies },
    idleMs: 200,
    pollMs: 100,
    onRange: (_w, runs) => {
      stored += runs.length;
    },
    // A worker goes on after an error (the range is retried); say it, for a run that hangs.
    onError: (e) => process.stderr.write(`kafka-memory: worker: ${e.message}\n`),
  });
  const workerMemory = await phase(async () => {
    await worker.start();
    // Done once the run is stored and the partition committed to its end.
    while (!(stored > 0 && (await worker.caughtUp()))) {
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  await worker.stop();
  await sink.close();
  await store.close();
  await admin.close();
  return { events, records, produce, worker: workerMemory, baseBytes };
}

const run = promisify(execFile);

/**
 * Runs the probe in a child `node --expose-gc SCRIPT` (the compiled or transpiled copy of this
 * file) and returns what it measured.
 */
export async function runKafkaMemoryChild(
  script: string,
  o: KafkaMemoryProbeOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<KafkaMemoryProbeResult> {
  const { stdout } = await run(process.execPath, ['--expose-gc', script, JSON.stringify(o)], {
    env,
    maxBuffer: 16 << 20,
  });
  return JSON.parse(stdout) as KafkaMemoryProbeResult;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const o = JSON.parse(process.argv[2] ?? '') as KafkaMemoryProbeOptions;
  process.stdout.write(`${JSON.stringify(await measureKafkaMemory(o))}\n`);
}
