/**
 * Branded units and ids. A brand costs nothing at run time but stops a pid being passed where a
 * cpu is expected, or a µs value where ns are (perfetto `base/brand.ts`, `base/time.ts`).
 *
 * Absolute times are `bigint` nanoseconds: 2^53 ns is only ~104 days of uptime, and ftrace
 * timestamps are uptime-based, so a `number` would silently round on long-running hosts.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Absolute trace-clock time in integer nanoseconds (raw ticks for non-ns clocks). */
export type TimestampNs = Brand<bigint, 'TimestampNs'>;
/** A duration in integer nanoseconds. */
export type DurationNs = Brand<bigint, 'DurationNs'>;
export type Pid = Brand<number, 'Pid'>;
export type Cpu = Brand<number, 'Cpu'>;
/** Kernel dev_t encoding: major << 20 | minor (e.g. 7:2 -> 7340034). */
export type DevT = Brand<number, 'DevT'>;

/**
 * An unsigned 64-bit kernel identifier (inode number, page index): a number below 2^53, a bigint
 * at or above it, never a bigint below. Real systems stay far below 2^53, so the hot path sees only
 * numbers (Map keys, ===, arithmetic); a larger value (XFS inode numbers are 64-bit, some network
 * and FUSE filesystems hash them over the whole range) stays exact instead of rounding into its
 * neighbour. One representation per value keeps `===`, Map keys and `${id}` exact.
 */
export type U64Id = number | bigint;

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** The canonical U64Id of a value in [0, 2^64): a number when it is safe, else the bigint. */
export function u64Id(v: bigint): U64Id {
  return v <= MAX_SAFE_BIG ? Number(v) : v;
}

/**
 * A U64Id from its decimal or `0x` hex digits (as BigInt() reads them), or -1 when there are none
 * or the value does not fit 64 bits. Not for the hot path: the ingest scanner reads its own.
 */
export function parseU64Id(digits: string): U64Id {
  if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(digits)) return -1;
  const v = BigInt(digits);
  return v >> 64n === 0n ? u64Id(v) : -1;
}

/**
 * A signed 64-bit kernel value that the replay turns into page indexes (a `loff_t` byte offset
 * or length, a `long` page count such as writeback's `nr_to_write`): as U64Id, a number when it
 * is safe (|v| < 2^53), the exact bigint beyond, never a bigint in range. `LLONG_MAX`, the
 * kernel's "to the end of the file", is the bigint 2^63 - 1, not the double 2^63.
 */
export type I64Exact = number | bigint;

const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/** The canonical I64Exact of a value in [-2^63, 2^63). */
export function i64Exact(v: bigint): I64Exact {
  return v <= MAX_SAFE_BIG && v >= MIN_SAFE_BIG ? Number(v) : v;
}

/** LLONG_MAX (include/linux/limits.h): a writeback range_end that means "the whole file". */
export const LLONG_MAX = (1n << 63n) - 1n;

export const asTimestampNs = (v: bigint): TimestampNs => v as TimestampNs;
export const asDurationNs = (v: bigint): DurationNs => v as DurationNs;
export const asPid = (v: number): Pid => v as Pid;
export const asCpu = (v: number): Cpu => v as Cpu;

/** dev_t is 32 bits: a 12-bit major and a 20-bit minor (include/linux/kdev_t.h, MINORBITS). */
export const MAX_DEV_MAJOR = 0xfff;
export const MAX_DEV_MINOR = 0xfffff;

/**
 * Encode a major:minor pair the way the kernel stores dev_t internally (callers keep them in
 * range). Unsigned: a major of 2048 or more would make `major << 20` a negative int32.
 */
export function makeDev(major: number, minor: number): DevT {
  return (major * 0x100000 + minor) as DevT;
}
export function devMajor(dev: DevT): number {
  return dev >>> 20;
}
export function devMinor(dev: DevT): number {
  return dev & 0xfffff;
}
/** "7:2" — the form filemap, xfs, iomap and the writeback bdi name use. */
export function formatDev(dev: DevT): string {
  return `${devMajor(dev)}:${devMinor(dev)}`;
}

export const PAGE_SIZE = 4096;

/**
 * The page index of an exact byte offset (offset >> PAGE_SHIFT). Always a number: an offset is
 * below 2^64, so its index is below 2^52. The bigint branch shifts exactly, where dividing a
 * rounded double could land on the neighbouring page.
 */
export function pageOfOffset(offset: U64Id | I64Exact): number {
  return typeof offset === 'number' ? Math.floor(offset / PAGE_SIZE) : Number(offset >> 12n);
}

/**
 * The last page of the byte range [offset, offset + length): (offset + length - 1) >> PAGE_SHIFT,
 * exact (in bigint once either value or their sum is beyond 2^53, where a double sum would round
 * across a page boundary); `offset`'s own page when the range is empty.
 */
export function lastPageOfRange(offset: U64Id | I64Exact, length: U64Id | I64Exact): number {
  if (typeof offset === 'number' && typeof length === 'number') {
    const end = offset + length;
    if (Number.isSafeInteger(end))
      return Math.max(Math.floor(offset / PAGE_SIZE), Math.ceil(end / PAGE_SIZE) - 1);
  }
  const o = BigInt(offset);
  const l = BigInt(length);
  return Number((l > 0n ? o + l - 1n : o) >> 12n);
}

/** Pages a byte length covers, rounded up (at least 1: a folio event names a page or more). */
export function pagesOfLength(length: U64Id): number {
  if (typeof length === 'number') return Math.max(1, Math.ceil(length / PAGE_SIZE));
  return Number((length + 4095n) >> 12n);
}

/** Whether a writeback range_end means the whole file: LLONG_MAX, or 0 / unset (not printed). */
export function isWholeFileEnd(rangeEnd: I64Exact): boolean {
  return typeof rangeEnd === 'bigint' ? rangeEnd === LLONG_MAX : rangeEnd <= 0;
}
