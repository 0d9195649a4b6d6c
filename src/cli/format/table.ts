/**
 * The text table of each policy against legacy, for `faultreplay replay` and `faultreplay run`:
 * one row per policy (plus the `observed` row read from the trace under legacy), key figures as
 * columns, and the change of mean fault latency relative to legacy. Rendered by `renderTable`,
 * so it fits the terminal and explains its abbreviations in a legend.
 */
import { terminalText } from './terminal-text.js';
import { completenessText } from './completeness.js';
import type { ObservedFigures, PolicyResult, RunResult } from '../../sim/results.js';
import {
  formatNumber as num,
  formatRelative,
  renderTable,
  wrap,
  type TableColumn,
  type TableLayout,
} from './text-table.js';

/** A policy's figures or the observed ones (whose figures the capture cannot show are null). */
type Figures = ObservedFigures | PolicyResult;

interface PolicyRow {
  readonly label: string;
  readonly id: string;
  readonly figures: Figures;
  /** legacy's mean fault latency, the base of the relative column. */
  readonly legacyMeanUs: number | undefined;
}

/** (value - base) / base as a percentage; unknown when the base is 0 and the value is not. */
function relativeTo(value: number, base: number | undefined): string {
  if (base === undefined) return '?';
  if (base === 0) return value === 0 ? '0%' : '?';
  return formatRelative((value - base) / base);
}

const COLUMNS: readonly TableColumn<PolicyRow>[] = [
  { title: 'policy', align: 'left', rank: 0, cell: (r) => r.label },
  {
    title: 'faults',
    align: 'right',
    rank: 1,
    cell: (r) => num(r.figures.writeFaults),
    legend: 'faults: write faults',
  },
  {
    title: 'ts upd',
    align: 'right',
    rank: 1,
    cell: (r) => num(r.figures.timestampUpdates),
    legend: 'ts upd: c/mtime updates',
  },
  {
    title: 'j.handles',
    align: 'right',
    rank: 3,
    cell: (r) => num(r.figures.journalHandles),
    legend: 'j.handles: jbd2 journal handles started',
  },
  {
    title: 'commits',
    align: 'right',
    rank: 3,
    cell: (r) => num(r.figures.journalCommits),
    legend: 'commits: jbd2 transaction commits',
  },
  {
    title: 'pages wr',
    align: 'right',
    rank: 4,
    cell: (r) => num(r.figures.dataPagesWritten),
    legend: 'pages wr: data pages written back',
  },
  {
    title: 'WA',
    align: 'right',
    rank: 2,
    cell: (r) => num(r.figures.writeAmplification, 2),
    legend: 'WA: write amplification, bytes written to the device / bytes dirtied',
  },
  {
    title: 'fault us',
    align: 'right',
    rank: 0,
    cell: (r) => num(r.figures.faultLatencyUs.mean, 1),
    legend: 'fault us: mean write-fault latency (us)',
  },
  {
    title: 'p50',
    align: 'right',
    rank: 5,
    cell: (r) => num(r.figures.faultLatencyUs.p50, 1),
    legend: 'p50/p99: fault latency percentiles (us)',
  },
  {
    title: 'p99',
    align: 'right',
    rank: 2,
    cell: (r) => num(r.figures.faultLatencyUs.p99, 1),
  },
  {
    title: 'msync us',
    align: 'right',
    rank: 2,
    cell: (r) => num(r.figures.msyncLatencyUs.mean, 1),
    legend: 'msync us: mean msync latency (us)',
  },
  {
    title: 'SuS viol',
    align: 'right',
    rank: 3,
    cell: (r) => num(r.figures.mtimeStaleness.suSViolations),
    legend: 'SuS viol: msyncs that returned with mtime older than the last write (SUSv4 msync)',
  },
  {
    title: 'stale ms',
    align: 'right',
    rank: 4,
    cell: (r) => num(r.figures.mtimeStaleness.maxMs, 1),
    legend: 'stale ms: longest time mtime lagged behind a write (ms)',
  },
  {
    title: 'fault vs legacy',
    align: 'right',
    rank: 0,
    cell: (r) =>
      r.id === 'legacy' || r.id === 'observed'
        ? ''
        : relativeTo(r.figures.faultLatencyUs.mean, r.legacyMeanUs),
    legend: 'fault vs legacy: (mean fault us - legacy) / legacy, in %',
  },
];

function rowsOf(r: RunResult): PolicyRow[] {
  const legacyMeanUs = r.policies['legacy']?.faultLatencyUs.mean;
  return r.policyIds.flatMap((id) => {
    const p = r.policies[id];
    if (p === undefined) return [];
    const rows: PolicyRow[] = [{ label: id, id, figures: p, legacyMeanUs }];
    if (p.observed !== undefined) {
      rows.push({ label: '  (observed)', id: 'observed', figures: p.observed, legacyMeanUs });
    }
    return rows;
  });
}

/** The table for one run. */
export function formatRunTable(r: RunResult, layout: TableLayout): string {
  const lines: string[] = [
    wrap(
      `capture ${terminalText(r.captureId)}  run ${r.runId}  profile ${r.profile}  events ${num(r.events)} (offsets ${r.fromOffset}-${r.toOffset})`,
      layout,
    ),
    wrap(completenessText(r), layout),
    ...renderTable(COLUMNS, rowsOf(r), layout),
    '(observed): the same figures read from the trace, for the replayed legacy row above it',
    '',
  ];
  const width = Math.max(...r.policyIds.map((id) => id.length));
  for (const id of r.policyIds) {
    const p = r.policies[id];
    if (p === undefined) continue;
    lines.push(`  ${id.padEnd(width)}  ${p.label}`);
    if (p.notApplicable !== undefined)
      lines.push(`  ${''.padEnd(width)}  does not apply: ${p.notApplicable}`);
  }
  const observed = r.policies['legacy']?.observed;
  if (observed !== undefined) {
    const fss = [...new Set(Object.values(observed.filesystems))].sort();
    if (fss.length > 0) lines.push(`filesystems: ${fss.join(', ')}`);
    for (const [k, why] of Object.entries(observed.unknown).sort())
      lines.push(wrap(`observed ${k} unknown (?): ${why}`, layout));
    if (observed.unseenCleanedPages > 0)
      lines.push(
        wrap(
          `observed pages written include ${observed.unseenCleanedPages} of folios written back unseen (re-dirtied after a cleaning the trace did not show)`,
          layout,
        ),
      );
  }
  const measured = r.costs.filter((c) => c.source !== 'default');
  if (measured.length > 0) {
    lines.push('');
    lines.push(
      wrap(
        `costs not at their defaults: ${measured.map((c) => `${c.name}=${c.valueUs} (${c.source})`).join(', ')}`,
        layout,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Tables for several runs, separated by a blank line. */
export function formatRunTables(runs: readonly RunResult[], layout: TableLayout): string {
  return runs.map((r) => formatRunTable(r, layout)).join('\n');
}
