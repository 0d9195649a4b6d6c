/**
 * Benchmark: the Kafka pipeline through a real broker, next to the file log in the same run.
 *
 * Cost model. Producing costs one envelope read and one copy per event into an `EventBatch`
 * record (~256 KiB of events), gzip of the record batch (while the request before it is in
 * flight), and produce requests of up to 900 KiB of records, one in flight
 * (acks from the in-sync replicas; one broker here, on the same 2 cores as the benchmark, so
 * the broker's own CPU is part of the figure). Consuming costs a fetch per ~1 MiB, gunzip and
 * the hand-tuned decode of each event. The file log (append + fsync at flush; read + decode) on
 * the same events is the baseline, and consume-and-replay (the worker's path: the capture read
 * twice, phase probe then replay) is compared with replaying the same events from the file log.
 *
 * End to end: the first `E2E_LINES` lines of the shared large input as two capture files,
 * ingested into a 2-partition topic while two replay workers (in this process) replay every
 * policy and store into the ClickHouse server (CLICKHOUSE_URL; the figure is skipped without
 * one), against `faultreplay run`'s path on the same files: ingest into a file log, replay
 * every policy, store into the embedded chdb store.
 *
 * Input: the first N events of the shared large input (N = 300,000 x BENCH_SCALE), held in
 * memory so producing measures the producer, not the parser.
 *
 * Memory: bench/kafka-memory.ts in a child process under `--expose-gc` (so neither this
 * process's in-memory input nor its garbage counts), at two input sizes of the same capture
 * duration (the ext4-small-steady capture played k and 4k times within its own second): the
 * live bytes (heap and external) the producer and a worker retain after forced GCs, and their
 * sampled peaks, the larger size against the smaller. Needs the ClickHouse server too (the
 * worker stores its run).
 *
 * Topics: `${BENCH_KAFKA_TOPIC_PREFIX ?? 'bench'}-batches-<pid>-<time>-<run>` and `-e2e-`, deleted
 * at the end (a prefix of your own keeps them apart on a shared broker).
 *
 * Broker: KAFKA_BROKERS when set; otherwise `scripts/services.sh start kafka` (Kafka from Maven
 * jars on Java 17), stopped again at the end if this section started it.
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { KafkaMemoryProbeResult, PhaseMemory } from '../kafka-memory.js';
import { runKafkaMemoryChild } from '../kafka-memory.js';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';
import { samplePeakRss } from '../peak-rss.js';
import { ingestFiles, readEvents } from '../../ingest/index.js';
import type { CanonicalEvent } from '../../src/events/index.js';
import type { EventLog } from '../../src/log/event-log.js';
import { createFileEventLog } from '../../src/log/file-event-log.js';
import { createCaptureRangeLog } from '../../src/log/capture-range-log.js';
import {
  capturePartition,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
  kafkaGzipCounts,
  readCaptureRecords,
} from '../../src/log/kafka-event-log.js';
import { createKafkaReplayWorker } from '../../src/log/kafka-replay-worker.js';
import { replayCaptures } from '../../src/sim/engine.js';
import { createResultStore } from '../../src/store/index.js';

const run = promisify(execFile);
const BATCH = 4096;
const CAPTURE = 'bench-kafka';
/** Runs of file-log append and produce, in turns; the faster of each is the figure. */
const TURNS = 3;

async function brokers(
  ctx: BenchContext,
): Promise<{ brokers: string; stop?: () => Promise<void> }> {
  const given = process.env['KAFKA_BROKERS'];
  if (given !== undefined && given !== '') return { brokers: given };
  const script = join(process.cwd(), 'scripts', 'services.sh');
  const env = { ...process.env };
  delete env['CLICKHOUSE_URL'];
  const wasRunning = await run('bash', [script, 'status', 'kafka'], { env }).then(
    () => true,
    () => false,
  );
  if (!wasRunning) {
    ctx.log('bench: kafka: starting the broker with scripts/services.sh');
    await run('bash', [script, 'start', 'kafka'], { env, maxBuffer: 16 << 20 });
  }
  const { stdout } = await run('bash', [script, 'env', 'kafka'], { env });
  const line = stdout.split('\n').find((l) => l.startsWith('KAFKA_BROKERS='));
  if (line === undefined) throw new Error('scripts/services.sh env kafka printed no KAFKA_BROKERS');
  return {
    brokers: line.slice('KAFKA_BROKERS='.length),
    ...(wasRunning
      ? {}
      : {
          stop: async () => {
            await run('bash', [script, 'stop', 'kafka'], { env });
          },
        }),
  };
}

