/**
 * CRC-32 (IEEE 802.3, the zlib/gzip polynomial) over a byte range, slice-by-8.
 *
 * Why not `zlib.crc32`: the log checksums every record (~80 bytes), and for inputs that small
 * the native call plus the `subarray` view it needs cost more than the checksum itself (measured:
 * ~150 ns native vs ~60-90 ns here per 80-byte record, and no allocation). The result is
 * identical to `zlib.crc32` (tested).
 */
import { loadAddon } from '../native/load-addon.js';
import { RECORD_HEADROOM } from './encoded-batch.js';

const TABLES = new Int32Array(8 * 256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLES[n] = c;
}
for (let n = 0; n < 256; n++) {
  let c = TABLES[n]!;
  for (let t = 1; t < 8; t++) {
    c = TABLES[c & 255]! ^ (c >>> 8);
    TABLES[t * 256 + n] = c;
  }
}

/** crc32 of `b[start, end)`, as an unsigned 32-bit number. */
export function crc32(b: Uint8Array, start = 0, end = b.length): number {
  const t = TABLES;
  let c = -1;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const lo = c ^ (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24));
    const hi = b[i + 4]! | (b[i + 5]! << 8) | (b[i + 6]! << 16) | (b[i + 7]! << 24);
    c =
      t[1792 + (lo & 255)]! ^
      t[1536 + ((lo >>> 8) & 255)]! ^
      t[1280 + ((lo >>> 16) & 255)]! ^
      t[1024 + (lo >>> 24)]! ^
      t[768 + (hi & 255)]! ^
      t[512 + ((hi >>> 8) & 255)]! ^
      t[256 + ((hi >>> 16) & 255)]! ^
      t[hi >>> 24]!;
  }
  for (; i < end; i++) c = t[(c ^ b[i]!) & 255]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

interface NativeRecordFrames {
  frame(buf: Uint8Array, starts: Uint32Array, from: number, to: number): void;
  readonly LAYOUT: number;
}
const native = loadAddon('record-frames', 1) as NativeRecordFrames | undefined;

/** True when `frameRecords` uses native/record-frames.c. */
export const nativeRecordFrames: boolean = native !== undefined;

/**
 * Writes the file log's frame, `[u32 LE length][u32 LE crc32(record)]`, into the 8 bytes of
 * headroom before each of the records `from..to-1` (record i is `buf[starts[i] + 8,
 * starts[i + 1])`). In native code when native/record-frames.c is built (a third of the cost:
 * one call per batch instead of a JavaScript CRC per record), else here; same bytes.
 */
export function frameRecords(
  buf: Uint8Array,
  starts: ArrayLike<number>,
  from: number,
  to: number,
  useNative = true,
): void {
  if (useNative && native !== undefined && starts instanceof Uint32Array) {
    native.frame(buf, starts, from, to);
    return;
  }
  for (let i = from; i < to; i++) frameRecord(buf, starts[i]!, starts[i + 1]!);
}

/** `frameRecords` for one record, `buf[start + 8, end)`, in JavaScript. */
export function frameRecord(buf: Uint8Array, start: number, end: number): void {
  if (end < start + RECORD_HEADROOM || end > buf.length) {
    throw new RangeError("frameRecords: a record's bounds are outside the buffer");
  }
  const len = end - start - RECORD_HEADROOM;
  const crc = crc32(buf, start + RECORD_HEADROOM, end);
  // Plain byte stores: Buffer#writeUInt32LE's argument checks cost more than the stores.
  buf[start] = len;
  buf[start + 1] = len >>> 8;
  buf[start + 2] = len >>> 16;
  buf[start + 3] = len >>> 24;
  buf[start + 4] = crc;
  buf[start + 5] = crc >>> 8;
  buf[start + 6] = crc >>> 16;
  buf[start + 7] = crc >>> 24;
}
