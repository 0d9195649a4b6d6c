// 64-bit identifiers at ingest (issue 15 point 7): inode numbers and page indexes above 2^53
// are read exactly (a bigint; below 2^53 a number, so the common path has no bigint), in every
// form the kernel prints them; a pid beyond pid_t (int32) is a counted bad line, never -1.
import { describe, expect, it } from 'vitest';
import { FieldScanner } from '../../../ingest/normalize/field-scanner.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { formatDev } from '../../../src/events/index.js';
import { readLines } from './helpers.js';

const HEAD = '           mmapw-8513    [000] d..1.   480.3315';
const A = (1n << 63n) + 1n;
const B = (1n << 63n) + 3n;

const inoOf = (e: CanonicalEvent | undefined): unknown =>
  e !== undefined && 'ino' in e.data ? e.data.ino : undefined;

describe('exact 64-bit identifiers at ingest', () => {
  it('the scanner gives numbers below 2^53 and exact bigints from 2^53 to 2^64 - 1', () => {
    const sc = new FieldScanner();
    expect(sc.reset('9007199254740991').decId()).toBe(2 ** 53 - 1);
    expect(sc.reset('9007199254740992').decId()).toBe(1n << 53n);
    expect(sc.reset('9223372036854775809').decId()).toBe(A);
    expect(sc.reset('18446744073709551615').decId()).toBe((1n << 64n) - 1n);
    expect(sc.ok).toBe(true);
    sc.reset('18446744073709551616').decId();
    expect([sc.ok, sc.outOfRange]).toEqual([false, true]);
    expect(sc.reset('8000000000000003').hexId()).toBe(B);
    expect(sc.reset('0x1fffffffffffff').hexId()).toBe(2 ** 53 - 1);
    expect(typeof sc.reset('12').decId()).toBe('number');
  });

  it('two inodes that differ only above 2^53 stay two, in decimal, bare hex and %ld forms', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: writeback_dirty_folio: bdi 7:2: ino=9223372036854775809 index=9007199254740993`,
      `${HEAD}24: writeback_dirty_folio: bdi 7:2: ino=9223372036854775811 index=3`,
      `${HEAD}25: mm_filemap_fault: dev=7:2 ino=8000000000000001 ofs=0`,
      `${HEAD}26: ext4_mark_inode_dirty: dev 7,2 ino 9223372036854775811 caller ext4_dirty_inode+0x57/0x90`,
      `${HEAD}27: writeback_mark_inode_dirty: bdi 7:2: ino=9223372036854775809 state= flags=I_DIRTY_PAGES`,
      // i_ino printed with %ld: 2^63 + 3 shows as its two's complement
      `${HEAD}28: ctime_ns_xchg: ino=7:2:-9223372036854775805:0 old=1: new=2 cur=1:`,
      `${HEAD}29: writeback_dirty_folio: bdi 7:2: ino=12 index=0`,
    ]);
    expect(reader.stats.issues).toEqual([]);
    const byLine = new Map(events.map((e) => [e.line, e]));
    expect([1, 2, 3, 4, 5, 6, 7].map((l) => byLine.get(l)?.type)).toEqual([
      'page_dirtied',
      'page_dirtied',
      'filemap_fault',
      'inode_marked_dirty',
      'inode_dirtied',
      'timestamp',
      'page_dirtied',
    ]);
    expect([1, 2, 3, 4, 5, 6].map((l) => inoOf(byLine.get(l)))).toEqual([A, B, A, B, A, B]);
    const first = byLine.get(1)!;
    if (first.type !== 'page_dirtied') throw new Error(first.type);
    expect(first.data.index).toBe((1n << 53n) + 1n);
    // Small values stay numbers: no bigint on the common path.
    const small = byLine.get(7)!;
    if (small.type !== 'page_dirtied') throw new Error(small.type);
    expect([small.data.ino, small.data.index]).toEqual([12, 0]);
    expect(typeof small.data.ino).toBe('number');
  });

  it('dev_t keeps a 12-bit major exactly; a device beyond dev_t is a counted issue, not wrapped', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: writeback_mark_inode_dirty: bdi 4095:1048575: ino=12 state= flags=I_DIRTY_PAGES`,
      `${HEAD}24: writeback_dirty_folio: bdi 2048:5: ino=12 index=0`,
      `${HEAD}25: writeback_mark_inode_dirty: bdi 4096:0: ino=12 state= flags=I_DIRTY_PAGES`,
      `${HEAD}26: mm_filemap_fault: dev=7:1048576 ino=c ofs=0`,
    ]);
    const byLine = new Map(events.map((e) => [e.line, e]));
    const devOf = (l: number): unknown => {
      const e = byLine.get(l);
      return e !== undefined && 'dev' in e.data ? formatDev(e.data.dev) : e?.type;
    };
    expect([1, 2, 3, 4].map(devOf)).toEqual(['4095:1048575', '2048:5', 'generic', 'generic']);
    expect(reader.stats.issues.map((i) => [i.line, i.reason])).toEqual([
      [
        3,
        'writeback_mark_inode_dirty: device 4096:0 does not fit dev_t (major < 4096, minor < 2^20); refused, kept as generic with its raw text',
      ],
      [
        4,
        'mm_filemap_fault: device 7:1048576 does not fit dev_t (major < 4096, minor < 2^20); refused, kept as generic with its raw text',
      ],
    ]);
  });

  it('a pid beyond int32 (2^40) is a counted issue with file, line and reason, never -1', async () => {
    const { reader, events } = await readLines([
      `           mmapw-1099511627776 [000] d..1.   480.331523: writeback_dirty_folio: bdi 7:2: ino=12 index=0`,
      `           mmapw-2147483648 [000] d..1.   480.331524: writeback_dirty_folio: bdi 7:2: ino=12 index=1`,
      `           mmapw-2147483647 [000] d..1.   480.331525: writeback_dirty_folio: bdi 7:2: ino=12 index=2`,
    ]);
    const issues = reader.stats.issues;
    expect(issues.map((i) => [i.file, i.line])).toEqual([
      [reader.stats.path, 1],
      [reader.stats.path, 2],
    ]);
    expect(issues[0]!.reason).toMatch(/pid 1099511627776 is beyond pid_t \(int32\)/);
    expect(issues[1]!.reason).toMatch(/pid 2147483648 is beyond pid_t \(int32\)/);
    expect(reader.stats.malformed).toBe(2);
    const dirtied = events.filter((e) => e.type === 'page_dirtied');
    expect(dirtied.map((e) => [e.line, e.pid])).toEqual([[3, 2147483647]]);
    expect(events.some((e) => e.pid === -1)).toBe(false);
  });
});