async function loadBatches(path: string, limit: number): Promise<CanonicalEvent[][]> {
  const out: CanonicalEvent[][] = [];
  let n = 0;
  for await (const batch of readEvents(path, { captureId: CAPTURE, batchSize: BATCH })) {
    const take = batch.slice(0, limit - n);
    out.push(take);
    n += take.length;
    if (n >= limit) break;
  }
  return out;
}

/** The first `lines` lines of `path`, split into `parts` files (each a capture of its own). */
async function splitInput(path: string, lines: number, dir: string, parts: number) {
  const files = Array.from({ length: parts }, (_v, i) => join(dir, `bench-e2e-${i}.trace`));
  const outs = files.map((f) => createWriteStream(f));
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (n >= lines) break;
    outs[Math.floor((n * parts) / lines)]!.write(`${line}\n`);
    n++;
  }
  rl.close();
  await Promise.all(outs.map((o) => new Promise((r) => o.end(r))));
  return files;
}

interface Timed<T> {
  readonly seconds: number;
  readonly value: T;
  /** RSS before the operation and its peak during it (sampled every 20 ms), in bytes. */
  readonly rssBefore: number;
  readonly rssPeak: number;
}

async function timed<T>(op: () => Promise<T>): Promise<Timed<T>> {
  // No forced GC before: it would slow the timed operation (peak-rss.ts).
  const rss = samplePeakRss({ collect: false });
  const t = performance.now();
  try {
    const value = await op();
    const seconds = (performance.now() - t) / 1000;
    return { seconds, value, rssBefore: rss.before, rssPeak: rss.stop() };
  } finally {
    rss.stop();
  }
}

/**
 * The faster of `runs` runs of each operation, run in turns (a, b, a, b, ...): on a machine
 * shared with other work, one run of each is mostly a measure of what else ran meanwhile, and
 * the turns give both sides the same chances.
 */
async function fasterOfTurns<A, B>(
  runs: number,
  a: (run: number) => Promise<Timed<A>>,
  b: (run: number) => Promise<Timed<B>>,
): Promise<{ a: Timed<A>; b: Timed<B>; aAll: number[]; bAll: number[] }> {
  let bestA: Timed<A> | undefined;
  let bestB: Timed<B> | undefined;
  const aAll: number[] = [];
  const bAll: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ra = await a(i);
    const rb = await b(i);
    aAll.push(ra.seconds);
    bAll.push(rb.seconds);
    if (bestA === undefined || ra.seconds < bestA.seconds) bestA = ra;
    if (bestB === undefined || rb.seconds < bestB.seconds) bestB = rb;
  }
  return { a: bestA!, b: bestB!, aAll, bAll };
}

const MiB = 2 ** 20;

function rssFigure(name: string, t: Timed<unknown>, what: string): BenchFigure {
  return {
    name,
    value: Math.round((t.rssPeak / MiB) * 10) / 10,
    unit: 'MiB',
    target: 'bounded (growth independent of the input size)',
    note: `RSS before ${(t.rssBefore / MiB).toFixed(0)} MiB (the bench's in-memory input included), growth ${((t.rssPeak - t.rssBefore) / MiB).toFixed(1)} MiB ${what}`,
  };
}

async function append(log: EventLog, batches: readonly CanonicalEvent[][]): Promise<void> {
  for (const b of batches) await log.append(b);
  await log.endCapture?.(CAPTURE);
  await log.flush();
}

function figure(
  name: string,
  value: number,
  baselineName: string,
  baseline: number,
  extra: { note?: string; target?: string } = {},
): BenchFigure {
  return {
    name,
    value: Math.round(value),
    unit: 'events/s',
    baseline: {
      name: baselineName,
      value: Math.round(baseline),
      ratio: Math.round((value / baseline) * 100) / 100,
    },
    ...extra,
  };
}

