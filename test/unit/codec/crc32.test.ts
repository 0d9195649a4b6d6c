import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { crc32, frameRecords } from '../../../src/codec/index.js';
import { nativeRecordFrames } from '../../../src/codec/crc32.js';
import { Rng } from './random-events.js';

test('crc32 equals zlib.crc32 on every length 0..300 and random ranges', () => {
  const rng = new Rng(5);
  const buf = Buffer.alloc(5000);
  for (let i = 0; i < buf.length; i++) buf[i] = rng.int(256);
  for (let len = 0; len <= 300; len++) {
    const start = rng.int(100);
    expect(crc32(buf, start, start + len)).toBe(zlibCrc32(buf.subarray(start, start + len)));
  }
  expect(crc32(buf)).toBe(zlibCrc32(buf));
  // The well-known check value of CRC-32/ISO-HDLC.
  expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
});

describe('frameRecords', () => {
  /** A batch of random records with 8 bytes of headroom each, and its starts. */
  function batch(seed: number, count: number): { buf: Buffer; starts: Uint32Array } {
    const rng = new Rng(seed);
    const starts = new Uint32Array(count + 1);
    let at = 0;
    for (let i = 0; i < count; i++) {
      starts[i] = at;
      at += 8 + rng.int(i % 7 === 0 ? 700 : 120);
    }
    starts[count] = at;
    const buf = Buffer.alloc(at);
    for (let i = 0; i < at; i++) buf[i] = rng.int(256);
    return { buf, starts };
  }

  test('uses the native framing when it is built (FAULTREPLAY_NATIVE=0 turns it off)', () => {
    expect(nativeRecordFrames).toBe(process.env['FAULTREPLAY_NATIVE'] !== '0');
  });

  test('writes [u32 LE length][u32 LE zlib crc32] before each record, natively and in JS', () => {
    const a = batch(11, 500);
    const b = { buf: Buffer.from(a.buf), starts: a.starts };
    frameRecords(a.buf, a.starts, 0, 500);
    frameRecords(b.buf, b.starts, 0, 500, false);
    expect(a.buf.equals(b.buf)).toBe(true);
    for (let i = 0; i < 500; i++) {
      const s = a.starts[i]!;
      const e = a.starts[i + 1]!;
      expect(a.buf.readUInt32LE(s)).toBe(e - s - 8);
      expect(a.buf.readUInt32LE(s + 4)).toBe(zlibCrc32(a.buf.subarray(s + 8, e)));
    }
  });

  test('frames only the records asked for', () => {
    const a = batch(12, 10);
    const before = Buffer.from(a.buf);
    frameRecords(a.buf, a.starts, 3, 5);
    expect(a.buf.subarray(0, a.starts[3]).equals(before.subarray(0, a.starts[3]))).toBe(true);
    expect(a.buf.subarray(a.starts[5]).equals(before.subarray(a.starts[5]))).toBe(true);
    expect(a.buf.readUInt32LE(a.starts[4])).toBe(a.starts[5]! - a.starts[4]! - 8);
  });

  test('rejects bounds outside the buffer either way, writing nothing out of range', () => {
    const buf = Buffer.alloc(20);
    for (const useNative of [true, false]) {
      expect(() => {
        frameRecords(buf, Uint32Array.of(0, 40), 0, 1, useNative);
      }).toThrow(RangeError);
      expect(() => {
        frameRecords(buf, Uint32Array.of(0, 4), 0, 1, useNative);
      }).toThrow(RangeError);
    }
  });
});
