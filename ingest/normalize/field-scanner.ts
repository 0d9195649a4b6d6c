/**
 * A cursor over one event payload, for the normaliser's per-event field extraction. Fields are
 * read left to right in the order the kernel's TP_printk prints them: `seek(' ino ')` moves past
 * the next occurrence of a key (String.indexOf, native and fast), then `dec()` / `hex()` / `dev()`
 * read the value with charCodeAt loops. Any failed read clears `ok`; the caller checks `ok` once
 * at the end and falls back to a generic event instead of guessing.
 *
 * The payload is the range `s[from, end)` of the text it was read from (the decoded block):
 * character loops over that flat string are ~3x faster than over a sliced payload string, which
 * V8 reads through an indirection per character. Nothing is read at or past `end`.
 */
import {
  i64Exact,
  LLONG_MAX,
  makeDev,
  MAX_DEV_MAJOR,
  MAX_DEV_MINOR,
  u64Id,
  type DevT,
  type I64Exact,
  type U64Id,
} from '../../src/events/index.js';

const D0 = 0x30;
const TWO_64 = 1n << 64n;
const D9 = 0x39;

/** Value of a hex digit, or -1. */
function hexVal(c: number): number {
  if (c >= D0 && c <= D9) return c - D0;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

export class FieldScanner {
  s = '';
  p = 0;
  /** Where the payload ends in `s`. */
  end = 0;
  ok = true;
  /**
   * Set with `ok` cleared when a number did not fit 64 bits (>= 2^64): no field of the event log
   * holds it, and a clamped or rounded value would be a different number, so the event is refused
   * (kept as generic, counted with its line) instead.
   */
  outOfRange = false;
  /** Why `outOfRange` was set (the ingest issue's reason). */
  rangeReason = '';

  /** Starts on the payload `s[from, end)` (the whole of `s` by default). */
  reset(s: string, from = 0, end = s.length): this {
    this.s = s;
    this.p = from;
    this.end = end;
    this.ok = true;
    this.outOfRange = false;
    this.rangeReason = '';
    return this;
  }

  /** Where `key` next starts within the payload, or -1. */
  private find(key: string): number {
    const i = this.s.indexOf(key, this.p);
    return i === -1 || i + key.length > this.end ? -1 : i;
  }

  /** Moves past the next `key`; clears `ok` when it is absent. */
  seek(key: string): this {
    const i = this.find(key);
    if (i === -1) {
      this.ok = false;
    } else {
      this.p = i + key.length;
    }
    return this;
  }

  /** True (and moves past it) when `key` is next after optional spaces. */
  tryLiteral(key: string): boolean {
    let p = this.p;
    while (p < this.end && this.s.charCodeAt(p) === 0x20) p++;
    if (p + key.length <= this.end && this.s.startsWith(key, p)) {
      this.p = p + key.length;
      return true;
    }
    return false;
  }

  /**
   * Like seek, but leaves `ok` alone and returns whether the key was found. (For optional keys:
   * searched within the payload only, as an absent key would otherwise be searched for through
   * the rest of the block.)
   */
  has(key: string): boolean {
    const s = this.s;
    const last = this.end - key.length;
    const first = key.charCodeAt(0);
    for (let i = this.p; i <= last; i++) {
      if (s.charCodeAt(i) === first && s.startsWith(key, i)) {
        this.p = i + key.length;
        return true;
      }
    }
    return false;
  }

  /** Moves past spaces at the cursor. */
  spaces(): void {
    this.skipSpaces();
  }

  private skipSpaces(): void {
    while (this.p < this.end && this.s.charCodeAt(this.p) === 0x20) this.p++;
  }

  /** Signed decimal integer. Long values (> 15 digits) go through Number() for correct rounding. */
  dec(): number {
    this.skipSpaces();
    const s = this.s;
    let p = this.p;
    let neg = false;
    if (p < this.end && s.charCodeAt(p) === 0x2d) {
      neg = true;
      p++;
    }
    const start = p;
    let v = this.scanDigits(p);
    p = this.digitsEnd;
    if (p === start) {
      this.ok = false;
      return 0;
    }
    if (p - start > 15) {
      const digits = s.slice(start, p);
      // 2^64 has 20 digits; Number() would round 2^64 - 1 up to it, so compare exactly.
      if (p - start >= 20 && BigInt(digits) >= TWO_64) return this.tooLarge();
      v = Number(digits);
    }
    this.p = p;
    return neg ? -v : v;
  }

  /**
   * Unsigned decimal identifier (inode number, page index) as a U64Id: exact, a number below
   * 2^53 (up to 15 digits: the common case, no bigint), else through BigInt. Clears `ok` on a
   * sign, and as `dec` on 2^64 or more.
   */
  decId(): U64Id {
    this.skipSpaces();
    const start = this.p;
    const v = this.scanDigits(start);
    const p = this.digitsEnd;
    if (p === start) {
      this.ok = false;
      return 0;
    }
    this.p = p;
    if (p - start <= 15) return v;
    const big = BigInt(this.s.slice(start, p));
    return big >= TWO_64 ? this.tooLarge() : u64Id(big);
  }

  /**
   * Signed decimal as an I64Exact (a `long` / `loff_t` printed `%ld` / `%lld`: writeback's
   * nr_to_write and range_end, whose LONG_MAX / LLONG_MAX a double rounds to 2^63): exact, a
   * number up to 15 digits (the common case, no bigint), else through BigInt. A value outside
   * [-2^63, 2^63) refuses the event (see outOfRange): it fits no int64 field.
   */
  decI64(): I64Exact {
    this.skipSpaces();
    const s = this.s;
    let p = this.p;
    const neg = p < this.end && s.charCodeAt(p) === 0x2d;
    if (neg) p++;
    const start = p;
    const v = this.scanDigits(p);
    p = this.digitsEnd;
    if (p === start) {
      this.ok = false;
      return 0;
    }
    this.p = p;
    if (p - start <= 15) return neg ? -v : v;
    const big = BigInt(s.slice(start, p));
    return this.i64OrRefuse(neg ? -big : big);
  }

  /**
   * Unsigned hex (`0x%llx` of a loff_t: ext4's start_pos) as an I64Exact; a value of 2^63 or
   * more refuses the event: a loff_t is signed and the field is int64.
   */
  hexI64(): I64Exact {
    const v = this.hexExact();
    return typeof v === 'bigint' ? this.i64OrRefuse(v) : v;
  }

  /** `v` as an I64Exact, or a refused event when it does not fit 64 signed bits. */
  i64OrRefuse(v: bigint): I64Exact {
    if (v > LLONG_MAX || v < -LLONG_MAX - 1n)
      return this.refuse('a number does not fit a signed 64-bit field (beyond +-2^63)');
    return i64Exact(v);
  }

  /** Hex identifier with or without `0x` (filemap and xfs print inode numbers so), exact. */
  hexId(): U64Id {
    const v = this.hexExact();
    return typeof v === 'bigint' ? u64Id(v) : v;
  }

  /** Where the digits the last `scanDigits` read end. */
  private digitsEnd = 0;

  /**
   * The decimal digits from `p` (none: 0) as a double, exact up to 15 of them; leaves their
   * end in `digitsEnd` without moving the cursor.
   */
  private scanDigits(p: number): number {
    const s = this.s;
    const end = this.end;
    let v = 0;
    while (p < end) {
      const c = s.charCodeAt(p);
      if (c < D0 || c > D9) break;
      v = v * 10 + (c - D0);
      p++;
    }
    this.digitsEnd = p;
    return v;
  }

  private tooLarge(): number {
    return this.refuse('a number does not fit 64 bits (2^64 or more)');
  }

  /** Refuses the event: a value no field of the event log holds exactly (see outOfRange). */
  refuse(reason: string): 0 {
    this.ok = false;
    this.outOfRange = true;
    this.rangeReason = reason;
    return 0;
  }

  /** A dev_t from its parts; refuses the event when they do not fit it (no wrapped dev). */
  devOf(major: number, minor: number): DevT {
    if (major <= MAX_DEV_MAJOR && minor <= MAX_DEV_MINOR) return makeDev(major, minor);
    this.refuse(`device ${major}:${minor} does not fit dev_t (major < 4096, minor < 2^20)`);
    return makeDev(0, 0);
  }

  /** Bounds of the digits the last `scanHex` found. */
  private hexStart = 0;
  private hexEnd = 0;

  /**
   * Scans hex digits (after spaces and an optional `0x`) without moving the cursor: returns
   * their value as a double, exact up to 13 digits (52 bits), and leaves their bounds in
   * `hexStart` / `hexEnd`.
   */
  private scanHex(): number {
    this.skipSpaces();
    const s = this.s;
    let p = this.p;
    const end = this.end;
    if (p + 1 < end && s.charCodeAt(p) === D0 && (s.charCodeAt(p + 1) | 0x20) === 0x78) p += 2;
    this.hexStart = p;
    let v = 0;
    while (p < end) {
      const h = hexVal(s.charCodeAt(p));
      if (h < 0) break;
      v = v * 16 + h;
      p++;
    }
    this.hexEnd = p;
    return v;
  }

  /** The digits of the last `scanHex` as a bigint (for more than 13 of them). */
  private scannedBig(): bigint {
    return BigInt('0x' + this.s.slice(this.hexStart, this.hexEnd));
  }

  /** Hex integer with or without `0x` (bare values are hex, KERNEL.md A.9). */
  hex(): number {
    const v = this.scanHex();
    const n = this.hexEnd - this.hexStart;
    if (n === 0) {
      this.ok = false;
      return 0;
    }
    // More than 16 digits is more than 64 bits (as hexExact).
    if (n > 16) return this.tooLarge();
    this.p = this.hexEnd;
    return n <= 13 ? v : Number(this.scannedBig());
  }

  /**
   * Hex up to 64 bits for the direct payload writers: a number when it has at most 13 digits
   * (exact as a double: every user address), else a bigint; no bigint in the common case.
   */
  hexExact(): number | bigint {
    const v = this.scanHex();
    const n = this.hexEnd - this.hexStart;
    if (n === 0) {
      this.ok = false;
      return 0;
    }
    if (n > 16) return this.tooLarge();
    this.p = this.hexEnd;
    return n <= 13 ? v : this.scannedBig();
  }

  /** Hex up to 64 bits as a bigint (addresses, ips, syscall arguments). */
  hexBig(): bigint {
    const v = this.hexExact();
    return typeof v === 'bigint' ? v : BigInt(v);
  }

  /**
   * Hex digits (after an optional `0x`) as canonical text: lowercase, leading zeros stripped
   * (`0x00000000` -> `0`). Clears `ok` when there are none or more than 16.
   */
  hexDigits(): string {
    this.scanHex();
    const end = this.hexEnd;
    let start = this.hexStart;
    if (end === start || end - start > 16) {
      this.ok = false;
      return '0';
    }
    this.p = end;
    const s = this.s;
    while (start < end - 1 && s.charCodeAt(start) === D0) start++;
    let upper = false;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x41 && c <= 0x46) upper = true;
    }
    const d = s.slice(start, end);
    return upper ? d.toLowerCase() : d;
  }

  /** `7:2` or `7,2` -> major<<20|minor. */
  dev(): DevT {
    const major = this.dec();
    const c = this.p < this.end ? this.s.charCodeAt(this.p) : -1;
    if (c !== 0x3a && c !== 0x2c) {
      this.ok = false;
      return makeDev(0, 0);
    }
    this.p++;
    const minor = this.dec();
    return this.devOf(major, minor);
  }

  /** Moves past the run of characters at the cursor up to a space or comma; returns its end. */
  skipWord(): number {
    const s = this.s;
    const end = this.end;
    let p = this.p;
    while (p < end) {
      const c = s.charCodeAt(p);
      if (c === 0x20 || c === 0x2c) break;
      p++;
    }
    this.p = p;
    return p;
  }

  /** The run of characters at the cursor up to a space or comma (may be empty: `state= `). */
  word(): string {
    const s = this.s;
    const start = this.p;
    const end = this.end;
    let p = start;
    while (p < end) {
      const c = s.charCodeAt(p);
      if (c === 0x20 || c === 0x2c) break;
      p++;
    }
    this.p = p;
    return s.slice(start, p);
  }

  /** The rest of the payload from the cursor. */
  rest(): string {
    return this.s.slice(this.p, this.end);
  }
}
