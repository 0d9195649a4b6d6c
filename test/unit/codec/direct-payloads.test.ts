// The direct payload writers (src/codec/direct-payloads.ts) must write exactly the bytes
// encodePayload writes for the same event: a log must not depend on which path wrote a record.
// Values are biased to the edges: zero (omitted), 2^32, 2^53 - 1, kernel addresses above 2^53
// (bigint), uppercase hex digits, long strings that need a two-byte length.
import { describe, expect, test } from 'vitest';
import {
  beginGeneric,
  ByteWriter,
  encodePayload,
  endGeneric,
  genericField,
  genericHexField,
  writeEnvelope,
  writeEvent,
  writeInodeDirtied,
  writePageFault,
} from '../../../src/codec/index.js';
import type {
  CanonicalEvent,
  DevT,
  GenericEvent,
  InodeDirtied,
  PageFault,
} from '../../../src/events/index.js';
import { RandomEvents, Rng } from './random-events.js';

function viaObject(
  type: 'page_fault' | 'generic' | 'inode_dirtied',
  data: PageFault | GenericEvent | InodeDirtied,
): Buffer {
  const w = new ByteWriter(64);
  encodePayload(w, { type, data } as unknown as CanonicalEvent);
  return Buffer.from(w.finish());
}

const U64_EDGES = [0n, 1n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 64n - 1n];

describe('direct payload writers', () => {
  test('the envelope from a number timestamp equals the event object with a bigint one', () => {
    // Random events are edge-biased: int32/uint32 extremes, -1, non-ASCII and long strings.
    const gen = new RandomEvents(new Rng(99));
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const e = gen.event();
      const ts = e.ts <= BigInt(Number.MAX_SAFE_INTEGER) && i % 4 !== 0 ? Number(e.ts) : e.ts;
      if (typeof ts === 'number') fast++;
      const direct = new ByteWriter(16);
      writeEnvelope(direct, e.captureId, e.seq, ts, e.cpu, e.pid, e.tgid, e.comm, e.line);
      encodePayload(direct, e);
      const object = new ByteWriter(16);
      writeEvent(object, e);
      expect(Buffer.from(direct.finish())).toEqual(Buffer.from(object.finish()));
    }
    expect(fast).toBeGreaterThan(500);
  });

  test('page_fault from numbers or bigints equals the encoded PageFault object', () => {
    const rng = new Rng(2026);
    for (let i = 0; i < 2000; i++) {
      const pick = (): bigint =>
        i % 3 === 0
          ? U64_EDGES[rng.int(U64_EDGES.length)]!
          : (BigInt(rng.u32()) << 16n) | BigInt(rng.int(65536));
      const address = pick();
      const ip = i % 5 === 0 ? 0xffffffff81234567n : pick();
      const errorCode = i % 4 === 0 ? 0 : rng.u32();
      const user = rng.int(2) === 1;
      const w = new ByteWriter(16);
      // The hot path passes a number when the value is exact as a double.
      const asGiven = (v: bigint): number | bigint =>
        v <= BigInt(Number.MAX_SAFE_INTEGER) && i % 2 === 0 ? Number(v) : v;
      writePageFault(w, asGiven(address), asGiven(ip), errorCode, user);
      expect(Buffer.from(w.finish())).toEqual(
        viaObject('page_fault', { address, ip, errorCode, user }),
      );
    }
  });

  test('a streamed generic event equals the encoded GenericEvent object', () => {
    const rng = new Rng(7);
    const words = ['', 'fd', 'filename', 'é', 'x'.repeat(200), 'flags'];
    for (let i = 0; i < 500; i++) {
      const hexSrc = `  0x${'0123456789abcdefABCDEF'.repeat(2)}  `;
      const fields: [string, string][] = [];
      const w = new ByteWriter(16);
      const name = words[rng.int(words.length)]!;
      const start = beginGeneric(w, name, i % 2 === 0 ? 'syscalls' : '');
      for (let k = rng.int(5); k > 0; k--) {
        const key = words[rng.int(words.length)]!;
        if (rng.int(2) === 0) {
          const value = words[rng.int(words.length)]!;
          genericField(w, key, value);
          fields.push([key, value]);
        } else {
          const from = 4 + rng.int(10);
          const to = from + 1 + rng.int(16);
          genericHexField(w, key, hexSrc, from, to);
          fields.push([key, `0x${hexSrc.slice(from, to).toLowerCase()}`]);
        }
      }
      const raw = i % 3 === 0 ? 'raw "text" ü' : '';
      endGeneric(w, start, raw);
      expect(Buffer.from(w.finish())).toEqual(
        viaObject('generic', { name, subsystem: i % 2 === 0 ? 'syscalls' : '', fields, raw }),
      );
    }
  });

  test('inode_dirtied from numbers equals the encoded InodeDirtied object, errors included', () => {
    const rng = new Rng(24);
    const edges = [0, 1, 127, 128, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1];
    const stages = ['mark_inode_dirty', 'dirty_inode_start', 'dirty_inode', ''] as const;
    const pick = (i: number): number => (i % 3 === 0 ? edges[rng.int(edges.length)]! : rng.u32());
    let rejected = 0;
    for (let i = 0; i < 2000; i++) {
      const d = {
        dev: pick(i) as DevT,
        ino: pick(i + 1),
        flags: pick(i + 2),
        state: pick(i),
        stage: stages[rng.int(stages.length)]!,
        rawFlags: pick(i + 1),
        rawState: pick(i + 2),
      } as InodeDirtied;
      let object: Buffer | string;
      try {
        object = viaObject('inode_dirtied', d);
      } catch (err) {
        object = String(err);
      }
      const w = new ByteWriter(16);
      let direct: Buffer | string;
      try {
        writeInodeDirtied(w, d.dev, d.ino, d.flags, d.state, d.stage, d.rawFlags, d.rawState);
        direct = Buffer.from(w.finish());
      } catch (err) {
        direct = String(err);
        rejected++;
      }
      expect(direct).toEqual(object);
    }
    // 2^32 and 2^53 - 1 are out of range for the uint32 fields: the same error either way.
    expect(rejected).toBeGreaterThan(100);
  });
});
