/**
 * The reference codec: CanonicalEvent <-> bytes through the protobufjs-generated static code
 * (src/gen/proto). It is the baseline the hand-tuned codec (event-codec.ts) is tested against
 * byte for byte and benchmarked against; it is not used on any hot path.
 *
 * It is written independently of the fast codec: which fields are 64-bit (and signed or not)
 * comes from the generated prototypes at run time (their defaults are `Long`s), not from a
 * hand-kept table, and messages are built generically by walking the event's data. Only the
 * TS-side choice of `bigint` vs `number` for 64-bit fields is listed here (it is a property of
 * src/events/event.ts, not of the schema).
 */
import Long from 'long';
import type { CanonicalEvent, EventType } from '../events/index.js';
import { EVENT_TYPES, i64Exact, u64Id } from '../events/index.js';
import { ReplayError } from '../errors.js';
import { faultreplay } from '../gen/proto/events.js';

const pb = faultreplay.v1;

/** 64-bit payload fields the TS event model types as bigint (all others are numbers). */
const BIGINT_FIELDS: ReadonlySet<string> = new Set([
  'page_fault.address',
  'page_fault.ip',
  'dax_fault.address',
  'msync_enter.start',
  'msync_enter.len',
  'mmap_enter.addr',
  'mmap_enter.len',
  'mmap_enter.off',
  'munmap_enter.addr',
  'munmap_enter.len',
  'mlock_enter.start',
  'mlock_enter.len',
  'syscall_exit.ret',
  'page_cache.pfn',
]);

/** uint64 identifiers the TS event model types as U64Id: every inode number, page indexes. */
const ID_FIELDS: ReadonlySet<string> = new Set([
  'page_dirtied.index',
  'writeback_wait.index',
  'page_cache.index',
  'filemap_fault.offset',
  'filemap_fault.endOffset',
  'iomap_writeback.size',
  'iomap_writeback.offset',
  'iomap_writeback.length',
]);

/** int64 fields typed I64Exact (src/events/units.ts): a safe number, else the exact bigint. */
const EXACT_I64_FIELDS: ReadonlySet<string> = new Set([
  'writepages_start.nrToWrite',
  'writepages_start.rangeStart',
  'writepages_start.rangeEnd',
  'fsync_enter.offset',
  'fsync_enter.nbytes',
  'fallocate_enter.offset',
  'fallocate_enter.len',
]);

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

interface Ctor {
  prototype: object;
}
type ProtoCtorMap = Record<string, Ctor>;

/** The generated message class of each payload, found by its oneof field on Event. */
function payloadCtor(type: EventType): Ctor {
  const name = PAYLOAD_MESSAGE[type];
  const ctor = (pb as unknown as ProtoCtorMap)[name];
  if (ctor === undefined) throw new Error(`no generated message ${name}`);
  return ctor;
}

/** Payload kind -> proto message name (Event.payload oneof in event.proto). */
const PAYLOAD_MESSAGE: Readonly<Record<EventType, string>> = {
  header: 'CaptureHeader',
  page_fault: 'PageFault',
  filemap_fault: 'FilemapFault',
  page_dirtied: 'PageDirtied',
  inode_dirtied: 'InodeDirtied',
  inode_marked_dirty: 'InodeMarkedDirty',
  writepages_start: 'WritepagesStart',
  writepages_result: 'WritepagesResult',
  writeback_work: 'WritebackWork',
  writeback_wait: 'WritebackWait',
  journal_handle: 'JournalHandle',
  journal_commit: 'JournalCommit',
  journal_run_stats: 'JournalRunStats',
  fs_sync: 'FsSync',
  xfs_fault: 'XfsFault',
  iomap_writeback: 'IomapWriteback',
  dax_fault: 'DaxFault',
  msync_enter: 'MsyncEnter',
  fsync_enter: 'FsyncEnter',
  mmap_enter: 'MmapEnter',
  munmap_enter: 'MunmapEnter',
  mlock_enter: 'MlockEnter',
  fallocate_enter: 'FallocateEnter',
  syscall_exit: 'SyscallExit',
  page_cache: 'PageCacheChange',
  timestamp: 'TimestampEvent',
  block_request: 'BlockRequest',
  block_reservation: 'BlockReservation',
  lost: 'LostEvents',
  marker: 'Marker',
  generic: 'GenericEvent',
  capture_end: 'CaptureEnd',
};

/** The default of field `key` on a generated prototype: a Long for 64-bit fields. */
function protoDefault(ctor: Ctor, key: string): unknown {
  return (ctor.prototype as Record<string, unknown>)[key];
}

