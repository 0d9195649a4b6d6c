/**
 * The hand-tuned codec against the protobufjs-generated one: same bytes for every event kind
 * (randomised, edge-biased values), each decoder reads the other's output, and the round trip is
 * exact. Bad bytes give RPL_CODEC with a reason.
 */
import { describe, expect, test } from 'vitest';
import {
  ByteWriter,
  createEventReader,
  decodeEvent,
  decodeEventProtobufjs,
  encodeEvent,
  encodeEventProtobufjs,
  readEvent,
  writeEvent,
} from '../../../src/codec/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { EVENT_TYPES } from '../../../src/events/index.js';
import { isReplayError } from '../../../src/errors.js';
import { RandomEvents, Rng } from './random-events.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

const PER_KIND = 300;

describe('codec: hand-tuned vs protobufjs', () => {
  for (const type of EVENT_TYPES) {
    test(`${type}: identical bytes, cross-decodable, exact round trip`, () => {
      const seed = 1000 + EVENT_TYPES.indexOf(type);
      const gen = new RandomEvents(new Rng(seed));
      // +-2^63 and 2^64 in number fields saturate on the wire and read back as the same double,
      // so the round trip is exact for them too.
      for (let i = 0; i < PER_KIND; i++) {
        const e = gen.event(type);
        const fast = encodeEvent(e);
        const reference = encodeEventProtobufjs(e);
        expect(hex(fast), `seed ${seed} #${i}`).toBe(hex(reference));
        expect(decodeEvent(fast), `seed ${seed} #${i}`).toEqual(e);
        expect(decodeEventProtobufjs(fast), `seed ${seed} #${i}`).toEqual(e);
        expect(decodeEvent(reference), `seed ${seed} #${i}`).toEqual(e);
      }
    });
  }

  test('an all-defaults event is the envelope-free payload tag only (proto3 omission)', () => {
    const e: CanonicalEvent = {
      captureId: '',
      seq: 0,
      ts: 0n as CanonicalEvent['ts'],
      cpu: 0,
      pid: 0,
      tgid: 0,
      comm: '',
      line: 0,
      type: 'marker',
      data: { text: '' },
    };
    // field 49, wire type 2 -> tag 394 = varint 0x8a 0x03, then length 0
    expect(hex(encodeEvent(e))).toBe('8a0300');
    expect(hex(encodeEventProtobufjs(e))).toBe('8a0300');
    expect(decodeEvent(encodeEvent(e))).toEqual(e);
  });

  test('negative int32 takes ten bytes, as protobufjs writes it', () => {
    const gen = new RandomEvents(new Rng(7));
    const e = {
      ...gen.event('marker'),
      captureId: '',
      seq: 0,
      ts: 0n,
      cpu: 0,
      pid: 0,
      comm: '',
      line: 0,
      tgid: -1,
    } as CanonicalEvent;
    const bytes = encodeEvent(e);
    expect(hex(bytes.subarray(0, 11))).toBe('30ffffffffffffffffff01');
    expect(hex(bytes)).toBe(hex(encodeEventProtobufjs(e)));
  });

  test('payloads of 128 bytes and more get a multi-byte length, body intact', () => {
    for (const len of [100, 124, 125, 126, 127, 128, 129, 200, 16383, 16384, 70000]) {
      const e: CanonicalEvent = {
        captureId: 'c',
        seq: 1,
        ts: 2n as CanonicalEvent['ts'],
        cpu: 0,
        pid: 1,
        tgid: 1,
        comm: 'x',
        line: 3,
        type: 'marker',
        data: { text: 'é'.repeat(len >> 1) + 'a'.repeat(len & 1) },
      };
      expect(hex(encodeEvent(e))).toBe(hex(encodeEventProtobufjs(e)));
      expect(decodeEvent(encodeEvent(e))).toEqual(e);
    }
  });

  test('the streaming path packs many events in one buffer and reads them in place', () => {
    const gen = new RandomEvents(new Rng(99));
    const events = Array.from({ length: 2000 }, () => gen.event());
    const w = new ByteWriter(16); // tiny: forces growth
    const bounds: number[] = [0];
    for (const e of events) {
      writeEvent(w, e);
      bounds.push(w.pos);
    }
    const buf = w.finish();
    // Independent check: the concatenation of the reference encodings.
    expect(hex(buf)).toBe(events.map((e) => hex(encodeEventProtobufjs(e))).join(''));
    const r = createEventReader();
    for (let i = 0; i < events.length; i++) {
      expect(readEvent(r, buf, bounds[i]!, bounds[i + 1]!)).toEqual(events[i]);
    }
  });
});

