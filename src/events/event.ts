/**
 * The canonical event: what every reader normalises kernel trace lines into, what the event log
 * stores (as `proto/faultreplay/v1/event.proto`), and what the simulator replays.
 *
 * It is a discriminated union on `type` (emmett `typing/event.ts`): switch on `e.type` and end
 * with `assertUnreachable(e)`. Each `type` is the snake_case name of the payload field of the
 * protobuf `Event.payload` oneof, so the codec maps one to the other without a table.
 *
 * Number vs bigint: `ts` is bigint ns (see units.ts). Values that are 64-bit in the kernel and
 * may exceed 2^53 in practice (user and kernel addresses, instruction pointers, syscall return
 * values, mmap lengths and offsets, pfns) are bigint too. Inode numbers and page indexes are
 * identifiers the replay keys maps with: `U64Id`, a number below 2^53 (every real system's
 * case, so the hot path stays number-only) and an exact bigint above, so two 64-bit inode
 * numbers never round into one file. Byte offsets within a file, dev_t and counts are numbers.
 */
import type { DevT, I64Exact, TimestampNs, U64Id } from './units.js';

/** Fields every event carries (the protobuf envelope). */
export interface EventEnvelope {
  readonly captureId: string;
  /** Position in the capture, 0-based, dense: the header is 0, the first trace event 1. */
  readonly seq: number;
  readonly ts: TimestampNs;
  readonly cpu: number;
  readonly pid: number;
  /** -1 when the trace does not say. */
  readonly tgid: number;
  readonly comm: string;
  /** 1-based line in the source file (0 for synthesised records such as the header). */
  readonly line: number;
}

export type CaptureFormat = 'ftrace' | 'trace-cmd' | 'perf';

/** The numeric tunables a capture header may record (CaptureHeader fields, SimOptions names). */
export const CAPTURED_TUNABLES = [
  'dirtyExpireMs',
  'writebackIntervalMs',
  'dirtyBackgroundBytes',
  'dirtyBackgroundRatio',
  'dirtytimeExpireMs',
  'commitIntervalMs',
] as const;
export type CapturedTunable = (typeof CAPTURED_TUNABLES)[number];

export interface CaptureHeader {
  readonly captureId: string;
  readonly sourceFile: string;
  readonly format: CaptureFormat;
  readonly kernel: string;
  readonly clock: string;
  readonly host: string;
  readonly schemaVersion: number;
  /** 0 = unknown. */
  readonly hz: number;
  /** false for counter / uptime / x86-tsc clocks, whose timestamps are not nanoseconds. */
  readonly nsClock: boolean;
  /**
   * Filesystem type of the device the capture was filtered to (`faultreplay capture --dev`),
   * from its mount table: `ext4`, `xfs`, `btrfs`, ...; '' when the capture does not say.
   */
  readonly fsType: string;
  /** That device's superblock dev_t (major << 20 | minor); 0 = none. */
  readonly fsDev: number;
  /** Fingerprint of the input file (ingest/source/content-hash.ts); '' for streamed input. */
  readonly contentHash: string;
  /**
   * The writeback and journal tunables in force at capture time, as a `faultreplay capture`
   * header line records them (ingest/capture/tunables.ts), named as the simulator's options
   * (src/config SimOptions). Undefined: the capture did not record it (never a default).
   */
  /** vm.dirty_expire_centisecs × 10. */
  readonly dirtyExpireMs?: number | undefined;
  /** vm.dirty_writeback_centisecs × 10 (0: periodic writeback off). */
  readonly writebackIntervalMs?: number | undefined;
  /** vm.dirty_background_bytes (0: the ratio is in force). */
  readonly dirtyBackgroundBytes?: number | undefined;
  /** vm.dirty_background_ratio, percent of dirtyable memory. */
  readonly dirtyBackgroundRatio?: number | undefined;
  /** vm.dirtytime_expire_seconds × 1000. */
  readonly dirtytimeExpireMs?: number | undefined;
  /** The traced device's journal commit interval (ext4 `commit=` × 1000). */
  readonly commitIntervalMs?: number | undefined;
  /** The traced device's mount options, comma-separated (`lazytime`, ...); '' = not recorded. */
  readonly mountOptions: string;
  /**
   * The writer ends the capture with a `capture_end` event: without one it is incomplete. False
   * in logs written before end records existed (completeness unknown).
   */
  readonly endsWithCaptureEnd: boolean;
}

