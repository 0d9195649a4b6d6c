/**
 * A batch of events already encoded as `faultreplay.v1.Event` messages, back to back in one
 * buffer. The ingest pipeline writes records straight from parsed lines into it (no event
 * objects), and the event log stores them without re-encoding.
 *
 *   buf: [headroom | record 0][headroom | record 1] ... [headroom | record n-1]
 *         ^starts[0]           ^starts[1]                                     ^starts[n]
 *
 * Each record is preceded by `RECORD_HEADROOM` bytes that belong to whoever stores the batch:
 * the file log writes its frame (length, CRC) there in place, so a batch is framed and written
 * without copying records one by one.
 */
import type { CanonicalEvent } from '../events/index.js';
import { createEventReader, readEvent, writeEvent } from './event-codec.js';
import { ByteWriter } from './wire.js';

/** Free bytes before each record (the file log's frame is 8: length and CRC-32). */
export const RECORD_HEADROOM = 8;

export interface EncodedBatch {
  readonly buf: Buffer;
  /** `starts[i]` is where record i's headroom begins; `starts[count]` is the end of the last. */
  readonly starts: ArrayLike<number>;
  readonly count: number;
}

/** Builds one `EncodedBatch`: `begin()`, write one message into `w`, `end()`; repeat. */
export class EncodedBatchWriter {
  readonly w: ByteWriter;
  /**
   * Record starts in a typed array handed to the batch whole at `take()`: one allocation per
   * batch, where a growing JS array copied per batch cost ~20 bytes of garbage per record.
   */
  private starts = new Uint32Array(1024);
  private n = 0;

  constructor(initialBytes = 256 * 1024) {
    this.w = new ByteWriter(initialBytes);
  }

  get count(): number {
    return this.n;
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.w.pos;
  }

  /** Starts a record: reserves its headroom; the message follows at `w.pos`. */
  begin(): void {
    const w = this.w;
    // +1: `take()` stores the end of the last record after it.
    if (this.n + 1 >= this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.n++] = w.pos;
    w.ensure(RECORD_HEADROOM);
    w.pos += RECORD_HEADROOM;
  }

  /** Drops the record begun last (its message could not be written). */
  abandon(): void {
    this.w.pos = this.starts[--this.n]!;
  }

  /** Appends one event object as a record. */
  add(e: CanonicalEvent): void {
    this.begin();
    try {
      writeEvent(this.w, e);
    } catch (err) {
      this.abandon();
      throw err;
    }
  }

  /** The records so far, as a batch that owns its buffer; the writer starts empty again. */
  take(): EncodedBatch {
    const starts = this.starts;
    starts[this.n] = this.w.pos;
    const batch = { buf: this.w.buf.subarray(0, this.w.pos), starts, count: this.n };
    // A fresh buffer and starts: the batch may still be stored (appends overlap the next batch's
    // parse).
    this.w.buf = Buffer.allocUnsafe(Math.max(this.w.buf.length, 4096));
    this.w.reset();
    this.starts = new Uint32Array(starts.length);
    this.n = 0;
    return batch;
  }
}

/** `e` then the batch's records, as one new batch (the capture header goes first). */
export function prependEvent(e: CanonicalEvent, batch: EncodedBatch): EncodedBatch {
  const head = new EncodedBatchWriter(512);
  head.add(e);
  const first = head.take();
  const shift = first.buf.length;
  const buf = Buffer.concat([first.buf, batch.buf]);
  const starts = new Uint32Array(batch.count + 2);
  for (let i = 0; i <= batch.count; i++) starts[i + 1] = batch.starts[i]! + shift;
  return { buf, starts, count: batch.count + 1 };
}

/** The batch's events as objects (for callers that want `CanonicalEvent`s). */
export function decodeBatch(batch: EncodedBatch): CanonicalEvent[] {
  const r = createEventReader();
  const out: CanonicalEvent[] = new Array<CanonicalEvent>(batch.count);
  try {
    for (let i = 0; i < batch.count; i++) {
      out[i] = readEvent(r, batch.buf, batch.starts[i]! + RECORD_HEADROOM, batch.starts[i + 1]!);
    }
  } finally {
    r.release();
  }
  return out;
}
