// The CLI's one table renderer: fitting to a width, the hidden-columns note, the legend, and
// the value conventions (unknown as `?`, relative deltas in %, ISO times, dev:ino files).
import { describe, expect, it } from 'vitest';
import {
  formatEpochMs,
  formatFileKey,
  formatNumber,
  formatRelative,
  renderTable,
  type TableColumn,
} from '../../../src/cli/format/index.js';

interface R {
  readonly name: string;
  readonly a: number;
  readonly b: number;
  readonly note: string;
}
const rows: R[] = [
  { name: 'legacy', a: 1234, b: 5, note: 'a long explanation that goes on and on for a while' },
  { name: 'deferred', a: 7, b: 60000, note: 'short' },
];
const columns: TableColumn<R>[] = [
  { title: 'policy', align: 'left', rank: 0, cell: (r) => r.name },
  { title: 'aaaa', align: 'right', rank: 2, cell: (r) => formatNumber(r.a), legend: 'aaaa: A' },
  { title: 'bb', align: 'right', rank: 1, cell: (r) => formatNumber(r.b), legend: 'bb: B' },
  { title: 'note', align: 'left', rank: 0, cell: (r) => r.note, shrinkable: true },
];

describe('renderTable', () => {
  it('shows everything when it fits, numbers right-aligned, with a legend', () => {
    const out = renderTable(columns, rows, { width: 200, wide: false });
    expect(out[0]).toBe('policy     aaaa      bb  note');
    expect(out[2]).toMatch(/^legacy {4}1,234 {7}5 {2}a long explanation/);
    expect(out[3]).toBe('deferred      7  60,000  short');
    expect(out.at(-1)).toBe('legend: aaaa: A; bb: B');
  });

  it('hides the highest-ranked columns first, names them, and keeps every line in the width', () => {
    const out = renderTable(columns, rows, { width: 70, wide: false });
    expect(out[0]).toBe('policy        bb  note');
    expect(out).toContain('(1 more columns with --wide: aaaa)');
    expect(out.at(-1)).toBe('legend: bb: B');
    for (const l of out) expect(l.length).toBeLessThanOrEqual(70);
  });

  it('cuts a shrinkable column with an ellipsis once nothing else can go', () => {
    const out = renderTable(columns, rows, { width: 30, wide: false });
    expect(out[0]).toBe('policy    note');
    expect(out[2]).toMatch(/^legacy {4}a long explanation …$/);
    expect(out[2]!.length).toBe(30);
  });

  it('--wide shows every column however narrow the terminal', () => {
    const out = renderTable(columns, rows, { width: 20, wide: true });
    expect(out[0]).toBe('policy     aaaa      bb  note');
    expect(out.join('\n')).not.toContain('--wide');
  });
});

describe('value conventions', () => {
  it('prints unknown numbers as ?, never 0', () => {
    expect([formatNumber(null), formatNumber(undefined), formatNumber(Number.NaN)]).toEqual([
      '?',
      '?',
      '?',
    ]);
    expect(formatNumber(0, 1)).toBe('0.0');
  });
  it('prints a relative fraction as a signed percentage', () => {
    expect([formatRelative(-0.5258), formatRelative(45.6), formatRelative(0.052)]).toEqual([
      '-53%',
      '+4560%',
      '+5.2%',
    ]);
    expect([formatRelative(0), formatRelative(null)]).toEqual(['0%', '?']);
  });
  it('prints epoch milliseconds as ISO-8601 UTC', () => {
    expect(formatEpochMs(1796168042130)).toBe('2026-12-01T23:34:02Z');
    expect(formatEpochMs(null)).toBe('?');
  });
  it('prints a file key as device and inode', () => {
    expect(formatFileKey('7:0/19')).toBe('dev 7:0 ino 19');
    expect(formatFileKey('')).toBe('?');
  });
});
