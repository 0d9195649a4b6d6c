// A number of 2^64 or more fits no field of the event log: the codec used to clamp it to
// 2^64 - 1 (a different inode). Ingest refuses it instead: the event is kept as generic with its
// raw text, counted, and reported with its file and line; 2^64 - 1 itself is kept exactly.
import { describe, expect, it } from 'vitest';
import { FieldScanner } from '../../../ingest/normalize/field-scanner.js';
import { readLines } from './helpers.js';

const HEAD = '           mmapw-8513    [000] d..1.   480.3315';

describe('numbers of 64 bits and more at ingest', () => {
  it('the scanner reads 2^64 - 1 and refuses 2^64 (decimal) and 17 hex digits', () => {
    const sc = new FieldScanner();
    expect(sc.reset('18446744073709551615').dec()).toBe(2 ** 64);
    expect([sc.ok, sc.outOfRange]).toEqual([true, false]);
    sc.reset('18446744073709551616').dec();
    expect([sc.ok, sc.outOfRange]).toEqual([false, true]);
    sc.reset('0xffffffffffffffff').hexExact();
    expect([sc.ok, sc.outOfRange]).toEqual([true, false]);
    sc.reset('0x10000000000000000').hex();
    expect([sc.ok, sc.outOfRange]).toEqual([false, true]);
    sc.reset('0x10000000000000000').hexExact();
    expect([sc.ok, sc.outOfRange]).toEqual([false, true]);
    // A fresh payload starts in range.
    expect(sc.reset('12').dec()).toBe(12);
    expect(sc.outOfRange).toBe(false);
  });

  it('an event with such a value is refused with file, line and reason; the rest is read', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: writeback_dirty_folio: bdi 7:2: ino=18446744073709551616 index=0`,
      `${HEAD}24: writeback_dirty_folio: bdi 7:2: ino=18446744073709551615 index=1`,
      `${HEAD}25: ext4_mark_inode_dirty: dev 7,2 ino 99999999999999999999 caller ext4_dirty_inode+0x57/0x90`,
      `${HEAD}26: page_fault_user: address=0x10000000000000000 ip=0x1 error_code=0x6`,
      `${HEAD}27: page_fault_user: address=0xffffffffffffffff ip=0x1 error_code=0x6`,
    ]);
    const issues = reader.stats.issues;
    expect(issues.map((i) => i.line)).toEqual([1, 3, 4]);
    for (const i of issues) {
      expect(i.file).toBe(reader.stats.path);
      expect(i.reason).toMatch(/: a number does not fit 64 bits \(2\^64 or more\); refused/);
    }
    const byLine = new Map(events.map((e) => [e.line, e]));
    expect(byLine.get(1)!.type).toBe('generic');
    expect(byLine.get(3)!.type).toBe('generic');
    expect(byLine.get(4)!.type).toBe('generic');
    // The largest 64-bit values are kept, not refused.
    expect(byLine.get(2)!.type).toBe('page_dirtied');
    expect(byLine.get(5)!.type).toBe('page_fault');
    expect((byLine.get(5)!.data as { address: bigint }).address).toBe(2n ** 64n - 1n);
  });
});