/** The last event of a capture whose input was read (written by ingest, never by a killed one). */
export interface CaptureEnd {
  /** Events of the capture before this one, its header included (= this event's seq). */
  readonly events: number;
  /** Bytes of the input file read (compressed bytes for gzip; 0 for streamed input). */
  readonly inputBytes: number;
  /** The input broke off (a damaged gzip stream): the capture holds what was read before it. */
  readonly inputDamaged: boolean;
  /**
   * Lines ingest skipped as unreadable (each reported with file, line and reason; none became
   * an event). Undefined in logs written before ingest recorded it: unknown, not 0.
   */
  readonly badLines?: number;
  /**
   * Lines of modelled events whose payload did not match the known format or held a value out
   * of range, kept as `generic` (not modelled). Undefined as `badLines`.
   */
  readonly payloadMismatchLines?: number;
}

export interface PageFault {
  readonly address: bigint;
  readonly ip: bigint;
  readonly errorCode: number;
  /** page_fault_user (true) or page_fault_kernel. */
  readonly user: boolean;
}
export interface FilemapFault {
  readonly dev: DevT;
  readonly ino: U64Id;
  /** Byte offset (index << PAGE_SHIFT), as the tracepoint prints it: exact above 2^53. */
  readonly offset: U64Id;
  /** End of the fault-around range for map_pages, else 0 (exact as offset). */
  readonly endOffset: U64Id;
  readonly mapPages: boolean;
}
export interface PageDirtied {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly index: U64Id;
  /** True when the capture used the pre-5.16 name `writeback_dirty_page`. */
  readonly legacyPageEvent: boolean;
}

/** Normalised inode flag bits (see proto InodeDirtied): kernel bit values differ by version. */
export const InodeFlag = {
  DIRTY_SYNC: 1,
  DIRTY_DATASYNC: 2,
  DIRTY_PAGES: 4,
  DIRTY_TIME: 8,
  SYNC: 16,
  SYNC_QUEUED: 32,
  NEW: 64,
  FREEING: 128,
  WILL_FREE: 256,
  CLEAR: 512,
  REFERENCED: 1024,
  LINKABLE: 2048,
  WB_SWITCH: 4096,
  OVL_INUSE: 8192,
  CREATING: 16384,
  DONTCACHE: 32768,
  PINNING_FSCACHE_WB: 65536,
  /** The tracer printed a hex value it could not resolve; raw* keep it. */
  UNRESOLVED: 0x80000000,
} as const;
export type InodeDirtyStage =
  | 'mark_inode_dirty'
  | 'dirty_inode_start'
  | 'dirty_inode'
  | 'dirty_inode_enqueue';
export interface InodeDirtied {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly flags: number;
  readonly state: number;
  readonly stage: InodeDirtyStage;
  readonly rawFlags: number;
  readonly rawState: number;
}
export interface InodeMarkedDirty {
  readonly dev: DevT;
  readonly ino: U64Id;
  /** Caller symbol without offset, e.g. `ext4_dirty_inode`. */
  readonly caller: string;
}
export type WritepagesSource =
  | 'ext4_writepages'
  | 'ext4_da_write_folios'
  | 'writeback_single_inode';
