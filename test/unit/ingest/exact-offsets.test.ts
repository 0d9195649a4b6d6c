// Byte offsets above 2^53 (issue 15 point 7a): mm_filemap_fault's `ofs=` / map_pages range,
// iomap's offset / length / size (U64Id), writepages' nr_to_write / range_start / range_end and
// fallocate's and sync_file_range's loff_t values (I64Exact) are read exactly, survive both
// codecs, and give the exact page index the kernel used; a value the field cannot hold is a
// counted bad line with file, line and reason, and the rest still parses.
import { describe, expect, it } from 'vitest';
import {
  decodeEvent,
  decodeEventProtobufjs,
  encodeEvent,
  encodeEventProtobufjs,
} from '../../../src/codec/index.js';
import type { CanonicalEvent, DevT, TimestampNs } from '../../../src/events/index.js';
import {
  isWholeFileEnd,
  lastPageOfRange,
  LLONG_MAX,
  pageOfOffset,
} from '../../../src/events/index.js';
import { readLines } from './helpers.js';

const HEAD = '           mmapw-8513    [000] d..1.   480.3315';
const TWO_53 = 1n << 53n;

const DEV = (7 << 20) as DevT;
const ENVELOPE = {
  captureId: 'c',
  seq: 1,
  ts: 5n as TimestampNs,
  cpu: 0,
  pid: 9,
  tgid: -1,
  comm: 'mmapw',
  line: 1,
} as const;

/** Both codecs write the same bytes for `e`, and both read it back unchanged. */
function expectExactRoundTrip(e: CanonicalEvent): void {
  const bytes = encodeEvent(e);
  expect(Buffer.from(bytes).toString('hex')).toBe(
    Buffer.from(encodeEventProtobufjs(e)).toString('hex'),
  );
  expect(decodeEvent(bytes)).toEqual(e);
  expect(decodeEventProtobufjs(bytes)).toEqual(e);
}

const filemap = (e: CanonicalEvent | undefined): { offset: unknown; endOffset: unknown } => {
  if (e?.type !== 'filemap_fault') throw new Error(`not a filemap_fault: ${e?.type}`);
  return { offset: e.data.offset, endOffset: e.data.endOffset };
};

