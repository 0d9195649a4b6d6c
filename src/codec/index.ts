/**
 * The codec: CanonicalEvent <-> protobuf bytes (`faultreplay.v1.Event`).
 * - `encodeEvent` / `decodeEvent`: one event, one `Uint8Array`.
 * - `writeEvent` / `readEvent` over `ByteWriter` / `EventReader`: the streaming fast path used
 *   by the file log (many events per buffer, no per-event copies).
 * - `EncodedBatch`: records encoded by the ingest pipeline straight from parsed lines, stored by
 *   the event log as they are.
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
  writeEnvelope,
  writeEvent,
} from './event-codec.js';
export {
  EncodedBatchWriter,
  RECORD_HEADROOM,
  decodeBatch,
  prependEvent,
  type EncodedBatch,
} from './encoded-batch.js';
export {
  decodeEventBatchProtobufjs,
  decodeEventProtobufjs,
  encodeEventProtobufjs,
} from './protobufjs-codec.js';
export { crc32, frameRecord, frameRecords } from './crc32.js';
export {
  beginGeneric,
  endGeneric,
  endGenericRange,
  genericField,
  genericFieldRange,
  genericHexField,
  writeInodeDirtied,
  writePageFault,
} from './direct-payloads.js';
export { encodePayload } from './payloads.js';
export {
  EventBatchWriter,
  decodeEventBatch,
  readEventBatch,
  readEnvelopeKey,
  type EnvelopeKey,
  type DecodedEventBatch,
} from './event-batch.js';
