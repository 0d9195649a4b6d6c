/**
 * `faultreplay.v1.EventBatch` (proto/faultreplay/v1/event_batch.proto), the value of one Kafka
 * record: a contiguous range of one capture's events, written and read by hand like the Event
 * codec. A batch is built from events already encoded (the ingest pipeline's `EncodedBatch`
 * records), so the producer copies bytes and never re-encodes an event.
 *
 * Wire layout, in field order (any order decodes; this is the one written):
 *   1 capture_id (string)  2 first_seq (varint)  3 schema_version (varint)
 *   4 events (one length-delimited Event per event)  5 end_of_capture (bool, only when set)
 */
import type { CanonicalEvent } from '../events/index.js';
import { isReplayError } from '../errors.js';
import { codecError } from './wire.js';
import { ByteReader, ByteWriter } from './wire.js';
import { createEventReader, readEvent } from './event-codec.js';

const TAG_CAPTURE_ID = (1 << 3) | 2;
const TAG_FIRST_SEQ = 2 << 3;
const TAG_SCHEMA = 3 << 3;
const TAG_EVENT = (4 << 3) | 2;
const TAG_END = 5 << 3;

/** Accumulates one capture's encoded events and emits them as `EventBatch` values. */
export class EventBatchWriter {
  private readonly body = new ByteWriter(64 * 1024);
  private n = 0;

  /** Events in the batch being built. */
  get count(): number {
    return this.n;
  }

  /** Bytes of the events so far (the value is this plus a few header bytes). */
  get bytes(): number {
    return this.body.pos;
  }

  /** Adds one encoded `Event` message (`bytes[start, end)`). */
  addEncoded(bytes: Uint8Array, start: number, end: number): void {
    const w = this.body;
    w.byte(TAG_EVENT);
    w.varint32(end - start);
    w.ensure(end - start);
    w.buf.set(bytes.subarray(start, end), w.pos);
    w.pos += end - start;
    this.n++;
  }

  /** The value of the batch so far (a fresh Buffer); the writer starts empty again. */
  take(captureId: string, firstSeq: number, schemaVersion: number, end: boolean): Buffer {
    const head = new ByteWriter(64 + captureId.length * 3);
    head.byte(TAG_CAPTURE_ID);
    head.string(captureId);
    head.byte(TAG_FIRST_SEQ);
    head.uint64Number(firstSeq, 'first_seq');
    head.byte(TAG_SCHEMA);
    head.varint32(schemaVersion);
    const tail = end ? 2 : 0;
    const out = Buffer.allocUnsafe(head.pos + this.body.pos + tail);
    head.buf.copy(out, 0, 0, head.pos);
    this.body.buf.copy(out, head.pos, 0, this.body.pos);
    if (end) {
      out[out.length - 2] = TAG_END;
      out[out.length - 1] = 1;
    }
    this.body.reset();
    if (this.body.buf.length > 4 << 20) this.body.buf = Buffer.allocUnsafe(64 * 1024);
    this.n = 0;
    return out;
  }
}

/** A decoded `EventBatch`: its fields, and where each event's message sits in the value. */
export interface DecodedEventBatch {
  readonly captureId: string;
  readonly firstSeq: number;
  readonly schemaVersion: number;
  readonly endOfCapture: boolean;
  /** Event i is `value[starts[2i], starts[2i+1])`. */
  readonly starts: readonly number[];
  readonly count: number;
}

/** Reads the batch's fields and event positions; throws `RPL_CODEC` on malformed bytes. */
export function readEventBatch(value: Uint8Array): DecodedEventBatch {
  const r = new ByteReader();
  r.reset(value, 0, value.length);
  let captureId = '';
  let firstSeq = 0;
  let schemaVersion = 0;
  let endOfCapture = false;
  const starts: number[] = [];
  try {
    while (r.pos < r.end) {
      const tag = r.varint32();
      switch (tag) {
        case TAG_CAPTURE_ID:
          captureId = r.string();
          break;
        case TAG_FIRST_SEQ:
          firstSeq = r.uint64Number();
          break;
        case TAG_SCHEMA:
          schemaVersion = r.varint32();
          break;
        case TAG_EVENT: {
          const end = r.delimitedEnd();
          starts.push(r.pos, end);
          r.pos = end;
          break;
        }
        case TAG_END:
          endOfCapture = r.bool();
          break;
        default:
          if (tag === 0) throw codecError(`invalid tag 0 at byte ${r.pos - 1}`);
          r.skip(tag & 7);
      }
    }
    if (r.pos !== r.end) throw codecError(`field overran the batch end at byte ${r.pos}`);
  } finally {
    r.release();
  }
  return { captureId, firstSeq, schemaVersion, endOfCapture, starts, count: starts.length / 2 };
}

/**
 * The batch's events as objects, in order (throws `RPL_CODEC` naming the event index).
 *
 * An event whose payload this schema does not know (a newer producer's event kind) fails the
 * batch unless `onUnknown` is given: then it is left out and `onUnknown` gets its seq
 * (`first_seq + i`, event_batch.proto), so a reader can tell a skipped seq from a missing one,
 * as the file log's readers skip and count such a record. Any other bad event fails the batch.
 */
export function decodeEventBatch(
  value: Uint8Array,
  batch: DecodedEventBatch,
  onUnknown?: (seq: number, reason: string) => void,
): CanonicalEvent[] {
  const r = createEventReader();
  const out: CanonicalEvent[] = [];
  try {
    for (let i = 0; i < batch.count; i++) {
      try {
        out.push(readEvent(r, value, batch.starts[2 * i]!, batch.starts[2 * i + 1]!));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        if (onUnknown !== undefined && isReplayError(e) && e.details['reason'] === 'no payload') {
          onUnknown(batch.firstSeq + i, reason);
          continue;
        }
        throw codecError(`event ${i} of the batch (seq ${batch.firstSeq + i}): ${reason}`);
      }
    }
  } finally {
    r.release();
  }
  return out;
}

/** The capture id and seq of an encoded `Event`, read from its envelope alone. */
export interface EnvelopeKey {
  captureId: string;
  seq: number;
}

/**
 * Reads the capture id and seq of the `Event` at `bytes[start, end)` into `out` (the writer
 * puts them first, fields 1 and 2; proto3 omits a zero seq or an empty id). Stops at the first
 * other field, so it costs a few bytes per event, not a decode.
 */
export function readEnvelopeKey(
  r: ByteReader,
  bytes: Uint8Array,
  start: number,
  end: number,
  out: EnvelopeKey,
): void {
  r.reset(bytes, start, end);
  out.captureId = '';
  out.seq = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    if (tag === 10)
      out.captureId = r.string(); // Event.capture_id
    else if (tag === 16)
      out.seq = r.uint64Number(); // Event.seq
    else return;
  }
}
