// Byte offsets above 2^53 (issue 15 point 7a): mm_filemap_fault's `ofs=` / map_pages range is read
// exactly (a U64Id), survives both codecs, and gives the exact page index the kernel used; a value
// of 2^64 or more is a counted bad line with file, line and reason, and the rest still parses.
import { describe, expect, it } from 'vitest';
import {
  decodeEvent,
  decodeEventProtobufjs,
  encodeEvent,
  encodeEventProtobufjs,
} from '../../../src/codec/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { pageOfOffset } from '../../../src/events/index.js';
import { readLines } from './helpers.js';

const HEAD = '           mmapw-8513    [000] d..1.   480.3315';
const TWO_53 = 1n << 53n;

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

  it('offsets above 2^53 round-trip both codecs exactly, byte for byte alike', () => {
    for (const offset of [TWO_53 + 1n, (1n << 64n) - 1n, 4096]) {
      const e: CanonicalEvent = {
        captureId: 'c',
        seq: 1,
        ts: 5n as CanonicalEvent['ts'],
        cpu: 0,
        pid: 9,
        tgid: -1,
        comm: 'mmapw',
        line: 1,
        type: 'filemap_fault',
        data: {
          dev: (7 << 20) as never,
          ino: 12,
          offset,
          endOffset: offset,
          mapPages: true,
        },
      };
      const bytes = encodeEvent(e);
      expect(Buffer.from(bytes).toString('hex')).toBe(
        Buffer.from(encodeEventProtobufjs(e)).toString('hex'),
      );
      expect(decodeEvent(bytes)).toEqual(e);
      expect(decodeEventProtobufjs(bytes)).toEqual(e);
    }
  });
});
