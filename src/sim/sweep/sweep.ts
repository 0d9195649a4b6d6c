/**
 * Sweeps over kernel tunables: a grid of parameter values x policies, every cell a replay of the
 * same capture. The whole grid is one pass over the log (engine `replayVariants`), and a
 * cell's figures are exactly what a replay with that cell's parameters alone gives; its
 * deltas are against the captured baseline: legacy with the parameters as captured.
 *
 * Parameters that move *when* writeback happens (expire age, flusher interval, background
 * threshold) re-time writeback with the modelled flusher (src/sim/flusher/) in every cell of
 * the grid; costs, the commit interval and HZ replay the captured writeback as it is.
 */
import { createHash } from 'node:crypto';
import { ReplayError } from '../../errors.js';
import type { EventLog } from '../../log/event-log.js';
import type { SimOptions } from '../../config/index.js';
import { metricValue, onlyRun, replayVariants } from '../engine.js';
import { blindSpots, FS_MODELS } from '../fs/index.js';
import type { ReplayDiagnostics, ReplayVariant } from '../engine.js';
import type { PolicyResult, RunResult } from '../results.js';
import { round3 } from '../stats.js';

/** The tunables a sweep may vary (numeric SimOptions fields). */
export const SWEEP_PARAMS = [
  'dirtyExpireMs',
  'writebackIntervalMs',
  'dirtyBackgroundBytes',
  'commitIntervalMs',
  'hz',
  'dirtytimeExpireMs',
] as const;
export type SweepParam = (typeof SWEEP_PARAMS)[number];

/** Parameters that change when writeback happens: their cells need the modelled flusher. */
const RETIMING: ReadonlySet<SweepParam> = new Set([
  'dirtyExpireMs',
  'writebackIntervalMs',
  'dirtyBackgroundBytes',
]);

/** The figures a sweep charts and tabulates, in a fixed order. */
export const SWEEP_METRICS = [
  'faultLatencyUs.p99',
  'msyncLatencyUs.p99',
  'writeAmplification',
  'dataPagesWritten',
  'journalCommits',
  'timestampUpdates',
  'mtimeStaleness.meanMs',
] as const;

/**
 * Sweep figures a filesystem can be blind to (fs models' `blindSpots`): where the capture's
 * filesystem never shows one, whatever tracepoints were enabled, the simulator's number is a
 * model output nothing in any capture can check (XFS journal commits: the CIL push has no
 * tracepoint in the capture set), so the sweep reports it unknown with the reason instead.
 * Latencies, write amplification (from block requests) and staleness are never blind spots.
 */
const BLIND_SPOT_METRICS = ['dataPagesWritten', 'journalCommits', 'timestampUpdates'] as const;

/** A charted figure of a cell, the captured baseline's, and the difference; null when unknown. */
export interface SweepDelta {
  readonly value: number | null;
  readonly baseline: number | null;
  readonly abs: number | null;
}

export interface SweepAxis {
  readonly param: SweepParam;
  readonly values: readonly number[];
}

export interface SweepCell {
  /** Parameter values of this cell, in axis order. */
  readonly params: Readonly<Partial<Record<SweepParam, number>>>;
  readonly policy: string;
  /** The run this cell's figures come from (one per parameter combination). */
  readonly runId: string;
  /** Writeback was re-timed by the modelled flusher. */
  readonly retimed: boolean;
  readonly figures: PolicyResult;
  /** SWEEP_METRICS: value, the captured baseline's, and the difference (null: `unknown`). */
  readonly deltas: Readonly<Record<string, SweepDelta>>;
}

export interface SweepResult {
  /**
   * The sweep's identity: a hash of the baseline run, the axes and the policies, so the same
   * sweep of the same log gets the same id (stored results stay byte-identical) and two
   * different grids over one capture stay apart in the store.
   */
  readonly sweepId: string;
  readonly captureId: string;
  readonly axes: readonly SweepAxis[];
  readonly policies: readonly string[];
  /** legacy, parameters as captured (the trace's own writeback). */
  readonly baseline: RunResult;
  /** One run per parameter combination, in grid order. */
  readonly runs: readonly RunResult[];
  /** Parameter combinations (outer axis first) x policies. */
  readonly cells: readonly SweepCell[];
  /**
   * SWEEP_METRICS the capture cannot show on its filesystem -> why: null in every cell (the
   * stored runs keep the simulator's numbers; the `sweep` query nulls them the same way).
   */
  readonly unknown: Readonly<Record<string, string>>;
}

export interface SweepOptions {
  /** Options every cell starts from (the captured values). @default {} */
  readonly sim?: SimOptions;
  readonly axes: readonly SweepAxis[];
  /** Policies of every cell. @default ['legacy'] */
  readonly policies?: readonly string[];
  readonly captureId?: string;
  /** Sweep this log range only (what `run --sweep` just ingested). @default the whole log */
  readonly fromOffset?: number;
  /** Exclusive end offset. @default the end of the log */
  readonly toOffset?: number;
  readonly onDiagnostics?: (d: ReplayDiagnostics) => void;
}

