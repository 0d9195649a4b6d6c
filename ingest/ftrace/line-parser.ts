/**
 * One scanner for the event lines of all three text formats. They share the context columns and
 * differ in a few places, all handled here with `charCodeAt` (no regex per line):
 *
 *   ftrace `trace` / `trace_pipe` (KERNEL.md B.1, kernel/trace/trace_output.c trace_print_context):
 *            mmwork-9956    [001] d..1.   510.604611: writeback_dirty_folio: bdi 7:0: ino=19 index=70
 *     jbd2/loop2-8-8395    [000] .....   480.377708: jbd2_start_commit: dev 7,2 transaction 4 sync 0
 *             <...>-882   (  882) [003] ....  10852.771186: event: ...        (tgid column, 4 flags)
 *          <idle>-0     (-----) [006] ....    10.258854: sched_switch: ...
 *            mmwork-9956    [000] .....   510.803636: sys_msync(start: 0x7fb49b298000, len: 0x100000, flags: 1)
 *            mmwork-9956    [000] .....   510.803640: sys_msync -> 0x0
 *             small-17385   [001] .....            3: ...                  (counter clock: integer)
 *   trace-cmd report (B.2): no flags column, optional `instance:` prefix, padded event name:
 *   rsx:            small-18307 [000]   661.625888: page_fault_user:      address=0x7f10dc52bb70 ...
 *   perf script (B.3): `comm tid [cpu] ts: subsys:event: fields`, comm may contain spaces:
 *           npm init  9905 [001]   510.599257:   exceptions:page_fault_user: address=0x... ...
 *
 * Scanning order: find the `[CPU]` bracket first (the only fixed anchor; comm names contain
 * spaces, dashes, colons and brackets), then walk back over an optional `(tgid)` to the pid and
 * the separator before it (`-` for ftrace/trace-cmd, a space for perf), then forward over the
 * optional flag column, the timestamp, and the event name.
 */

