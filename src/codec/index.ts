/**
 * The codec: CanonicalEvent <-> protobuf bytes (`faultreplay.v1.Event`).
 * - `encodeEvent` / `decodeEvent`: one event, one `Uint8Array`.
 * - `writeEvent` / `readEvent` over `ByteWriter` / `EventReader`: the streaming fast path used
 *   by the file log (many events per buffer, no per-event copies).
 * - `encodeEventProtobufjs` / `decodeEventProtobufjs`: the protobufjs reference, for tests and
 *   the benchmark baseline.
 */
export {
  ByteReader,
  ByteWriter,
  EventReader,
  createByteWriter,
  createEventReader,
  decodeEvent,
  encodeEvent,
  readEvent,
  writeEvent,
} from './event-codec.js';
export { decodeEventProtobufjs, encodeEventProtobufjs } from './protobufjs-codec.js';
export { crc32 } from './crc32.js';