describe('exact byte offsets at ingest', () => {
  it('ofs 2^53+1 and 2^53+4096 are read exactly and name two pages', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: mm_filemap_fault: dev=7:2 ino=c ofs=${TWO_53 + 1n}`,
      `${HEAD}24: mm_filemap_fault: dev=7:2 ino=c ofs=${TWO_53 + 4096n}`,
      `${HEAD}25: mm_filemap_map_pages: dev=7:2 ino=c ofs=${TWO_53}-${(1n << 54n) - 1n}`,
      `${HEAD}26: mm_filemap_fault: dev=7:2 ino=c ofs=8192`,
    ]);
    expect(reader.stats.issues).toEqual([]);
    const [a, b, range, small] = events.filter((e) => e.type !== 'header').map(filemap);
    expect(a!.offset).toBe(TWO_53 + 1n);
    expect(b!.offset).toBe(TWO_53 + 4096n);
    expect(range).toEqual({ offset: TWO_53, endOffset: (1n << 54n) - 1n });
    // The common case stays a number (no bigint on the hot path).
    expect(small).toEqual({ offset: 8192, endOffset: 0 });
    expect([a, b].map((f) => pageOfOffset(f!.offset as bigint))).toEqual([2 ** 41, 2 ** 41 + 1]);
    // 2^54 - 1 as a double is 2^54, one page further: the shift must be on the exact value.
    expect(pageOfOffset(range!.endOffset as bigint)).toBe(2 ** 42 - 1);
    expect(pageOfOffset(8192)).toBe(2);
  });

  it('a filemap offset of 2^64 is a counted bad line naming file, line and reason', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: mm_filemap_fault: dev=7:2 ino=c ofs=18446744073709551616`,
      `${HEAD}24: mm_filemap_fault: dev=7:2 ino=c ofs=18446744073709547520`,
    ]);
    expect(reader.stats.issues.map((i) => [i.file, i.line])).toEqual([[reader.stats.path, 1]]);
    expect(reader.stats.issues[0]!.reason).toMatch(
      /mm_filemap_fault: a number does not fit 64 bits/,
    );
    const data = events.filter((e) => e.type !== 'header');
    expect(data.map((e) => e.type)).toEqual(['generic', 'filemap_fault']);
    // 2^64 - 4096, the last page offset, is kept (index 2^52 - 1).
    expect(filemap(data[1]).offset).toBe((1n << 64n) - 4096n);
  });

  it('writepages nr_to_write LONG_MAX and range_end LLONG_MAX are exact, not 2^63', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: ext4_writepages: dev 7,2 ino 12 nr_to_write ${LLONG_MAX} pages_skipped 0 range_start 0 range_end ${LLONG_MAX} sync_mode 1 for_kupdate 0 range_cyclic 0 writeback_index 0`,
      // msync of a range ending on the last byte of a page above 2^53: as a double the end is
      // 2^54, one page further.
      `${HEAD}24: ext4_writepages: dev 7,2 ino 12 nr_to_write 1024 pages_skipped 0 range_start ${TWO_53 + 4096n} range_end ${(1n << 54n) - 1n} sync_mode 1 for_kupdate 0 range_cyclic 0 writeback_index 0`,
      `${HEAD}25: ext4_da_write_folios_start: dev 7,2 ino 12 start_pos 0x20000000001000 next_pos 0x20000000003000 nr_to_write ${LLONG_MAX} sync_mode 1`,
      `${HEAD}26: ext4_da_write_pages: dev 7,2 ino 12 first_page 2199023255553 nr_to_write 7 sync_mode 1`,
      `${HEAD}27: writeback_single_inode_start: bdi 7:0: ino=12 state=I_DIRTY_PAGES|I_SYNC dirtied_when=4295 age=0 index=0 to_write=${LLONG_MAX} wrote=0 cgroup_ino=1`,
    ]);
    expect(reader.stats.issues).toEqual([]);
    const starts = events.filter((e) => e.type === 'writepages_start').map((e) => e.data);
    expect(starts.map((d) => [d.nrToWrite, d.rangeStart, d.rangeEnd])).toEqual([
      [LLONG_MAX, 0, LLONG_MAX],
      [1024, TWO_53 + 4096n, (1n << 54n) - 1n],
      [LLONG_MAX, TWO_53 + 4096n, TWO_53 + 3n * 4096n],
      // first_page << 12, exactly: 2^41 + 1 pages is 2^53 + 4096 bytes.
      [7, TWO_53 + 4096n, 0],
      [LLONG_MAX, 0, 0],
    ]);
    expect(pageOfOffset(starts[1]!.rangeEnd)).toBe(2 ** 42 - 1);
    expect(isWholeFileEnd(starts[0]!.rangeEnd)).toBe(true);
    expect(isWholeFileEnd(starts[1]!.rangeEnd)).toBe(false);
  });

  it('iomap offsets and lengths, fallocate and sync_file_range loff_t values are exact', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: iomap_writeback_folio: dev 7:0 ino 0x8a size 0x40000000000000 offset 0x20000000001000 length 0x1000`,
      `${HEAD}24: iomap_add_to_ioend: dev 7:0 ino 0x8a bdev 7:0 pos 0x20000000001000 dirty len 0x2000 addr 0x2315000 offset 0x0 length 0x1000000 type UNWRITTEN (0x3) flags DIRTY (0x2)`,
      `${HEAD}25: sys_fallocate(fd: 3, mode: 0, offset: 0x20000000000001, len: 0x1fffffffffffff)`,
      `${HEAD}26: sys_sync_file_range(fd: 3, offset: 0x20000000000001, nbytes: 0xffffffffffffffff, flags: 2)`,
    ]);
    expect(reader.stats.issues).toEqual([]);
    const data = events.filter((e) => e.type !== 'header').map((e) => e.data);
    expect(data[0]).toMatchObject({ size: 1n << 54n, offset: TWO_53 + 4096n, length: 4096 });
    expect(data[1]).toMatchObject({ offset: TWO_53 + 4096n, length: 8192 });
    expect(data[2]).toMatchObject({ offset: TWO_53 + 1n, len: Number.MAX_SAFE_INTEGER });
    // The register's 0xfff...f is the loff_t -1, as the kernel reads the argument.
    expect(data[3]).toMatchObject({ offset: TWO_53 + 1n, nbytes: -1 });
    // 2^53 + 1 + 2^53 - 1 = 2^54 bytes: the range's last byte is in page 2^42 - 1.
    expect(lastPageOfRange(TWO_53 + 1n, Number.MAX_SAFE_INTEGER)).toBe(2 ** 42 - 1);
  });

  it('a value no int64 field holds is a counted bad line, never a changed value', async () => {
    const { reader, events } = await readLines([
      `${HEAD}23: ext4_writepages: dev 7,2 ino 12 nr_to_write 1024 pages_skipped 0 range_start 0 range_end ${1n << 63n} sync_mode 1 for_kupdate 0 range_cyclic 0 writeback_index 0`,
      `${HEAD}24: ext4_da_write_folios_start: dev 7,2 ino 12 start_pos 0x8000000000000000 next_pos 0x8000000000001000 nr_to_write 1 sync_mode 1`,
      `${HEAD}25: iomap_writeback_folio: dev 7:0 ino 0x8a size 0x1000 offset 0x10000000000000000 length 0x1000`,
      `${HEAD}26: ext4_writepages: dev 7,2 ino 12 nr_to_write ${LLONG_MAX} pages_skipped 0 range_start 0 range_end ${LLONG_MAX} sync_mode 1 for_kupdate 0 range_cyclic 0 writeback_index 0`,
    ]);
    expect(reader.stats.payloadMismatch).toBe(3);
    expect(reader.stats.issues.map((i) => [i.line, i.reason])).toEqual([
      [1, expect.stringMatching(/ext4_writepages: a number does not fit a signed 64-bit field/)],
      [2, expect.stringMatching(/ext4_da_write_folios_start: a number does not fit a signed/)],
      [3, expect.stringMatching(/iomap_writeback_folio: a number does not fit 64 bits/)],
    ]);
    const types = events.filter((e) => e.type !== 'header').map((e) => e.type);
    expect(types).toEqual(['generic', 'generic', 'generic', 'writepages_start']);
  });

  it('offsets above 2^53 round-trip both codecs exactly, byte for byte alike', () => {
    for (const offset of [TWO_53 + 1n, (1n << 64n) - 1n, 4096]) {
      expectExactRoundTrip({
        ...ENVELOPE,
        type: 'filemap_fault',
        data: { dev: DEV, ino: 12, offset, endOffset: offset, mapPages: true },
      });
    }
  });

  it('signed exact values (LLONG_MAX, LLONG_MIN, 2^53 + 1, -2^53) round-trip both codecs', () => {
    for (const v of [
      LLONG_MAX,
      -LLONG_MAX - 1n,
      TWO_53 + 1n,
      -TWO_53,
      -Number.MAX_SAFE_INTEGER,
      5,
    ]) {
      expectExactRoundTrip({
        ...ENVELOPE,
        type: 'writepages_start',
        data: {
          dev: DEV,
          ino: 12,
          nrToWrite: v,
          rangeStart: v,
          rangeEnd: v,
          syncMode: 1,
          forKupdate: false,
          source: 'ext4_writepages',
        },
      });
    }
  });
});
