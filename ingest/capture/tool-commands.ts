/**
 * `faultreplay capture --print-commands`: the same selection as `perf record` and
 * `trace-cmd record` command lines, for hosts where users prefer those tools.
 *
 * Both tools take a filter right after the event it applies to (`-e EV --filter F` for perf,
 * `-e EV -f F` for trace-cmd). We do not use `trace-cmd -P PID` (set_event_pid): it would drop
 * the writeback, journal and block events, which run in kworkers and jbd2 threads; the pid goes
 * into the per-event `common_pid` filters of the faults and syscalls instead.
 */
import type { SelectedEvent } from './event-set.js';

export interface ToolCommandOptions {
  readonly events: readonly SelectedEvent[];
  /** trace_clock / perf clockid, e.g. `mono`. */
  readonly clock: string;
  readonly bufferKb: number;
  /** Output file base name (without extension). */
  readonly output?: string;
  /** Command to run under the tool; absent: record system-wide until Ctrl-C. */
  readonly command?: readonly string[];
  readonly durationS?: number;
}

/** Quotes one argument for a POSIX shell (single quotes; `'` as `'\''`). */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_./:=,@+-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

const join = (args: readonly string[]): string => args.map(shellQuote).join(' ');

function tail(opts: ToolCommandOptions): string[] {
  if (opts.command !== undefined && opts.command.length > 0) return ['--', ...opts.command];
  if (opts.durationS !== undefined) return ['--', 'sleep', String(opts.durationS)];
  return [];
}

/** perf clockids: `mono` is CLOCK_MONOTONIC, spelt `monotonic` (or `mono`) by perf. */
const PERF_CLOCK: Readonly<Record<string, string>> = {
  mono: 'monotonic',
  mono_raw: 'monotonic_raw',
  boot: 'boottime',
  tai: 'tai',
};

/** `perf record -a -k monotonic -e EV [--filter F] ... -o OUT.data [-- CMD]`. */
export function perfRecordCommand(opts: ToolCommandOptions): string[] {
  const args = ['perf', 'record', '-a'];
  const clock = PERF_CLOCK[opts.clock];
  if (clock !== undefined) args.push('-k', clock);
  // perf's -m is in pages per CPU; bufferKb/4 pages, rounded down to a power of two by perf.
  args.push('-m', String(Math.max(1, Math.floor(opts.bufferKb / 4))));
  for (const e of opts.events) {
    args.push('-e', e.event);
    if (e.filter !== '') args.push('--filter', e.filter);
  }
  args.push('-o', `${opts.output ?? 'faultreplay'}.perf.data`, ...tail(opts));
  return args;
}

/** `trace-cmd record -C mono -b KB -e EV [-f F] ... -o OUT.dat [-- CMD]`. */
export function traceCmdRecordCommand(opts: ToolCommandOptions): string[] {
  const args = ['trace-cmd', 'record', '-C', opts.clock, '-b', String(opts.bufferKb)];
  for (const e of opts.events) {
    args.push('-e', e.event);
    if (e.filter !== '') args.push('-f', e.filter);
  }
  args.push('-o', `${opts.output ?? 'faultreplay'}.dat`);
  // trace-cmd record runs a command given after the options (no `--` needed; it is accepted).
  args.push(...tail(opts));
  return args;
}

/** Both command lines, shell-quoted, with the reading commands after them. */
export function formatToolCommands(opts: ToolCommandOptions): string {
  const out = opts.output ?? 'faultreplay';
  return [
    `# perf (then: perf script -i ${out}.perf.data > ${out}.perf.txt; faultreplay ingest reads it)`,
    join(perfRecordCommand(opts)),
    '',
    `# trace-cmd (then: trace-cmd report -i ${out}.dat > ${out}.report.txt)`,
    join(traceCmdRecordCommand(opts)),
    '',
  ].join('\n');
}