/** A TS value -> the value protobufjs expects for that field. */
function toProtoValue(def: unknown, v: unknown): unknown {
  if (Long.isLong(def)) {
    if (typeof v === 'bigint') return Long.fromString(v.toString(), v >= 0n);
    // Long.fromNumber saturates (2^63 -> 2^63-1 for int64), matching the fast codec.
    return Long.fromNumber(v as number, def.unsigned);
  }
  return v;
}

function toProtoObject(ctor: Ctor, data: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'fields' && Array.isArray(v)) {
      out[k] = (v as [string, string][]).map(([key, value]) => ({ key, value }));
      continue;
    }
    out[k] = toProtoValue(protoDefault(ctor, k), v);
  }
  return out;
}

/** Encodes with the protobufjs-generated `Event.encode`. */
export function encodeEventProtobufjs(e: CanonicalEvent): Uint8Array {
  const ev: Record<string, unknown> = {
    captureId: e.captureId,
    seq: Long.fromNumber(e.seq, true),
    ts: Long.fromString(e.ts.toString(), true),
    cpu: e.cpu,
    pid: e.pid,
    tgid: e.tgid,
    comm: e.comm,
    line: Long.fromNumber(e.line, true),
  };
  ev[camel(e.type)] = toProtoObject(payloadCtor(e.type), e.data);
  return pb.Event.encode(ev as unknown as faultreplay.v1.Event).finish();
}

function fromProtoValue(kind: string, key: string, v: unknown): unknown {
  if (Long.isLong(v)) {
    if (BIGINT_FIELDS.has(`${kind}.${key}`)) return BigInt(v.toString());
    if (key === 'ino' || ID_FIELDS.has(`${kind}.${key}`)) return u64Id(BigInt(v.toString()));
    if (EXACT_I64_FIELDS.has(`${kind}.${key}`)) return i64Exact(BigInt(v.toString()));
    return v.toNumber();
  }
  return v;
}

/** Decodes with the protobufjs-generated `Event.decode`. */
export function decodeEventProtobufjs(bytes: Uint8Array): CanonicalEvent {
  let msg: faultreplay.v1.Event;
  try {
    msg = pb.Event.decode(bytes);
  } catch (err) {
    throw new ReplayError('RPL_CODEC', `protobufjs: ${String(err)}`, { cause: err });
  }
  const which = msg.payload;
  const type = EVENT_TYPES.find((t) => camel(t) === which);
  if (type === undefined) {
    throw new ReplayError('RPL_CODEC', 'event has no payload this schema knows', {
      details: { reason: 'no payload' },
    });
  }
  const ctor = payloadCtor(type);
  const sub = (msg as unknown as Record<string, Record<string, unknown>>)[camel(type)]!;
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(ctor.prototype)) {
    if (key.startsWith('$')) continue;
    const v = sub[key];
    if (typeof v === 'function') continue;
    // A proto3 `optional` field the message does not carry (its prototype default is null).
    if (v === null) {
      data[key] = undefined;
      continue;
    }
    if (key === 'fields' && type === 'generic') {
      data[key] = (v as { key: string; value: string }[]).map((kv) => [kv.key, kv.value] as const);
      continue;
    }
    data[key] = fromProtoValue(type, key, v);
  }
  return {
    captureId: msg.captureId,
    seq: msg.seq.toNumber(),
    ts: BigInt(msg.ts.toString()),
    cpu: msg.cpu,
    pid: msg.pid,
    tgid: msg.tgid,
    comm: msg.comm,
    line: msg.line.toNumber(),
    type,
    data,
  } as unknown as CanonicalEvent;
}

/**
 * Decodes an `EventBatch` with the protobufjs-generated code (the reference for the hand-tuned
 * batch codec: what any protobuf runtime reads from a Kafka record value).
 */
export function decodeEventBatchProtobufjs(bytes: Uint8Array): {
  readonly captureId: string;
  readonly firstSeq: number;
  readonly schemaVersion: number;
  readonly endOfCapture: boolean;
  readonly events: CanonicalEvent[];
} {
  let msg: faultreplay.v1.EventBatch;
  try {
    msg = pb.EventBatch.decode(bytes);
  } catch (err) {
    throw new ReplayError('RPL_CODEC', `protobufjs: ${String(err)}`, { cause: err });
  }
  return {
    captureId: msg.captureId,
    firstSeq: msg.firstSeq.toNumber(),
    schemaVersion: msg.schemaVersion,
    endOfCapture: msg.endOfCapture,
    events: msg.events.map((e) => decodeEventProtobufjs(pb.Event.encode(e).finish())),
  };
}
