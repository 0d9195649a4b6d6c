/**
 * 64-bit identifiers (inode numbers, page indexes) through the codec (issue 15 point 7): exact
 * up to 2^64 - 1, a number below 2^53 and a bigint only above, and never a rounded double on
 * the wire.
 */
import { describe, expect, test } from 'vitest';
import {
  decodeEvent,
  decodeEventProtobufjs,
  encodeEvent,
  encodeEventProtobufjs,
} from '../../../src/codec/index.js';
import type { CanonicalEvent, DevT, U64Id } from '../../../src/events/index.js';
import { asTimestampNs } from '../../../src/events/index.js';

const U64_MAX = (1n << 64n) - 1n;

function pageDirtied(ino: U64Id, index: U64Id): CanonicalEvent {
  return {
    captureId: 'c',
    seq: 3,
    ts: asTimestampNs(1_000n),
    cpu: 1,
    pid: 42,
    tgid: -1,
    comm: 'mmwork',
    line: 7,
    type: 'page_dirtied',
    data: { dev: (7 << 20) as DevT, ino, index, legacyPageEvent: false },
  };
}

describe('U64Id fields in the codec', () => {
  test.each([
    ['2^64 - 1', U64_MAX],
    ['2^63 + 1', (1n << 63n) + 1n],
    ['2^63 + 3', (1n << 63n) + 3n],
    ['2^53 + 1', (1n << 53n) + 1n],
  ])('ino and index %s round-trip exactly, as protobufjs encodes them', (_name, v) => {
    const e = pageDirtied(v, v);
    const bytes = encodeEvent(e);
    expect(Buffer.from(bytes).toString('hex')).toBe(
      Buffer.from(encodeEventProtobufjs(e)).toString('hex'),
    );
    const back = decodeEvent(bytes);
    expect(back).toEqual(e);
    expect(decodeEventProtobufjs(bytes)).toEqual(e);
    if (back.type !== 'page_dirtied') throw new Error(back.type);
    expect(back.data.ino).toBe(v);
  });

  test('2^63 + 1 and 2^63 + 3 stay two values (as doubles they are one)', () => {
    const a = decodeEvent(encodeEvent(pageDirtied((1n << 63n) + 1n, 0)));
    const b = decodeEvent(encodeEvent(pageDirtied((1n << 63n) + 3n, 0)));
    if (a.type !== 'page_dirtied' || b.type !== 'page_dirtied') throw new Error('type');
    expect(a.data.ino).not.toBe(b.data.ino);
    expect(String(a.data.ino)).toBe('9223372036854775809');
    expect(String(b.data.ino)).toBe('9223372036854775811');
  });

  test('values below 2^53 decode as numbers (the replay hot path stays number-only)', () => {
    for (const v of [0, 1, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
      const back = decodeEvent(encodeEvent(pageDirtied(v, v)));
      if (back.type !== 'page_dirtied') throw new Error(back.type);
      expect(typeof back.data.ino).toBe('number');
      expect(typeof back.data.index).toBe('number');
      expect(back.data.ino).toBe(v);
    }
  });

  test('an unsafe number (already rounded) is refused, not written as a nearby value', () => {
    expect(() => encodeEvent(pageDirtied(2 ** 63, 0))).toThrow(/PageDirtied\.ino/);
    expect(() => encodeEvent(pageDirtied(0, 2 ** 60))).toThrow(/PageDirtied\.index/);
  });
});
