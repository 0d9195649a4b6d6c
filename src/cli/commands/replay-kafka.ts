/**
 * `faultreplay replay --kafka BROKERS --group G ...`: run a replay worker in a consumer group
 * over the event topic (src/log/kafka-replay-worker.ts). `replay` hands its arguments here when
 * they contain `--kafka`; everything Kafka-specific of the command lives in this file.
 *
 * The worker runs until SIGINT or SIGTERM (it finishes the range in progress, then leaves the
 * group), or with `--exit-when-idle` once every partition it owns is stored and committed up to
 * its end and nothing new arrived for the idle time (a one-shot batch job).
 */
import { resolve } from 'node:path';
import { parseCommandLine, type CliIo } from '../command.js';
import { ReplayError, errorMessage } from '../../errors.js';
import { checkKafkaBeforeWork } from '../store-runs.js';
import {
  loadConfigFile,
  mergeSimOptions,
  readReplayEnv,
  resolveSimParams,
} from '../../config/index.js';
import type { SimOptions } from '../../config/index.js';
import { newerSchemaNote, parsePolicyList } from './replay.js';
import { createResultStore, resolveStoreConfig } from '../../store/index.js';

export const DEFAULT_TOPIC = 'faultreplay.events';

export const KAFKA_REPLAY_USAGE = `Usage: faultreplay replay --kafka BROKERS --group GROUP [options]

Run a replay worker in a Kafka consumer group: replay each capture of the partitions the group
assigns to this worker once its end-of-capture record is there, store the results, then commit
(offsets move only after the results are stored; a capture replayed twice stores nothing new). Undecodable records go to the
dead-letter topic with the reason. Start several workers with the same GROUP to share the work.

Options:
  --kafka BROKERS        bootstrap brokers, host:port[,host:port]
  --group GROUP          consumer group id
  --topic TOPIC          event topic (default: ${DEFAULT_TOPIC})
  --dead-letter TOPIC    dead-letter topic (default: TOPIC.dlq)
  --clickhouse URL       store results in a ClickHouse server (default: the embedded store)
  --store DIR            embedded store directory (default: ./.faultreplay/store)
  --policies LIST        comma-separated policy ids (default: all; legacy is always replayed)
  --profile NAME         device profile (ssd, ramdisk-dax, hdd, or one from --config)
  --config FILE          JSON configuration (simulator and store)
  --idle-ms N            look at a partition's new records once its end has not moved for N ms
                         (default: 2000); a capture is replayed once its end record is there
  --exit-when-idle       exit once all owned partitions are processed to their end (a capture
                         whose end-of-capture record has not arrived stays uncommitted)
  -h, --help             show this help

Exit status: 0 when stopped by a signal or idle, 1 on a broker or store failure at start,
2 on a usage or configuration error.
`;

