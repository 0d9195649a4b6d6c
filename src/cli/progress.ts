/**
 * Progress of a command's phases (ingest, replay, store) on stderr, so stdout stays the result
 * (tables or --json). On a terminal one live line per phase, redrawn at most every 200 ms
 * (5 times a second): done of total, rate and ETA, then a final line when the phase ends. Off
 * a terminal (pipes, CI logs) plain lines: one when a phase starts and one when it ends.
 *
 * The formatting is pure (`formatProgress`, `formatPhaseDone`) so it is tested as a unit; the
 * clock is injected.
 */
import type { CliIo } from './command.js';
import { statSync } from 'node:fs';
import type { IngestProgress } from '../../ingest/index.js';
import type { EventLog, LogRecord, ReadOptions } from '../log/index.js';

/** What a phase counts: bytes print as kB/MB/GB, the others as counts of that unit. */
export type ProgressUnit = 'bytes' | 'events' | 'runs';

export interface ProgressState {
  readonly phase: string;
  readonly unit: ProgressUnit;
  readonly done: number;
  /** Undefined when the total is not known. */
  readonly total: number | undefined;
  readonly elapsedMs: number;
  /** Shown after the phase name, e.g. the file being read. */
  readonly detail?: string | undefined;
}

/** Redraw interval on a terminal: at most 5 lines a second. */
export const REDRAW_MS = 200;

/** An amount of a unit: `213.7 kB`, `23,285 events`, `1 run`. */
export function formatAmount(n: number, unit: ProgressUnit): string {
  if (unit === 'bytes') {
    if (n < 1000) return `${Math.round(n)} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let v = n / 1000;
    let i = 0;
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ${units[i]!}`;
  }
  const count = Math.round(n).toLocaleString('en-US');
  return unit === 'runs' ? `${count} run${n === 1 ? '' : 's'}` : `${count} ${unit}`;
}

/** `9 s`, `2 min 5 s`, `0.4 s` */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

/** Per second; none for runs (a handful, each taking long: a rate says nothing). */
function rateOf(s: ProgressState): number | undefined {
  if (s.unit === 'runs') return undefined;
  return s.elapsedMs > 0 && s.done > 0 ? s.done / (s.elapsedMs / 1000) : undefined;
}

/** The live line: `ingest a.trace.gz: 1.20 MB of 4.00 MB (30%)  2.40 MB/s  ETA 1.2 s`. */
export function formatProgress(s: ProgressState): string {
  const head = `${s.phase}${s.detail === undefined ? '' : ` ${s.detail}`}:`;
  const parts = [head];
  if (s.total !== undefined && s.total > 0) {
    const pct = Math.min(100, Math.floor((s.done * 100) / s.total));
    parts.push(`${formatAmount(s.done, s.unit)} of ${formatAmount(s.total, s.unit)} (${pct}%)`);
  } else parts.push(formatAmount(s.done, s.unit));
  const rate = rateOf(s);
  if (rate !== undefined) {
    parts.push(` ${formatAmount(rate, s.unit)}/s`);
    if (s.total !== undefined && s.total > s.done) {
      parts.push(` ETA ${formatDuration(((s.total - s.done) / rate) * 1000)}`);
    }
  }
  return parts.join(' ');
}

/** The line when a phase ends: `replay: 23,285 events in 0.4 s (58,212 events/s)`. */
export function formatPhaseDone(s: ProgressState): string {
  const rate = rateOf(s);
  return `${s.phase}: ${formatAmount(s.done, s.unit)} in ${formatDuration(s.elapsedMs)}${
    rate === undefined ? '' : ` (${formatAmount(rate, s.unit)}/s)`
  }`;
}

/** The line when a phase starts (off a terminal): `store: 1 run to store` style. */
export function formatPhaseStart(s: Pick<ProgressState, 'phase' | 'unit' | 'total'>): string {
  return `${s.phase}: started${s.total === undefined ? '' : `, ${formatAmount(s.total, s.unit)} in all`}`;
}

export interface PhaseProgress {
  /** Work done so far; cheap to call often (draws at most every `REDRAW_MS`). */
  update(done: number, detail?: string): void;
  /** The work starts over (another pass over the same total): rate and ETA count from now. */
  nextPass(): void;
  /** The phase is over: its final line (time and rate). Idempotent. */
  finish(done?: number): void;
}

export interface PhaseOptions {
  readonly phase: string;
  readonly unit: ProgressUnit;
  readonly total?: number | undefined;
  /** Milliseconds, monotonic. @default performance.now */
  readonly clock?: () => number;
}

