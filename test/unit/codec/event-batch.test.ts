// The EventBatch codec (src/codec/event-batch.ts) against itself and against the protobufjs code
// generated from proto/faultreplay/v1/event_batch.proto: what a consumer in another language reads.
import { describe, expect, test } from 'vitest';
import {
  ByteReader,
  EventBatchWriter,
  decodeEventBatch,
  decodeEventBatchProtobufjs,
  encodeEvent,
  readEnvelopeKey,
  readEventBatch,
} from '../../../src/codec/index.js';
import { isReplayError } from '../../../src/errors.js';
import { sampleEvents } from './random-events.js';

const events = sampleEvents(800, 3).map((e, i) => ({ ...e, captureId: 'cap-ü', seq: 1000 + i }));

/**
 * An `Event` as a newer producer writes it, by hand: capture_id "cap-ü", seq 1002, ts 7, and a
 * payload in oneof field 99, which this schema does not have (tag 99 << 3 | 2 = 0x31a).
 */
const NEWER_EVENT = Uint8Array.from([
  ...[0x0a, 0x06, ...Buffer.from('cap-ü')],
  ...[0x10, 0xea, 0x07],
  ...[0x18, 0x07],
  ...[0x9a, 0x06, 0x04, 0x08, 0x01, 0x10, 0x02],
]);

function batch(end: boolean): Buffer {
  const w = new EventBatchWriter();
  for (const e of events) {
    const bytes = encodeEvent(e);
    w.addEncoded(bytes, 0, bytes.length);
  }
  expect(w.count).toBe(events.length);
  return w.take('cap-ü', 1000, 1, end);
}

describe('EventBatch', () => {
  test('round-trips through the hand-tuned codec', () => {
    const value = batch(true);
    const b = readEventBatch(value);
    expect(b).toMatchObject({ captureId: 'cap-ü', firstSeq: 1000, schemaVersion: 1 });
    expect(b.endOfCapture).toBe(true);
    expect(decodeEventBatch(value, b)).toEqual(events);
    expect(readEventBatch(batch(false)).endOfCapture).toBe(false);
  });

  test('the generated protobufjs code reads the same fields and events', () => {
    for (const end of [true, false]) {
      expect(decodeEventBatchProtobufjs(batch(end))).toEqual({
        captureId: 'cap-ü',
        firstSeq: 1000,
        schemaVersion: 1,
        endOfCapture: end,
        events,
      });
    }
  });

  test('a malformed batch is RPL_CODEC, never a partial read', () => {
    const value = batch(false);
    const torn = value.subarray(0, value.length - 7);
    let err: unknown;
    try {
      const b = readEventBatch(torn);
      decodeEventBatch(torn, b);
    } catch (e) {
      err = e;
    }
    expect(isReplayError(err) && err.code === 'RPL_CODEC').toBe(true);
  });

  test('an event of a newer schema (unknown oneof field) is skipped and its seq reported', () => {
    const w = new EventBatchWriter();
    const known = events.slice(0, 3);
    for (const [i, e] of known.entries()) {
      const bytes = encodeEvent(e);
      w.addEncoded(bytes, 0, bytes.length);
      if (i === 1) w.addEncoded(NEWER_EVENT, 0, NEWER_EVENT.length);
    }
    const value = w.take('cap-ü', 1000, 1, false);
    const b = readEventBatch(value);
    expect(b.count).toBe(4);
    const seqs: number[] = [];
    expect(decodeEventBatch(value, b, (seq) => seqs.push(seq))).toEqual(known);
    expect(seqs).toEqual([1002]);
    // Without the callback the batch is refused, naming the event.
    expect(() => decodeEventBatch(value, b)).toThrow(/event 2 of the batch \(seq 1002\)/);
  });

  test('a malformed event fails the batch even with the callback', () => {
    const w = new EventBatchWriter();
    const bytes = encodeEvent(events[0]!);
    w.addEncoded(bytes, 0, bytes.length - 1); // cut inside the payload
    const value = w.take('cap-ü', 1000, 1, false);
    const seqs: number[] = [];
    expect(() => decodeEventBatch(value, readEventBatch(value), (s) => seqs.push(s))).toThrow(
      /event 0 of the batch/,
    );
    expect(seqs).toEqual([]);
  });

  test('the envelope key reads capture id and seq, seq 0 included (proto3 omits it)', () => {
    const r = new ByteReader();
    const key = { captureId: '', seq: -1 };
    for (const e of [events[5]!, { ...events[5]!, seq: 0 }]) {
      const bytes = encodeEvent(e);
      readEnvelopeKey(r, bytes, 0, bytes.length, key);
      expect(key).toEqual({ captureId: 'cap-ü', seq: e.seq });
    }
  });
});