describe('codec: bad input', () => {
  const sample: CanonicalEvent = {
    captureId: 'cap',
    seq: 1,
    ts: 10n as CanonicalEvent['ts'],
    cpu: 1,
    pid: 2,
    tgid: 2,
    comm: 'a',
    line: 4,
    type: 'page_fault',
    data: { address: 0x7fff0000n, ip: 1n, errorCode: 6, user: true },
  };

  const codecError = (f: () => unknown): { reason: unknown; message: string } => {
    try {
      f();
    } catch (err) {
      expect(isReplayError(err)).toBe(true);
      if (isReplayError(err)) {
        expect(err.code).toBe('RPL_CODEC');
        return { reason: err.details['reason'], message: err.message };
      }
    }
    throw new Error('expected a throw');
  };

  test('every truncation of a valid message is rejected, never misread', () => {
    const bytes = encodeEvent(sample);
    for (let n = 0; n < bytes.length; n++) {
      const { message } = codecError(() => decodeEvent(bytes.subarray(0, n)));
      expect(message.length).toBeGreaterThan(0);
    }
  });

  test('a message without a known payload says so', () => {
    // seq = 1 then an unknown field 60 (varint): valid protobuf, no payload this schema knows.
    const { reason } = codecError(() => decodeEvent(Uint8Array.from([16, 1, 0xe0, 0x03, 5])));
    expect(reason).toBe('no payload');
  });

  test('unknown fields are skipped', () => {
    const bytes = encodeEvent(sample);
    // Prepend an unknown fixed64 field 15 and an unknown length-delimited field 16.
    const extra = Uint8Array.from([0x79, 1, 2, 3, 4, 5, 6, 7, 8, 0x82, 0x01, 2, 0xaa, 0xbb]);
    const withUnknown = new Uint8Array(extra.length + bytes.length);
    withUnknown.set(extra);
    withUnknown.set(bytes, extra.length);
    expect(decodeEvent(withUnknown)).toEqual(sample);
  });

  test('invalid wire type and over-long varints are rejected', () => {
    expect(codecError(() => decodeEvent(Uint8Array.from([0x0f]))).message).toMatch(/wire type/);
    expect(
      codecError(() =>
        decodeEvent(Uint8Array.from([16, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1])),
      ).message,
    ).toMatch(/varint/);
  });

  test('out-of-range values are rejected on encode, naming the field', () => {
    const bad = [
      { ...sample, cpu: -1 },
      { ...sample, pid: 2 ** 31 },
      { ...sample, seq: 1.5 },
      { ...sample, ts: -1n },
      { ...sample, data: { ...sample.data, address: 1n << 64n } },
      { ...sample, ts: 5 }, // a number where the model says bigint
      { ...sample, seq: 5n }, // a bigint where the model says number
    ] as unknown as CanonicalEvent[];
    for (const e of bad) codecError(() => encodeEvent(e));
    expect(codecError(() => encodeEvent({ ...sample, pid: 2 ** 31 })).message).toMatch(/pid/);
  });

  test('a failed writeEvent leaves the buffer as it was', () => {
    const w = new ByteWriter(64);
    writeEvent(w, sample);
    const before = hex(w.finish());
    codecError(() => {
      writeEvent(w, { ...sample, data: { ...sample.data, ip: -5n } });
    });
    expect(hex(w.finish())).toBe(before);
  });
});

describe('codec: fuzzed input', () => {
  test('random bytes and bit-flipped messages decode or fail with RPL_CODEC, never anything else', () => {
    const rng = new Rng(77);
    const gen = new RandomEvents(rng);
    let decoded = 0;
    let rejected = 0;
    const attempt = (bytes: Uint8Array): void => {
      try {
        const e = decodeEvent(bytes);
        // Whatever decodes is a well-formed event that encodes again.
        expect(EVENT_TYPES).toContain(e.type);
        encodeEvent(e);
        decoded++;
      } catch (err) {
        if (!isReplayError(err) || err.code !== 'RPL_CODEC') throw err;
        rejected++;
      }
    };
    for (let i = 0; i < 3000; i++) {
      const random = new Uint8Array(rng.int(64));
      for (let j = 0; j < random.length; j++) random[j] = rng.int(256);
      attempt(random);
      const valid = encodeEvent(gen.event());
      const flipped = Uint8Array.from(valid);
      for (let k = 0; k < 1 + rng.int(3); k++) {
        const at = rng.int(flipped.length);
        flipped[at] = flipped[at]! ^ (1 << rng.int(8));
      }
      attempt(flipped);
    }
    // Both outcomes happen (the fuzzer is not trivially rejected or accepted).
    expect(decoded).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });
});
