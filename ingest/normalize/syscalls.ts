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
import type { FieldScanner } from './field-scanner.js';

export interface SyscallArgs {
  names: string[];
  values: bigint[];
}

/** Parses `a: 1, b: 0x2` into parallel arrays; returns false when the text does not fit. */
export function parseSyscallArgs(text: string, sc: FieldScanner, out: SyscallArgs): boolean {
  out.names.length = 0;
  out.values.length = 0;
  const s = text;
  let p = 0;
  while (p < s.length && s.charCodeAt(p) === 0x20) p++;
  if (p === s.length) return true;
  for (;;) {
    const colon = s.indexOf(':', p);
    if (colon === -1) return false;
    // With options/verbose a type precedes the name (`unsigned long start: ...`): keep the last word.
    let ks = colon;
    while (ks > p && s.charCodeAt(ks - 1) !== 0x20) ks--;
    const name = s.slice(ks, colon);
    if (name.length === 0) return false;
    sc.reset(s);
    sc.p = colon + 1;
    const v = sc.hexBig();
    if (!sc.ok) return false;
    out.names.push(name);
    out.values.push(v);
    p = sc.p;
    // Skip a quoted user string, then expect `, ` or the end.
    while (p < s.length && s.charCodeAt(p) === 0x20) p++;
    if (p < s.length && s.charCodeAt(p) === 0x22) {
      const close = s.indexOf('"', p + 1);
      p = close === -1 ? s.length : close + 1;
    }
    if (p >= s.length) return true;
    if (s.charCodeAt(p) !== 0x2c) return false;
    p++;
    while (p < s.length && s.charCodeAt(p) === 0x20) p++;
  }
}

/** The argument value by name, or undefined. */
export function arg(a: SyscallArgs, name: string): bigint | undefined {
  for (let i = 0; i < a.names.length; i++) if (a.names[i] === name) return a.values[i];
  return undefined;
}

/** Canonical text of a value for generic fields: lowercase hex with `0x`, no padding. */
export function hexText(v: bigint): string {
  return '0x' + v.toString(16);
}