/** `--set name=v1,v2,...`: one axis; names and values are checked (RPL_CONFIG). */
export function parseSweepSet(text: string): SweepAxis {
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  if (!(SWEEP_PARAMS as readonly string[]).includes(name)) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--set ${text}: unknown parameter '${name}' (known: ${SWEEP_PARAMS.join(', ')})`,
    );
  }
  const values = (eq < 0 ? '' : text.slice(eq + 1)).split(',').map((v) => v.trim());
  const nums = values.map(Number);
  if (values.some((v) => v === '') || nums.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new ReplayError(
      'RPL_CONFIG',
      `--set ${text}: values must be non-negative numbers separated by commas`,
    );
  }
  return { param: name as SweepParam, values: nums };
}

/** Every combination of the axes' values, the first axis outermost. */
export function gridOf(axes: readonly SweepAxis[]): Partial<Record<SweepParam, number>>[] {
  let out: Partial<Record<SweepParam, number>>[] = [{}];
  for (const a of axes) out = out.flatMap((c) => a.values.map((v) => ({ ...c, [a.param]: v })));
  return out;
}

export async function runSweep(log: EventLog, o: SweepOptions): Promise<SweepResult> {
  if (o.axes.length === 0) throw new ReplayError('RPL_CONFIG', 'a sweep needs at least one --set');
  const policies = o.policies ?? ['legacy'];
  const retimed = o.axes.some((a) => RETIMING.has(a.param));
  const grid = gridOf(o.axes);
  // The baseline and every combination in one pass over the log (replayVariants shares the
  // tracker between them where the jiffy grid is the same): each run is what replayLog gives.
  const variants: ReplayVariant[] = [
    { ...(o.sim !== undefined ? { sim: o.sim } : {}), policies: ['legacy'] },
    ...grid.map((params) => ({
      sim: { ...o.sim, ...params, ...(retimed ? { writeback: 'modelled' as const } : {}) },
      policies,
    })),
  ];
  const [baselineRuns, ...cellRuns] = await replayVariants(log, variants, {
    ...(o.captureId !== undefined ? { captureId: o.captureId } : {}),
    ...(o.fromOffset !== undefined ? { fromOffset: o.fromOffset } : {}),
    ...(o.toOffset !== undefined ? { toOffset: o.toOffset } : {}),
    ...(o.onDiagnostics !== undefined ? { onDiagnostics: o.onDiagnostics } : {}),
  });
  const baseline = onlyRun(baselineRuns!, o.captureId);
  const base = baseline.policies['legacy']!;
  const unknown = uncheckedFigures(base);
  const runs: RunResult[] = [];
  const cells: SweepCell[] = [];
  for (const [i, params] of grid.entries()) {
    const run = onlyRun(cellRuns[i]!, o.captureId);
    runs.push(run);
    for (const policy of policies) {
      const figures = run.policies[policy]!;
      const deltas: Record<string, SweepDelta> = {};
      for (const m of SWEEP_METRICS) {
        const value = metricValue(figures, m);
        const b = metricValue(base, m);
        deltas[m] =
          unknown[m] !== undefined
            ? { value: null, baseline: null, abs: null }
            : { value, baseline: b, abs: round3(value - b) };
      }
      cells.push({ params, policy, runId: run.runId, retimed, figures, deltas });
    }
  }
  const sweepId = createHash('sha256')
    .update(JSON.stringify({ baseline: baseline.runId, axes: o.axes, policies }))
    .digest('hex')
    .slice(0, 16);
  return {
    sweepId,
    captureId: baseline.captureId,
    axes: o.axes,
    policies,
    baseline,
    runs,
    cells,
    unknown,
  };
}

/**
 * The sweep figures the capture's filesystems never show -> why (`fs: reason`, filesystems in
 * name order): one blind file system makes the run's total unknown.
 */
function uncheckedFigures(legacy: PolicyResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of [...new Set(legacy.files.map((f) => f.fs))].sort()) {
    const model = FS_MODELS.find((m) => m.id === id);
    if (model === undefined) continue;
    const blind = blindSpots(model);
    for (const m of BLIND_SPOT_METRICS) {
      const why = blind[m];
      if (why !== undefined && out[m] === undefined) out[m] = `${id}: ${why}`;
    }
  }
  return out;
}

/** A parameter combination's values in axis order (the `run_params` rows of one run). */
export function paramValues(
  axes: readonly SweepAxis[],
  params: SweepCell['params'],
): { name: SweepParam; value: number }[] {
  return axes.map((a) => ({ name: a.param, value: params[a.param]! }));
}

/**
 * The captured values of the axes' parameters, as the baseline ran: a value the options give
 * (the user passing the captured values with --config), else the one the capture header
 * recorded (the baseline configuration's `captured`), else for HZ the baseline's when the
 * header or options gave it. A value nobody recorded (a default, no commit interval, a
 * background threshold the kernel held as a ratio of memory, an HZ the replay assumed because
 * the header had none: `hzUnknown` in the run's config) is left out rather than stored as a
 * number the capture never had.
 */
export function capturedValues(
  axes: readonly SweepAxis[],
  sim: SimOptions | undefined,
  baseline: RunResult,
): { name: SweepParam; value: number }[] {
  const config = JSON.parse(baseline.configJson) as Record<string, unknown>;
  const captured = (config['captured'] ?? {}) as Record<string, unknown>;
  return axes.flatMap((a) => {
    const v: unknown =
      sim?.[a.param] ??
      (a.param === 'hz'
        ? config['hzUnknown'] === true
          ? undefined
          : config['hz']
        : // 0 bytes: the ratio was in force, a threshold in bytes is unknown.
          a.param === 'dirtyBackgroundBytes' && captured[a.param] === 0
          ? undefined
          : captured[a.param]);
    return typeof v === 'number' && !(a.param === 'hz' && v === 0)
      ? [{ name: a.param, value: v }]
      : [];
  });
}
