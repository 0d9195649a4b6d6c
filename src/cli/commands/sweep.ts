/**
 * `faultreplay sweep`: what-if on kernel tunables. Replays the capture in the event log under
 * every combination of `--set` values and the chosen policies (one pass over the log), stores
 * every combination's run with its parameter values, and prints the grid against the captured
 * baseline. The work is in src/sim/sweep; this file parses flags and reports, and
 * `sweepAndReport` is shared with `run --sweep`.
 */
import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CliIo, Command } from '../command.js';
import type { SimOptions } from '../../config/index.js';
import type { EventLog } from '../../log/event-log.js';
import type { StoreConfig } from '../../store/index.js';
import { ReplayError } from '../../errors.js';
import { createFileEventLog } from '../../log/file-event-log.js';
import {
  capturedValues,
  gridOf,
  paramValues,
  parseSweepSet,
  resultToJson,
  runSweep,
  SWEEP_PARAMS,
} from '../../sim/index.js';
import type { SweepAxis, SweepResult } from '../../sim/index.js';
import { formatSweepTable } from '../format/index.js';
import { formatGridPass, startReplayPhase } from '../progress.js';
import {
  reportStore,
  STORE_USAGE,
  storeConfigFromFlags,
  storeJson,
  storeRuns,
} from '../store-runs.js';
import { damagedRecordsNote, parseReplayArgs, simOptionsFor } from './replay.js';

const USAGE = `Usage: faultreplay sweep --set NAME=V1,V2,... [--set ...] [options]

Replay the capture in the event log under every combination of the given tunable values and
policies (the whole grid in one pass over the log), and print each cell against the captured
baseline (legacy, parameters as captured: those the capture header recorded, or --config's).
Expire age, flusher interval and background threshold re-time writeback with the modelled
flusher; costs, the commit interval and HZ replay the captured writeback.

Options:
  --set NAME=LIST    an axis of the grid; NAME is one of ${SWEEP_PARAMS.join(', ')}
  --policies LIST    comma-separated policy ids (default: legacy)
  --log DIR          event log directory (default: ./.faultreplay/log)
  --profile NAME     device profile
  --config FILE      JSON configuration: values every cell starts from (they win over the
                     tunables the capture header recorded)
  --capture-id ID    the capture to sweep (when the log holds several)
${STORE_USAGE}
  --json             one JSON object on stdout: axes, policies, cells, grid time, store
  -h, --help         show this help

Progress of the pass goes to stderr: on a terminal one live line for the whole grid (every cell
is replayed in the same pass, so they advance together), off a terminal a line when it starts
and one when it ends. The summary ends with the grid's time and cells per second.
Exit status: 0 on success, 1 when the log is missing or empty, 2 on a usage error.
`;

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'replay the capture over a grid of kernel tunables x policies',
  usage: USAGE,
  async run(args, io) {
    // --set is this command's; everything else is replay's own flags.
    const sets: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--set') sets.push(args[++i] ?? '');
      else if (a.startsWith('--set=')) sets.push(a.slice(6));
      else rest.push(a);
    }
    if (sets.length === 0) throw new ReplayError('RPL_CONFIG', `--set is required\n\n${USAGE}`);
    const axes = sets.map(parseSweepSet);
    const a = parseReplayArgs(rest, io);
    const sim = await simOptionsFor(a);
    const storeConfig = storeConfigFromFlags(a.storeFlags, a.configFile, io);
    if (!existsSync(a.logDir) || !statSync(a.logDir).isDirectory()) {
      io.stderr.write(`faultreplay sweep: no event log at ${a.logDir}\n`);
      return 1;
    }
    const log = await createFileEventLog({ dir: a.logDir, readOnly: true });
    try {
      const range = [0, await log.endOffset()] as const;
      return await sweepAndReport(log, range, {
        io,
        command: 'sweep',
        sim,
        axes,
        policies: a.policies ?? ['legacy'],
        ...(a.captureId !== undefined ? { captureId: a.captureId } : {}),
        storeConfig,
        json: a.json,
      });
    } finally {
      await log.close();
    }
  },
};

