/**
 * Live mode: `trace_pipe` bytes -> the file pipeline's reader -> encoded batches -> appends to
 * an event log, while the capture runs.
 *
 * The chunks go through `CaptureReader` exactly as a capture file would: the sink first feeds
 * the file layout's header lines (file-sink.ts), so live capture and "capture to a file, then
 * ingest it" parse, number, count and encode the same bytes the same way. Losses the kernel
 * counted but the stream never marked become lost events at the end (`kernelLoss`).
 *
 * Memory is bounded: `write()` resolves only when the reader has taken the chunk, and the reader
 * waits for each append, so a slow log makes the pump wait and the kernel ring buffer absorbs
 * the backlog (and counts what it overwrites, which `end()` turns into `lost` events).
 */
import type { EventLog } from '../../src/log/event-log.js';
import { appendEncoded } from '../../src/log/event-log.js';
import { CaptureReader, type IngestIssue } from '../pipeline.js';
import { formatCaptureHeader, type CaptureFileHeader } from './header.js';
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
  /** Lines read, the capture-file layout's three header lines included. */
  lines: number;
  malformed: number;
  /** Lost events: stream markers plus kernel counters beyond them. */
  lost: number;
  appends: number;
  /** The first line problems (line numbers in the capture-file layout), and how many in all. */
  issues: readonly IngestIssue[];
  issuesTotal: number;
}

export interface LiveSink extends CaptureSink {
  readonly target: string;
  readonly stats: LiveStats;
}

/**
 * Chunks handed from the capture pump (push) to the reader (pull). `push` resolves once the
 * reader has taken the chunk, so at most one chunk waits.
 */
class ChunkQueue implements AsyncIterable<Buffer> {
  private readonly chunks: Buffer[] = [];
  private readonly taken: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private closed = false;
  private failure: unknown;
  private wake: (() => void) | undefined;

  push(chunk: Buffer): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure as Error);
    if (this.closed) return Promise.reject(new Error('live sink: write after end'));
    this.chunks.push(chunk);
    const p = new Promise<void>((resolve, reject) => this.taken.push({ resolve, reject }));
    this.wake?.();
    return p;
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** The reader stopped for good: every waiting and later `push` rejects with `e`. */
  fail(e: unknown): void {
    this.failure = e;
    this.chunks.length = 0;
    for (const t of this.taken.splice(0)) t.reject(e);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk !== undefined) {
        this.taken.shift()?.resolve();
        yield chunk;
        continue;
      }
      if (this.closed || this.failure !== undefined) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

export function createLiveSink(opts: LiveSinkOptions): LiveSink {
  const stats: LiveStats = {
    events: 0,
    lines: 0,
    malformed: 0,
    lost: 0,
    appends: 0,
    issues: [],
    issuesTotal: 0,
  };
  const queue = new ChunkQueue();
  let log: EventLog | undefined;
  let reader: CaptureReader | undefined;
  let pump: Promise<void> | undefined;
  let kernelLoss: { cpu: number; count: number }[] = [];

  /** Appends every batch the reader yields; the first failure stops the queue. */
  const run = async (reader: CaptureReader, to: EventLog): Promise<void> => {
    const sync = (): void => {
      stats.lines = reader.stats.lines;
      stats.malformed = reader.stats.malformed;
      stats.lost = reader.stats.lost;
      stats.issues = reader.stats.issues;
      stats.issuesTotal = reader.stats.issuesTotal;
    };
    try {
      for await (const batch of reader.encodedBatches()) {
        await appendEncoded(to, batch);
        stats.events += batch.count;
        stats.appends++;
        sync();
      }
      sync();
    } catch (e) {
      queue.fail(e);
      throw e;
    }
  };

  /** Waits for the reader to finish what was pushed; rethrows its failure. */
  const finish = async (): Promise<void> => {
    queue.close();
    await pump;
  };

  return {
    target: opts.target,
    stats,
    begin: async (header: CaptureFileHeader) => {
      log = await opts.openLog();
      reader = new CaptureReader(opts.source ?? 'trace_pipe', {
        captureId: opts.captureId,
        format: 'ftrace',
        batchSize: opts.batchSize ?? 1024,
        maxDelayMs: opts.maxDelayMs ?? 500,
        source: queue,
        kernelLoss: () => kernelLoss,
      });
      pump = run(reader, log);
      // Rejections surface through write()/end(); this only marks them handled meanwhile.
      pump.catch(() => undefined);
      await queue.push(Buffer.from(`${formatCaptureHeader(header)}\n# tracer: nop\n#\n`));
      opts.note?.(`live: appending capture '${opts.captureId}' to ${opts.target}`);
    },
    write: (chunk: Buffer) => queue.push(chunk),
    abort: async () => {
      // Keep what was read: let the reader append it, then close (close flushes).
      try {
        await finish();
      } catch {
        // the failure was already reported through write()
      } finally {
        await log?.close();
      }
    },
    end: async (summary: CaptureSummary) => {
      kernelLoss = summary.cpuLoss.map((c) => ({ cpu: c.cpu, count: c.overrun + c.dropped }));
      try {
        await finish();
        const captureEnd = reader?.captureEnd(false);
        if (captureEnd !== undefined && log !== undefined) {
          await appendEncoded(log, captureEnd);
          stats.events += captureEnd.count;
        }
        // The capture ran to its end: logs with capture streams (Kafka) mark it complete. An
        // aborted capture keeps what was read, without an end: it replays as incomplete.
        await log?.endCapture?.(opts.captureId);
        await log?.flush();
      } finally {
        await log?.close();
      }
    },
  };
}
