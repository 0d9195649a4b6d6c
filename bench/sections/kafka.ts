/**
 * Benchmark: the event log through a real Kafka broker, next to the file log in the same run.
 *
 * Cost model. Producing costs encode + gzip + one produce request per `maxBatchRecords` records
 * (acks from the in-sync replicas; one broker here, on the same 2 cores as the benchmark, so the
 * broker's own CPU is part of the figure); consuming costs a fetch per ~1 MiB, gunzip and
 * decode. The file log (append + fsync at flush; read + decode) on the same events is the
 * baseline, and consume-and-replay is compared with replaying the same events from the file
 * log, so the ratios say what the broker costs the pipeline.
 *
 * Input: the first N events of the shared large input (N = 300,000 x BENCH_SCALE), held in
 * memory so producing measures the producer, not the parser.
 *
 * Broker: KAFKA_BROKERS when set; otherwise `scripts/services.sh start kafka` (Kafka from Maven
 * jars on Java 17), stopped again at the end if this section started it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';
import { readEvents } from '../../ingest/index.js';
import type { CanonicalEvent } from '../../src/events/index.js';
import type { EventLog } from '../../src/log/event-log.js';
import { createFileEventLog } from '../../src/log/file-event-log.js';
import {
  createKafkaEventLog,
  createKafkaTopicAdmin,
  createKafkaTopicSink,
} from '../../src/log/kafka-event-log.js';
import { replayCaptures } from '../../src/sim/engine.js';

const run = promisify(execFile);
const BATCH = 4096;

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
  for await (const batch of readEvents(path, { captureId: 'bench-kafka', batchSize: BATCH })) {
    const take = batch.slice(0, limit - n);
    out.push(take);
    n += take.length;
    if (n >= limit) break;
  }
  return out;
}

async function timeAppend(log: EventLog, batches: readonly CanonicalEvent[][]): Promise<number> {
  const t = performance.now();
  for (const b of batches) await log.append(b);
  await log.flush();
  return (performance.now() - t) / 1000;
}

async function timeRead(log: EventLog): Promise<{ seconds: number; events: number }> {
  const t = performance.now();
  let events = 0;
  for await (const batch of log.read(0, { batchSize: BATCH })) events += batch.length;
  return { seconds: (performance.now() - t) / 1000, events };
}

async function timeReplay(log: EventLog): Promise<number> {
  const t = performance.now();
  await replayCaptures(log, { policies: ['legacy'], sim: { clockPhaseNs: 0 } });
  return (performance.now() - t) / 1000;
}

function figure(
  name: string,
  value: number,
  baselineName: string,
  baseline: number,
  note?: string,
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
    ...(note === undefined ? {} : { note }),
  };
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
    const topics = [`bench-log-${stamp}`, `bench-keyed-${stamp}`];
    const figures: BenchFigure[] = [];
    try {
      // Baseline: the file log on the same events.
      const file = await createFileEventLog({ dir: join(ctx.workDir, 'kafka-bench-file-log') });
      const fileAppend = await timeAppend(file, batches);
      const fileRead = await timeRead(file);
      const fileReplay = await timeReplay(file);
      await file.close();

      // One partition, through the EventLog port (the same calls as the file log).
      const kafka = createKafkaEventLog({ brokers: bootstrap, topic: topics[0]! });
      await kafka.endOffset(); // creates the topic outside the measurement
      const kafkaAppend = await timeAppend(kafka, batches);
      const kafkaRead = await timeRead(kafka);
      const kafkaReplay = await timeReplay(kafka);
      await kafka.close();
      if (kafkaRead.events !== n || fileRead.events !== n) {
        throw new Error(
          `read back ${kafkaRead.events} (kafka) / ${fileRead.events} (file) of ${n}`,
        );
      }

      // The ingest sink: keyed records over 3 partitions.
      const sink = createKafkaTopicSink({
        brokers: bootstrap,
        topic: topics[1]!,
        numPartitions: 3,
      });
      await sink.partitions();
      const keyedAppend = await timeAppend(sink, batches);
      await sink.close();
      const stored = (await admin.offsets(topics[1]!)).reduce((s, o) => s + o.high, 0);
      if (stored !== n) throw new Error(`keyed topic holds ${stored} of ${n} events`);

      const note = `${n.toLocaleString('en-US')} events; gzip batches of 1000, acks=all, idempotent; broker on the same machine`;
      figures.push(
        figure(
          'kafka: produce (1 partition, EventLog.append)',
          n / kafkaAppend,
          'file log append',
          n / fileAppend,
          note,
        ),
        figure(
          'kafka: produce keyed (3 partitions, ingest sink)',
          n / keyedAppend,
          'file log append',
          n / fileAppend,
        ),
        figure(
          'kafka: consume (read + decode)',
          n / kafkaRead.seconds,
          'file log read',
          n / fileRead.seconds,
        ),
        figure(
          'kafka: consume and replay (legacy)',
          n / kafkaReplay,
          'file log replay',
          n / fileReplay,
        ),
      );
      for (const f of figures)
        ctx.log(`bench: ${f.name}: ${f.value.toLocaleString('en-US')} events/s`);
    } finally {
      await admin.deleteTopics(topics).catch(() => undefined);
      await admin.close();
      await stop?.();
    }
    return figures;
  },
};