/** Starts reporting a phase on `io.stderr` as `faultreplay COMMAND: ...`. */
export function startPhase(
  io: Pick<CliIo, 'stderr' | 'interactive'>,
  command: string,
  options: PhaseOptions,
): PhaseProgress {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  let passStarted = started;
  const prefix = `faultreplay ${command}: `;
  let lastDraw = -Infinity;
  let done = 0;
  let detail: string | undefined;
  let finished = false;
  const state = (since: number): ProgressState => ({
    phase: options.phase,
    unit: options.unit,
    done,
    total: options.total,
    elapsedMs: clock() - since,
    detail,
  });
  if (!io.interactive) io.stderr.write(`${prefix}${formatPhaseStart(state(started))}\n`);
  return {
    update(n, d) {
      done = n;
      detail = d;
      if (!io.interactive || finished) return;
      const now = clock();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      io.stderr.write(`\r\x1b[K${prefix}${formatProgress(state(passStarted))}`);
    },
    nextPass() {
      passStarted = clock();
      done = 0;
    },
    finish(n) {
      if (finished) return;
      finished = true;
      if (n !== undefined) done = n;
      const line = formatPhaseDone(state(started));
      io.stderr.write(`${io.interactive ? '\r\x1b[K' : ''}${prefix}${line}\n`);
    },
  };
}

/**
 * The log as the replay sees it, reporting each read's progress: records read since the read's
 * start offset, that offset and the read's number from 1 (the replay may read a range more than once: a first pass
 * estimates the clock phase).
 */
export function withReadProgress(
  log: EventLog,
  onRead: (recordsRead: number, fromOffset: number, readNumber: number) => void,
): EventLog {
  let reads = 0;
  async function* read(
    fromOffset: number,
    options?: ReadOptions,
  ): AsyncIterable<readonly LogRecord[]> {
    const readNumber = ++reads;
    for await (const batch of log.read(fromOffset, options)) {
      const last = batch[batch.length - 1];
      if (last !== undefined) onRead(last.offset + 1 - fromOffset, fromOffset, readNumber);
      yield batch;
    }
  }
  const appendEncoded = log.appendEncoded?.bind(log);
  return {
    append: (events) => log.append(events),
    ...(appendEncoded === undefined ? {} : { appendEncoded }),
    flush: () => log.flush(),
    read,
    endOffset: () => log.endOffset(),
    close: () => log.close(),
  };
}

/**
 * The ingest phase over several files: bytes read of all the files' sizes (a file that cannot
 * be stat'ed counts 0; the reader reports it), the current file as detail.
 */
export function startIngestPhase(
  io: Pick<CliIo, 'stderr' | 'interactive'>,
  command: string,
  paths: readonly string[],
  clock?: () => number,
): { onProgress: (p: IngestProgress) => void; finish: () => void } {
  const sizes = paths.map((p) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  const phase = startPhase(io, command, {
    phase: 'ingest',
    unit: 'bytes',
    total,
    ...(clock === undefined ? {} : { clock }),
  });
  return {
    onProgress: (p) => {
      const before = sizes.slice(0, p.fileIndex).reduce((a, b) => a + b, 0);
      const name = p.file.length > 40 ? `…${p.file.slice(-39)}` : p.file;
      const which = p.fileCount > 1 ? `[${p.fileIndex + 1}/${p.fileCount}] ` : '';
      phase.update(before + p.bytesRead, `${which}${name}`);
    },
    finish: () => {
      phase.finish();
    },
  };
}

/**
 * The replay phase over log ranges `[from, to)` replayed one after another, counted as the
 * replay reads them through the returned log. A second read of a range (the clock-phase
 * estimate's first pass came before) starts the rate and ETA over, shown as pass 2.
 */
export function startReplayPhase(
  io: Pick<CliIo, 'stderr' | 'interactive'>,
  command: string,
  log: EventLog,
  ranges: readonly (readonly [number, number])[],
  /** What the pass replays, shown on the live line (a sweep's `[8 cells + captured baseline together]`). */
  what?: string,
): { log: EventLog; finish: () => void } {
  const total = ranges.reduce((n, [from, to]) => n + to - from, 0);
  const phase = startPhase(io, command, { phase: 'replay', unit: 'events', total });
  const passes = new Map<number, number>();
  let currentRead = 0;
  return {
    log: withReadProgress(log, (n, from, readNumber) => {
      if (readNumber !== currentRead) {
        currentRead = readNumber;
        const pass = (passes.get(from) ?? 0) + 1;
        passes.set(from, pass);
        if (pass > 1) phase.nextPass();
      }
      const before = ranges.reduce((sum, [f, t]) => (f < from ? sum + t - f : sum), 0);
      const pass = passes.get(from) ?? 1;
      const detail = [what, pass > 1 ? `(pass ${pass})` : undefined].filter((d) => d !== undefined);
      phase.update(before + n, detail.length > 0 ? detail.join(' ') : undefined);
    }),
    finish: () => {
      phase.finish(total);
    },
  };
}

/**
 * What a sweep's pass replays: `[8 cells + captured baseline together]`. Every cell is fed each
 * event of the same read of the log, so the cells advance and finish together: the pass's one
 * live line is every cell's progress line.
 */
export function formatGridPass(cells: number): string {
  return `[${cells} cell${cells === 1 ? '' : 's'} + captured baseline together]`;
}