export interface WritepagesStart {
  readonly dev: DevT;
  readonly ino: U64Id;
  /** Pages the call may write (`long`): LONG_MAX for a data-integrity sync, exact. */
  readonly nrToWrite: I64Exact;
  /** First byte of the range (`loff_t`), exact. */
  readonly rangeStart: I64Exact;
  /** Last byte of the range, inclusive: LLONG_MAX (exact) is the whole file; 0 when not printed. */
  readonly rangeEnd: I64Exact;
  readonly syncMode: number;
  readonly forKupdate: boolean;
  readonly source: WritepagesSource;
}
export interface WritepagesResult {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly ret: number;
  readonly pagesWritten: number;
  readonly syncMode: number;
  readonly source: WritepagesSource;
}
export type WritebackPhase = 'start' | 'written' | 'queue' | 'exec' | 'wait';
export interface WritebackWork {
  readonly dev: DevT;
  readonly nrPages: number;
  readonly syncMode: number;
  readonly kupdate: boolean;
  readonly background: boolean;
  readonly reason: string;
  readonly phase: WritebackPhase;
}
export interface WritebackWait {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly index: U64Id;
}
export interface JournalHandle {
  readonly dev: DevT;
  readonly tid: number;
  /** EXT4_HT_*: 1 = INODE (timestamps via ext4_dirty_inode), 2 = WRITE_PAGE, 11 = EXT_CONVERT. */
  readonly type: number;
  readonly lineNo: number;
  readonly requestedBlocks: number;
  readonly phase: 'start' | 'stats' | 'extend';
  readonly dirtiedBlocks: number;
  readonly interval: number;
}
export type JournalCommitPhase = 'start' | 'locking' | 'flushing' | 'logging' | 'end' | 'drop';
export interface JournalCommit {
  readonly dev: DevT;
  readonly tid: number;
  readonly sync: boolean;
  readonly phase: JournalCommitPhase;
  readonly head: number;
}
export interface JournalRunStats {
  readonly dev: DevT;
  readonly tid: number;
  readonly waitMs: number;
  readonly requestDelayMs: number;
  readonly runningMs: number;
  readonly lockedMs: number;
  readonly flushingMs: number;
  readonly loggingMs: number;
  readonly handleCount: number;
  readonly blocks: number;
  readonly blocksLogged: number;
}
export interface FsSync {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly datasync: boolean;
  readonly phase: 'enter' | 'exit';
  readonly ret: number;
}
export interface XfsFault {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly order: number;
  readonly write: boolean;
}
export interface IomapWriteback {
  readonly dev: DevT;
  readonly ino: U64Id;
  /** i_size in bytes, exact (iomap prints `0x%llx`). */
  readonly size: U64Id;
  /** Byte offset of the folio / ioend range, exact. */
  readonly offset: U64Id;
  readonly length: U64Id;
  readonly phase: 'folio' | 'ioend';
  readonly mapType: string;
}
export interface DaxFault {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly address: bigint;
  readonly pgoff: number;
  readonly shared: boolean;
  readonly faultFlags: string;
  readonly result: string;
  readonly phase: string;
  readonly pmd: boolean;
}
export interface MsyncEnter {
  readonly start: bigint;
  readonly len: bigint;
  /** MS_ASYNC=1, MS_INVALIDATE=2, MS_SYNC=4. */
  readonly flags: number;
}
export type FsyncSyscall = 'fsync' | 'fdatasync' | 'syncfs' | 'sync_file_range' | 'sync';
export interface FsyncEnter {
  readonly fd: number;
  readonly datasync: boolean;
  readonly syscall: FsyncSyscall;
  /** sync_file_range's `loff_t` offset and nbytes, exact (0 for the other calls). */
  readonly offset: I64Exact;
  readonly nbytes: I64Exact;
}
export interface MmapEnter {
  readonly addr: bigint;
  readonly len: bigint;
  readonly prot: number;
  readonly flags: number;
  readonly fd: number;
  readonly off: bigint;
}
export interface MunmapEnter {
  readonly addr: bigint;
  readonly len: bigint;
}
export type MlockSyscall = 'mlock' | 'mlock2' | 'mlockall' | 'munlock' | 'munlockall';
export interface MlockEnter {
  readonly start: bigint;
  readonly len: bigint;
  readonly flags: number;
  readonly syscall: MlockSyscall;
}
export interface FallocateEnter {
  readonly fd: number;
  readonly mode: number;
  /** `loff_t` offset and len, exact. */
  readonly offset: I64Exact;
  readonly len: I64Exact;
}
export interface SyscallExit {
  /** Name without prefix: `msync`, `mmap`, ... */
  readonly syscall: string;
  /** Signed return value (errors negative; mmap returns the address). */
  readonly ret: bigint;
}
export interface PageCacheChange {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly pfn: bigint;
  /** Page index (the tracepoint's `ofs` is the index for add/delete). */
  readonly index: U64Id;
  readonly order: number;
  readonly removed: boolean;
}
export type TimestampKind =
  | 'ctime_ns_xchg'
  | 'ctime_xchg_skip'
  | 'fill_mg_cmtime'
  | 'inode_set_ctime_to_ts';