/** What one line turned out to be. */
export const LineKind = {
  Event: 0,
  /** Blank line or `#` comment/header. */
  Skip: 1,
  /** `CPU:N [LOST M EVENTS]` and friends; `lostCpu`/`lostCount` are set. */
  Lost: 2,
  /** `##### CPU N buffer started ####`; `lostCpu` is set. */
  BufferStarted: 3,
  /** `cpus=N` (trace-cmd report header). */
  CpusHeader: 4,
  /** Not a trace line; `error` says why. */
  Malformed: 5,
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/** How the event's payload was printed. */
export const PayloadStyle = {
  /** `name: payload` (every tracer). */
  Plain: 0,
  /** ftrace syscall enter: `sys_foo(a: 1, b: 0x2)`; payload is the text inside the parentheses. */
  SyscallEnter: 1,
  /** ftrace syscall exit: `sys_foo -> 0x0`; payload is the return value. */
  SyscallExit: 2,
} as const;
export type PayloadStyle = (typeof PayloadStyle)[keyof typeof PayloadStyle];

/**
 * The fields of one parsed line. One instance is reused for every line (no allocation per line
 * beyond the strings the caller keeps); read it before parsing the next line.
 */
export interface RawLine {
  comm: string;
  pid: number;
  /** -1 when absent or printed as `(-----)`. */
  tgid: number;
  cpu: number;
  /** Seconds part of the timestamp (or the whole integer for non-ns clocks). */
  tsSec: number;
  /** Fraction digits as an integer, and how many digits there were (6 = µs, 9 = ns). */
  tsFrac: number;
  tsFracDigits: number;
  /** True when the timestamp had no fraction (counter / uptime / x86-tsc clocks). */
  tsInteger: boolean;
  /**
   * The irq-flag column as `src.slice(flagsStart, flagsEnd)` (empty when absent). Kept as
   * bounds: the canonical event has no flags, so the hot path never allocates them.
   */
  src: string;
  flagsStart: number;
  flagsEnd: number;
  instance: string;
  /** Subsystem when the tracer printed it (`perf`), else ''. */
  subsystem: string;
  name: string;
  /** True when the pid was separated from the comm by spaces (perf script), not a dash. */
  spaceSeparated: boolean;
  style: PayloadStyle;
  payload: string;
  /** Where `payload` is in `src` (the normaliser reads it there: see FieldScanner). */
  payloadStart: number;
  payloadEnd: number;
  /**
   * When the native scanner (native/line-scan.c) also read the payload's values, exactly as the
   * normaliser would read them from `payload`: where this line's row starts in `scanRows`, for a
   * page fault (`ScannedFault`), a syscall's arguments (`ScannedArg`) or an inode-dirtied
   * payload (`ScannedInode`); -1 otherwise, and always from the JavaScript parser.
   */
  faultAt: number;
  argsAt: number;
  inodeAt: number;
  scanRows: Int32Array;
  lostCpu: number;
  /** -1 when the tracer did not say how many. */
  lostCount: number;
  cpus: number;
  error: string;
  /**
   * Where the last event line's context columns are: `contextText[contextStart, +contextLength)`
   * up to its `]` after the cpu. A line starting with the same characters has the same comm, pid,
   * tgid and cpu, so its context scan is skipped.
   */
  contextText: string;
  contextStart: number;
  contextLength: number;
  /** Event names already read in the plain `name: ` form, by `nameSlot` (see `knownName`). */
  nameSlots: (string | undefined)[];
}

const NO_ROWS = new Int32Array(0);

export function newRawLine(): RawLine {
  return {
    comm: '',
    pid: 0,
    tgid: -1,
    cpu: 0,
    tsSec: 0,
    tsFrac: 0,
    tsFracDigits: 0,
    tsInteger: false,
    src: '',
    flagsStart: 0,
    flagsEnd: 0,
    instance: '',
    subsystem: '',
    name: '',
    spaceSeparated: false,
    style: PayloadStyle.Plain,
    payload: '',
    payloadStart: 0,
    payloadEnd: 0,
    faultAt: -1,
    argsAt: -1,
    inodeAt: -1,
    scanRows: NO_ROWS,
    lostCpu: 0,
    lostCount: -1,
    cpus: 0,
    error: '',
    contextText: '',
    contextStart: 0,
    contextLength: 0,
    nameSlots: new Array<string | undefined>(256).fill(undefined),
  };
}

const SP = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LPAREN = 0x28;
const RPAREN = 0x29;
const SLASH = 0x2f;
const D0 = 0x30;
const D9 = 0x39;

const isDigit = (c: number): boolean => c >= D0 && c <= D9;
const isSpace = (c: number): boolean => c === SP || c === TAB;
/** 1 for event-name characters [A-Za-z0-9_], by char code below 128. */
const IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  IDENT[c] =
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x5f ? 1 : 0;
}
/** Event-name characters: one table load instead of up to seven compares (hot: ~25 per line). */
function isIdent(c: number): boolean {
  return c < 128 && IDENT[c] === 1;
}

