/**
 * The three syscall print styles (KERNEL.md A.9) reduced to one: argument name + 64-bit value.
 *
 *   ftrace 6.18:  sys_msync(start: 0x7f484b6a7000, len: 0x4000, flags: 4)   sys_msync -> 0x0
 *   ftrace <=6.12 sys_msync(start: 7f484b6a7000, len: 4000, flags: 4)         (bare values are HEX)
 *   trace-cmd/perf sys_enter_msync: start: 0x7f484b6a7000, len: 0x00004000, flags: 0x00000004
 *                  sys_exit_msync: 0x0
 *
 * Every value is read as hex, with or without `0x`: that is right for all three (6.18 prints
 * values below 10 bare, where hex and decimal agree). Later kernels may append a quoted user
 * string after a pointer (`name: 0x5584310eb2a0 "debian"`); it is skipped.
 */
import type { Interner, RawLine } from '../ftrace/line-parser.js';
import { ScannedArg, scannedNumber } from '../ftrace/line-scan.js';

export interface SyscallArgs {
  /** The text parsed (the payload); values are ranges of it. */
  src: string;
  /**
   * How many arguments were read: the arrays below are reused from call to call and only their
   * first `count` entries are this text's (resetting `length` would free their storage, and
   * regrowing it cost ~60 bytes of garbage per syscall line).
   */
  count: number;
  names: string[];
  /**
   * Each value's hex digits as `src[from, to)`, leading zeros stripped (one kept for zero): the
   * canonical text is `0x` + those digits in lowercase (`argText`), what generic fields keep.
   */
  from: number[];
  to: number[];
  /** The value as a number when it fits 52 bits (13 hex digits), else NaN. */
  nums: number[];
  /** True when a quoted user string followed a value (newer kernels); it is not in the fields. */
  quoted: boolean;
}

const isHexDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** An empty `SyscallArgs` to reuse. */
export function newSyscallArgs(): SyscallArgs {
  return { src: '', count: 0, names: [], from: [], to: [], nums: [], quoted: false };
}

/**
 * Parses `a: 1, b: 0x2` into parallel arrays; returns false when the text does not fit.
 * Values are kept as ranges of the text (no BigInt or string per argument: most syscalls in a
 * capture are unmodelled and only need the text); `arg()` converts the few that a typed event
 * needs.
 */
export function parseSyscallArgs(text: string, names: Interner, out: SyscallArgs): boolean {
  out.src = text;
  out.count = 0;
  out.quoted = false;
  const s = text;
  const n = s.length;
  let p = 0;
  while (p < n && s.charCodeAt(p) === 0x20) p++;
  if (p === n) return true;
  for (;;) {
    const colon = s.indexOf(':', p);
    if (colon === -1) return false;
    // With options/verbose a type precedes the name (`unsigned long start: ...`): keep the last word.
    let ks = colon;
    while (ks > p && s.charCodeAt(ks - 1) !== 0x20) ks--;
    if (ks === colon) return false;
    const i = out.count++;
    out.names[i] = names.internRange(s, ks, colon);
    p = colon + 1;
    while (p < n && s.charCodeAt(p) === 0x20) p++;
    if (s.charCodeAt(p) === 0x30 && (s.charCodeAt(p + 1) | 0x20) === 0x78) p += 2;
    let ds = p;
    let v = 0;
    for (; p < n; p++) {
      const c = s.charCodeAt(p);
      if (!isHexDigit(c)) break;
      v = v * 16 + (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10);
    }
    const de = p;
    if (de === ds || de - ds > 16) return false;
    while (ds < de - 1 && s.charCodeAt(ds) === 0x30) ds++;
    out.from[i] = ds;
    out.to[i] = de;
    out.nums[i] = de - ds <= 13 ? v : Number.NaN;
    // Skip a quoted user string, then expect `, ` or the end.
    while (p < n && s.charCodeAt(p) === 0x20) p++;
    if (p < n && s.charCodeAt(p) === 0x22) {
      out.quoted = true;
      const close = s.indexOf('"', p + 1);
      p = close === -1 ? n : close + 1;
    }
    if (p >= n) return true;
    if (s.charCodeAt(p) !== 0x2c) return false;
    p++;
    while (p < n && s.charCodeAt(p) === 0x20) p++;
  }
}

/**
 * `parseSyscallArgs` of a line whose arguments the native scanner read (`raw.argsAt` >= 0): the
 * same names, ranges and values, as ranges of the block's text (`raw.src`) instead of the payload.
 */
export function syscallArgsFromScan(raw: RawLine, names: Interner, out: SyscallArgs): void {
  const rows = raw.scanRows;
  const text = raw.src;
  const at = raw.argsAt;
  const n = rows[at + ScannedArg.count]!;
  out.src = text;
  out.count = n;
  out.quoted = false;
  for (let i = 0; i < n; i++) {
    const f = at + ScannedArg.first + i * ScannedArg.size;
    out.names[i] = names.internRange(
      text,
      rows[f + ScannedArg.keyStart]!,
      rows[f + ScannedArg.keyEnd]!,
    );
    out.from[i] = rows[f + ScannedArg.digitsStart]!;
    out.to[i] = rows[f + ScannedArg.digitsEnd]!;
    const high = rows[f + ScannedArg.numHigh]!;
    out.nums[i] =
      high === -1 ? Number.NaN : scannedNumber(rows, f + ScannedArg.numLow, f + ScannedArg.numHigh);
  }
}

/** The argument value by name, or undefined. */
export function arg(a: SyscallArgs, name: string): bigint | undefined {
  for (let i = 0; i < a.count; i++) {
    if (a.names[i] === name) {
      const v = a.nums[i]!;
      return Number.isNaN(v) ? BigInt(argText(a, i)) : BigInt(v);
    }
  }
  return undefined;
}

/** Canonical text of argument `i`: `0x` and its digits in lowercase, no padding. */
function argText(a: SyscallArgs, i: number): string {
  return `0x${a.src.slice(a.from[i], a.to[i]).toLowerCase()}`;
}