/** Ingest -> Kafka -> two workers -> ClickHouse server, against `faultreplay run`'s path. */
async function endToEnd(
  ctx: BenchContext,
  bootstrap: string,
  chUrl: string,
  topic: string,
  input: string,
): Promise<BenchFigure[]> {
  const lines = Math.max(20_000, Math.round(1_000_000 * ctx.scale));
  const files = await splitInput(input, lines, ctx.workDir, 2);
  const ids = ['bench-e2e-a', 'bench-e2e-b'];
  if (capturePartition(ids[0]!, 2) === capturePartition(ids[1]!, 2)) {
    throw new Error('bench: the two e2e captures hash to one partition; pick other ids');
  }
  // `faultreplay run`: file log, every policy, embedded store.
  const embedded = await createResultStore({
    kind: 'chdb',
    path: join(ctx.workDir, 'kafka-e2e-chdb'),
    database: 'faultreplay',
  });
  const viaFile = await timed(async () => {
    const log = await createFileEventLog({ dir: join(ctx.workDir, 'kafka-e2e-log') });
    let events = 0;
    for (let i = 0; i < files.length; i++) {
      events += (await ingestFiles([files[i]!], log, { captureId: ids[i]! })).events;
    }
    for (const r of await replayCaptures(log)) await embedded.storeRun(r);
    await log.close();
    return events;
  });
  await embedded.close();

  const database = `bench_kafka_${process.pid}`;
  const store = await createResultStore({
    kind: 'clickhouse',
    url: chUrl,
    user: undefined,
    password: undefined,
    database,
  });
  const stored = new Set<string>();
  const workers = [0, 1].map(() =>
    createKafkaReplayWorker({
      brokers: bootstrap,
      topic,
      groupId: `${topic}-workers`,
      store,
      idleMs: 0,
      pollMs: 50,
      onRange: (_w, runs) => {
        for (const r of runs) stored.add(r.captureId);
      },
    }),
  );
  const admin = createKafkaTopicAdmin({ brokers: bootstrap });
  await admin.ensureTopic(topic, 2);
  for (const w of workers) await w.start();
  while (!workers.every((w) => w.assigned().length > 0)) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const viaKafka = await timed(async () => {
    const sink = createKafkaTopicSink({ brokers: bootstrap, topic, numPartitions: 2 });
    let events = 0;
    for (let i = 0; i < files.length; i++) {
      events += (await ingestFiles([files[i]!], sink, { captureId: ids[i]! })).events;
    }
    await sink.close();
    while (stored.size < ids.length) await new Promise((r) => setTimeout(r, 20));
    return events;
  });
  for (const w of workers) await w.stop();
  await admin.close();
  await run('curl', ['-fsS', '--data-binary', `DROP DATABASE IF EXISTS ${database}`, chUrl]).catch(
    () => undefined,
  );
  await store.close();
  return [
    figure(
      'kafka: end to end (ingest -> 2 partitions -> 2 workers -> ClickHouse server, 8 policies)',
      viaKafka.value / viaKafka.seconds,
      'faultreplay run (file log, embedded store)',
      viaFile.value / viaFile.seconds,
      { note: `${viaKafka.value.toLocaleString('en-US')} events in 2 captures` },
    ),
    rssFigure(
      'kafka: peak RSS, end to end (ingest and 2 workers in one process)',
      viaKafka,
      `for ${viaKafka.value.toLocaleString('en-US')} events`,
    ),
  ];
}

