import { crc32 as zlibCrc32 } from 'node:zlib';
import { expect, test } from 'vitest';
import { crc32 } from '../../../src/codec/index.js';
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
