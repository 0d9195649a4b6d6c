/**
 * The text table of a canned query's result (`faultreplay query NAME`). The SQL decides the
 * columns; this catalogue says, per column name, how people read it: a short title, how
 * important it is when the terminal is narrow, how to print the value and what the title means.
 * A column missing from the catalogue prints under its own name. `--json` never comes here.
 */
import type { QueryResult } from '../../store/index.js';
import {
  formatEpochMs,
  formatFileKey,
  formatNumber,
  formatRelative,
  renderTable,
  type TableColumn,
  type TableLayout,
} from './text-table.js';

type Row = Readonly<Record<string, unknown>>;

interface ColumnInfo {
  readonly title: string;
  /** See `TableColumn.rank`: 0 always shown, higher hidden first. */
  readonly rank: number;
  /** Fixed decimals for numbers; undefined: integers as they are, others up to 3 decimals. */
  readonly digits?: number;
  readonly show?: (v: unknown, row: Row) => string;
  readonly legend?: string;
  readonly shrinkable?: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * rel_delta is stored as a fraction, NULL when legacy is 0 (schema 5; stores of older
 * versions hold 0 there, so a 0 beside a non-zero abs_delta is also shown as unknown).
 */
function relativeDelta(v: unknown, row: Row): string {
  if (row['legacy'] === 0 && row['abs_delta'] !== 0) return '?';
  return formatRelative(num(v));
}

const COLUMN_INFO: Readonly<Record<string, ColumnInfo>> = {
  policy: { title: 'policy', rank: 0 },
  label: { title: 'label', rank: 9, shrinkable: true },
  source: { title: 'source', rank: 0 },
  file: {
    title: 'file',
    rank: 0,
    show: (v) => formatFileKey(typeof v === 'string' ? v : null),
    legend: 'file: device and inode (captures record no paths)',
  },
  write_faults: { title: 'faults', rank: 1, legend: 'faults: write faults' },
  page_mkwrite_calls: { title: 'mkwrite', rank: 6, legend: 'mkwrite: page_mkwrite calls' },
  timestamp_updates: { title: 'ts upd', rank: 1, legend: 'ts upd: c/mtime updates' },
  journal_handles: { title: 'j.handles', rank: 3, legend: 'j.handles: jbd2 handles started' },
  journal_commits: { title: 'commits', rank: 3, legend: 'commits: jbd2 transaction commits' },
  data_pages_written: { title: 'pages wr', rank: 4, legend: 'pages wr: data pages written' },
  bytes_dirtied: { title: 'dirtied B', rank: 6, legend: 'dirtied B: bytes dirtied' },
  bytes_written: { title: 'written B', rank: 5, legend: 'written B: bytes written to the device' },
  write_amplification: {
    title: 'WA',
    rank: 2,
    digits: 2,
    legend: 'WA: write amplification, bytes written / bytes dirtied',
  },
  fault_count: { title: 'n faults', rank: 7, legend: 'n faults: faults with a latency' },
  fault_mean_us: { title: 'fault us', rank: 0, digits: 1, legend: 'fault us: mean fault latency' },
  fault_p50_us: { title: 'f p50', rank: 5, digits: 1 },
  fault_p90_us: { title: 'f p90', rank: 6, digits: 1 },
  fault_p99_us: { title: 'f p99', rank: 2, digits: 1, legend: 'f pNN/max: fault percentiles' },
  fault_max_us: { title: 'f max', rank: 5, digits: 1 },
  fault_latency_mean_us: {
    title: 'fault us',
    rank: 0,
    digits: 1,
    legend: 'fault us: mean fault latency',
  },
  msync_count: { title: 'msyncs', rank: 6 },
  msync_mean_us: { title: 'msync us', rank: 2, digits: 1, legend: 'msync us: mean msync latency' },
  msync_p50_us: { title: 'm p50', rank: 7, digits: 1 },
  msync_p99_us: { title: 'm p99', rank: 5, digits: 1, legend: 'm pNN: msync percentiles' },
  sus_violations: {
    title: 'SuS viol',
    rank: 3,
    legend: 'SuS viol: msyncs that returned with mtime older than the last write (SUSv4 msync)',
  },
  staleness_max_ms: {
    title: 'stale max',
    rank: 4,
    digits: 1,
    legend: 'stale max/mean: how long mtime lagged a write',
  },
  staleness_mean_ms: { title: 'stale mean', rank: 6, digits: 1 },
  stale_time_ms: { title: 'stale total', rank: 7, digits: 1, legend: 'stale total: summed lag' },
  durability_lag_mean_ms: {
    title: 'dur lag',
    rank: 6,
    digits: 1,
    legend: 'dur lag: mean write-to-durable time',
  },
  // Per run (the same on each policy's row) and almost always 0: shown only when there is room.
  time_backwards_faults: {
    title: 'tb faults',
    rank: 8,
    legend: 'tb faults: traced faults dropped, time went backwards inside them',
  },
  time_backwards_syscalls: {
    title: 'tb syncs',
    rank: 8,
    legend: 'tb syncs: msync/fsync calls exiting before they enter (no latency)',
  },
  metric: { title: 'metric', rank: 0 },
  value: { title: 'value', rank: 1 },
  legacy: { title: 'legacy', rank: 1 },
  abs_delta: { title: 'abs delta', rank: 2, legend: 'abs delta: value - legacy' },
  rel_delta: {
    title: 'rel delta',
    rank: 0,
    show: relativeDelta,
    legend: 'rel delta: (value - legacy) / legacy, in %',
  },
  name: { title: 'name', rank: 0 },
  value_us: { title: 'value us', rank: 0 },
  note: { title: 'note', rank: 0, shrinkable: true },
  run_id: { title: 'run_id', rank: 0 },
  capture_id: { title: 'capture_id', rank: 0 },
  profile: { title: 'profile', rank: 1 },
  policies: { title: 'policies', rank: 3, shrinkable: true },
  events: { title: 'events', rank: 1 },
  engine_version: { title: 'engine', rank: 4, legend: 'engine/schema: versions that stored it' },
  schema_version: { title: 'schema', rank: 4 },
  created_at_ms: {
    title: 'created (UTC)',
    rank: 0,
    show: (v) => formatEpochMs(num(v)),
  },
  second: { title: 'second', rank: 0, legend: 'second: since the first event' },
  kind: { title: 'kind', rank: 0 },
  bucket: { title: 'bucket', rank: 3 },
  lower_us: { title: 'from us', rank: 1, legend: 'from/to us: bucket bounds' },
  upper_us: { title: 'to us', rank: 1 },
  samples: { title: 'samples', rank: 0 },
  cumulative: { title: 'cumul', rank: 2, legend: 'cumul: samples up to this bucket' },
  cdf: { title: 'cdf', rank: 0, digits: 3, legend: 'cdf: share of samples up to this bucket' },
};

/** A cell of a column without a `show`: numbers with separators, `?` for null. */
function plainCell(v: unknown, digits: number | undefined): string {
  if (v === null || v === undefined) return '?';
  if (typeof v === 'number') {
    if (digits !== undefined) return formatNumber(v, digits);
    if (Number.isInteger(v)) return formatNumber(v);
    return formatNumber(Math.round(v * 1000) / 1000, 3).replace(/\.?0+$/, '');
  }
  if (Array.isArray(v)) return v.map((x) => plainCell(x, digits)).join(',');
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function columnFor(name: string, rows: readonly Row[]): TableColumn<Row> {
  const info: ColumnInfo = COLUMN_INFO[name] ?? { title: name, rank: 5 };
  const numeric =
    rows.length > 0 && rows.every((r) => r[name] === null || typeof r[name] === 'number');
  const show = info.show;
  return {
    title: info.title,
    align: numeric ? 'right' : 'left',
    rank: info.rank,
    cell: show === undefined ? (r) => plainCell(r[name], info.digits) : (r) => show(r[name], r),
    ...(info.legend === undefined ? {} : { legend: info.legend }),
    ...(info.shrinkable === true ? { shrinkable: true } : {}),
  };
}

/** The table, its notes and a row count, ready for stdout. */
export function formatQueryTable(res: QueryResult, layout: TableLayout): string {
  const columns = res.columns.map((c) => columnFor(c.name, res.rows));
  const out = renderTable(columns, res.rows, layout);
  out.push(`(${res.rows.length} row${res.rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