/** Live bytes the producer and a worker keep at `small` and 4x `small` copies of one capture. */
async function memoryAtTwoSizes(
  ctx: BenchContext,
  bootstrap: string,
  chUrl: string,
  small: number,
  topicOf: (copies: number) => string,
): Promise<BenchFigure[]> {
  const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'kafka-memory.js');
  const database = `bench_kafka_memory_${process.pid}`;
  const probe = (copies: number): Promise<KafkaMemoryProbeResult> =>
    runKafkaMemoryChild(script, {
      brokers: bootstrap,
      clickhouseUrl: chUrl,
      database,
      topic: topicOf(copies),
      fixture: join(process.cwd(), 'test/fixtures/captures/ext4-small-steady.trace.gz'),
      copies,
      maxBatchBytes: 16 * 1024,
      policies: ['legacy', 'deferred'],
    });
  let one: KafkaMemoryProbeResult;
  let four: KafkaMemoryProbeResult;
  try {
    one = await probe(small);
    four = await probe(4 * small);
  } finally {
    await run('curl', [
      '-fsS',
      '--data-binary',
      `DROP DATABASE IF EXISTS ${database}`,
      chUrl,
    ]).catch(() => undefined);
  }
  const mib = (b: number): number => Math.round((b / MiB) * 100) / 100;
  const size = (r: KafkaMemoryProbeResult): string =>
    `${r.events.toLocaleString('en-US')} events in ${r.records} records of 16 KiB`;
  const rows = (what: string, a: PhaseMemory, b: PhaseMemory): BenchFigure[] => [
    {
      name: `kafka: retained live heap after forced GCs, ${what} (4x the events, same duration)`,
      value: mib(b.retainedBytes),
      unit: 'MiB',
      baseline: {
        name: '1x',
        value: mib(a.retainedBytes),
        ratio: Math.round((b.retainedBytes / a.retainedBytes) * 100) / 100,
      },
      target: 'bounded: 4x the events retains < 1.3x of 1x + 4 MiB',
      note:
        `heap + external above the phase's start, child process under --expose-gc; 4x ${size(four)}, 1x ${size(one)}; ` +
        `sampled peak ${mib(b.peakBytes)} / ${mib(a.peakBytes)} MiB; ${b.seconds.toFixed(1)} / ${a.seconds.toFixed(1)} s`,
    },
  ];
  return [
    ...rows('produce (ingest sink)', one.produce, four.produce),
    ...rows('worker (consume, replay 2 policies, store)', one.worker, four.worker),
  ];
}

