/**
 * The grid of a sweep as a text table (`faultreplay sweep`): one row per cell (parameter values,
 * policy), the charted figures as columns, each with its change against the captured baseline
 * (legacy, parameters as captured). Plain ASCII, fixed widths, deterministic.
 */
import type { SweepResult } from '../../sim/sweep/index.js';
import { SWEEP_METRICS } from '../../sim/sweep/index.js';

const TITLES: Readonly<Record<(typeof SWEEP_METRICS)[number], string>> = {
  'faultLatencyUs.p99': 'fault p99 us',
  'msyncLatencyUs.p99': 'msync p99 us',
  writeAmplification: 'WA',
  dataPagesWritten: 'pages wr',
  journalCommits: 'commits',
  timestampUpdates: 'ts updates',
  'mtimeStaleness.meanMs': 'stale mean ms',
};

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));
const signed = (v: number): string => (v > 0 ? `+${fmt(v)}` : fmt(v));

export function formatSweepTable(s: SweepResult, elapsedMs?: number): string {
  const params = s.axes.map((a) => a.param);
  const header = [...params, 'policy', ...SWEEP_METRICS.map((m) => TITLES[m])];
  const rows = s.cells.map((c) => [
    ...params.map((p) => fmt(c.params[p] ?? 0)),
    c.policy,
    ...SWEEP_METRICS.map((m) => {
      const d = c.deltas[m]!;
      return d.value === null || d.abs === null ? 'unknown' : `${fmt(d.value)} (${signed(d.abs)})`;
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < params.length + 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ');
  const out = [
    `sweep of ${s.captureId}: ${s.cells.length} cells (${s.runs.length} parameter combinations x ${s.policies.length} policies)` +
      (s.cells[0]?.retimed === true ? ', writeback re-timed by the modelled flusher' : ''),
    'in parentheses: change against the captured baseline (legacy, parameters as captured)',
    line(header),
    ...rows.map(line),
    // Why a column says unknown: the capture cannot show it, so nothing checks the model there.
    ...Object.entries(s.unknown).map(
      ([m, why]) => `${TITLES[m as (typeof SWEEP_METRICS)[number]]} unknown: ${why}`,
    ),
  ];
  if (elapsedMs !== undefined) out.push(formatGridTime(s.cells.length, elapsedMs));
  return `${out.join('\n')}\n`;
}

/**
 * The whole grid's time and its rate: `grid time: 0.81 s for 8 cells, 9.9 cells/s`. A cell is a
 * parameter combination under one policy; the captured baseline, replayed in the same pass, is
 * not counted as one.
 */
export function formatGridTime(cells: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? `, ${(cells / (elapsedMs / 1000)).toFixed(1)} cells/s` : '';
  return `grid time: ${(elapsedMs / 1000).toFixed(2)} s for ${cells} cell${cells === 1 ? '' : 's'}${rate}`;
}
