/**
 * The text table of each policy against legacy, for `faultreplay replay` and `faultreplay run`:
 * one row per policy (plus the `observed` row read from the trace under legacy), key figures as
 * columns, and the change of mean fault latency and timestamp updates relative to legacy.
 * Plain ASCII, fixed column widths, deterministic.
 */
import { terminalText } from './terminal-text.js';
import type { ObservedFigures, PolicyResult, RunResult } from '../../sim/results.js';

/** A policy's figures or the observed column (whose unknown figures are null). */
type Figures = ObservedFigures | PolicyResult;

interface Column {
  readonly title: string;
  readonly width: number;
  readonly value: (p: Figures, r: RunResult, id: string) => string;
}

/** `?` for a figure the capture cannot show (null), never 0. */
const num = (v: number | null, digits = 0): string =>
  v === null
    ? '?'
    : Number.isFinite(v)
      ? v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : '-';

const pct = (value: number, base: number): string => {
  if (base === 0) return value === 0 ? '0%' : 'n/a';
  const r = ((value - base) / base) * 100;
  return `${r > 0 ? '+' : ''}${r.toFixed(r !== 0 && Math.abs(r) < 10 ? 1 : 0)}%`;
};

const COLUMNS: readonly Column[] = [
  { title: 'write faults', width: 12, value: (p) => num(p.writeFaults) },
  { title: 'ts updates', width: 10, value: (p) => num(p.timestampUpdates) },
  { title: 'j.handles', width: 9, value: (p) => num(p.journalHandles) },
  { title: 'commits', width: 7, value: (p) => num(p.journalCommits) },
  { title: 'pages wr', width: 8, value: (p) => num(p.dataPagesWritten) },
  { title: 'WA', width: 6, value: (p) => num(p.writeAmplification, 2) },
  { title: 'fault us mean', width: 13, value: (p) => num(p.faultLatencyUs.mean, 1) },
  { title: 'p50', width: 7, value: (p) => num(p.faultLatencyUs.p50, 1) },
  { title: 'p99', width: 8, value: (p) => num(p.faultLatencyUs.p99, 1) },
  { title: 'msync us', width: 9, value: (p) => num(p.msyncLatencyUs.mean, 1) },
  { title: 'SuS viol', width: 8, value: (p) => num(p.mtimeStaleness.suSViolations) },
  { title: 'stale max ms', width: 12, value: (p) => num(p.mtimeStaleness.maxMs, 1) },
  {
    title: 'fault mean vs legacy',
    width: 20,
    value: (p, r, id) =>
      id === 'legacy' || id === 'observed'
        ? ''
        : pct(p.faultLatencyUs.mean, r.policies['legacy']?.faultLatencyUs.mean ?? 0),
  },
];

const LABEL_WIDTH = 16;

function row(label: string, p: Figures, r: RunResult, id: string): string {
  return [
    label.padEnd(LABEL_WIDTH),
    ...COLUMNS.map((c) => c.value(p, r, id).padStart(c.width)),
  ].join(' ');
}

/** The table for one run. */
export function formatRunTable(r: RunResult): string {
  const lines: string[] = [];
  lines.push(
    `capture ${terminalText(r.captureId)}  run ${r.runId}  profile ${r.profile}  events ${num(r.events)} (offsets ${r.fromOffset}-${r.toOffset})`,
  );
  lines.push([''.padEnd(LABEL_WIDTH), ...COLUMNS.map((c) => c.title.padStart(c.width))].join(' '));
  for (const id of r.policyIds) {
    const p: PolicyResult | undefined = r.policies[id];
    if (p === undefined) continue;
    lines.push(row(id, p, r, id));
    if (p.observed !== undefined) lines.push(row('  (observed)', p.observed, r, 'observed'));
  }
  lines.push('');
  for (const id of r.policyIds) {
    const p = r.policies[id];
    if (p === undefined) continue;
    lines.push(`  ${id.padEnd(LABEL_WIDTH - 2)} ${p.label}`);
    if (p.notApplicable !== undefined)
      lines.push(`  ${''.padEnd(LABEL_WIDTH - 2)} does not apply: ${p.notApplicable}`);
  }
  const observed = r.policies['legacy']?.observed;
  if (observed !== undefined) {
    const fss = [...new Set(Object.values(observed.filesystems))].sort();
    if (fss.length > 0) lines.push(`filesystems: ${fss.join(', ')}`);
    for (const [k, why] of Object.entries(observed.unknown).sort())
      lines.push(`observed ${k} unknown (?): ${why}`);
    if (observed.unseenCleanedPages > 0)
      lines.push(
        `observed pages written include ${observed.unseenCleanedPages} of folios written back unseen (re-dirtied after a cleaning the trace did not show)`,
      );
  }
  const measured = r.costs.filter((c) => c.source !== 'default');
  if (measured.length > 0) {
    lines.push('');
    lines.push(
      `costs not at their defaults: ${measured.map((c) => `${c.name}=${c.valueUs} (${c.source})`).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Tables for several runs, separated by a blank line. */
export function formatRunTables(runs: readonly RunResult[]): string {
  return runs.map(formatRunTable).join('\n');
}