export const section: BenchSection = {
  name: 'kafka: produce, consume and consume-and-replay through a broker vs the file log',
  async run(ctx: BenchContext): Promise<readonly BenchFigure[]> {
    const input = ctx.largeInput?.path;
    if (input === undefined) throw new Error('kafka bench needs the shared large input');
    const target = Math.max(20_000, Math.round(300_000 * ctx.scale));
    const batches = await loadBatches(input, target);
    const n = batches.reduce((s, b) => s + b.length, 0);
    ctx.log(`bench: kafka: ${n.toLocaleString('en-US')} events in memory`);

    const { brokers: bootstrap, stop } = await brokers(ctx);
    const admin = createKafkaTopicAdmin({ brokers: bootstrap });
    const stamp = `${process.pid}-${Date.now().toString(36)}`;
    const prefix = process.env['BENCH_KAFKA_TOPIC_PREFIX'] ?? 'bench';
    const produceTopics = Array.from(
      { length: TURNS },
      (_v, i) => `${prefix}-batches-${stamp}-${i}`,
    );
    const memoryTopic = (copies: number): string => `${prefix}-memory-${stamp}-x${copies}`;
    const memoryCopies = Math.max(1, Math.round(4 * ctx.scale));
    const topics = [
      ...produceTopics,
      `${prefix}-e2e-${stamp}`,
      ...[memoryCopies, 4 * memoryCopies].flatMap((c) => [memoryTopic(c), `${memoryTopic(c)}.dlq`]),
    ];
    const figures: BenchFigure[] = [];
    try {
      // Baseline: the file log on the same events; produce: the ingest sink (capture streams
      // of gzip-compressed EventBatch records), each run into a new log / topic.
      const fileDir = (i: number): string => join(ctx.workDir, `kafka-bench-file-log-${i}`);
      const gzipsBefore = kafkaGzipCounts();
      const turns = await fasterOfTurns(
        TURNS,
        async (i) => {
          const log = await createFileEventLog({ dir: fileDir(i) });
          const t = await timed(() => append(log, batches));
          await log.close();
          return t;
        },
        async (i) => {
          const sink = createKafkaTopicSink({
            brokers: bootstrap,
            topic: produceTopics[i]!,
            numPartitions: 1,
          });
          await sink.partitions(); // creates the topic outside the measurement
          const t = await timed(() => append(sink, batches));
          await sink.close();
          return t;
        },
      );
      const gzipsAfter = kafkaGzipCounts();
      const gzippedAhead = gzipsAfter.ahead - gzipsBefore.ahead;
      const requests = gzippedAhead + gzipsAfter.inline - gzipsBefore.inline;
      const fileAppend = turns.a;
      const produce = turns.b;
      const file = await createFileEventLog({ dir: fileDir(0) });
      const fileRead = await timed(async () => {
        let events = 0;
        for await (const b of file.read(0, { batchSize: BATCH })) events += b.length;
        return events;
      });
      const policy = { policies: ['legacy'], sim: { clockPhaseNs: 0 } } as const;
      const fileReplay = await timed(() => replayCaptures(file, policy));
      await file.close();

      const end = (await admin.offsets(produceTopics[0]!))[0]!.high;
      const range = {
        brokers: bootstrap,
        topic: produceTopics[0]!,
        partition: 0,
        fromOffset: 0,
        toOffset: end,
      };
      const consume = await timed(async () => {
        let events = 0;
        for await (const rs of readCaptureRecords(range))
          for (const r of rs) events += r.kind === 'batch' ? r.events.length : 1;
        return events;
      });
      const replay = await timed(() =>
        replayCaptures(
          createCaptureRangeLog(() => readCaptureRecords(range)),
          policy,
        ),
      );
      if (consume.value !== n || fileRead.value !== n) {
        throw new Error(`read back ${consume.value} (kafka) / ${fileRead.value} (file) of ${n}`);
      }
      if (replay.value[0]?.events !== fileReplay.value[0]?.events) {
        throw new Error('kafka and file-log replays differ');
      }
      const secs = (all: number[]): string => all.map((x) => x.toFixed(2)).join(' / ');
      const note =
        `${n.toLocaleString('en-US')} events in ${end} records (EventBatch of 256 KiB, gzip, acks=all, idempotent); broker on the same machine; ` +
        `${gzippedAhead} of ${requests} produce requests in ${TURNS} runs gzipped while the one before was in flight; ` +
        `faster of ${TURNS} runs each, in turns (produce ${secs(turns.bAll)} s, file log ${secs(turns.aAll)} s)`;
      figures.push(
        figure(
          'kafka: produce (ingest sink)',
          n / produce.seconds,
          'file log append',
          n / fileAppend.seconds,
          { note, target: '>= 0.5x' },
        ),
        figure(
          'kafka: consume (read + decode)',
          n / consume.seconds,
          'file log read',
          n / fileRead.seconds,
        ),
        figure(
          'kafka: consume and replay (legacy, the worker path)',
          n / replay.seconds,
          'file log replay',
          n / fileReplay.seconds,
          { target: '>= 0.5x' },
        ),
        rssFigure('kafka: peak RSS, produce (ingest sink)', produce, `for ${end} records`),
        rssFigure(
          'kafka: peak RSS, consume and replay (the worker path)',
          replay,
          `for ${end} records`,
        ),
      );
      const chUrl = process.env['CLICKHOUSE_URL'];
      if (chUrl !== undefined && chUrl !== '') {
        figures.push(...(await endToEnd(ctx, bootstrap, chUrl, topics[TURNS]!, input)));
        figures.push(...(await memoryAtTwoSizes(ctx, bootstrap, chUrl, memoryCopies, memoryTopic)));
      } else {
        ctx.log('bench: kafka: no CLICKHOUSE_URL: end-to-end and memory figures skipped');
      }
      for (const f of figures)
        ctx.log(`bench: ${f.name}: ${f.value.toLocaleString('en-US')} ${f.unit}`);
    } finally {
      await admin.deleteTopics(topics).catch(() => undefined);
      await admin.close();
      await stop?.();
    }
    return figures;
  },
};
