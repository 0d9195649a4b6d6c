/**
 * `faultreplay run`: the main job. Ingest the given captures into the local event log, replay
 * exactly the range just appended under every policy (or the chosen ones), store each run in the
 * result store (embedded chdb by default, a ClickHouse server with --clickhouse), and print each
 * policy against legacy. The parts live elsewhere (ingest/, src/sim, src/store); this file only
 * strings them together and reports progress.
 *
 * Replaying the appended range, not "the capture id", keeps a second `run` of the same file
 * from mixing with the first one's events in the log.
 */
import {
  DEFAULT_LOG_DIR,
  logDirOf,
  parseCommandLine,
  tableLayoutOf,
  type CliIo,
  type Command,
} from '../command.js';
import { ReplayError } from '../../errors.js';
import { createFileEventLog } from '../../log/file-event-log.js';
import { ingestFiles, FLAG_KERNELS } from '../../../ingest/index.js';
import type { IngestSummary } from '../../../ingest/index.js';
import {
  defaultPolicyRegistry,
  parseSweepSet,
  replayCaptures,
  resultToJson,
  SWEEP_PARAMS,
} from '../../sim/index.js';
import type { RunResult, SweepAxis } from '../../sim/index.js';
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
import { formatRunTables, incompleteWarning, terminalText, wrap } from '../format/index.js';
import { startIngestPhase, startReplayPhase } from '../progress.js';
import { damagedLine, formatWarnings, issuesToList, parseInputFlags } from './ingest.js';
import {
  damagedRecordsNote,
  ingestSkippedNote,
  PAGE_INDEX_NOTE,
  parseReplayArgs,
  simOptionsFor,
} from './replay.js';
import { sweepAndReport } from './sweep.js';

const USAGE = `Usage: faultreplay run [options] FILE...
       faultreplay run --sweep --set NAME=V1,V2,... [--set ...] [options] FILE

The main job: ingest kernel trace captures into the local event log, replay them under every
kernel policy, store the results, and print each policy against legacy. With --sweep: ingest
one capture and sweep it over a grid of tunables x policies, as 'faultreplay sweep' does
(the grid in one pass, every cell stored with its parameter values, printed against the
captured baseline).

Options:
  --policies LIST    comma-separated policy ids (default: all; legacy is always replayed):
                     ${defaultPolicyRegistry().ids().join(', ')}
  --profile NAME     device profile: ssd (default), ramdisk-dax, hdd, or one from --config
  --config FILE      JSON configuration (costs, profiles, clocks, store)
  --log DIR          event log directory (default: ./${DEFAULT_LOG_DIR})
${STORE_USAGE}
  --format FMT       input format: auto (default) | ftrace | trace-cmd | perf
  --capture-id ID    capture id (default: the file name without suffixes)
  --kernel VER       kernel whose inode flag bits decode hex flags: ${FLAG_KERNELS.join(' | ')}
  --force            ingest a file the log already holds (same content hash) again; without
                     it that file is not appended twice and its copy in the log is replayed
  --json             one JSON object on stdout: runId, ingest, policies, deltas, store
                     (with several files: {"ingest", "runs": [...]})
  --wide             print every table column (default: the ones that fit the terminal)
  --sweep            sweep the one FILE over the --set axes (policies default to legacy)
  --set NAME=LIST    with --sweep: an axis of the grid; NAME is one of
                     ${SWEEP_PARAMS.join(', ')}
  -h, --help         show this help

Exit status: 0 on success, 1 when nothing could be read or stored, 2 on a usage error,
3 when an input broke off (a truncated .gz): what was read before the damage is replayed.
`;

