/**
 * `faultreplay sweep`: what-if on kernel tunables. Replays the capture in the event log once
 * per combination of `--set` values, under the chosen policies, stores every combination's run
 * (its parameter values are in the run's configuration), and prints the grid against the
 * captured baseline. The work is in src/sim/sweep; this file parses flags and reports.
 */
import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Command } from '../command.js';
import { ReplayError } from '../../errors.js';
import { createFileEventLog } from '../../log/file-event-log.js';
import {
  capturedValues,
  paramValues,
  parseSweepSet,
  resultToJson,
  runSweep,
  SWEEP_PARAMS,
} from '../../sim/index.js';
import type { SweepResult } from '../../sim/index.js';
import { formatSweepTable } from '../format/index.js';
import {
  reportStore,
  STORE_USAGE,
  storeConfigFromFlags,
  storeJson,
  storeRuns,
} from '../store-runs.js';
import { parseReplayArgs, simOptionsFor } from './replay.js';

const USAGE = `Usage: faultreplay sweep --set NAME=V1,V2,... [--set ...] [options]

Replay the capture in the event log under every combination of the given tunable values and
policies, and print each cell against the captured baseline (legacy, parameters as captured).
Expire age, flusher interval and background threshold re-time writeback with the modelled
flusher; costs, the commit interval and HZ replay the captured writeback.

Options:
  --set NAME=LIST    an axis of the grid; NAME is one of ${SWEEP_PARAMS.join(', ')}
  --policies LIST    comma-separated policy ids (default: legacy)
  --log DIR          event log directory (default: ./.faultreplay/log)
  --profile NAME     device profile
  --config FILE      JSON configuration: the captured values every cell starts from
  --capture-id ID    the capture to sweep (when the log holds several)
${STORE_USAGE}
  --json             one JSON object on stdout: axes, policies, cells, grid time, store
  -h, --help         show this help

A progress line per parameter combination goes to stderr on a terminal.
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
    const started = performance.now();
    let s: SweepResult;
    try {
      s = await runSweep(log, {
        sim,
        axes,
        policies: a.policies ?? ['legacy'],
        ...(a.captureId !== undefined ? { captureId: a.captureId } : {}),
        onCombination: (done, total, params) => {
          if (!io.interactive) return;
          const p = Object.entries(params)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
          io.stderr.write(`faultreplay sweep: [${done}/${total}] ${p}\n`);
        },
      });
    } catch (e) {
      if (e instanceof ReplayError && e.code === 'RPL_INPUT') {
        io.stderr.write(`faultreplay sweep: ${e.message}\n`);
        return 1;
      }
      throw e;
    } finally {
      await log.close();
    }
    const gridMs = performance.now() - started;
    // Every cell's values and the baseline's captured ones, for `faultreplay query sweep`.
    const params = [
      {
        sweepId: s.sweepId,
        runId: s.baseline.runId,
        isCaptured: true,
        values: capturedValues(s.axes, sim, s.baseline),
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
      storeConfig,
      io,
      'sweep',
      undefined,
      params,
    );
    if (a.json) {
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
          gridMs: Math.round(gridMs),
          store: storeJson(outcome),
        })}\n`,
      );
    } else io.stdout.write(formatSweepTable(s, gridMs));
    const code = reportStore(outcome, io, 'sweep', a.json);
    if (!a.json && outcome.kind !== 'none' && outcome.error === undefined) {
      io.stdout.write(`the grid: faultreplay query sweep --param sweep=${s.sweepId}\n`);
    }
    return code;
  },
};
