/**
 * Protobuf wire primitives for the hand-tuned event codec: a growable write buffer with a
 * position cursor (platformatic `protocol/dynamic-buffer.ts` / `reader.ts`, STYLE.md §27) and a
 * read cursor over one chunk.
 *
 * Why not protobufjs on the hot path: its writer builds a linked list of operations per message
 * (`fork`/`ldelim` per sub-message) and every int64 goes through a `Long` object; its reader
 * allocates a `Long` per 64-bit field. Both cost several allocations per event, which caps
 * throughput far below the 1M lines/s ingest and 3M events/s replay targets. Here:
 * - numbers stay numbers: 64-bit varints are split into two uint32 halves (like protobufjs'
 *   `LongBits`) without allocating;
 * - `bigint`s are turned into numbers when they fit in 2^53 (addresses, timestamps almost always
 *   do), because bigint shifts and masks are slow;
 * - ASCII strings are copied with a `charCodeAt` loop (most strings are short ASCII: comm, phase,
 *   capture id); other strings go through Buffer's native UTF-8 writer;
 * - sub-message lengths are written by reserving one byte and shifting the body in the rare case
 *   it is 128 bytes or longer, instead of measuring first.
 * The trade-off is code that must mirror proto3 rules by hand (default omission, field order,
 * negative int32 as ten bytes); `test/unit/codec` checks byte equality with protobufjs.
 */
import { ReplayError } from '../errors.js';

const TWO_32 = 4294967296;
/** 2^64: the double `Number(ULLONG_MAX)` rounds to. */
const MAX_U64_NUMBER = 2 ** 64;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;
const MAX_U64_BIG = (1n << 64n) - 1n;
const MIN_I64_BIG = -(1n << 63n);
const MAX_I64_BIG = (1n << 63n) - 1n;

/**
 * The varint of an integer `v` in [0, 2^53) at `b[p]` (room is the caller's business); returns
 * the position after it. Below 2^32 the usual loop; above, the low 28 bits as four continued
 * bytes, then the rest (below 2^25) as int32 math: the same bytes as protobufjs' 64-bit varint
 * without its per-byte carry between two halves.
 */
export function putVarint53(b: Uint8Array, p: number, v: number): number {
  if (v > 0xffffffff) {
    // Division by 2^28 and floor are exact below 2^53, and far cheaper than `%` on a double
    // (a call to fmod): this runs for every record's timestamp.
    const hi = Math.floor(v / 268435456);
    const lo = v - hi * 268435456;
    v = hi;
    b[p++] = (lo & 127) | 128;
    b[p++] = ((lo >>> 7) & 127) | 128;
    b[p++] = ((lo >>> 14) & 127) | 128;
    b[p++] = ((lo >>> 21) & 127) | 128;
  }
  while (v > 127) {
    b[p++] = (v & 127) | 128;
    v >>>= 7;
  }
  b[p++] = v;
  return p;
}

/** -1 as a sign-extended (int32/int64) varint at `b[p]`: nine 0xff and 0x01. */
export function putMinusOne(b: Uint8Array, p: number): number {
  for (let i = 0; i < 9; i++) b[p++] = 0xff;
  b[p++] = 1;
  return p;
}

function codecError(reason: string, details: Record<string, unknown> = {}): ReplayError {
  return new ReplayError('RPL_CODEC', reason, { details: { reason, ...details } });
}

/**
 * A growable byte buffer written through a cursor. `finish()` views the bytes written so far;
 * `reset()` rewinds for reuse (the memory is kept, so a steady-state encoder allocates nothing).
 */
export class ByteWriter {
  buf: Buffer;
  pos = 0;