const OPTIONS = {
  policies: { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string' },
  log: { type: 'string' },
  ...STORE_OPTIONS,
  format: { type: 'string' },
  'capture-id': { type: 'string' },
  kernel: { type: 'string' },
  json: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  wide: { type: 'boolean', default: false },
  sweep: { type: 'boolean', default: false },
  set: { type: 'string', multiple: true },
} as const;

export const runCommand: Command = {
  name: 'run',
  summary: 'the main job: ingest captures, replay every policy, store, print the comparison',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandLine(
      { args: [...args], options: OPTIONS, allowPositionals: true, strict: true },
      USAGE,
    );
    const v = parsed.values;
    if (parsed.positionals.length === 0) {
      throw new ReplayError('RPL_CONFIG', `no input FILE given\n\n${USAGE}`);
    }
    const { format, kernel, captureId } = parseInputFlags(v);
    const axes = sweepAxesOf(v.sweep, v.set ?? [], parsed.positionals.length);
    // Reuse replay's flag validation (policies, profile, config file) so both commands agree.
    const replayArgs = parseReplayArgs(
      [
        ...(v.policies === undefined ? [] : ['--policies', v.policies]),
        ...(v.profile === undefined ? [] : ['--profile', v.profile]),
        ...(v.config === undefined ? [] : ['--config', v.config]),
      ],
      io,
    );
    const sim = await simOptionsFor(replayArgs);
    const storeConfig = storeConfigFromFlags(v, replayArgs.configFile, io);
    const retryBudgetMs = storeRetryBudgetMs(v);
    await checkStoreBeforeWork(storeConfig, io, 'run', retryBudgetMs);
    const logDir = logDirOf(io, v.log);

    // 1. Ingest into the local event log.
    const log = await createFileEventLog({
      dir: logDir,
      onWarning: (m) => io.stderr.write(`faultreplay run: ${logDir}: ${m}\n`),
    });
    let ingest: IngestSummary;
    const runs: RunResult[] = [];
    try {
      const reading = startIngestPhase(io, 'run', parsed.positionals);
      try {
        ingest = await ingestFiles(parsed.positionals, log, {
          format,
          ...(captureId === undefined ? {} : { captureId }),
          ...(kernel === undefined ? {} : { kernel }),
          skipIngested: !v.force,
          onProgress: reading.onProgress,
        });
        await log.flush();
      } finally {
        reading.finish();
      }
      for (const s of ingest.skippedFiles) {
        io.stderr.write(`faultreplay run: ${s.path}: ${s.reason}\n`);
      }
      for (const d of ingest.damagedFiles) io.stderr.write(`faultreplay run: ${damagedLine(d)}\n`);
      for (const w of formatWarnings(ingest)) io.stderr.write(`faultreplay run: ${w}\n`);
      reportIssues(ingest, io);
      for (const a of ingest.alreadyIngested) {
        io.stderr.write(
          `faultreplay run: ${a.path} is already in the log as capture ${a.captureId} (offset ${a.offset}): replaying that copy (--force ingests it again)\n`,
        );
      }
      // 2. Replay what this run appended, and the copies already in the log of the files that
      //    were not appended again (each range once, in log order).
      const ranges = [
        ...new Map(
          [
            ...ingest.alreadyIngested.map((a) => [a.offset, a.endOffset] as const),
            [ingest.firstOffset, ingest.nextOffset] as const,
          ]
            .filter(([from, to]) => to > from)
            .map((r) => [r[0], r] as const),
        ).values(),
      ].sort((x, y) => x[0] - y[0]);
      if (ranges.length === 0) {
        io.stderr.write('faultreplay run: nothing could be read from the given files\n');
        return 1;
      }
      if (axes !== undefined) {
        // --sweep: the one file's range (just appended, or its copy already in the log).
        if (!v.json)
          io.stdout.write(`${wrap(ingestLine(ingest, logDir), tableLayoutOf(io, v.wide))}\n\n`);
        const swept = await sweepAndReport(log, ranges[0]!, {
          io,
          command: 'run',
          sim,
          axes,
          policies: replayArgs.policies ?? ['legacy'],
          storeConfig,
          storeRetryBudgetMs: retryBudgetMs,
          json: v.json,
          jsonExtra: { ingest },
        });
        return swept === 0 && ingest.damagedFiles.length > 0 ? 3 : swept;
      }
      const replaying = startReplayPhase(io, 'run', log, ranges);
      for (const [fromOffset, toOffset] of ranges) {
        runs.push(
          ...(await replayCaptures(replaying.log, {
            sim,
            fromOffset,
            toOffset,
            ...(replayArgs.policies === undefined ? {} : { policies: replayArgs.policies }),
          })),
        );
      }
      replaying.finish();
    } finally {
      await log.close();
    }
    for (const r of runs) {
      warnLeftOut(r, io, 'run');
      const incomplete = incompleteWarning(r);
      if (incomplete !== undefined) io.stderr.write(`faultreplay run: ${incomplete}\n`);
    }

    // 3. Store. A failure is reported after the results are printed: nothing computed is lost.
    const outcome = await storeRuns(runs, storeConfig, io, 'run', retryBudgetMs);

    // 4. Print.
    if (v.json) {
      const store = storeJson(outcome);
      const out = runs.length === 1 ? { ...runs[0], ingest, store } : { ingest, runs, store };
      io.stdout.write(`${resultToJson(out)}\n`);
    } else {
      const layout = tableLayoutOf(io, v.wide);
      io.stdout.write(`${wrap(ingestLine(ingest, logDir), layout)}\n\n`);
      io.stdout.write(formatRunTables(runs, layout));
    }
    const stored = reportStore(outcome, io, 'run', v.json);
    // A damaged input was replayed only in part: like `ingest`, say so in the status.
    return stored === 0 && ingest.damagedFiles.length > 0 ? 3 : stored;
  },
};

