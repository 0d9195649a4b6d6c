/**
 * The parsed line's timestamp as integer ns.
 */
import type { RawLine } from '../ftrace/line-parser.js';

/** ns per fraction digit count: µs fractions are scaled by 1000, ns ones by 1. */
const SCALE = [1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 10, 1];
/** Below this many seconds, sec*1e9 + frac is below 2^53 and exact as a double. */
const EXACT_SEC = 9_007_199;

/**
 * `ssss.uuuuuu` as integer ns, never through a float (raw ticks for integer clocks): a number
 * when it is exact (below 2^53 ns, ~104 days of uptime: every capture seen so far), else a
 * bigint, so the pipeline writes records without making a bigint per line.
 */
export function timestampValue(raw: RawLine): number | bigint {
  if (raw.tsInteger) return raw.tsSec;
  if (raw.tsSec < EXACT_SEC) return raw.tsSec * 1e9 + raw.tsFrac * SCALE[raw.tsFracDigits]!;
  return BigInt(raw.tsSec) * 1_000_000_000n + BigInt(raw.tsFrac * SCALE[raw.tsFracDigits]!);
}
