/**
 * Live mode: `trace_pipe` bytes -> lines -> the ingest line parser and normaliser -> canonical
 * events -> batched appends to an event log, while the capture runs.
 *
 * It reuses `ingest/ftrace/line-parser.ts` (`parseLine`) and `ingest/normalize/normalize.ts`
 * (`Normalizer`) line by line; the file pipeline (`CaptureReader`) only reads from a path, so the
 * envelope building (seq, ts, lost markers) is repeated here for a stream.
 *
 * Memory is bounded: at most `batchSize` events plus one chunk's lines are held; `write()` awaits
 * the append, so a slow log makes the pump wait and the kernel ring buffer absorbs the backlog
 * (and counts what it overwrites, which `end()` turns into `lost` events).
 */
import { SCHEMA_VERSION, type CanonicalEvent, type TimestampNs } from '../../src/events/index.js';
import type { EventLog } from '../../src/log/event-log.js';
import { Interner, LineKind, newRawLine, parseLine } from '../ftrace/line-parser.js';
import { FLAG_KERNELS, DEFAULT_FLAG_KERNEL, type FlagKernel } from '../normalize/inode-flags.js';
import { Normalizer, type Normalized } from '../normalize/normalize.js';
import { canonicalEvent, timestampNs } from '../normalize/envelope.js';
import { parseKernelRelease } from './event-set.js';
import type { CaptureFileHeader } from './header.js';
import { LineSplitter } from './pipe-reader.js';
import type { CaptureSink, CaptureSummary } from './recorder.js';

export interface LiveSinkOptions {
  readonly captureId: string;
  /** Opens the destination log; called once, in `begin()`. */
  readonly openLog: () => Promise<EventLog>;
  /** For messages, e.g. `file log /var/lib/fr` or `kafka b:9092 topic t`. */
  readonly target: string;
  /** Shown as the header's `sourceFile`. @default 'trace_pipe' */
  readonly source?: string;
  /** Events per append. @default 1024 */
  readonly batchSize?: number;
  /** Append a partial batch when it is older than this. @default 500 */
  readonly maxDelayMs?: number;
  readonly note?: (msg: string) => void;
}

export interface LiveStats {
  /** Events appended (header and lost markers included). */
  events: number;
  lines: number;
  malformed: number;
  /** Lost events: stream markers plus kernel counters beyond them. */
  lost: number;
  appends: number;
}

export interface LiveSink extends CaptureSink {
  readonly target: string;
  readonly stats: LiveStats;
}

/** Non-ns clocks print integers (KERNEL.md B.1). */
const TICK_CLOCKS = new Set(['counter', 'uptime', 'x86-tsc']);

/** The newest inode-flag table not newer than the running kernel. */
export function flagKernelFor(release: string): FlagKernel {
  const [maj, min] = parseKernelRelease(release);
  if (maj === 0) return DEFAULT_FLAG_KERNEL;
  let best: FlagKernel | undefined;
  let bestV = -1;
  for (const k of FLAG_KERNELS) {
    const [km, kn] = parseKernelRelease(k);
    const v = km * 1000 + kn;
    if (v <= maj * 1000 + min && v > bestV) {
      best = k;
      bestV = v;
    }
  }
  return best ?? DEFAULT_FLAG_KERNEL;
}

