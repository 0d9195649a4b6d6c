/**
 * The event-log port: an append-only, ordered, durable sequence of canonical events. It is the
 * source of truth: ingest appends to it, replay reads from it, and the same log always replays
 * to the same results.
 *
 * Adapters live beside this file (`file-event-log.ts`, `memory-event-log.ts`,
 * `kafka-event-log.ts`) and are built by factories (`createFileEventLog(opts)`). One contract
 * suite (`test/contracts/event-log.contract.ts`) runs against every adapter.
 */
import type { CanonicalEvent } from '../events/index.js';
import { decodeBatch, type EncodedBatch } from '../codec/index.js';

/** One stored record: the event and its log offset. */
export interface LogRecord {
  /** Dense, 0-based position in the log (per partition for partitioned adapters). */
  readonly offset: number;
  readonly event: CanonicalEvent;
}

export interface AppendResult {
  /** Offset given to the first appended event. */
  readonly firstOffset: number;
  /** Offset the next append will get. */
  readonly nextOffset: number;
}

export interface ReadOptions {
  /** Stop before this offset (default: the end of the log at the time the read started). */
  readonly toOffset?: number;
  /** Preferred batch size; adapters may return smaller batches. @default 4096 */
  readonly batchSize?: number;
}

export interface EventLog {
  /**
   * Appends events in order. Implementations must:
   * - assign consecutive offsets starting at the current end of the log;
   * - never reorder, drop or duplicate an event of a successful call;
   * - reject (with `ReplayError` code `RPL_LOG_IO`, `retriable` when that is so) rather than
   *   store part of a batch silently: after a failed call, what was stored is exactly what
   *   `endOffset()` reports.
   * Appends may be buffered; `flush()` makes them durable.
   */
  append(events: readonly CanonicalEvent[]): Promise<AppendResult>;

  /**
   * Appends records already encoded (the ingest pipeline's batches), with `append`'s guarantees.
   * Optional: adapters that store encoded records anyway implement it to skip decoding and
   * re-encoding; `appendEncoded(log, batch)` falls back to `append` for the others. The batch's
   * headroom bytes may be overwritten.
   */
  appendEncoded?(batch: EncodedBatch): Promise<AppendResult>;

  /**
   * Marks the end of a capture whose events were all appended (the ingest of its file
   * finished). Optional: adapters that keep per-capture streams (Kafka) write an
   * end-of-capture record, so that readers replay the capture only once it is complete and can
   * tell an incomplete one (a killed ingest) apart. Must be called after the capture's last
   * append; never for a capture whose input failed part-way.
   */
  endCapture?(captureId: string): Promise<void>;

  /** Makes every appended event durable (fsync for files, acks for Kafka). */
  flush(): Promise<void>;

  /**
   * Reads records in offset order from `fromOffset` (inclusive), in batches. Implementations
   * must yield each offset exactly once, in order, and stop at `toOffset` or at the end of the
   * log as it was when the read started. Reading does not consume: two reads give the same data.
   */
  read(fromOffset: number, options?: ReadOptions): AsyncIterable<readonly LogRecord[]>;

  /** The offset the next append will get (= number of records for a log starting at 0). */
  endOffset(): Promise<number>;

  /** Flushes and releases files, sockets and locks. Idempotent. */
  close(): Promise<void>;
}

/** Appends an encoded batch through the adapter's `appendEncoded`, else decoded via `append`. */
export function appendEncoded(log: EventLog, batch: EncodedBatch): Promise<AppendResult> {
  if (log.appendEncoded !== undefined) return log.appendEncoded(batch);
  let events: CanonicalEvent[];
  try {
    events = decodeBatch(batch);
  } catch (err) {
    return Promise.reject(err as Error);
  }
  return log.append(events);
}