/** `text` holds `s` at `start` (a JS loop: cheaper than a startsWith builtin call per field). */
function sameChars(text: string, start: number, s: string): boolean {
  for (let i = 0; i < s.length; i++)
    if (text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * A flat sequential copy of `s`. Strings kept for the whole read (names, flag texts) must not be
 * slices or concatenations: a slice pins the decoded block it came from, and V8 reads sliced and
 * cons strings through an indirection, so the per-line `charCodeAt` comparisons and encoder copies
 * against them ran ~10% slower overall (measured on the ingest path).
 */
export function flatString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * Interns comm, flag and event names: a few hundred distinct values over millions of lines.
 * `internRange` hashes the characters in place and checks the candidate with `startsWith`, so a
 * hit allocates nothing (slicing first and then looking the slice up would allocate and hash a
 * new string per field per line).
 */
export class Interner {
  private readonly map = new Map<string, string>();
  private readonly byHash = new Map<number, string>();
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(1024).fill(
    undefined,
  );

  intern(s: string): string {
    const hit = this.map.get(s);
    if (hit !== undefined) return hit;
    const own = flatString(s);
    if (this.map.size < 100_000) this.map.set(own, own);
    return own;
  }

  internRange(text: string, start: number, end: number): string {
    const len = end - start;
    if (len <= 0) return '';
    // Direct-mapped cache keyed by length and three characters: a hit costs four charCodeAt and
    // one native compare. Misses fall back to a full hash of the characters.
    const slot =
      (len * 31 +
        text.charCodeAt(start) * 7 +
        text.charCodeAt(end - 1) * 3 +
        text.charCodeAt(start + (len >> 1))) &
      1023;
    const cached = this.slots[slot];
    if (cached?.length === len && sameChars(text, start, cached)) return cached;
    let h = len;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const hit = this.byHash.get(h);
    let own: string;
    if (hit?.length === len && sameChars(text, start, hit)) {
      own = hit;
    } else {
      own = this.intern(text.slice(start, end));
      // On a hash collision the first string keeps the slot; the other is still interned by value.
      if (hit === undefined && this.byHash.size < 100_000) this.byHash.set(h, own);
    }
    this.slots[slot] = own;
    return own;
  }
}

function fail(out: RawLine, error: string): LineKind {
  out.error = error;
  return LineKind.Malformed;
}

/**
 * Parses one line (without its '\n'; a trailing '\r' is tolerated) into `out`.
 * Never throws: a line that is not a trace line yields `LineKind.Malformed` with `out.error`.
 */
export function parseLine(line: string, out: RawLine, names: Interner): LineKind {
  return parseLineAt(line, 0, line.length, out, names);
}

/**
 * `parseLine` on `text[start, end)` (one line of a larger block, without its '\n'): the hot path
 * reads lines in place instead of slicing each one out first.
 */
export function parseLineAt(
  line: string,
  start: number,
  lineEnd: number,
  out: RawLine,
  names: Interner,
): LineKind {
  let end = lineEnd;
  while (end > start && (line.charCodeAt(end - 1) === 0x0d || isSpace(line.charCodeAt(end - 1))))
    end--;
  let cpuEnd: number;
  if (sameContext(line, start, end, out)) {
    // Same context columns as the last event line (two thirds of lines in practice: a task
    // faulting or dirtying page after page on one CPU): comm, pid, tgid, cpu are unchanged.
    cpuEnd = start + out.contextLength - 1;
  } else {
    const r = parseContext(line, start, end, out, names);
    if (r < 0) {
      // A context that failed half-way may have overwritten pid, tgid or cpu: the remembered
      // prefix no longer matches them, so the next line must not take the shortcut.
      out.contextLength = 0;
      return (-1 - r) as LineKind;
    }
    cpuEnd = r;
    out.contextText = line;
    out.contextStart = start;
    out.contextLength = cpuEnd + 1 - start;
  }

  // 3. Optional flag column, then the timestamp ending in ':'.
  let p = cpuEnd + 1;
  while (p < end && isSpace(line.charCodeAt(p))) p++;
  let tok = p;
  while (tok < end && !isSpace(line.charCodeAt(tok)) && line.charCodeAt(tok) !== COLON) tok++;
  out.src = line;
  out.flagsStart = out.flagsEnd = 0;
  if (tok < end && line.charCodeAt(tok) !== COLON) {
    // Flags: 4 to 6 irq-info characters (`d..1.`, `dNh2`, `....`).
    if (tok - p > 6) {
      const c = line.charCodeAt(p);
      return fail(out, isDigit(c) ? 'timestamp not followed by ":"' : 'bad irq-flags column');
    }
    out.flagsStart = p;
    out.flagsEnd = tok;
    p = tok;
    while (p < end && isSpace(line.charCodeAt(p))) p++;
  }
  // Timestamp: `sss.ffffff` (µs), `sss.fffffffff` (ns) or an integer (non-ns clocks).
  const tsStart = p;
  let sec = 0;
  while (p < end && isDigit(line.charCodeAt(p))) {
    sec = sec * 10 + (line.charCodeAt(p) - D0);
    p++;
  }
  if (p === tsStart) return fail(out, 'bad timestamp');
  if (p - tsStart > 15) return fail(out, 'timestamp out of range');
  out.tsSec = sec;
  out.tsFrac = 0;
  out.tsFracDigits = 0;
  out.tsInteger = true;
  if (p < end && line.charCodeAt(p) === DOT) {
    p++;
    const fs = p;
    let frac = 0;
    while (p < end && isDigit(line.charCodeAt(p))) {
      frac = frac * 10 + (line.charCodeAt(p) - D0);
      p++;
    }
    if (p === fs || p - fs > 9) return fail(out, 'bad timestamp fraction');
    out.tsFrac = frac;
    out.tsFracDigits = p - fs;
    out.tsInteger = false;
  }
  if (p >= end || line.charCodeAt(p) !== COLON) return fail(out, 'timestamp not followed by ":"');
  p++;
  while (p < end && isSpace(line.charCodeAt(p))) p++;

  // 4. Event name: `name:`, perf `subsys:name:`, ftrace syscalls `sys_x(` / `sys_x -> `.
  const ns = p;
  const known = knownName(line, ns, end, out);
  if (known !== '') p = ns + known.length;
  else while (p < end && isIdent(line.charCodeAt(p))) p++;
  if (p === ns) return fail(out, 'missing event name');
  out.subsystem = '';
  out.style = PayloadStyle.Plain;
  out.faultAt = -1;
  out.argsAt = -1;
  out.inodeAt = -1;
  const stop = p < end ? line.charCodeAt(p) : -1;
  if (stop === COLON || stop === -1) {
    let nameStart = ns;
    let nameEnd = p;
    // perf: `subsys:event:`: an identifier right after the colon, itself ended by a colon.
    if (p + 1 < end && isIdent(line.charCodeAt(p + 1))) {
      let q = p + 1;
      while (q < end && isIdent(line.charCodeAt(q))) q++;
      if (q === end || line.charCodeAt(q) === COLON) {
        out.subsystem = names.internRange(line, ns, p);
        nameStart = p + 1;
        nameEnd = q;
        p = q;
      }
    }
    if (known !== '') {
      out.name = known;
    } else {
      out.name = names.internRange(line, nameStart, nameEnd);
      if (out.subsystem === '') out.nameSlots[nameSlot(line, ns, p)] = out.name;
    }
    p++;
    while (p < end && isSpace(line.charCodeAt(p))) p++;
    out.payload = p < end ? line.slice(p, end) : '';
    out.payloadStart = p < end ? p : end;
    out.payloadEnd = end;
    // perf prints lost records with the sample header: `... unknown: PERF_RECORD_LOST lost 9`.
    if (line.charCodeAt(p) === 0x50 && perfLost(line, p, end, out)) {
      out.lostCpu = out.cpu;
      return LineKind.Lost;
    }
    return LineKind.Event;
  }
  if (stop === LPAREN) {
    const close = line.lastIndexOf(')', end - 1);
    if (close < p) return fail(out, 'syscall arguments without ")"');
    out.name = names.internRange(line, ns, p);
    out.style = PayloadStyle.SyscallEnter;
    out.payload = line.slice(p + 1, close);
    out.payloadStart = p + 1;
    out.payloadEnd = close;
    return LineKind.Event;
  }
  if (stop === SP && line.startsWith(' -> ', p)) {
    out.name = names.internRange(line, ns, p);
    out.style = PayloadStyle.SyscallExit;
    out.payload = line.slice(p + 4, end);
    out.payloadStart = p + 4;
    out.payloadEnd = end;
    return LineKind.Event;
  }
  if (perfLost(line, ns, end, out)) {
    out.lostCpu = out.cpu;
    return LineKind.Lost;
  }
  return fail(out, 'event name not followed by ":"');
}

/** Slot of the name `line[start, end)` in `RawLine.nameSlots`. */
function nameSlot(line: string, start: number, end: number): number {
  return ((end - start) * 31 + line.charCodeAt(start) * 7 + line.charCodeAt(end - 1) * 3) & 255;
}

/**
 * The event name at `ns` when the line has the plain `name:` form (the colon not followed by an
 * identifier, which would be perf's `subsys:name:`) and the name was read before, else ''.
 * A native `indexOf` finds the colon and the candidate is compared character by character, so a
 * hit is exactly a known identifier and the per-character class scan is skipped.
 */
function knownName(line: string, ns: number, end: number, out: RawLine): string {
  const colon = line.indexOf(':', ns);
  if (colon <= ns || colon >= end) return '';
  if (colon + 1 < end && isIdent(line.charCodeAt(colon + 1))) return '';
  const cand = out.nameSlots[nameSlot(line, ns, colon)];
  return cand?.length === colon - ns && sameChars(line, ns, cand) ? cand : '';
}

/**
 * True when `line` starts (at `start`) with the last event line's context columns. Compared
 * from the `]` backwards: a different line usually differs in the cpu or pid digits right there,
 * and a JS loop over ~30 characters is cheaper than a native `startsWith` call plus a slice.
 */
function sameContext(line: string, start: number, end: number, out: RawLine): boolean {
  const n = out.contextLength;
  if (n === 0 || n >= end - start) return false;
  const prev = out.contextText;
  const ps = out.contextStart;
  for (let i = n - 1; i >= 0; i--) {
    if (line.charCodeAt(start + i) !== prev.charCodeAt(ps + i)) return false;
  }
  return true;
}

/**
 * Steps 0-2 of `parseLineAt`: special lines, the instance prefix, the `[cpu]` anchor, pid, tgid
 * and comm. Returns the index of the `]` closing the cpu column, or `-1 - kind` for a line that
 * is not an event (`LineKind.Skip`, `Lost`, `Malformed`...). Reads only the characters up to
 * that `]`, which is what makes the caller's same-prefix shortcut exact.
 */
function parseContext(
  line: string,
  start: number,
  end: number,
  out: RawLine,
  names: Interner,
): number {
  let p = start;
  while (p < end && isSpace(line.charCodeAt(p))) p++;
  if (p === end) return -1 - LineKind.Skip;
  const c0 = line.charCodeAt(p);
  if (c0 === HASH) {
    // `##### CPU 1 buffer started ####` is the only `#` line that carries information.
    if (line.startsWith('##### CPU ', p)) {
      const q = p + 10;
      const n = readUint(line, q, end);
      const bs = line.indexOf('buffer started', q);
      if (n >= 0 && bs !== -1 && bs < end) {
        out.lostCpu = n;
        out.lostCount = -1;
        return -1 - LineKind.BufferStarted;
      }
    }
    return -1 - LineKind.Skip;
  }
  if (p === start) {
    // Column-0 text is a special line or an instance prefix: comm names are right-aligned to
    // 16 columns and at most 15 characters long, so an event line always starts with a space.
    if (line.startsWith('CPU:', start)) return -1 - parseLostLine(line, start, end, out);
    // trace-cmd report (some versions) starts with `version = 6`.
    if (line.startsWith('version = ', start)) return -1 - LineKind.Skip;
    if (line.startsWith('cpus=', start)) {
      const n = readUint(line, start + 5, end);
      if (n < 0) return -1 - fail(out, 'bad cpus= header');
      out.cpus = n;
      return -1 - LineKind.CpusHeader;
    }
  }
  out.instance = '';
  if (p === start) {
    // trace-cmd multi-buffer prefix: `rsx:` then spaces.
    let q = start;
    while (q < end && line.charCodeAt(q) !== COLON && !isSpace(line.charCodeAt(q))) q++;
    if (
      q < end &&
      q > start &&
      line.charCodeAt(q) === COLON &&
      q + 1 < end &&
      isSpace(line.charCodeAt(q + 1))
    ) {
      out.instance = names.internRange(line, start, q);
      p = q + 1;
      while (p < end && isSpace(line.charCodeAt(p))) p++;
    }
  }
  const lineStart = p;

  // 1. Anchor: the first `[digits]` preceded by a pid (and an optional tgid group).
  let b = line.indexOf('[', lineStart);
  let pidEnd = -1;
  let cpuEnd = -1;
  for (; b !== -1 && b < end; b = line.indexOf('[', b + 1)) {
    let q = b + 1;
    while (q < end && isDigit(line.charCodeAt(q))) q++;
    if (q === b + 1 || q >= end || line.charCodeAt(q) !== RBRACKET) continue;
    // Walk back over spaces, an optional `(tgid)`, spaces, to the end of the pid.
    let r = b - 1;
    while (r >= lineStart && isSpace(line.charCodeAt(r))) r--;
    if (r < lineStart) continue;
    out.tgid = -1;
    if (line.charCodeAt(r) === RPAREN) {
      const open = line.lastIndexOf('(', r);
      if (open < lineStart) continue;
      const t = readUintPadded(line, open + 1, r);
      if (t === -2) continue;
      out.tgid = t;
      r = open - 1;
      while (r >= lineStart && isSpace(line.charCodeAt(r))) r--;
    }
    if (r < lineStart || !isDigit(line.charCodeAt(r))) continue;
    pidEnd = r + 1;
    cpuEnd = q;
    break;
  }
  if (pidEnd === -1) {
    if (perfLost(line, lineStart, end, out)) return -1 - LineKind.Lost;
    return -1 - fail(out, 'no "comm-pid [cpu]" context');
  }
  out.cpu = readUint(line, b + 1, cpuEnd);

  // 2. pid (and perf's `pid/tid`), then the separator before it.
  let ps = pidEnd - 1;
  while (ps > lineStart && isDigit(line.charCodeAt(ps - 1))) ps--;
  const pidStart = ps;
  const pid = readUint(line, ps, pidEnd);
  if (ps > lineStart && line.charCodeAt(ps - 1) === SLASH) {
    // perf -F pid,tid: `19219/19220` is pid/tid; the event's pid is the thread id.
    let ts0 = ps - 1;
    while (ts0 > lineStart && isDigit(line.charCodeAt(ts0 - 1))) ts0--;
    if (ts0 < ps - 1) {
      out.tgid = readUint(line, ts0, ps - 1);
      ps = ts0;
    }
  }
  // pid_t is an int (include/uapi/asm-generic/posix_types.h) and the kernel prints it with %d,
  // below PID_MAX_LIMIT (4M, include/linux/threads.h): more digits are a damaged line, never a
  // pid to clamp or wrap (the event log's pid and tgid are int32).
  if (pid > 0x7fffffff)
    return -1 - fail(out, `pid ${line.slice(pidStart, pidEnd)} is beyond pid_t (int32)`);
  if (out.tgid > 0x7fffffff) return -1 - fail(out, `tgid ${out.tgid} is beyond pid_t (int32)`);
  out.pid = pid;
  let commEnd: number;
  if (ps > lineStart && line.charCodeAt(ps - 1) === DASH) {
    commEnd = ps - 1;
    out.spaceSeparated = false;
  } else if (ps > lineStart && isSpace(line.charCodeAt(ps - 1))) {
    out.spaceSeparated = true;
    commEnd = ps - 1;
    while (commEnd > lineStart && isSpace(line.charCodeAt(commEnd - 1))) commEnd--;
  } else if (ps === lineStart) {
    // perf -F without comm: `9777/9888 [006] ...`.
    commEnd = lineStart;
    out.spaceSeparated = true;
  } else {
    return -1 - fail(out, 'pid not separated from comm');
  }
  out.comm = names.internRange(line, lineStart, commEnd);
  return cpuEnd;
}

/**
 * perf script --show-lost-events: `PERF_RECORD_LOST lost 9` (also `lost=9`, and
 * PERF_RECORD_LOST_SAMPLES), alone or after the sample header (`comm tid [cpu] ts: `).
 */
function perfLost(line: string, from: number, end: number, out: RawLine): boolean {
  const i = line.indexOf('PERF_RECORD_LOST', from);
  if (i === -1 || i >= end) return false;
  const m = /lost[ =](\d+)/.exec(line.slice(i + 16, end));
  if (m === null) return false;
  out.lostCpu = 0;
  out.lostCount = Number(m[1]);
  return true;
}

/**
 * `CPU:0 [LOST 192 EVENTS]`, `CPU:0 [LOST EVENTS]` (ftrace), `CPU:1 [1234 EVENTS DROPPED]`,
 * `CPU:1 [EVENTS DROPPED]` (trace-cmd report).
 */
function parseLostLine(line: string, start: number, end: number, out: RawLine): LineKind {
  const cpuEnd = scanDigits(line, start + 4, end);
  if (cpuEnd === start + 4) return fail(out, 'bad CPU:N line');
  out.lostCpu = readUint(line, start + 4, cpuEnd);
  let p = cpuEnd;
  while (p < end && isSpace(line.charCodeAt(p))) p++;
  if (p >= end || line.charCodeAt(p) !== LBRACKET) return fail(out, 'bad CPU:N line');
  p++;
  if (line.startsWith('LOST ', p)) p += 5;
  const ne = scanDigits(line, p, end);
  out.lostCount = ne > p ? Number(line.slice(p, ne)) : -1;
  const rest = line.slice(ne, end);
  if (!/^ ?(EVENTS\]|EVENTS DROPPED\])$/.test(rest)) return fail(out, 'bad lost-events line');
  return LineKind.Lost;
}

function scanDigits(s: string, from: number, end: number): number {
  let p = from;
  while (p < end && isDigit(s.charCodeAt(p))) p++;
  return p;
}

/** Decimal digits in [from, to); -1 when there are none or other characters. */
function readUint(s: string, from: number, to: number): number {
  if (from >= to) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return i === from ? -1 : v;
    v = v * 10 + (c - D0);
  }
  return v;
}

/** Inside `( 882)` / `(-----)`: the number, -1 for dashes, -2 when it is neither. */
function readUintPadded(s: string, from: number, to: number): number {
  let p = from;
  while (p < to && isSpace(s.charCodeAt(p))) p++;
  if (p < to && s.charCodeAt(p) === DASH) {
    while (p < to && s.charCodeAt(p) === DASH) p++;
    return p === to ? -1 : -2;
  }
  const q = scanDigits(s, p, to);
  if (q === p || q !== to) return -2;
  return readUint(s, p, q);
}
