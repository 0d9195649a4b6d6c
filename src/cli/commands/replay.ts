/**
 * `faultreplay replay`: replay the captures in an event log under every policy (or the chosen
 * ones) and print the table of each policy against legacy, or with `--json` one object (the
 * RunResult of src/sim/results.ts; `{ "runs": [...] }` when the log holds several captures).
 * The work is in src/sim (`replayCaptures`); this file parses flags and builds the options:
 * config file < `--profile`, environment (src/config/env.ts) < flags.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_LOG_DIR,
  logDirOf,
  parseCommandLine,
  tableLayoutOf,
  type CliIo,
  type Command,
} from '../command.js';
import { isReplayError, ReplayError } from '../../errors.js';
import { createFileEventLog } from '../../log/file-event-log.js';
import {
  loadConfigFile,
  mergeSimOptions,
  readReplayEnv,
  resolveSimParams,
} from '../../config/index.js';
import type { SimOptions } from '../../config/index.js';
import { defaultPolicyRegistry, replayCaptures, resultToJson } from '../../sim/index.js';
import type { RunResult } from '../../sim/index.js';
import { formatRunTables, incompleteWarning, terminalText } from '../format/index.js';
import { startReplayPhase } from '../progress.js';
import { checkedCaptureId } from './ingest.js';
import {
  checkStoreBeforeWork,
  reportStore,
  STORE_OPTIONS,
  STORE_USAGE,
  storeConfigFromFlags,
  storeRetryBudgetMs,
  storeJson,
  storeRuns,
} from '../store-runs.js';
import type { StoreFlagValues } from '../store-runs.js';

const USAGE = `Usage: faultreplay replay [options]

Replay the captures in the event log through the kernel simulator under each policy, and print
each policy against legacy (what the captured kernel does; its 'observed' row is read from the
trace itself).

Options:
  --log DIR          event log directory (default: ./${DEFAULT_LOG_DIR})
  --policies LIST    comma-separated policy ids (default: all; legacy is always replayed):
                     ${defaultPolicyRegistry().ids().join(', ')}
  --profile NAME     device profile: ssd (default), ramdisk-dax, hdd, or one from --config
  --config FILE      JSON configuration (cost parameters, profiles, clocks; see src/config)
  --capture-id ID    replay only this capture
${STORE_USAGE}
  --json             print one JSON object on stdout (the run result; {"runs": [...]} when the
                     log holds several captures)
  --wide             print every table column (default: the ones that fit the terminal)
  -h, --help         show this help

With --kafka BROKERS --group GROUP: run a replay worker in a Kafka consumer group instead
(see 'faultreplay replay --kafka x --help').

A damaged record stops the replay with an error naming it; 'faultreplay log repair DIR'
replaces the damaged records by lost ones, which the replay then counts per capture (stderr, and
"skipped": {"damagedRecords": N} in --json): the run is marked incomplete, and no fault open at
the gap is timed across it. Input lines ingest skipped as unreadable, and events it kept as
generic because their payload did not parse, are counted per capture from its end record
(stderr, "skipped": {"badLines": N, "payloadMismatchLines": M} in --json, and run_skipped).

Environment: FAULTREPLAY_PROFILE, FAULTREPLAY_CONFIG (the flags win).
Exit status: 0 on success, 1 when the log is missing or holds nothing to replay, 2 on a usage
or configuration error.
`;

const OPTIONS = {
  log: { type: 'string' },
  policies: { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  'capture-id': { type: 'string' },
  json: { type: 'boolean', default: false },
  wide: { type: 'boolean', default: false },
  ...STORE_OPTIONS,
} as const;

/** The note for events whose page index no file can have (RunResult.ignoredEvents). */
export const PAGE_INDEX_NOTE = (n: number): string =>
  `${n} events name a page index at or above 2^53, beyond any file (kept in the log, left out of the replay)`;

export interface ReplayArgs {
  readonly logDir: string;
  readonly policies: readonly string[] | undefined;
  readonly profile: string | undefined;
  readonly configFile: string | undefined;
  readonly captureId: string | undefined;
  readonly json: boolean;
  /** --wide: every table column. */
  readonly wide: boolean;
  /** --store / --clickhouse / --no-store as given (resolved with the config file when used). */
  readonly storeFlags: StoreFlagValues;
}