export function createLiveSink(opts: LiveSinkOptions): LiveSink {
  const batchSize = opts.batchSize ?? 1024;
  const maxDelayMs = opts.maxDelayMs ?? 500;
  const captureId = opts.captureId;
  const stats: LiveStats = { events: 0, lines: 0, malformed: 0, lost: 0, appends: 0 };
  const splitter = new LineSplitter();
  const names = new Interner();
  const raw = newRawLine();
  const norm: Normalized = {
    type: 'generic',
    data: { name: '', subsystem: '', fields: [], raw: '' },
    tracepoint: '',
    fallback: 1,
  };
  const streamLostByCpu = new Map<number, number>();
  let normalizer: Normalizer | undefined;
  let log: EventLog | undefined;
  let batch: CanonicalEvent[] = [];
  let batchSince = 0;
  let seq = 0;
  let lastTs = 0n as TimestampNs;

  const append = async (): Promise<void> => {
    if (batch.length === 0 || log === undefined) return;
    const events = batch;
    batch = [];
    await log.append(events);
    stats.events += events.length;
    stats.appends++;
  };

  const lostEvent = (
    cpu: number,
    count: number,
    known: boolean,
    kind: 'lost' | 'buffer_started',
    line: number,
  ): CanonicalEvent => ({
    captureId,
    seq: seq++,
    ts: lastTs,
    cpu,
    pid: 0,
    tgid: -1,
    comm: '',
    line,
    type: 'lost',
    data: { cpu, count, countKnown: known, kind },
  });

  const takeLine = (line: string): void => {
    stats.lines++;
    // Line numbers count the file-mode layout: header comment, `# tracer: nop`, `#`, events.
    const lineNo = stats.lines + 3;
    const kind = parseLine(line, raw, names);
    if (kind === LineKind.Event && normalizer !== undefined) {
      normalizer.normalize(raw, norm);
      const ts = timestampNs(raw) as TimestampNs;
      lastTs = ts;
      if (batch.length === 0) batchSince = Date.now();
      batch.push(canonicalEvent(captureId, seq++, ts, raw, lineNo, norm));
      return;
    }
    if (kind === LineKind.Lost || kind === LineKind.BufferStarted) {
      const known = raw.lostCount >= 0;
      if (kind === LineKind.Lost && known) {
        stats.lost += raw.lostCount;
        streamLostByCpu.set(raw.lostCpu, (streamLostByCpu.get(raw.lostCpu) ?? 0) + raw.lostCount);
      }
      batch.push(
        lostEvent(
          raw.lostCpu,
          known ? raw.lostCount : 0,
          known,
          kind === LineKind.Lost ? 'lost' : 'buffer_started',
          lineNo,
        ),
      );
      return;
    }
    if (kind === LineKind.Malformed) stats.malformed++;
  };

  return {
    target: opts.target,
    stats,
    begin: async (header: CaptureFileHeader) => {
      log = await opts.openLog();
      normalizer = new Normalizer({ format: 'ftrace', kernel: flagKernelFor(header.kernel) });
      batch.push({
        captureId,
        seq: seq++,
        ts: 0n as TimestampNs,
        cpu: 0,
        pid: 0,
        tgid: -1,
        comm: '',
        line: 0,
        type: 'header',
        data: {
          captureId,
          sourceFile: opts.source ?? 'trace_pipe',
          format: 'ftrace',
          kernel: header.kernel,
          clock: header.clock,
          host: header.host,
          schemaVersion: SCHEMA_VERSION,
          hz: header.hz,
          nsClock: !TICK_CLOCKS.has(header.clock),
        },
      });
      await append();
      opts.note?.(`live: appending capture '${captureId}' to ${opts.target}`);
    },
    write: async (chunk: Buffer) => {
      for (const line of splitter.push(chunk)) takeLine(line);
      if (
        batch.length >= batchSize ||
        (batch.length > 0 && Date.now() - batchSince >= maxDelayMs)
      ) {
        await append();
      }
    },
    abort: async () => {
      // Keep what was read: append it, then close (close flushes).
      try {
        await append();
      } finally {
        await log?.close();
      }
    },
    end: async (summary: CaptureSummary) => {
      const tail = splitter.flush();
      if (tail !== undefined) takeLine(tail);
      // Losses the kernel counted but the stream did not mark: one `lost` event per CPU.
      for (const c of summary.cpuLoss) {
        const counted = c.overrun + c.dropped;
        const marked = streamLostByCpu.get(c.cpu) ?? 0;
        if (counted > marked) {
          batch.push(lostEvent(c.cpu, counted - marked, true, 'lost', 0));
          stats.lost += counted - marked;
        }
      }
      try {
        await append();
        await log?.flush();
      } finally {
        await log?.close();
      }
    },
  };
}
