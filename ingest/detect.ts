/**
 * Format sniffing, once per file, from its first lines (a regex-free vote over up to 200 parsed
 * lines; cost is irrelevant here). Clues, strongest first:
 *   `cpus=N` first line -> trace-cmd report;  `# tracer:` header -> ftrace `trace`;
 *   `comm tid [cpu] ts: subsys:event:` (space before the pid, subsystem prefix) -> perf script;
 *   an irq-flags column or `sys_foo(...)` syscall lines -> ftrace (`trace_pipe` has no header);
 *   an `instance:` prefix or `sys_enter_foo:` syscall lines without flags -> trace-cmd.
 * A file with `comm-pid [cpu] ts:` lines and none of these clues is read as ftrace: the
 * `noirq-info` layout of ftrace and trace-cmd's differ only in syscall and flag printing, which
 * the normaliser handles in both spellings anyway.
 */
import type { CaptureFormat } from '../src/events/index.js';
import { Interner, LineKind, newRawLine, parseLine, PayloadStyle } from './ftrace/line-parser.js';

export function detectFormat(text: string): CaptureFormat | undefined {
  return sniffFormat(text)?.format;
}

/**
 * `detectFormat` with how sure it is: `certain` is false when no line had a clue and the text
 * is read as ftrace only by default (so a forced format is not contradicted by a guess).
 */
export function sniffFormat(
  text: string,
): { readonly format: CaptureFormat; readonly certain: boolean } | undefined {
  const raw = newRawLine();
  const names = new Interner();
  let perf = 0;
  let ftrace = 0;
  let traceCmd = 0;
  let events = 0;
  let p = 0;
  for (let n = 0; n < 400 && p < text.length && events < 200; n++) {
    let e = text.indexOf('\n', p);
    if (e === -1) e = text.length;
    const line = text.slice(p, e);
    p = e + 1;
    if (n <= 1 && (line.startsWith('cpus=') || line.startsWith('version = ')))
      return { format: 'trace-cmd', certain: true };
    if (line.startsWith('# tracer:')) return { format: 'ftrace', certain: true };
    const kind = parseLine(line, raw, names);
    if (kind !== LineKind.Event) continue;
    events++;
    if (raw.spaceSeparated && raw.subsystem !== '') perf++;
    else if (raw.flagsEnd > raw.flagsStart || raw.style !== PayloadStyle.Plain) ftrace++;
    else if (
      raw.instance !== '' ||
      raw.name.startsWith('sys_enter_') ||
      raw.name.startsWith('sys_exit_')
    )
      traceCmd++;
  }
  if (events === 0) return undefined;
  if (perf >= ftrace && perf >= traceCmd && perf > 0) return { format: 'perf', certain: true };
  if (traceCmd > ftrace) return { format: 'trace-cmd', certain: true };
  return { format: 'ftrace', certain: ftrace > 0 };
}
