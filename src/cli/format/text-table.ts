/**
 * The one text-table renderer of the CLI: every table a command prints (the run comparison,
 * `query`, and any later command) goes through `renderTable`, so they all fit the terminal
 * the same way and explain themselves the same way.
 *
 * Fitting: columns keep their order; while the table is wider than the terminal, the column
 * with the highest `rank` (the least important) is hidden, and a note names the hidden ones
 * (`--wide` shows all). Rank 0 columns are never hidden; if those alone are still too wide, a
 * `shrinkable` text column is cut with an ellipsis. Under the table, a legend line explains
 * every abbreviation of the columns shown. Plain ASCII apart from the ellipsis; deterministic.
 */

export interface TableColumn<Row> {
  readonly title: string;
  readonly align: 'left' | 'right';
  /** 0: always shown; higher: hidden first when the terminal is too narrow. */
  readonly rank: number;
  /** The cell text; unknown values should be `?`, never a made-up 0. */
  readonly cell: (row: Row) => string;
  /** `title: meaning`, printed in the legend when the column is shown. */
  readonly legend?: string;
  /** A long text column that may be cut to fit once nothing else can be hidden. */
  readonly shrinkable?: boolean;
}

export interface TableLayout {
  /** Terminal width in characters. */
  readonly width: number;
  /** Show every column, however wide. */
  readonly wide: boolean;
}

/** The width tables fit when stdout is not a terminal (pipes, files, tests). */
export const DEFAULT_TABLE_WIDTH = 100;

const GAP = '  ';
const MIN_SHRUNK = 12;

/** Table lines (header, rule, rows) followed by the hidden-columns note and the legend. */
export function renderTable<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  layout: TableLayout,
): string[] {
  const cells = rows.map((r) => columns.map((c) => c.cell(r)));
  const widths = columns.map((c, i) =>
    Math.max(c.title.length, ...cells.map((row) => row[i]!.length)),
  );
  const shown = columns.map(() => true);
  const total = (): number =>
    widths.reduce((sum, w, i) => (shown[i] === true ? sum + w + GAP.length : sum), -GAP.length);
  if (!layout.wide) {
    while (total() > layout.width) {
      let drop = -1;
      columns.forEach((c, i) => {
        if (shown[i] === true && c.rank > 0 && (drop === -1 || c.rank >= columns[drop]!.rank)) {
          drop = i;
        }
      });
      if (drop === -1) break;
      shown[drop] = false;
    }
    const excess = total() - layout.width;
    const cut = columns.findIndex((c, i) => shown[i] === true && c.shrinkable === true);
    if (excess > 0 && cut !== -1) widths[cut] = Math.max(MIN_SHRUNK, widths[cut]! - excess);
  }
  const visible = columns.flatMap((c, i) => (shown[i] === true ? [i] : []));
  const fit = (text: string, i: number): string => {
    const w = widths[i]!;
    const t = text.length > w ? `${text.slice(0, w - 1)}…` : text;
    return columns[i]!.align === 'right' ? t.padStart(w) : t.padEnd(w);
  };
  const line = (texts: readonly string[]): string =>
    visible
      .map((i) => fit(texts[i]!, i))
      .join(GAP)
      .trimEnd();
  const out = [
    line(columns.map((c) => c.title)),
    visible.map((i) => '-'.repeat(widths[i]!)).join(GAP),
    ...cells.map(line),
  ];
  const hidden = columns.filter((_, i) => shown[i] !== true).map((c) => c.title);
  if (hidden.length > 0) {
    out.push(packItems(`(${hidden.length} more columns with --wide: `, hidden, ', ', layout) + ')');
  }
  const legend = visible.flatMap((i) => {
    const l = columns[i]!.legend;
    return l === undefined ? [] : [l];
  });
  if (legend.length > 0) out.push(packItems('legend: ', legend, '; ', layout));
  return out;
}

/**
 * `prefix` then the items joined by `separator`, broken between items (an item is never split,
 * so "WA: write amplification" stays readable), continuation lines indented.
 */
function packItems(
  prefix: string,
  items: readonly string[],
  separator: string,
  layout: TableLayout,
): string {
  const width = Math.max(60, layout.width);
  const lines: string[] = [];
  let current = prefix;
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item}${separator.trimEnd()}` : item;
    const fresh = current === prefix || current === '  ';
    if (!fresh && current.length + 1 + piece.length > width) {
      lines.push(current);
      current = '  ';
    }
    current = current === prefix || current === '  ' ? `${current}${piece}` : `${current} ${piece}`;
  });
  lines.push(current);
  return lines.join('\n');
}

/** Word-wraps a note to the table width (never narrower than 60), indenting continuations. */
export function wrap(text: string, layout: TableLayout): string {
  const width = Math.max(60, layout.width);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = `  ${word}`;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}

/** Thousands separators, fixed decimals; `?` for an unknown (null, undefined, NaN) value. */
export function formatNumber(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '?';
  return v.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * A relative change given as a fraction (0.25 = 25% more), printed as a signed percentage: the
 * one convention for relative deltas in every text table (JSON keeps the fraction).
 */
export function formatRelative(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '?';
  const r = fraction * 100;
  if (r === 0) return '0%';
  return `${r > 0 ? '+' : ''}${r.toFixed(Math.abs(r) < 10 ? 1 : 0)}%`;
}

/** Epoch milliseconds as ISO-8601 UTC to the second (`2026-12-01T23:33:15Z`). */
export function formatEpochMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '?';
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * A stored file key (`MAJ:MIN/INO`, the simulator's key) for people. The captures carry no
 * paths: `sys_openat`'s `filename` is printed as a user-space pointer and `sys_mmap` has only
 * the fd, so the device and inode are what identifies a file.
 */
export function formatFileKey(key: string | null | undefined): string {
  if (key === null || key === undefined || key === '') return '?';
  const m = /^(\d+:\d+)\/(\d+)$/.exec(key);
  return m === null ? key : `dev ${m[1]!} ino ${m[2]!}`;
}