/** What `sweep` and `run --sweep` pass to `sweepAndReport`. */
export interface SweepReportOptions {
  readonly io: CliIo;
  /** The command name for messages (`sweep`, `run`). */
  readonly command: string;
  readonly sim: SimOptions;
  readonly axes: readonly SweepAxis[];
  readonly policies: readonly string[];
  readonly captureId?: string;
  readonly storeConfig: StoreConfig | undefined;
  readonly storeRetryBudgetMs?: number;
  readonly json: boolean;
  /** Fields added to the --json object (run's `ingest`). */
  readonly jsonExtra?: Readonly<Record<string, unknown>>;
}

/**
 * Replays the grid over the log range in one pass, stores every run with its parameter values
 * (run_params), and prints the grid (a table, or one JSON object). Returns the exit status:
 * 1 when the range holds no capture (or several without --capture-id) or the store failed.
 */
export async function sweepAndReport(
  log: EventLog,
  [fromOffset, toOffset]: readonly [number, number],
  o: SweepReportOptions,
): Promise<number> {
  const { io, command } = o;
  const started = performance.now();
  let s: SweepResult;
  // Every cell (and the baseline) is fed each event of the same read of the log, so they all
  // advance and finish together: the pass's live line, naming the cells, is every cell's.
  const cells = gridOf(o.axes).length * o.policies.length;
  const replaying = startReplayPhase(
    io,
    command,
    log,
    [[fromOffset, toOffset]],
    formatGridPass(cells),
  );
  try {
    s = await runSweep(replaying.log, {
      sim: o.sim,
      axes: o.axes,
      policies: o.policies,
      fromOffset,
      toOffset,
      ...(o.captureId !== undefined ? { captureId: o.captureId } : {}),
    });
    replaying.finish();
  } catch (e) {
    if (e instanceof ReplayError && e.code === 'RPL_INPUT') {
      io.stderr.write(`faultreplay ${command}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const gridMs = performance.now() - started;
  // Records lost to log damage are missing from every cell alike: say it once.
  const damaged = s.baseline.skipped?.damagedRecords ?? 0;
  if (damaged > 0) io.stderr.write(`faultreplay ${command}: ${damagedRecordsNote(damaged)}\n`);
  // Every cell's values and the baseline's captured ones, for `faultreplay query sweep`.
  const params = [
    {
      sweepId: s.sweepId,
      runId: s.baseline.runId,
      isCaptured: true,
      values: capturedValues(s.axes, o.sim, s.baseline),
    },
    ...s.runs.map((r, i) => ({
      sweepId: s.sweepId,
      runId: r.runId,
      isCaptured: false,
      values: paramValues(s.axes, s.cells[i * s.policies.length]!.params),
    })),
  ];
  const outcome = await storeRuns(
    [s.baseline, ...s.runs],
    o.storeConfig,
    io,
    command,
    o.storeRetryBudgetMs,
    params,
  );
  if (o.json) {
    const cells = s.cells.map((c) => ({
      params: c.params,
      policy: c.policy,
      runId: c.runId,
      retimed: c.retimed,
      deltas: c.deltas,
    }));
    io.stdout.write(
      `${resultToJson({
        sweepId: s.sweepId,
        captureId: s.captureId,
        axes: s.axes,
        policies: s.policies,
        baselineRunId: s.baseline.runId,
        cells,
        unknown: s.unknown,
        gridMs: Math.round(gridMs),
        cellsPerSecond:
          gridMs > 0 ? Math.round((s.cells.length / (gridMs / 1000)) * 10) / 10 : null,
        ...o.jsonExtra,
        store: storeJson(outcome),
      })}\n`,
    );
  } else io.stdout.write(formatSweepTable(s, gridMs));
  const code = reportStore(outcome, io, command, o.json);
  if (!o.json && outcome.kind !== 'none' && outcome.error === undefined) {
    io.stdout.write(`the grid: faultreplay query sweep --param sweep=${s.sweepId}\n`);
  }
  return code;
}