const OPTIONS = {
  kafka: { type: 'string' },
  group: { type: 'string' },
  topic: { type: 'string' },
  'dead-letter': { type: 'string' },
  clickhouse: { type: 'string' },
  store: { type: 'string' },
  policies: { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  'idle-ms': { type: 'string' },
  'exit-when-idle': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface KafkaReplayArgs {
  readonly brokers: string;
  readonly group: string;
  readonly topic: string;
  readonly deadLetterTopic: string;
  readonly clickhouse: string | undefined;
  readonly store: string | undefined;
  readonly configFile: string | undefined;
  readonly policies: readonly string[] | undefined;
  readonly profile: string | undefined;
  readonly idleMs: number;
  readonly exitWhenIdle: boolean;
  readonly help: boolean;
}

export function parseKafkaReplayArgs(
  args: readonly string[],
  io: Pick<CliIo, 'cwd' | 'env'>,
): KafkaReplayArgs {
  const parsed = parseCommandLine(
    { args: [...args], options: OPTIONS, allowPositionals: false, strict: true },
    KAFKA_REPLAY_USAGE,
  );
  const v = parsed.values;
  const need = (name: 'kafka' | 'group'): string => {
    const value = v[name];
    if (value === undefined || value.trim() === '') {
      throw new ReplayError('RPL_CONFIG', `--${name} is required\n\n${KAFKA_REPLAY_USAGE}`);
    }
    return value.trim();
  };
  const idleMs = v['idle-ms'] === undefined ? 2000 : Number(v['idle-ms']);
  if (!Number.isInteger(idleMs) || idleMs < 0) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--idle-ms must be a whole number of ms (got '${v['idle-ms'] ?? ''}')`,
    );
  }
  const policies = parsePolicyList(v.policies);
  const env = readReplayEnv(io.env);
  const configFile = v.config ?? env.configFile;
  const topic = v.topic ?? DEFAULT_TOPIC;
  return {
    brokers: v.help ? '' : need('kafka'),
    group: v.help ? '' : need('group'),
    topic,
    deadLetterTopic: v['dead-letter'] ?? `${topic}.dlq`,
    clickhouse: v.clickhouse,
    store: v.store,
    configFile: configFile === undefined ? undefined : resolve(io.cwd, configFile),
    policies,
    profile: v.profile ?? env.profile,
    idleMs,
    exitWhenIdle: v['exit-when-idle'],
    help: v.help,
  };
}

async function simOptions(a: KafkaReplayArgs): Promise<SimOptions> {
  const fromFile = a.configFile === undefined ? undefined : await loadConfigFile(a.configFile);
  const options = mergeSimOptions(
    fromFile,
    a.profile === undefined ? undefined : { profile: a.profile },
  );
  resolveSimParams(options); // an unknown profile is a configuration error, now
  return options;
}

/** Runs the worker; resolves with the exit code. */
export async function runKafkaReplayWorker(args: readonly string[], io: CliIo): Promise<number> {
  const a = parseKafkaReplayArgs(args, io);
  if (a.help) {
    io.stdout.write(KAFKA_REPLAY_USAGE);
    return 0;
  }
  const sim = await simOptions(a);
  const storeConfig = resolveStoreConfig(
    { store: a.store, clickhouse: a.clickhouse, config: a.configFile },
    io.env,
    io.cwd,
    (m) => io.stderr.write(`warning: ${m}\n`),
  );
  const say = (m: string): void => {
    io.stderr.write(`faultreplay replay: ${m}\n`);
  };
  await checkKafkaBeforeWork(a.brokers, io, 'replay');
  // Loaded here so that `replay` without --kafka never loads the Kafka client.
  const { createKafkaReplayWorker } = await import('../../log/kafka-replay-worker.js');
  const store = await createResultStore(storeConfig, {
    retry: {
      onRetry: (e, attempt, delayMs) => {
        say(`${errorMessage(e)}; retry ${attempt} in ${delayMs} ms`);
      },
    },
  });
  let lastActivity = performance.now();
  const worker = createKafkaReplayWorker({
    brokers: a.brokers,
    topic: a.topic,
    groupId: a.group,
    deadLetterTopic: a.deadLetterTopic,
    store,
    replay: { sim, ...(a.policies === undefined ? {} : { policies: a.policies }) },
    idleMs: a.idleMs,
    onRange: (w, runs, dead, waiting, newer) => {
      lastActivity = performance.now();
      const where = `${w.topic}[${w.partition}] offsets ${w.fromOffset}..${w.toOffset}`;
      if (newer > 0) say(`${where}: ${newerSchemaNote(newer, 'events')}`);
      const wait = waiting.length > 0 ? `waiting for the end of ${waiting.join(', ')}` : '';
      if (runs.length === 0 && dead === 0) {
        say(`${where}: nothing to store yet${wait === '' ? '' : `, ${wait}`}`);
        return;
      }
      say(
        `${where}: ${runs.length} run${runs.length === 1 ? '' : 's'} stored (${runs.map((r) => `${r.captureId}=${r.runId}`).join(', ')})${dead > 0 ? `, ${dead} record${dead === 1 ? '' : 's'} to ${a.deadLetterTopic}` : ''}${wait === '' ? '' : `; ${wait}`}`,
      );
    },
    onError: (e, w) => {
      lastActivity = performance.now();
      say(`${w === undefined ? '' : `${w.topic}[${w.partition}] `}${e.message} (will retry)`);
    },
  });

  let stopping: (() => void) | undefined;
  const stopped = new Promise<void>((r) => {
    stopping = r;
  });
  const onSignal = (): void => {
    say('stopping after the range in progress');
    stopping?.();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    try {
      await worker.start();
    } catch (e) {
      say(errorMessage(e));
      return 1;
    }
    say(`worker in group '${a.group}' on ${a.topic} at ${a.brokers}, results to ${store.location}`);
    if (a.exitWhenIdle) {
      for (;;) {
        const done = await Promise.race([
          stopped.then(() => true),
          new Promise<boolean>((r) => {
            setTimeout(() => {
              r(false);
            }, 500);
          }),
        ]);
        if (done) break;
        if (performance.now() - lastActivity < a.idleMs) continue;
        // Processed to the end; what is not committed waits for captures' end records.
        if (await worker.caughtUp()) break;
      }
    } else {
      await stopped;
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await worker.stop();
    await store.close();
  }
}
