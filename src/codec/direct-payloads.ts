/**
 * Payload fields written straight from parsed values, for the ingest hot path: no payload
 * object, no bigint for a 64-bit value that fits a double exactly, no string for a hex value
 * still sitting in the trace line. The bytes are exactly what `encodePayload` writes for the
 * equivalent event (tested in test/unit/codec/direct-payloads.test.ts), so a log does not
 * depend on which path wrote a record. Tags mirror the generated payloads.ts.
 */
import type { U64Id } from '../events/index.js';
import type { ByteWriter } from './wire.js';

/** A uint64 from an exact number or a bigint. */
function uint64(w: ByteWriter, v: number | bigint, field: string): void {
  if (typeof v === 'number') w.uint64Number(v, field);
  else w.uint64Big(v, field);
}

const isZero = (v: number | bigint): boolean => v === 0 || v === 0n;

/** `Event.page_fault` (field 21). */
export function writePageFault(
  w: ByteWriter,
  address: number | bigint,
  ip: number | bigint,
  errorCode: number,
  user: boolean,
): void {
  w.byte(170);
  w.byte(1);
  const start = w.beginDelimited();
  if (!isZero(address)) {
    w.byte(8);
    uint64(w, address, 'PageFault.address');
  }
  if (!isZero(ip)) {
    w.byte(16);
    uint64(w, ip, 'PageFault.ip');
  }
  if (errorCode !== 0) {
    w.byte(24);
    w.uint32(errorCode, 'PageFault.errorCode');
  }
  if (user) {
    w.byte(32);
    w.byte(1);
  }
  w.endDelimited(start);
}

/**
 * `Event.inode_dirtied` (field 24): a fifth of an mmap write workload's lines, written without
 * the payload object (`stage` is one of the InodeDirtyStage names).
 */
export function writeInodeDirtied(
  w: ByteWriter,
  dev: number,
  ino: U64Id,
  flags: number,
  state: number,
  stage: string,
  rawFlags: number,
  rawState: number,
): void {
  w.byte(194);
  w.byte(1);
  const start = w.beginDelimited();
  if (dev !== 0) {
    w.byte(8);
    w.uint32(dev, 'InodeDirtied.dev');
  }
  if (ino !== 0) {
    w.byte(16);
    w.uint64Id(ino, 'InodeDirtied.ino');
  }
  if (flags !== 0) {
    w.byte(24);
    w.uint32(flags, 'InodeDirtied.flags');
  }
  if (state !== 0) {
    w.byte(32);
    w.uint32(state, 'InodeDirtied.state');
  }
  if (stage.length !== 0) {
    w.byte(42);
    w.string(stage);
  }
  if (rawFlags !== 0) {
    w.byte(48);
    w.uint64Number(rawFlags, 'InodeDirtied.rawFlags');
  }
  if (rawState !== 0) {
    w.byte(56);
    w.uint64Number(rawState, 'InodeDirtied.rawState');
  }
  w.endDelimited(start);
}

/**
 * `Event.generic` (field 50), streamed: `beginGeneric`, any number of `genericField` /
 * `genericHexField`, then `endGeneric`.
 */
export function beginGeneric(w: ByteWriter, name: string, subsystem: string): number {
  w.byte(146);
  w.byte(3);
  const start = w.beginDelimited();
  if (name.length !== 0) {
    w.byte(10);
    w.string(name);
  }
  if (subsystem.length !== 0) {
    w.byte(18);
    w.string(subsystem);
  }
  return start;
}

export function genericField(w: ByteWriter, key: string, value: string): void {
  genericFieldRange(w, key, 0, key.length, value, 0, value.length);
}

/** `genericField` with key and value as ranges of texts (no slices made). */
export function genericFieldRange(
  w: ByteWriter,
  keySrc: string,
  keyFrom: number,
  keyTo: number,
  valueSrc: string,
  valueFrom: number,
  valueTo: number,
): void {
  w.byte(26);
  const start = w.beginDelimited();
  if (keyTo > keyFrom) {
    w.byte(10);
    w.stringRange(keySrc, keyFrom, keyTo);
  }
  if (valueTo > valueFrom) {
    w.byte(18);
    w.stringRange(valueSrc, valueFrom, valueTo);
  }
  w.endDelimited(start);
}

/**
 * A field whose value is `0x` + the hex digits `src[from, to)` in lowercase (at most 16 digits,
 * ASCII by construction), copied from the line without making a string.
 */
export function genericHexField(
  w: ByteWriter,
  key: string,
  src: string,
  from: number,
  to: number,
): void {
  w.byte(26);
  const start = w.beginDelimited();
  if (key.length !== 0) {
    w.byte(10);
    w.string(key);
  }
  const n = to - from;
  w.ensure(n + 4);
  const b = w.buf;
  let p = w.pos;
  b[p++] = 18;
  b[p++] = n + 2;
  b[p++] = 0x30;
  b[p++] = 0x78;
  // 'A'-'F' -> 'a'-'f'; digits and lowercase letters are unchanged by the bit.
  for (let i = from; i < to; i++) b[p++] = src.charCodeAt(i) | 0x20;
  w.pos = p;
  w.endDelimited(start);
}

export function endGeneric(w: ByteWriter, start: number, raw: string): void {
  endGenericRange(w, start, raw, 0, raw.length);
}

/** `endGeneric` with the raw text as a range of a text (no slice made). */
export function endGenericRange(
  w: ByteWriter,
  start: number,
  src: string,
  from: number,
  to: number,
): void {
  if (to > from) {
    w.byte(34);
    w.stringRange(src, from, to);
  }
  w.endDelimited(start);
}