  constructor(initialSize = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(initialSize);
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    // Tiny so that it inlines everywhere; the rare growth is out of line.
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  private grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  reset(): void {
    this.pos = 0;
  }

  /** A view of the written bytes (valid until the next write or reset). */
  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  /** A tag or a uint32 value (0 <= v < 2^32). */
  varint32(v: number): void {
    this.ensure(5);
    const b = this.buf;
    let p = this.pos;
    while (v > 127) {
      b[p++] = (v & 127) | 128;
      v >>>= 7;
    }
    b[p++] = v;
    this.pos = p;
  }

  /** A 64-bit varint from its two uint32 halves (protobufjs `writeVarint64`). */
  varint64(lo: number, hi: number): void {
    this.ensure(10);
    const b = this.buf;
    let p = this.pos;
    while (hi !== 0) {
      b[p++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 127) {
      b[p++] = (lo & 127) | 128;
      lo >>>= 7;
    }
    b[p++] = lo;
    this.pos = p;
  }

  /** A varint of an integer in [2^32, 2^53) (ns timestamps, user addresses). */
  private varint53(v: number): void {
    this.ensure(8);
    this.pos = putVarint53(this.buf, this.pos, v);
  }

  /** proto `uint32` from a number; rejects what would wrap silently. */
  uint32(v: number, field: string): void {
    if (!(v >= 0 && v <= 0xffffffff && Number.isInteger(v))) throw outOfRange(field, v, 'uint32');
    this.varint32(v);
  }

  /** proto `int32`: negative values take ten bytes (sign-extended to 64 bits), as protobufjs. */
  int32(v: number, field: string): void {
    if (!(v >= -0x80000000 && v <= 0x7fffffff && Number.isInteger(v))) {
      throw outOfRange(field, v, 'int32');
    }
    if (v >= 0) this.varint32(v);
    else if (v === -1) this.minusOne();
    else this.varint64(v >>> 0, 0xffffffff);
  }

  /** -1 as a sign-extended varint (every event without a tgid column). */
  private minusOne(): void {
    this.ensure(10);
    this.pos = putMinusOne(this.buf, this.pos);
  }

  /** proto `uint64` from a number; values at or above 2^64 saturate (as `Long.fromNumber`). */
  uint64Number(v: number, field: string): void {
    if (v < TWO_32 && v >= 0 && Number.isInteger(v)) {
      this.varint32(v);
      return;
    }
    if (!(v >= 0 && Number.isInteger(v))) throw outOfRange(field, v, 'uint64');
    if (v <= Number.MAX_SAFE_INTEGER) {
      this.varint53(v);
      return;
    }
    if (v >= MAX_U64_NUMBER) {
      this.varint64(0xffffffff, 0xffffffff);
      return;
    }
    const lo = v % TWO_32;
    this.varint64(lo, (v - lo) / TWO_32);
  }

  /**
   * proto `int64` from a number. 2^63 (what `Number(LLONG_MAX)` gives, e.g. a writeback
   * `range_end`) saturates to 2^63 - 1, which reads back as the same double.
   */
  int64Number(v: number, field: string): void {
    if (v >= 0) {
      if (v < TWO_32 && Number.isInteger(v)) {
        this.varint32(v);
        return;
      }
      if (!Number.isInteger(v) || v > 9223372036854775808) throw outOfRange(field, v, 'int64');
      if (v === 9223372036854775808) {
        this.varint64(0xffffffff, 0x7fffffff);
        return;
      }
      const lo = v % TWO_32;
      this.varint64(lo, (v - lo) / TWO_32);
      return;
    }
    if (!Number.isInteger(v) || v < -9223372036854775808) throw outOfRange(field, v, 'int64');
    // Two's complement of |v| split in halves (protobufjs LongBits.fromNumber).
    const a = -v;
    let lo = a % TWO_32;
    let hi = (a - lo) / TWO_32;
    lo = (~lo >>> 0) + 1;
    hi = ~hi >>> 0;
    if (lo > 0xffffffff) {
      lo = 0;
      hi = (hi + 1) >>> 0;
    }
    this.varint64(lo, hi);
  }

  /** proto `uint64` from a bigint in [0, 2^64). */
  uint64Big(v: bigint, field: string): void {
    // A number here is a caller bug (the event model types this field as bigint): reject it
    // rather than encode it, so it cannot slip through as a non-canonical explicit zero.
    if (typeof v !== 'bigint') throw outOfRange(field, v, 'uint64 (bigint)');
    if (v <= MAX_SAFE_BIG && v >= 0n) {
      this.uint64Number(Number(v), field);
      return;
    }
    if (v < 0n || v > MAX_U64_BIG) throw outOfRange(field, v, 'uint64');
    this.varint64(Number(v & 0xffffffffn), Number(v >> 32n));
  }

  /**
   * proto `uint64` from a U64Id (inode number, page index): a safe number, or a bigint in
   * (2^53, 2^64). An unsafe number is refused: it is already a rounded value, not the kernel's.
   */
  uint64Id(v: number | bigint, field: string): void {
    if (typeof v === 'number') {
      if (v > Number.MAX_SAFE_INTEGER) throw outOfRange(field, v, 'uint64 (exact number)');
      this.uint64Number(v, field);
      return;
    }
    if (!(v > MAX_SAFE_BIG && v <= MAX_U64_BIG)) throw outOfRange(field, v, 'uint64 id (bigint)');
    this.varint64(Number(v & 0xffffffffn), Number(v >> 32n));
  }

  /**
   * proto `int64` from an I64Exact (a byte offset, a page count): a safe number, or a bigint in
   * [-2^63, 2^63) beyond it. An unsafe number is refused: it is already rounded, not the kernel's.
   */
  int64Exact(v: number | bigint, field: string): void {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw outOfRange(field, v, 'int64 (exact number)');
      this.int64Number(v, field);
      return;
    }
    if (v <= MAX_SAFE_BIG && v >= MIN_SAFE_BIG) throw outOfRange(field, v, 'int64 exact (bigint)');
    this.int64Big(v, field);
  }

  /** proto `int64` from a bigint in [-2^63, 2^63). */
  int64Big(v: bigint, field: string): void {
    if (typeof v !== 'bigint') throw outOfRange(field, v, 'int64 (bigint)');
    if (v <= MAX_SAFE_BIG && v >= MIN_SAFE_BIG) {
      this.int64Number(Number(v), field);
      return;
    }
    if (v < MIN_I64_BIG || v > MAX_I64_BIG) throw outOfRange(field, v, 'int64');
    const u = BigInt.asUintN(64, v);
    this.varint64(Number(u & 0xffffffffn), Number(u >> 32n));
  }

  /** A length-prefixed UTF-8 string. */
  string(s: string): void {
    this.stringRange(s, 0, s.length);
  }

  /**
   * `s.slice(from, to)` as a length-prefixed UTF-8 string, without making the slice (the ingest
   * path writes fields straight from the decoded text).
   */
  stringRange(s: string, from: number, to: number): void {
    const n = to - from;
    if (n < 43) {
      // At most 42 UTF-16 units -> at most 126 UTF-8 bytes: a one-byte length prefix.
      this.ensure(n * 3 + 1);
      const b = this.buf;
      const start = this.pos + 1;
      let p = start;
      let i = from;
      for (; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        b[p++] = c;
      }
      if (i < to) p = start + b.write(s.slice(from, to), start, 'utf8');
      b[start - 1] = p - start;
      this.pos = p;
      return;
    }
    const t = from === 0 && to === s.length ? s : s.slice(from, to);
    const len = Buffer.byteLength(t, 'utf8');
    this.varint32(len);
    this.ensure(len);
    this.buf.write(t, this.pos, 'utf8');
    this.pos += len;
  }

  /** Raw bytes, no prefix. */
  bytes(src: Uint8Array): void {
    this.ensure(src.length);
    this.buf.set(src, this.pos);
    this.pos += src.length;
  }

  /**
   * Starts a length-delimited field body: reserves one length byte and returns the body start
   * for `endDelimited`.
   */
  beginDelimited(): number {
    this.ensure(1);
    return ++this.pos;
  }

  /** Writes the body length before the body, shifting the body when the length needs >1 byte. */
  endDelimited(start: number): void {
    const len = this.pos - start;
    if (len < 128) {
      this.buf[start - 1] = len;
      return;
    }
    let extra = 1;
    for (let v = len >>> 14; v > 0; v >>>= 7) extra++;
    this.ensure(extra);
    this.buf.copyWithin(start + extra, start, this.pos);
    let p = start - 1;
    let v = len;
    while (v > 127) {
      this.buf[p++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.buf[p] = v;
    this.pos += extra;
  }
}

function tooLong(position: number): ReplayError {
  return codecError(`varint longer than 10 bytes at byte ${position}`, { position });
}

function outOfRange(field: string, v: number | bigint, type: string): ReplayError {
  return codecError(`field ${field}: ${String(v)} is not a valid ${type}`, { field });
}

const EMPTY = Buffer.alloc(0);

/** Cache size for short decoded strings (a power of two). */
const STRING_CACHE_SIZE = 1024;
const STRING_CACHE_MAX_LEN = 48;

/**
 * A read cursor over one chunk. Strings up to 48 bytes are interned through a small
 * direct-mapped cache keyed by a hash of their bytes: comm, capture id, phase and kind names
 * repeat on nearly every event, and reusing the string avoids both the UTF-8 decode and the
 * allocation (STYLE.md §26).
 */
export class ByteReader {
  buf: Buffer = EMPTY;
  pos = 0;
  end = 0;
  /** Scratch for 64-bit varints: the two halves of the last `varint64()`. */
  lo = 0;
  hi = 0;
  private readonly cacheBytes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(
    STRING_CACHE_SIZE,
  ).fill(undefined);
  private readonly cacheStrings: string[] = new Array<string>(STRING_CACHE_SIZE).fill('');
  private source: Uint8Array | undefined;

  /** Points the cursor at `bytes[start, end)`. */
  reset(bytes: Uint8Array, start: number, end: number): void {
    if (bytes !== this.source) {
      this.source = bytes;
      this.buf = Buffer.isBuffer(bytes)
        ? bytes
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    this.pos = start;
    this.end = end;
  }

  /** Drops the reference to the last chunk (so a long-lived reader does not pin it). */
  release(): void {
    this.source = undefined;
    this.buf = EMPTY;
  }

  truncated(what: string): ReplayError {
    return codecError(`truncated ${what} at byte ${this.pos}`, { position: this.pos });
  }

  /**
   * A varint's low 32 bits, unsigned (reads and drops up to 10 bytes, as protobufjs). Unrolled
   * with shifts: this is the most called function of the decoder (every tag and most values).
   */
  varint32(): number {
    const b = this.buf;
    let p = this.pos;
    if (p + 10 > this.end) return this.varint32Checked();
    let c = b[p++]!;
    let v = c & 127;
    if (c < 128) {
      this.pos = p;
      return v;
    }
    c = b[p++]!;
    v |= (c & 127) << 7;
    if (c < 128) {
      this.pos = p;
      return v;
    }
    c = b[p++]!;
    v |= (c & 127) << 14;
    if (c < 128) {
      this.pos = p;
      return v;
    }
    c = b[p++]!;
    v |= (c & 127) << 21;
    if (c < 128) {
      this.pos = p;
      return v;
    }
    c = b[p++]!;
    v = (v | ((c & 15) << 28)) >>> 0;
    // Bytes 6..10 only carry bits above 32: skip them.
    for (let i = 0; c >= 128 && i < 5; i++) c = b[p++]!;
    if (c >= 128) throw tooLong(p - 10);
    this.pos = p;
    return v;
  }

  /** `varint32` near the end of the range: checks every byte. */
  private varint32Checked(): number {
    const b = this.buf;
    let p = this.pos;
    const end = this.end;
    let v = 0;
    for (let i = 0; i < 10; i++) {
      if (p >= end) throw this.truncated('varint');
      const c = b[p++]!;
      if (i < 4) v |= (c & 127) << (7 * i);
      else if (i === 4) v = (v | ((c & 15) << 28)) >>> 0;
      if (c < 128) {
        this.pos = p;
        return v >>> 0;
      }
    }
    throw tooLong(p - 10);
  }

  /** A 64-bit varint into `lo`/`hi`. */
  varint64(): void {
    const b = this.buf;
    let p = this.pos;
    const end = this.end;
    let lo = 0;
    let hi = 0;
    let i = 0;
    // First four bytes: bits 0..27 of lo.
    for (; i < 4; i++) {
      if (p >= end) throw this.truncated('varint');
      const c = b[p++]!;
      lo = (lo | ((c & 127) << (i * 7))) >>> 0;
      if (c < 128) {
        this.pos = p;
        this.lo = lo;
        this.hi = 0;
        return;
      }
    }
    // Fifth byte: bits 28..31 of lo and 0..2 of hi.
    if (p >= end) throw this.truncated('varint');
    let c = b[p++]!;
    lo = (lo | ((c & 127) << 28)) >>> 0;
    hi = (c & 127) >> 4;
    if (c < 128) {
      this.pos = p;
      this.lo = lo;
      this.hi = hi;
      return;
    }
    for (i = 0; i < 5; i++) {
      if (p >= end) throw this.truncated('varint');
      c = b[p++]!;
      hi = (hi | ((c & 127) << (i * 7 + 3))) >>> 0;
      if (c < 128) {
        this.pos = p;
        this.lo = lo;
        this.hi = hi;
        return;
      }
    }
    throw codecError(`varint longer than 10 bytes at byte ${this.pos}`, { position: this.pos });
  }

  int32(): number {
    return this.varint32() | 0;
  }

  bool(): boolean {
    return this.varint32() !== 0;
  }

  /** uint64 as a number (exact below 2^53). */
  uint64Number(): number {
    this.varint64();
    return this.hi * TWO_32 + this.lo;
  }

  /** int64 as a number (exact within +-2^53). */
  int64Number(): number {
    this.varint64();
    const hi = this.hi;
    if (hi >>> 31 === 0) return hi * TWO_32 + this.lo;
    return -((~hi >>> 0) * TWO_32 + (~this.lo >>> 0) + 1);
  }

  /** uint64 as a U64Id: a number below 2^53 (no bigint on the common path), else exact. */
  uint64Id(): number | bigint {
    this.varint64();
    const hi = this.hi;
    if (hi < 0x200000) return hi * TWO_32 + this.lo;
    return (BigInt(hi) << 32n) | BigInt(this.lo);
  }

  uint64Big(): bigint {
    this.varint64();
    const hi = this.hi;
    if (hi < 0x200000) return BigInt(hi * TWO_32 + this.lo);
    return (BigInt(hi) << 32n) | BigInt(this.lo);
  }

  /** int64 as an I64Exact: a number within +-(2^53 - 1) (no bigint on the common path), else exact. */
  int64Exact(): number | bigint {
    this.varint64();
    const hi = this.hi;
    // Below 2^53 (hi < 2^21), or -2^53 < v < 0 (hi > 0xffe00000, or equal with lo above 0).
    if (hi < 0x200000) return hi * TWO_32 + this.lo;
    if (hi > 0xffe00000 || (hi === 0xffe00000 && this.lo > 0))
      return -((~hi >>> 0) * TWO_32 + (~this.lo >>> 0) + 1);
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(this.lo));
  }

  int64Big(): bigint {
    this.varint64();
    const hi = this.hi;
    if (hi < 0x200000) return BigInt(hi * TWO_32 + this.lo);
    if (hi >= 0xffe00000) return BigInt(-((~hi >>> 0) * TWO_32 + (~this.lo >>> 0) + 1));
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(this.lo));
  }

  /** End of a length-delimited body starting at the cursor. */
  delimitedEnd(): number {
    const len = this.varint32();
    const end = this.pos + len;
    if (end > this.end) throw this.truncated(`length-delimited field of ${len} bytes`);
    return end;
  }

  string(): string {
    const end = this.delimitedEnd();
    const start = this.pos;
    this.pos = end;
    const len = end - start;
    if (len === 0) return '';
    const b = this.buf;
    if (len > STRING_CACHE_MAX_LEN) return b.toString('utf8', start, end);
    const h =
      (len * 31 + b[start]! * 7 + b[end - 1]! * 131 + b[start + (len >>> 1)]! * 17) &
      (STRING_CACHE_SIZE - 1);
    const cached = this.cacheBytes[h];
    if (cached?.length === len) {
      let i = 0;
      while (i < len && cached[i] === b[start + i]) i++;
      if (i === len) return this.cacheStrings[h]!;
    }
    const s = b.toString('utf8', start, end);
    this.cacheBytes[h] = Uint8Array.prototype.slice.call(b, start, end);
    this.cacheStrings[h] = s;
    return s;
  }

  /** Skips a field of the given wire type (unknown fields are ignored, proto3 rules). */
  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint64();
        return;
      case 1:
        this.advance(8);
        return;
      case 2:
        this.pos = this.delimitedEnd();
        return;
      case 5:
        this.advance(4);
        return;
      case 3: {
        // Deprecated group: skip nested fields until the matching end-group tag.
        for (;;) {
          if (this.pos >= this.end) throw this.truncated('group');
          const tag = this.varint32();
          const wt = tag & 7;
          if (wt === 4) return;
          this.skip(wt);
        }
      }
      default:
        throw codecError(`invalid wire type ${wireType} at byte ${this.pos}`, {
          position: this.pos,
        });
    }
  }

  private advance(n: number): void {
    if (this.pos + n > this.end) throw this.truncated(`${n}-byte field`);
    this.pos += n;
  }
}

export { codecError };