export interface TimestampEvent {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly gen: number;
  readonly kind: TimestampKind;
  readonly ctimeSec: number;
  readonly ctimeNsec: number;
  readonly queried: boolean;
}
export interface BlockRequest {
  readonly dev: DevT;
  readonly rwbs: string;
  readonly bytes: number;
  readonly sector: number;
  readonly nrSector: number;
  readonly phase: 'issue' | 'complete';
  readonly error: number;
}
export interface BlockReservation {
  readonly dev: DevT;
  readonly ino: U64Id;
  readonly kind: string;
  readonly blocks: number;
  readonly pos: number;
  readonly count: number;
}
export interface LostEvents {
  readonly cpu: number;
  readonly count: number;
  readonly countKnown: boolean;
  /**
   * `lost`: the tracer dropped events; `buffer_started`: a per-CPU buffer began; `log_damage`:
   * a record of the event log was damaged and `faultreplay log repair` put this one in its place
   * (count 1 per record, so the log's offsets stay dense).
   */
  readonly kind: 'lost' | 'buffer_started' | 'log_damage';
}
export interface Marker {
  readonly text: string;
}
export interface GenericEvent {
  /** Event name without subsystem prefix. */
  readonly name: string;
  readonly subsystem: string;
  readonly fields: readonly (readonly [string, string])[];
  readonly raw: string;
}

/** Payload type by event kind. The keys are the protobuf oneof field names. */
export interface EventDataMap {
  header: CaptureHeader;
  page_fault: PageFault;
  filemap_fault: FilemapFault;
  page_dirtied: PageDirtied;
  inode_dirtied: InodeDirtied;
  inode_marked_dirty: InodeMarkedDirty;
  writepages_start: WritepagesStart;
  writepages_result: WritepagesResult;
  writeback_work: WritebackWork;
  writeback_wait: WritebackWait;
  journal_handle: JournalHandle;
  journal_commit: JournalCommit;
  journal_run_stats: JournalRunStats;
  fs_sync: FsSync;
  xfs_fault: XfsFault;
  iomap_writeback: IomapWriteback;
  dax_fault: DaxFault;
  msync_enter: MsyncEnter;
  fsync_enter: FsyncEnter;
  mmap_enter: MmapEnter;
  munmap_enter: MunmapEnter;
  mlock_enter: MlockEnter;
  fallocate_enter: FallocateEnter;
  syscall_exit: SyscallExit;
  page_cache: PageCacheChange;
  timestamp: TimestampEvent;
  block_request: BlockRequest;
  block_reservation: BlockReservation;
  lost: LostEvents;
  marker: Marker;
  generic: GenericEvent;
  capture_end: CaptureEnd;
}
export type EventType = keyof EventDataMap;

/** Every kind, in protobuf field-number order (20..51). */
export const EVENT_TYPES = [
  'header',
  'page_fault',
  'filemap_fault',
  'page_dirtied',
  'inode_dirtied',
  'inode_marked_dirty',
  'writepages_start',
  'writepages_result',
  'writeback_work',
  'writeback_wait',
  'journal_handle',
  'journal_commit',
  'journal_run_stats',
  'fs_sync',
  'xfs_fault',
  'iomap_writeback',
  'dax_fault',
  'msync_enter',
  'fsync_enter',
  'mmap_enter',
  'munmap_enter',
  'mlock_enter',
  'fallocate_enter',
  'syscall_exit',
  'page_cache',
  'timestamp',
  'block_request',
  'block_reservation',
  'lost',
  'marker',
  'generic',
  'capture_end',
] as const satisfies readonly EventType[];

/** The canonical event: envelope + `{ type, data }`, discriminated on `type`. */
export type CanonicalEvent = {
  [K in EventType]: EventEnvelope & { readonly type: K; readonly data: EventDataMap[K] };
}[EventType];

export type EventOf<K extends EventType> = Extract<CanonicalEvent, { type: K }>;

/** Ends an exhaustive switch: a new event kind fails to compile until it is handled. */
export function assertUnreachable(x: never): never {
  throw new Error(
    `unreachable: ${JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`,
  );
}

/** Current version of the canonical schema (bumped when payload meaning changes). */
export const SCHEMA_VERSION = 1;
