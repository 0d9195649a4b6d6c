/**
 * An independent reading of trace lines for the tests: plain regular expressions (the B.1 regex
 * of KERNEL.md and a perf one), whole-file reads, string arithmetic for timestamps. It shares no
 * code with ingest/, so agreement between the two is evidence, not tautology.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

// ftrace / trace-cmd: optional `instance:` prefix, comm-pid, optional (tgid), [cpu], optional
// 4-6 flag chars, timestamp, then the event name ended by ':' or a syscall '(' / ' -> '.
const FTRACE =
  /^(?:(\S+):)?\s*(.+)-(\d+)\s+(?:\(\s*(\d+|-+)\)\s+)?\[(\d+)\]\s+(?:([.a-zA-Z0-9]{4,6})\s+)?(\d+)(?:\.(\d+))?:\s+(\w+)(\(| -> |:)/;
// perf script: comm (may contain spaces), tid, [cpu], time, subsys:event:
const PERF = /^\s*(.+?)\s+(\d+)\s+\[(\d+)\]\s+(\d+)\.(\d+):\s+(\w+):(\w+):/;

export interface RefLine {
  readonly line: number;
  readonly comm: string;
  readonly pid: number;
  readonly tgid: number;
  readonly cpu: number;
  readonly ts: bigint;
  readonly tracepoint: string;
}

export function readText(path: string): string {
  const buf = readFileSync(path);
  const data = buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf;
  return data.toString('utf8');
}

function tsOf(sec: string, frac: string | undefined): bigint {
  if (frac === undefined) return BigInt(sec);
  return BigInt(sec) * 1_000_000_000n + BigInt(frac.padEnd(9, '0'));
}

/** Every event line of a file as the reference reads it, plus the lines it could not read. */
export function referenceParse(
  path: string,
  perf: boolean,
): { events: RefLine[]; other: number[] } {
  const lines = readText(path).split('\n');
  if (lines.at(-1) === '') lines.pop();
  const events: RefLine[] = [];
  const other: number[] = [];
  lines.forEach((text, i) => {
    const t = text.replace(/\r$/, '');
    if (t.trim() === '' || t.startsWith('#') || /^cpus=\d+$/.test(t)) return;
    if (perf) {
      const m = PERF.exec(t);
      if (m === null) {
        other.push(i + 1);
        return;
      }
      events.push({
        line: i + 1,
        comm: m[1]!,
        pid: Number(m[2]),
        tgid: -1,
        cpu: Number(m[3]),
        ts: tsOf(m[4]!, m[5]),
        tracepoint: m[7]!,
      });
      return;
    }
    const m = FTRACE.exec(t);
    if (m === null) {
      other.push(i + 1);
      return;
    }
    const name = m[9]!;
    const delim = m[10]!;
    const tracepoint =
      delim === '('
        ? `sys_enter_${name.slice(4)}`
        : delim === ' -> '
          ? `sys_exit_${name.slice(4)}`
          : name;
    const tg = m[4];
    events.push({
      line: i + 1,
      comm: m[2]!.trim(),
      pid: Number(m[3]),
      tgid: tg === undefined || tg.startsWith('-') ? -1 : Number(tg),
      cpu: Number(m[5]),
      ts: tsOf(m[7]!, m[8]),
      tracepoint,
    });
  });
  return { events, other };
}

export function countBy(events: readonly RefLine[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of events) m.set(e.tracepoint, (m.get(e.tracepoint) ?? 0) + 1);
  return m;
}