function ingestLine(ingest: IngestSummary, logDir: string): string {
  return (
    `ingested ${ingest.events.toLocaleString('en-US')} events from ${ingest.lines.toLocaleString('en-US')} lines` +
    ` (${ingest.malformed} malformed, ${ingest.unknown} unmodelled kept, ${ingest.lost} lost) into ${logDir}`
  );
}

/** The grid of `--sweep` (undefined without it); `--set` only with it, one input file. */
function sweepAxesOf(
  sweep: boolean | undefined,
  sets: readonly string[],
  files: number,
): SweepAxis[] | undefined {
  if (sweep !== true) {
    if (sets.length > 0) throw new ReplayError('RPL_CONFIG', `--set needs --sweep\n\n${USAGE}`);
    return undefined;
  }
  if (sets.length === 0) throw new ReplayError('RPL_CONFIG', `--sweep needs --set\n\n${USAGE}`);
  if (files !== 1) {
    throw new ReplayError('RPL_CONFIG', `--sweep sweeps one capture: give one FILE\n\n${USAGE}`);
  }
  return sets.map(parseSweepSet);
}

function reportIssues(s: IngestSummary, io: CliIo): void {
  const { listed, listedTotal } = issuesToList(s);
  if (listedTotal === 0) return;
  const shown = listed.slice(0, 5);
  for (const i of shown) io.stderr.write(`faultreplay run: ${i.file}:${i.line}: ${i.reason}\n`);
  if (listedTotal > shown.length) {
    io.stderr.write(
      `faultreplay run: … ${listedTotal - shown.length} more line issue(s); 'faultreplay ingest --json' lists them\n`,
    );
  }
}

/**
 * What the replay left out of a run's figures or could not time, said on stderr: faults whose
 * traced time went backwards (dropped, not latencies), events beyond any file, records lost to
 * log damage, msync/fsync calls without a traced duration.
 */
function warnLeftOut(r: RunResult, io: CliIo, cmd: string): void {
  const n = r.timeBackwards?.droppedFaults ?? 0;
  if (n > 0)
    io.stderr.write(
      `faultreplay ${cmd}: ${terminalText(r.captureId)}: time went backwards inside ${n} traced write faults (a clock jump or events out of order): dropped, not counted as latencies\n`,
    );
  const p = r.ignoredEvents?.pageIndexBeyondFiles ?? 0;
  if (p > 0)
    io.stderr.write(`faultreplay ${cmd}: ${terminalText(r.captureId)}: ${PAGE_INDEX_NOTE(p)}\n`);
  const damaged = r.skipped?.damagedRecords ?? 0;
  if (damaged > 0)
    io.stderr.write(
      `faultreplay ${cmd}: ${terminalText(r.captureId)}: ${damagedRecordsNote(damaged)}\n`,
    );
  const ingestNote = ingestSkippedNote(
    r.skipped?.badLines ?? 0,
    r.skipped?.payloadMismatchLines ?? 0,
  );
  if (ingestNote !== undefined)
    io.stderr.write(`faultreplay ${cmd}: ${terminalText(r.captureId)}: ${ingestNote}\n`);
  const s = r.timeBackwards?.syscallsWithoutDuration ?? 0;
  if (s > 0)
    io.stderr.write(
      `faultreplay ${cmd}: ${terminalText(r.captureId)}: ${s} msync/fsync calls exit before they enter (time went backwards): charged the modelled cost, not counted as latencies\n`,
    );
}