/** The note on events a newer faultreplay wrote, which a replay skipped (file log and Kafka). */
export function newerSchemaNote(n: number, what: 'records' | 'events'): string {
  return `skipped ${n} ${what} written by a newer faultreplay schema (event kinds this version does not know); upgrade to replay them`;
}

/** `--policies a,b`: the ids, each checked against the registry; undefined when not given. */
export function parsePolicyList(value: string | undefined): string[] | undefined {
  const policies = value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (policies === undefined) return undefined;
  const registry = defaultPolicyRegistry();
  const unknown = policies.filter((p) => !registry.has(p));
  if (unknown.length > 0) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--policies: unknown policy ${unknown.map((u) => `'${u}'`).join(', ')} (known: ${registry.ids().join(', ')})`,
    );
  }
  return policies;
}

/** Parses the command line; throws `ReplayError('RPL_CONFIG')` on misuse. */
export function parseReplayArgs(
  args: readonly string[],
  io: Pick<CliIo, 'cwd' | 'env'>,
): ReplayArgs {
  const parsed = parseCommandLine(
    { args: [...args], options: OPTIONS, allowPositionals: false, strict: true },
    USAGE,
  );
  const v = parsed.values;
  const env = readReplayEnv(io.env);
  const policies = parsePolicyList(v.policies);
  const configFile = v.config ?? env.configFile;
  return {
    logDir: logDirOf(io, v.log),
    policies,
    profile: v.profile ?? env.profile,
    configFile: configFile === undefined ? undefined : resolve(io.cwd, configFile),
    captureId: checkedCaptureId(v['capture-id']),
    json: v.json,
    wide: v.wide,
    storeFlags: {
      store: v.store,
      clickhouse: v.clickhouse,
      'no-store': v['no-store'],
      'store-retry': v['store-retry'],
    },
  };
}

/** The simulator options from the config file and the flags (flags win). */
export async function simOptionsFor(a: ReplayArgs): Promise<SimOptions> {
  const fromFile = a.configFile === undefined ? undefined : await loadConfigFile(a.configFile);
  const options = mergeSimOptions(
    fromFile,
    a.profile === undefined ? undefined : { profile: a.profile },
  );
  resolveSimParams(options); // validates the profile name now, as a configuration error
  return options;
}

/** What `replay` and `run` say of a capture's records lost to log damage (RunResult.skipped). */
export function damagedRecordsNote(damagedRecords: number): string {
  return `skipped ${damagedRecords} records lost to event log damage ('faultreplay log repair' replaced them): faults open at the gap end there, counts may be low`;
}

/**
 * What `replay` and `run` say of the input lines ingest skipped (RunResult.skipped.badLines and
 * payloadMismatchLines, from the capture's end record), or undefined when there were none.
 */
export function ingestSkippedNote(
  badLines: number,
  payloadMismatchLines: number,
): string | undefined {
  const parts: string[] = [];
  if (badLines > 0) parts.push(`skipped ${badLines} unreadable input lines`);
  if (payloadMismatchLines > 0)
    parts.push(
      `kept ${payloadMismatchLines} events whose payload it could not read as generic (not modelled)`,
    );
  if (parts.length === 0) return undefined;
  return `ingest ${parts.join(' and ')}: counts may be low ('faultreplay ingest --json FILE' lists the lines)`;
}

export const replayCommand: Command = {
  name: 'replay',
  summary: 'replay the event log under each kernel policy and compare with legacy',
  usage: USAGE,
  async usageFor(args) {
    return args.includes('--kafka')
      ? (await import('./replay-kafka.js')).KAFKA_REPLAY_USAGE
      : USAGE;
  },
  async run(args, io) {
    // Kafka worker mode (issue 5): everything about it is in replay-kafka.ts.
    if (args.includes('--kafka')) {
      return (await import('./replay-kafka.js')).runKafkaReplayWorker(args, io);
    }
    const a = parseReplayArgs(args, io);
    const sim = await simOptionsFor(a);
    const storeConfig = storeConfigFromFlags(a.storeFlags, a.configFile, io);
    const retryBudgetMs = storeRetryBudgetMs(a.storeFlags);
    await checkStoreBeforeWork(storeConfig, io, 'replay', retryBudgetMs);
    if (!existsSync(a.logDir) || !statSync(a.logDir).isDirectory()) {
      io.stderr.write(
        `faultreplay replay: no event log at ${a.logDir} (run 'faultreplay ingest FILE...' first, or pass --log DIR)\n`,
      );
      return 1;
    }
    // Records a newer faultreplay wrote (payloads this build does not know) are skipped and
    // counted, as the schema's evolution rules promise, instead of failing the whole replay.
    // The replay may read the log more than once: a read starts again when offsets go back.
    let newerRecords = 0;
    let inThisRead = 0;
    let lastUnknown = -1;
    const log = await createFileEventLog({
      dir: a.logDir,
      readOnly: true,
      onWarning: (m) => io.stderr.write(`faultreplay replay: ${a.logDir}: ${m}\n`),
      onUnknownRecord: (r) => {
        if (r.offset <= lastUnknown) inThisRead = 0;
        lastUnknown = r.offset;
        newerRecords = Math.max(newerRecords, ++inThisRead);
      },
    });
    let runs: RunResult[];
    try {
      const total = await log.endOffset();
      const replaying = startReplayPhase(io, 'replay', log, [[0, total]]);
      runs = await replayCaptures(replaying.log, {
        sim,
        ...(a.policies !== undefined ? { policies: a.policies } : {}),
        ...(a.captureId !== undefined ? { captureId: a.captureId } : {}),
        onDiagnostics: (d) => {
          const notes: string[] = [];
          if (d.files === 0)
            notes.push('no shared writable file mapping was written: nothing to simulate');
          if (d.unattributedFaults > 0)
            notes.push(
              `${d.unattributedFaults} write faults in shared file mappings could not be bound to a file (skipped)`,
            );
          if (d.timeBackwardsFaults > 0)
            notes.push(
              `time went backwards inside ${d.timeBackwardsFaults} traced write faults (a clock jump or events out of order): dropped, not counted as latencies`,
            );
          if (d.timeBackwardsSyscalls > 0)
            notes.push(
              `${d.timeBackwardsSyscalls} msync/fsync calls exit before they enter (time went backwards): charged the modelled cost, not counted as latencies`,
            );
          if (d.pageIndexBeyondFiles > 0) notes.push(PAGE_INDEX_NOTE(d.pageIndexBeyondFiles));
          if (d.lostEvents > 0)
            notes.push(`the tracer lost ${d.lostEvents} events: counts may be low`);
          if (d.damagedRecords > 0) notes.push(damagedRecordsNote(d.damagedRecords));
          const ingestNote = ingestSkippedNote(d.badLines, d.payloadMismatchLines);
          if (ingestNote !== undefined) notes.push(ingestNote);
          for (const n of notes)
            io.stderr.write(`faultreplay replay: ${terminalText(`${d.captureId}: ${n}`)}\n`);
        },
      });
      replaying.finish();
    } catch (e) {
      if (isReplayError(e) && e.code === 'RPL_POLICY')
        throw new ReplayError('RPL_CONFIG', e.message, { cause: e });
      throw e;
    } finally {
      await log.close();
    }
    for (const r of runs) {
      const incomplete = incompleteWarning(r);
      if (incomplete !== undefined) io.stderr.write(`faultreplay replay: ${incomplete}\n`);
    }
    if (newerRecords > 0) {
      io.stderr.write(`faultreplay replay: ${newerSchemaNote(newerRecords, 'records')}\n`);
    }
    if (runs.length === 0) {
      io.stderr.write(
        a.captureId === undefined
          ? `faultreplay replay: the event log at ${a.logDir} is empty\n`
          : `faultreplay replay: capture '${a.captureId}' is not in the event log at ${a.logDir}\n`,
      );
      return 1;
    }
    const outcome = await storeRuns(runs, storeConfig, io, 'replay', retryBudgetMs);
    if (a.json) {
      const store = storeJson(outcome);
      io.stdout.write(
        `${resultToJson(runs.length === 1 ? { ...runs[0], store } : { runs, store })}\n`,
      );
    } else io.stdout.write(formatRunTables(runs, tableLayoutOf(io, a.wide)));
    return reportStore(outcome, io, 'replay', a.json);
  },
};
