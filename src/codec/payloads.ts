// GENERATED from proto/faultreplay/v1/event.proto by test/unit/codec/payloads-generator.ts
// (template: payloads.template.txt beside it). Do not edit by hand: change the generator or the
// schema, then run `UPDATE_CODEC=1 npx vitest run --project unit test/unit/codec/payloads-generated.test.ts`.
//
// The per-kind encoders and decoders of the hand-tuned codec (see wire.ts for why it is not
// protobufjs). Each encoder writes the fields in field-number order and skips proto3 defaults
// (0, 0n, false, ''), exactly as protobufjs does (test/unit/codec checks byte equality); each
// decoder starts from the defaults, reads fields in any order, ignores unknown ones, and builds
// the object once, in a fixed shape.
import type {
  BlockRequest,
  BlockReservation,
  CaptureEnd,
  CaptureFormat,
  CaptureHeader,
  DaxFault,
  FallocateEnter,
  FilemapFault,
  FsSync,
  FsyncEnter,
  FsyncSyscall,
  InodeDirtied,
  InodeDirtyStage,
  InodeMarkedDirty,
  IomapWriteback,
  JournalCommit,
  JournalCommitPhase,
  JournalHandle,
  JournalRunStats,
  LostEvents,
  Marker,
  MlockEnter,
  MlockSyscall,
  MmapEnter,
  MsyncEnter,
  MunmapEnter,
  PageCacheChange,
  PageDirtied,
  PageFault,
  SyscallExit,
  TimestampEvent,
  TimestampKind,
  WritebackPhase,
  WritebackWait,
  WritebackWork,
  WritepagesResult,
  WritepagesSource,
  WritepagesStart,
  XfsFault,
  DevT,
  I64Exact,
  U64Id,
} from '../events/index.js';
import { assertUnreachable } from '../events/index.js';
import type { CanonicalEvent, EventType, GenericEvent } from '../events/index.js';
import type { ByteReader, ByteWriter } from './wire.js';
import { codecError } from './wire.js';

/** The reader plus the kind of the last decoded payload. */
export interface PayloadReader extends ByteReader {
  payloadType: EventType | undefined;
}

function checkEnd(r: ByteReader, end: number): void {
  if (r.pos !== end) {
    throw codecError(`sub-message overran its length at byte ${r.pos}`, { position: r.pos });
  }
}

function encodeCaptureHeader(w: ByteWriter, d: CaptureHeader): void {
  if (d.captureId.length !== 0) {
    w.byte(10);
    w.string(d.captureId);
  }
  if (d.sourceFile.length !== 0) {
    w.byte(18);
    w.string(d.sourceFile);
  }
  if (d.format.length !== 0) {
    w.byte(26);
    w.string(d.format);
  }
  if (d.kernel.length !== 0) {
    w.byte(34);
    w.string(d.kernel);
  }
  if (d.clock.length !== 0) {
    w.byte(42);
    w.string(d.clock);
  }
  if (d.host.length !== 0) {
    w.byte(50);
    w.string(d.host);
  }
  if (d.schemaVersion !== 0) {
    w.byte(56);
    w.uint32(d.schemaVersion, 'CaptureHeader.schemaVersion');
  }
  if (d.hz !== 0) {
    w.byte(64);
    w.uint32(d.hz, 'CaptureHeader.hz');
  }
  if (d.nsClock) {
    w.byte(72);
    w.byte(1);
  }
  if (d.fsType.length !== 0) {
    w.byte(82);
    w.string(d.fsType);
  }
  if (d.fsDev !== 0) {
    w.byte(88);
    w.uint32(d.fsDev, 'CaptureHeader.fsDev');
  }
  if (d.contentHash.length !== 0) {
    w.byte(98);
    w.string(d.contentHash);
  }
  if (d.dirtyExpireMs !== undefined) {
    w.byte(104);
    w.uint64Number(d.dirtyExpireMs, 'CaptureHeader.dirtyExpireMs');
  }
  if (d.writebackIntervalMs !== undefined) {
    w.byte(112);
    w.uint64Number(d.writebackIntervalMs, 'CaptureHeader.writebackIntervalMs');
  }
  if (d.dirtyBackgroundBytes !== undefined) {
    w.byte(120);
    w.uint64Number(d.dirtyBackgroundBytes, 'CaptureHeader.dirtyBackgroundBytes');
  }
  if (d.dirtyBackgroundRatio !== undefined) {
    w.varint32(128);
    w.uint32(d.dirtyBackgroundRatio, 'CaptureHeader.dirtyBackgroundRatio');
  }
  if (d.dirtytimeExpireMs !== undefined) {
    w.varint32(136);
    w.uint64Number(d.dirtytimeExpireMs, 'CaptureHeader.dirtytimeExpireMs');
  }
  if (d.commitIntervalMs !== undefined) {
    w.varint32(144);
    w.uint64Number(d.commitIntervalMs, 'CaptureHeader.commitIntervalMs');
  }
  if (d.mountOptions.length !== 0) {
    w.varint32(154);
    w.string(d.mountOptions);
  }
  if (d.endsWithCaptureEnd) {
    w.varint32(160);
    w.byte(1);
  }
}

function encodePageFault(w: ByteWriter, d: PageFault): void {
  if (d.address !== 0n) {
    w.byte(8);
    w.uint64Big(d.address, 'PageFault.address');
  }
  if (d.ip !== 0n) {
    w.byte(16);
    w.uint64Big(d.ip, 'PageFault.ip');
  }
  if (d.errorCode !== 0) {
    w.byte(24);
    w.uint32(d.errorCode, 'PageFault.errorCode');
  }
  if (d.user) {
    w.byte(32);
    w.byte(1);
  }
}

function encodeFilemapFault(w: ByteWriter, d: FilemapFault): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'FilemapFault.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'FilemapFault.ino');
  }
  if (d.offset !== 0) {
    w.byte(24);
    w.uint64Id(d.offset, 'FilemapFault.offset');
  }
  if (d.endOffset !== 0) {
    w.byte(32);
    w.uint64Id(d.endOffset, 'FilemapFault.endOffset');
  }
  if (d.mapPages) {
    w.byte(40);
    w.byte(1);
  }
}

function encodePageDirtied(w: ByteWriter, d: PageDirtied): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'PageDirtied.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'PageDirtied.ino');
  }
  if (d.index !== 0) {
    w.byte(24);
    w.uint64Id(d.index, 'PageDirtied.index');
  }
  if (d.legacyPageEvent) {
    w.byte(32);
    w.byte(1);
  }
}

function encodeInodeDirtied(w: ByteWriter, d: InodeDirtied): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'InodeDirtied.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'InodeDirtied.ino');
  }
  if (d.flags !== 0) {
    w.byte(24);
    w.uint32(d.flags, 'InodeDirtied.flags');
  }
  if (d.state !== 0) {
    w.byte(32);
    w.uint32(d.state, 'InodeDirtied.state');
  }
  if (d.stage.length !== 0) {
    w.byte(42);
    w.string(d.stage);
  }
  if (d.rawFlags !== 0) {
    w.byte(48);
    w.uint64Number(d.rawFlags, 'InodeDirtied.rawFlags');
  }
  if (d.rawState !== 0) {
    w.byte(56);
    w.uint64Number(d.rawState, 'InodeDirtied.rawState');
  }
}

function encodeInodeMarkedDirty(w: ByteWriter, d: InodeMarkedDirty): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'InodeMarkedDirty.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'InodeMarkedDirty.ino');
  }
  if (d.caller.length !== 0) {
    w.byte(26);
    w.string(d.caller);
  }
}

function encodeWritepagesStart(w: ByteWriter, d: WritepagesStart): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'WritepagesStart.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'WritepagesStart.ino');
  }
  if (d.nrToWrite !== 0) {
    w.byte(24);
    w.int64Exact(d.nrToWrite, 'WritepagesStart.nrToWrite');
  }
  if (d.rangeStart !== 0) {
    w.byte(32);
    w.int64Exact(d.rangeStart, 'WritepagesStart.rangeStart');
  }
  if (d.rangeEnd !== 0) {
    w.byte(40);
    w.int64Exact(d.rangeEnd, 'WritepagesStart.rangeEnd');
  }
  if (d.syncMode !== 0) {
    w.byte(48);
    w.uint32(d.syncMode, 'WritepagesStart.syncMode');
  }
  if (d.forKupdate) {
    w.byte(56);
    w.byte(1);
  }
  if (d.source.length !== 0) {
    w.byte(66);
    w.string(d.source);
  }
}

function encodeWritepagesResult(w: ByteWriter, d: WritepagesResult): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'WritepagesResult.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'WritepagesResult.ino');
  }
  if (d.ret !== 0) {
    w.byte(24);
    w.int64Number(d.ret, 'WritepagesResult.ret');
  }
  if (d.pagesWritten !== 0) {
    w.byte(32);
    w.int64Number(d.pagesWritten, 'WritepagesResult.pagesWritten');
  }
  if (d.syncMode !== 0) {
    w.byte(40);
    w.uint32(d.syncMode, 'WritepagesResult.syncMode');
  }
  if (d.source.length !== 0) {
    w.byte(50);
    w.string(d.source);
  }
}

function encodeWritebackWork(w: ByteWriter, d: WritebackWork): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'WritebackWork.dev');
  }
  if (d.nrPages !== 0) {
    w.byte(16);
    w.int64Number(d.nrPages, 'WritebackWork.nrPages');
  }
  if (d.syncMode !== 0) {
    w.byte(24);
    w.uint32(d.syncMode, 'WritebackWork.syncMode');
  }
  if (d.kupdate) {
    w.byte(32);
    w.byte(1);
  }
  if (d.background) {
    w.byte(40);
    w.byte(1);
  }
  if (d.reason.length !== 0) {
    w.byte(50);
    w.string(d.reason);
  }
  if (d.phase.length !== 0) {
    w.byte(58);
    w.string(d.phase);
  }
}

function encodeWritebackWait(w: ByteWriter, d: WritebackWait): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'WritebackWait.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'WritebackWait.ino');
  }
  if (d.index !== 0) {
    w.byte(24);
    w.uint64Id(d.index, 'WritebackWait.index');
  }
}

function encodeJournalHandle(w: ByteWriter, d: JournalHandle): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'JournalHandle.dev');
  }
  if (d.tid !== 0) {
    w.byte(16);
    w.uint32(d.tid, 'JournalHandle.tid');
  }
  if (d.type !== 0) {
    w.byte(24);
    w.uint32(d.type, 'JournalHandle.type');
  }
  if (d.lineNo !== 0) {
    w.byte(32);
    w.uint32(d.lineNo, 'JournalHandle.lineNo');
  }
  if (d.requestedBlocks !== 0) {
    w.byte(40);
    w.int32(d.requestedBlocks, 'JournalHandle.requestedBlocks');
  }
  if (d.phase.length !== 0) {
    w.byte(50);
    w.string(d.phase);
  }
  if (d.dirtiedBlocks !== 0) {
    w.byte(56);
    w.int32(d.dirtiedBlocks, 'JournalHandle.dirtiedBlocks');
  }
  if (d.interval !== 0) {
    w.byte(64);
    w.int32(d.interval, 'JournalHandle.interval');
  }
}

function encodeJournalCommit(w: ByteWriter, d: JournalCommit): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'JournalCommit.dev');
  }
  if (d.tid !== 0) {
    w.byte(16);
    w.uint32(d.tid, 'JournalCommit.tid');
  }
  if (d.sync) {
    w.byte(24);
    w.byte(1);
  }
  if (d.phase.length !== 0) {
    w.byte(34);
    w.string(d.phase);
  }
  if (d.head !== 0) {
    w.byte(40);
    w.uint32(d.head, 'JournalCommit.head');
  }
}

function encodeJournalRunStats(w: ByteWriter, d: JournalRunStats): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'JournalRunStats.dev');
  }
  if (d.tid !== 0) {
    w.byte(16);
    w.uint32(d.tid, 'JournalRunStats.tid');
  }
  if (d.waitMs !== 0) {
    w.byte(24);
    w.uint32(d.waitMs, 'JournalRunStats.waitMs');
  }
  if (d.requestDelayMs !== 0) {
    w.byte(32);
    w.uint32(d.requestDelayMs, 'JournalRunStats.requestDelayMs');
  }
  if (d.runningMs !== 0) {
    w.byte(40);
    w.uint32(d.runningMs, 'JournalRunStats.runningMs');
  }
  if (d.lockedMs !== 0) {
    w.byte(48);
    w.uint32(d.lockedMs, 'JournalRunStats.lockedMs');
  }
  if (d.flushingMs !== 0) {
    w.byte(56);
    w.uint32(d.flushingMs, 'JournalRunStats.flushingMs');
  }
  if (d.loggingMs !== 0) {
    w.byte(64);
    w.uint32(d.loggingMs, 'JournalRunStats.loggingMs');
  }
  if (d.handleCount !== 0) {
    w.byte(72);
    w.uint32(d.handleCount, 'JournalRunStats.handleCount');
  }
  if (d.blocks !== 0) {
    w.byte(80);
    w.uint32(d.blocks, 'JournalRunStats.blocks');
  }
  if (d.blocksLogged !== 0) {
    w.byte(88);
    w.uint32(d.blocksLogged, 'JournalRunStats.blocksLogged');
  }
}

function encodeFsSync(w: ByteWriter, d: FsSync): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'FsSync.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'FsSync.ino');
  }
  if (d.datasync) {
    w.byte(24);
    w.byte(1);
  }
  if (d.phase.length !== 0) {
    w.byte(34);
    w.string(d.phase);
  }
  if (d.ret !== 0) {
    w.byte(40);
    w.int32(d.ret, 'FsSync.ret');
  }
}

function encodeXfsFault(w: ByteWriter, d: XfsFault): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'XfsFault.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'XfsFault.ino');
  }
  if (d.order !== 0) {
    w.byte(24);
    w.uint32(d.order, 'XfsFault.order');
  }
  if (d.write) {
    w.byte(32);
    w.byte(1);
  }
}

function encodeIomapWriteback(w: ByteWriter, d: IomapWriteback): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'IomapWriteback.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'IomapWriteback.ino');
  }
  if (d.size !== 0) {
    w.byte(24);
    w.uint64Id(d.size, 'IomapWriteback.size');
  }
  if (d.offset !== 0) {
    w.byte(32);
    w.uint64Id(d.offset, 'IomapWriteback.offset');
  }
  if (d.length !== 0) {
    w.byte(40);
    w.uint64Id(d.length, 'IomapWriteback.length');
  }
  if (d.phase.length !== 0) {
    w.byte(50);
    w.string(d.phase);
  }
  if (d.mapType.length !== 0) {
    w.byte(58);
    w.string(d.mapType);
  }
}

function encodeDaxFault(w: ByteWriter, d: DaxFault): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'DaxFault.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'DaxFault.ino');
  }
  if (d.address !== 0n) {
    w.byte(24);
    w.uint64Big(d.address, 'DaxFault.address');
  }
  if (d.pgoff !== 0) {
    w.byte(32);
    w.uint64Number(d.pgoff, 'DaxFault.pgoff');
  }
  if (d.shared) {
    w.byte(40);
    w.byte(1);
  }
  if (d.faultFlags.length !== 0) {
    w.byte(50);
    w.string(d.faultFlags);
  }
  if (d.result.length !== 0) {
    w.byte(58);
    w.string(d.result);
  }
  if (d.phase.length !== 0) {
    w.byte(66);
    w.string(d.phase);
  }
  if (d.pmd) {
    w.byte(72);
    w.byte(1);
  }
}

function encodeMsyncEnter(w: ByteWriter, d: MsyncEnter): void {
  if (d.start !== 0n) {
    w.byte(8);
    w.uint64Big(d.start, 'MsyncEnter.start');
  }
  if (d.len !== 0n) {
    w.byte(16);
    w.uint64Big(d.len, 'MsyncEnter.len');
  }
  if (d.flags !== 0) {
    w.byte(24);
    w.uint32(d.flags, 'MsyncEnter.flags');
  }
}

function encodeFsyncEnter(w: ByteWriter, d: FsyncEnter): void {
  if (d.fd !== 0) {
    w.byte(8);
    w.int64Number(d.fd, 'FsyncEnter.fd');
  }
  if (d.datasync) {
    w.byte(16);
    w.byte(1);
  }
  if (d.syscall.length !== 0) {
    w.byte(26);
    w.string(d.syscall);
  }
  if (d.offset !== 0) {
    w.byte(32);
    w.int64Exact(d.offset, 'FsyncEnter.offset');
  }
  if (d.nbytes !== 0) {
    w.byte(40);
    w.int64Exact(d.nbytes, 'FsyncEnter.nbytes');
  }
}

function encodeMmapEnter(w: ByteWriter, d: MmapEnter): void {
  if (d.addr !== 0n) {
    w.byte(8);
    w.uint64Big(d.addr, 'MmapEnter.addr');
  }
  if (d.len !== 0n) {
    w.byte(16);
    w.uint64Big(d.len, 'MmapEnter.len');
  }
  if (d.prot !== 0) {
    w.byte(24);
    w.uint32(d.prot, 'MmapEnter.prot');
  }
  if (d.flags !== 0) {
    w.byte(32);
    w.uint32(d.flags, 'MmapEnter.flags');
  }
  if (d.fd !== 0) {
    w.byte(40);
    w.int64Number(d.fd, 'MmapEnter.fd');
  }
  if (d.off !== 0n) {
    w.byte(48);
    w.uint64Big(d.off, 'MmapEnter.off');
  }
}

function encodeMunmapEnter(w: ByteWriter, d: MunmapEnter): void {
  if (d.addr !== 0n) {
    w.byte(8);
    w.uint64Big(d.addr, 'MunmapEnter.addr');
  }
  if (d.len !== 0n) {
    w.byte(16);
    w.uint64Big(d.len, 'MunmapEnter.len');
  }
}

function encodeMlockEnter(w: ByteWriter, d: MlockEnter): void {
  if (d.start !== 0n) {
    w.byte(8);
    w.uint64Big(d.start, 'MlockEnter.start');
  }
  if (d.len !== 0n) {
    w.byte(16);
    w.uint64Big(d.len, 'MlockEnter.len');
  }
  if (d.flags !== 0) {
    w.byte(24);
    w.uint32(d.flags, 'MlockEnter.flags');
  }
  if (d.syscall.length !== 0) {
    w.byte(34);
    w.string(d.syscall);
  }
}

function encodeFallocateEnter(w: ByteWriter, d: FallocateEnter): void {
  if (d.fd !== 0) {
    w.byte(8);
    w.int64Number(d.fd, 'FallocateEnter.fd');
  }
  if (d.mode !== 0) {
    w.byte(16);
    w.uint32(d.mode, 'FallocateEnter.mode');
  }
  if (d.offset !== 0) {
    w.byte(24);
    w.int64Exact(d.offset, 'FallocateEnter.offset');
  }
  if (d.len !== 0) {
    w.byte(32);
    w.int64Exact(d.len, 'FallocateEnter.len');
  }
}

function encodeSyscallExit(w: ByteWriter, d: SyscallExit): void {
  if (d.syscall.length !== 0) {
    w.byte(10);
    w.string(d.syscall);
  }
  if (d.ret !== 0n) {
    w.byte(16);
    w.int64Big(d.ret, 'SyscallExit.ret');
  }
}

function encodePageCacheChange(w: ByteWriter, d: PageCacheChange): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'PageCacheChange.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'PageCacheChange.ino');
  }
  if (d.pfn !== 0n) {
    w.byte(24);
    w.uint64Big(d.pfn, 'PageCacheChange.pfn');
  }
  if (d.index !== 0) {
    w.byte(32);
    w.uint64Id(d.index, 'PageCacheChange.index');
  }
  if (d.order !== 0) {
    w.byte(40);
    w.uint32(d.order, 'PageCacheChange.order');
  }
  if (d.removed) {
    w.byte(48);
    w.byte(1);
  }
}

function encodeTimestampEvent(w: ByteWriter, d: TimestampEvent): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'TimestampEvent.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'TimestampEvent.ino');
  }
  if (d.gen !== 0) {
    w.byte(24);
    w.uint32(d.gen, 'TimestampEvent.gen');
  }
  if (d.kind.length !== 0) {
    w.byte(34);
    w.string(d.kind);
  }
  if (d.ctimeSec !== 0) {
    w.byte(40);
    w.int64Number(d.ctimeSec, 'TimestampEvent.ctimeSec');
  }
  if (d.ctimeNsec !== 0) {
    w.byte(48);
    w.uint32(d.ctimeNsec, 'TimestampEvent.ctimeNsec');
  }
  if (d.queried) {
    w.byte(56);
    w.byte(1);
  }
}

function encodeBlockRequest(w: ByteWriter, d: BlockRequest): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'BlockRequest.dev');
  }
  if (d.rwbs.length !== 0) {
    w.byte(18);
    w.string(d.rwbs);
  }
  if (d.bytes !== 0) {
    w.byte(24);
    w.uint32(d.bytes, 'BlockRequest.bytes');
  }
  if (d.sector !== 0) {
    w.byte(32);
    w.uint64Number(d.sector, 'BlockRequest.sector');
  }
  if (d.nrSector !== 0) {
    w.byte(40);
    w.uint32(d.nrSector, 'BlockRequest.nrSector');
  }
  if (d.phase.length !== 0) {
    w.byte(50);
    w.string(d.phase);
  }
  if (d.error !== 0) {
    w.byte(56);
    w.int32(d.error, 'BlockRequest.error');
  }
}

function encodeBlockReservation(w: ByteWriter, d: BlockReservation): void {
  if (d.dev !== 0) {
    w.byte(8);
    w.uint32(d.dev, 'BlockReservation.dev');
  }
  if (d.ino !== 0) {
    w.byte(16);
    w.uint64Id(d.ino, 'BlockReservation.ino');
  }
  if (d.kind.length !== 0) {
    w.byte(26);
    w.string(d.kind);
  }
  if (d.blocks !== 0) {
    w.byte(32);
    w.int64Number(d.blocks, 'BlockReservation.blocks');
  }
  if (d.pos !== 0) {
    w.byte(40);
    w.uint64Number(d.pos, 'BlockReservation.pos');
  }
  if (d.count !== 0) {
    w.byte(48);
    w.uint64Number(d.count, 'BlockReservation.count');
  }
}

function encodeLostEvents(w: ByteWriter, d: LostEvents): void {
  if (d.cpu !== 0) {
    w.byte(8);
    w.uint32(d.cpu, 'LostEvents.cpu');
  }
  if (d.count !== 0) {
    w.byte(16);
    w.uint64Number(d.count, 'LostEvents.count');
  }
  if (d.countKnown) {
    w.byte(24);
    w.byte(1);
  }
  if (d.kind.length !== 0) {
    w.byte(34);
    w.string(d.kind);
  }
}

function encodeMarker(w: ByteWriter, d: Marker): void {
  if (d.text.length !== 0) {
    w.byte(10);
    w.string(d.text);
  }
}

function encodeCaptureEnd(w: ByteWriter, d: CaptureEnd): void {
  if (d.events !== 0) {
    w.byte(8);
    w.uint64Number(d.events, 'CaptureEnd.events');
  }
  if (d.inputBytes !== 0) {
    w.byte(16);
    w.uint64Number(d.inputBytes, 'CaptureEnd.inputBytes');
  }
  if (d.inputDamaged) {
    w.byte(24);
    w.byte(1);
  }
  if (d.badLines !== undefined) {
    w.byte(32);
    w.uint64Number(d.badLines, 'CaptureEnd.badLines');
  }
  if (d.payloadMismatchLines !== undefined) {
    w.byte(40);
    w.uint64Number(d.payloadMismatchLines, 'CaptureEnd.payloadMismatchLines');
  }
}

/** KeyValue { key = 1; value = 2 } per pair, as protobufjs writes repeated messages. */
function encodeGenericEvent(w: ByteWriter, d: GenericEvent): void {
  if (d.name.length !== 0) {
    w.byte(10);
    w.string(d.name);
  }
  if (d.subsystem.length !== 0) {
    w.byte(18);
    w.string(d.subsystem);
  }
  for (const [key, value] of d.fields) {
    w.byte(26);
    const start = w.beginDelimited();
    if (key.length !== 0) {
      w.byte(10);
      w.string(key);
    }
    if (value.length !== 0) {
      w.byte(18);
      w.string(value);
    }
    w.endDelimited(start);
  }
  if (d.raw.length !== 0) {
    w.byte(34);
    w.string(d.raw);
  }
}

function decodeCaptureHeader(r: ByteReader, end: number): CaptureHeader {
  let captureId = '';
  let sourceFile = '';
  let format = '';
  let kernel = '';
  let clock = '';
  let host = '';
  let schemaVersion = 0;
  let hz = 0;
  let nsClock = false;
  let fsType = '';
  let fsDev = 0;
  let contentHash = '';
  let dirtyExpireMs: number | undefined;
  let writebackIntervalMs: number | undefined;
  let dirtyBackgroundBytes: number | undefined;
  let dirtyBackgroundRatio: number | undefined;
  let dirtytimeExpireMs: number | undefined;
  let commitIntervalMs: number | undefined;
  let mountOptions = '';
  let endsWithCaptureEnd = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 10:
        captureId = r.string();
        break;
      case 18:
        sourceFile = r.string();
        break;
      case 26:
        format = r.string();
        break;
      case 34:
        kernel = r.string();
        break;
      case 42:
        clock = r.string();
        break;
      case 50:
        host = r.string();
        break;
      case 56:
        schemaVersion = r.varint32();
        break;
      case 64:
        hz = r.varint32();
        break;
      case 72:
        nsClock = r.bool();
        break;
      case 82:
        fsType = r.string();
        break;
      case 88:
        fsDev = r.varint32();
        break;
      case 98:
        contentHash = r.string();
        break;
      case 104:
        dirtyExpireMs = r.uint64Number();
        break;
      case 112:
        writebackIntervalMs = r.uint64Number();
        break;
      case 120:
        dirtyBackgroundBytes = r.uint64Number();
        break;
      case 128:
        dirtyBackgroundRatio = r.varint32();
        break;
      case 136:
        dirtytimeExpireMs = r.uint64Number();
        break;
      case 144:
        commitIntervalMs = r.uint64Number();
        break;
      case 154:
        mountOptions = r.string();
        break;
      case 160:
        endsWithCaptureEnd = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    captureId,
    sourceFile,
    format: format as CaptureFormat,
    kernel,
    clock,
    host,
    schemaVersion,
    hz,
    nsClock,
    fsType,
    fsDev,
    contentHash,
    dirtyExpireMs,
    writebackIntervalMs,
    dirtyBackgroundBytes,
    dirtyBackgroundRatio,
    dirtytimeExpireMs,
    commitIntervalMs,
    mountOptions,
    endsWithCaptureEnd,
  };
}

function decodePageFault(r: ByteReader, end: number): PageFault {
  let address = 0n;
  let ip = 0n;
  let errorCode = 0;
  let user = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        address = r.uint64Big();
        break;
      case 16:
        ip = r.uint64Big();
        break;
      case 24:
        errorCode = r.varint32();
        break;
      case 32:
        user = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { address, ip, errorCode, user };
}

function decodeFilemapFault(r: ByteReader, end: number): FilemapFault {
  let dev = 0;
  let ino: U64Id = 0;
  let offset: U64Id = 0;
  let endOffset: U64Id = 0;
  let mapPages = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        offset = r.uint64Id();
        break;
      case 32:
        endOffset = r.uint64Id();
        break;
      case 40:
        mapPages = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, offset, endOffset, mapPages };
}

function decodePageDirtied(r: ByteReader, end: number): PageDirtied {
  let dev = 0;
  let ino: U64Id = 0;
  let index: U64Id = 0;
  let legacyPageEvent = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        index = r.uint64Id();
        break;
      case 32:
        legacyPageEvent = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, index, legacyPageEvent };
}

function decodeInodeDirtied(r: ByteReader, end: number): InodeDirtied {
  let dev = 0;
  let ino: U64Id = 0;
  let flags = 0;
  let state = 0;
  let stage = '';
  let rawFlags = 0;
  let rawState = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        flags = r.varint32();
        break;
      case 32:
        state = r.varint32();
        break;
      case 42:
        stage = r.string();
        break;
      case 48:
        rawFlags = r.uint64Number();
        break;
      case 56:
        rawState = r.uint64Number();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    ino,
    flags,
    state,
    stage: stage as InodeDirtyStage,
    rawFlags,
    rawState,
  };
}

function decodeInodeMarkedDirty(r: ByteReader, end: number): InodeMarkedDirty {
  let dev = 0;
  let ino: U64Id = 0;
  let caller = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 26:
        caller = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, caller };
}

function decodeWritepagesStart(r: ByteReader, end: number): WritepagesStart {
  let dev = 0;
  let ino: U64Id = 0;
  let nrToWrite: I64Exact = 0;
  let rangeStart: I64Exact = 0;
  let rangeEnd: I64Exact = 0;
  let syncMode = 0;
  let forKupdate = false;
  let source = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        nrToWrite = r.int64Exact();
        break;
      case 32:
        rangeStart = r.int64Exact();
        break;
      case 40:
        rangeEnd = r.int64Exact();
        break;
      case 48:
        syncMode = r.varint32();
        break;
      case 56:
        forKupdate = r.bool();
        break;
      case 66:
        source = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    ino,
    nrToWrite,
    rangeStart,
    rangeEnd,
    syncMode,
    forKupdate,
    source: source as WritepagesSource,
  };
}

function decodeWritepagesResult(r: ByteReader, end: number): WritepagesResult {
  let dev = 0;
  let ino: U64Id = 0;
  let ret = 0;
  let pagesWritten = 0;
  let syncMode = 0;
  let source = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        ret = r.int64Number();
        break;
      case 32:
        pagesWritten = r.int64Number();
        break;
      case 40:
        syncMode = r.varint32();
        break;
      case 50:
        source = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, ret, pagesWritten, syncMode, source: source as WritepagesSource };
}

function decodeWritebackWork(r: ByteReader, end: number): WritebackWork {
  let dev = 0;
  let nrPages = 0;
  let syncMode = 0;
  let kupdate = false;
  let background = false;
  let reason = '';
  let phase = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        nrPages = r.int64Number();
        break;
      case 24:
        syncMode = r.varint32();
        break;
      case 32:
        kupdate = r.bool();
        break;
      case 40:
        background = r.bool();
        break;
      case 50:
        reason = r.string();
        break;
      case 58:
        phase = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    nrPages,
    syncMode,
    kupdate,
    background,
    reason,
    phase: phase as WritebackPhase,
  };
}

function decodeWritebackWait(r: ByteReader, end: number): WritebackWait {
  let dev = 0;
  let ino: U64Id = 0;
  let index: U64Id = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        index = r.uint64Id();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, index };
}

function decodeJournalHandle(r: ByteReader, end: number): JournalHandle {
  let dev = 0;
  let tid = 0;
  let type = 0;
  let lineNo = 0;
  let requestedBlocks = 0;
  let phase = '';
  let dirtiedBlocks = 0;
  let interval = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        tid = r.varint32();
        break;
      case 24:
        type = r.varint32();
        break;
      case 32:
        lineNo = r.varint32();
        break;
      case 40:
        requestedBlocks = r.int32();
        break;
      case 50:
        phase = r.string();
        break;
      case 56:
        dirtiedBlocks = r.int32();
        break;
      case 64:
        interval = r.int32();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    tid,
    type,
    lineNo,
    requestedBlocks,
    phase: phase as JournalHandle['phase'],
    dirtiedBlocks,
    interval,
  };
}

function decodeJournalCommit(r: ByteReader, end: number): JournalCommit {
  let dev = 0;
  let tid = 0;
  let sync = false;
  let phase = '';
  let head = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        tid = r.varint32();
        break;
      case 24:
        sync = r.bool();
        break;
      case 34:
        phase = r.string();
        break;
      case 40:
        head = r.varint32();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, tid, sync, phase: phase as JournalCommitPhase, head };
}

function decodeJournalRunStats(r: ByteReader, end: number): JournalRunStats {
  let dev = 0;
  let tid = 0;
  let waitMs = 0;
  let requestDelayMs = 0;
  let runningMs = 0;
  let lockedMs = 0;
  let flushingMs = 0;
  let loggingMs = 0;
  let handleCount = 0;
  let blocks = 0;
  let blocksLogged = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        tid = r.varint32();
        break;
      case 24:
        waitMs = r.varint32();
        break;
      case 32:
        requestDelayMs = r.varint32();
        break;
      case 40:
        runningMs = r.varint32();
        break;
      case 48:
        lockedMs = r.varint32();
        break;
      case 56:
        flushingMs = r.varint32();
        break;
      case 64:
        loggingMs = r.varint32();
        break;
      case 72:
        handleCount = r.varint32();
        break;
      case 80:
        blocks = r.varint32();
        break;
      case 88:
        blocksLogged = r.varint32();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    tid,
    waitMs,
    requestDelayMs,
    runningMs,
    lockedMs,
    flushingMs,
    loggingMs,
    handleCount,
    blocks,
    blocksLogged,
  };
}

function decodeFsSync(r: ByteReader, end: number): FsSync {
  let dev = 0;
  let ino: U64Id = 0;
  let datasync = false;
  let phase = '';
  let ret = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        datasync = r.bool();
        break;
      case 34:
        phase = r.string();
        break;
      case 40:
        ret = r.int32();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, datasync, phase: phase as FsSync['phase'], ret };
}

function decodeXfsFault(r: ByteReader, end: number): XfsFault {
  let dev = 0;
  let ino: U64Id = 0;
  let order = 0;
  let write = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        order = r.varint32();
        break;
      case 32:
        write = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, order, write };
}

function decodeIomapWriteback(r: ByteReader, end: number): IomapWriteback {
  let dev = 0;
  let ino: U64Id = 0;
  let size: U64Id = 0;
  let offset: U64Id = 0;
  let length: U64Id = 0;
  let phase = '';
  let mapType = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        size = r.uint64Id();
        break;
      case 32:
        offset = r.uint64Id();
        break;
      case 40:
        length = r.uint64Id();
        break;
      case 50:
        phase = r.string();
        break;
      case 58:
        mapType = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    ino,
    size,
    offset,
    length,
    phase: phase as IomapWriteback['phase'],
    mapType,
  };
}

function decodeDaxFault(r: ByteReader, end: number): DaxFault {
  let dev = 0;
  let ino: U64Id = 0;
  let address = 0n;
  let pgoff = 0;
  let shared = false;
  let faultFlags = '';
  let result = '';
  let phase = '';
  let pmd = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        address = r.uint64Big();
        break;
      case 32:
        pgoff = r.uint64Number();
        break;
      case 40:
        shared = r.bool();
        break;
      case 50:
        faultFlags = r.string();
        break;
      case 58:
        result = r.string();
        break;
      case 66:
        phase = r.string();
        break;
      case 72:
        pmd = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, address, pgoff, shared, faultFlags, result, phase, pmd };
}

function decodeMsyncEnter(r: ByteReader, end: number): MsyncEnter {
  let start = 0n;
  let len = 0n;
  let flags = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        start = r.uint64Big();
        break;
      case 16:
        len = r.uint64Big();
        break;
      case 24:
        flags = r.varint32();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { start, len, flags };
}

function decodeFsyncEnter(r: ByteReader, end: number): FsyncEnter {
  let fd = 0;
  let datasync = false;
  let syscall = '';
  let offset: I64Exact = 0;
  let nbytes: I64Exact = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        fd = r.int64Number();
        break;
      case 16:
        datasync = r.bool();
        break;
      case 26:
        syscall = r.string();
        break;
      case 32:
        offset = r.int64Exact();
        break;
      case 40:
        nbytes = r.int64Exact();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { fd, datasync, syscall: syscall as FsyncSyscall, offset, nbytes };
}

function decodeMmapEnter(r: ByteReader, end: number): MmapEnter {
  let addr = 0n;
  let len = 0n;
  let prot = 0;
  let flags = 0;
  let fd = 0;
  let off = 0n;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        addr = r.uint64Big();
        break;
      case 16:
        len = r.uint64Big();
        break;
      case 24:
        prot = r.varint32();
        break;
      case 32:
        flags = r.varint32();
        break;
      case 40:
        fd = r.int64Number();
        break;
      case 48:
        off = r.uint64Big();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { addr, len, prot, flags, fd, off };
}

function decodeMunmapEnter(r: ByteReader, end: number): MunmapEnter {
  let addr = 0n;
  let len = 0n;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        addr = r.uint64Big();
        break;
      case 16:
        len = r.uint64Big();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { addr, len };
}

function decodeMlockEnter(r: ByteReader, end: number): MlockEnter {
  let start = 0n;
  let len = 0n;
  let flags = 0;
  let syscall = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        start = r.uint64Big();
        break;
      case 16:
        len = r.uint64Big();
        break;
      case 24:
        flags = r.varint32();
        break;
      case 34:
        syscall = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { start, len, flags, syscall: syscall as MlockSyscall };
}

function decodeFallocateEnter(r: ByteReader, end: number): FallocateEnter {
  let fd = 0;
  let mode = 0;
  let offset: I64Exact = 0;
  let len: I64Exact = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        fd = r.int64Number();
        break;
      case 16:
        mode = r.varint32();
        break;
      case 24:
        offset = r.int64Exact();
        break;
      case 32:
        len = r.int64Exact();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { fd, mode, offset, len };
}

function decodeSyscallExit(r: ByteReader, end: number): SyscallExit {
  let syscall = '';
  let ret = 0n;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 10:
        syscall = r.string();
        break;
      case 16:
        ret = r.int64Big();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { syscall, ret };
}

function decodePageCacheChange(r: ByteReader, end: number): PageCacheChange {
  let dev = 0;
  let ino: U64Id = 0;
  let pfn = 0n;
  let index: U64Id = 0;
  let order = 0;
  let removed = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        pfn = r.uint64Big();
        break;
      case 32:
        index = r.uint64Id();
        break;
      case 40:
        order = r.varint32();
        break;
      case 48:
        removed = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, pfn, index, order, removed };
}

function decodeTimestampEvent(r: ByteReader, end: number): TimestampEvent {
  let dev = 0;
  let ino: U64Id = 0;
  let gen = 0;
  let kind = '';
  let ctimeSec = 0;
  let ctimeNsec = 0;
  let queried = false;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 24:
        gen = r.varint32();
        break;
      case 34:
        kind = r.string();
        break;
      case 40:
        ctimeSec = r.int64Number();
        break;
      case 48:
        ctimeNsec = r.varint32();
        break;
      case 56:
        queried = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, gen, kind: kind as TimestampKind, ctimeSec, ctimeNsec, queried };
}

function decodeBlockRequest(r: ByteReader, end: number): BlockRequest {
  let dev = 0;
  let rwbs = '';
  let bytes = 0;
  let sector = 0;
  let nrSector = 0;
  let phase = '';
  let error = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 18:
        rwbs = r.string();
        break;
      case 24:
        bytes = r.varint32();
        break;
      case 32:
        sector = r.uint64Number();
        break;
      case 40:
        nrSector = r.varint32();
        break;
      case 50:
        phase = r.string();
        break;
      case 56:
        error = r.int32();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return {
    dev: dev as DevT,
    rwbs,
    bytes,
    sector,
    nrSector,
    phase: phase as BlockRequest['phase'],
    error,
  };
}

function decodeBlockReservation(r: ByteReader, end: number): BlockReservation {
  let dev = 0;
  let ino: U64Id = 0;
  let kind = '';
  let blocks = 0;
  let pos = 0;
  let count = 0;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        dev = r.varint32();
        break;
      case 16:
        ino = r.uint64Id();
        break;
      case 26:
        kind = r.string();
        break;
      case 32:
        blocks = r.int64Number();
        break;
      case 40:
        pos = r.uint64Number();
        break;
      case 48:
        count = r.uint64Number();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { dev: dev as DevT, ino, kind, blocks, pos, count };
}

function decodeLostEvents(r: ByteReader, end: number): LostEvents {
  let cpu = 0;
  let count = 0;
  let countKnown = false;
  let kind = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        cpu = r.varint32();
        break;
      case 16:
        count = r.uint64Number();
        break;
      case 24:
        countKnown = r.bool();
        break;
      case 34:
        kind = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { cpu, count, countKnown, kind: kind as LostEvents['kind'] };
}

function decodeMarker(r: ByteReader, end: number): Marker {
  let text = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 10:
        text = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { text };
}

function decodeCaptureEnd(r: ByteReader, end: number): CaptureEnd {
  let events = 0;
  let inputBytes = 0;
  let inputDamaged = false;
  let badLines: number | undefined;
  let payloadMismatchLines: number | undefined;
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 8:
        events = r.uint64Number();
        break;
      case 16:
        inputBytes = r.uint64Number();
        break;
      case 24:
        inputDamaged = r.bool();
        break;
      case 32:
        badLines = r.uint64Number();
        break;
      case 40:
        payloadMismatchLines = r.uint64Number();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { events, inputBytes, inputDamaged, badLines, payloadMismatchLines };
}

function decodeKeyValue(r: ByteReader, end: number): readonly [string, string] {
  let key = '';
  let value = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 10:
        key = r.string();
        break;
      case 18:
        value = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return [key, value];
}

function decodeGenericEvent(r: ByteReader, end: number): GenericEvent {
  let name = '';
  let subsystem = '';
  const fields: (readonly [string, string])[] = [];
  let raw = '';
  while (r.pos < end) {
    const tag = r.varint32();
    switch (tag) {
      case 10:
        name = r.string();
        break;
      case 18:
        subsystem = r.string();
        break;
      case 26:
        fields.push(decodeKeyValue(r, r.delimitedEnd()));
        break;
      case 34:
        raw = r.string();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  checkEnd(r, end);
  return { name, subsystem, fields, raw };
}

/**
 * Writes `e`'s oneof payload field (tag, length, body). Protobufjs writes a set oneof member
 * even when its body is empty, so this always writes it.
 */
export function encodePayload(w: ByteWriter, e: CanonicalEvent): void {
  let start: number;
  switch (e.type) {
    case 'header':
      w.byte(162);
      w.byte(1);
      start = w.beginDelimited();
      encodeCaptureHeader(w, e.data);
      break;
    case 'page_fault':
      w.byte(170);
      w.byte(1);
      start = w.beginDelimited();
      encodePageFault(w, e.data);
      break;
    case 'filemap_fault':
      w.byte(178);
      w.byte(1);
      start = w.beginDelimited();
      encodeFilemapFault(w, e.data);
      break;
    case 'page_dirtied':
      w.byte(186);
      w.byte(1);
      start = w.beginDelimited();
      encodePageDirtied(w, e.data);
      break;
    case 'inode_dirtied':
      w.byte(194);
      w.byte(1);
      start = w.beginDelimited();
      encodeInodeDirtied(w, e.data);
      break;
    case 'inode_marked_dirty':
      w.byte(202);
      w.byte(1);
      start = w.beginDelimited();
      encodeInodeMarkedDirty(w, e.data);
      break;
    case 'writepages_start':
      w.byte(210);
      w.byte(1);
      start = w.beginDelimited();
      encodeWritepagesStart(w, e.data);
      break;
    case 'writepages_result':
      w.byte(218);
      w.byte(1);
      start = w.beginDelimited();
      encodeWritepagesResult(w, e.data);
      break;
    case 'writeback_work':
      w.byte(226);
      w.byte(1);
      start = w.beginDelimited();
      encodeWritebackWork(w, e.data);
      break;
    case 'writeback_wait':
      w.byte(234);
      w.byte(1);
      start = w.beginDelimited();
      encodeWritebackWait(w, e.data);
      break;
    case 'journal_handle':
      w.byte(242);
      w.byte(1);
      start = w.beginDelimited();
      encodeJournalHandle(w, e.data);
      break;
    case 'journal_commit':
      w.byte(250);
      w.byte(1);
      start = w.beginDelimited();
      encodeJournalCommit(w, e.data);
      break;
    case 'journal_run_stats':
      w.byte(130);
      w.byte(2);
      start = w.beginDelimited();
      encodeJournalRunStats(w, e.data);
      break;
    case 'fs_sync':
      w.byte(138);
      w.byte(2);
      start = w.beginDelimited();
      encodeFsSync(w, e.data);
      break;
    case 'xfs_fault':
      w.byte(146);
      w.byte(2);
      start = w.beginDelimited();
      encodeXfsFault(w, e.data);
      break;
    case 'iomap_writeback':
      w.byte(154);
      w.byte(2);
      start = w.beginDelimited();
      encodeIomapWriteback(w, e.data);
      break;
    case 'dax_fault':
      w.byte(162);
      w.byte(2);
      start = w.beginDelimited();
      encodeDaxFault(w, e.data);
      break;
    case 'msync_enter':
      w.byte(170);
      w.byte(2);
      start = w.beginDelimited();
      encodeMsyncEnter(w, e.data);
      break;
    case 'fsync_enter':
      w.byte(178);
      w.byte(2);
      start = w.beginDelimited();
      encodeFsyncEnter(w, e.data);
      break;
    case 'mmap_enter':
      w.byte(186);
      w.byte(2);
      start = w.beginDelimited();
      encodeMmapEnter(w, e.data);
      break;
    case 'munmap_enter':
      w.byte(194);
      w.byte(2);
      start = w.beginDelimited();
      encodeMunmapEnter(w, e.data);
      break;
    case 'mlock_enter':
      w.byte(202);
      w.byte(2);
      start = w.beginDelimited();
      encodeMlockEnter(w, e.data);
      break;
    case 'fallocate_enter':
      w.byte(210);
      w.byte(2);
      start = w.beginDelimited();
      encodeFallocateEnter(w, e.data);
      break;
    case 'syscall_exit':
      w.byte(218);
      w.byte(2);
      start = w.beginDelimited();
      encodeSyscallExit(w, e.data);
      break;
    case 'page_cache':
      w.byte(226);
      w.byte(2);
      start = w.beginDelimited();
      encodePageCacheChange(w, e.data);
      break;
    case 'timestamp':
      w.byte(234);
      w.byte(2);
      start = w.beginDelimited();
      encodeTimestampEvent(w, e.data);
      break;
    case 'block_request':
      w.byte(242);
      w.byte(2);
      start = w.beginDelimited();
      encodeBlockRequest(w, e.data);
      break;
    case 'block_reservation':
      w.byte(250);
      w.byte(2);
      start = w.beginDelimited();
      encodeBlockReservation(w, e.data);
      break;
    case 'lost':
      w.byte(130);
      w.byte(3);
      start = w.beginDelimited();
      encodeLostEvents(w, e.data);
      break;
    case 'marker':
      w.byte(138);
      w.byte(3);
      start = w.beginDelimited();
      encodeMarker(w, e.data);
      break;
    case 'capture_end':
      w.byte(154);
      w.byte(3);
      start = w.beginDelimited();
      encodeCaptureEnd(w, e.data);
      break;
    case 'generic':
      w.byte(146);
      w.byte(3);
      start = w.beginDelimited();
      encodeGenericEvent(w, e.data);
      break;
    default:
      return assertUnreachable(e);
  }
  w.endDelimited(start);
}

/**
 * Decodes the payload field with tag `tag` whose body ends at `end`; sets `r.payloadType`.
 * Returns undefined for a tag that is not a payload field (the caller skips it).
 */
export function decodePayload(r: PayloadReader, tag: number, end: number): unknown {
  switch (tag) {
    case 162:
      r.payloadType = 'header';
      return decodeCaptureHeader(r, end);
    case 170:
      r.payloadType = 'page_fault';
      return decodePageFault(r, end);
    case 178:
      r.payloadType = 'filemap_fault';
      return decodeFilemapFault(r, end);
    case 186:
      r.payloadType = 'page_dirtied';
      return decodePageDirtied(r, end);
    case 194:
      r.payloadType = 'inode_dirtied';
      return decodeInodeDirtied(r, end);
    case 202:
      r.payloadType = 'inode_marked_dirty';
      return decodeInodeMarkedDirty(r, end);
    case 210:
      r.payloadType = 'writepages_start';
      return decodeWritepagesStart(r, end);
    case 218:
      r.payloadType = 'writepages_result';
      return decodeWritepagesResult(r, end);
    case 226:
      r.payloadType = 'writeback_work';
      return decodeWritebackWork(r, end);
    case 234:
      r.payloadType = 'writeback_wait';
      return decodeWritebackWait(r, end);
    case 242:
      r.payloadType = 'journal_handle';
      return decodeJournalHandle(r, end);
    case 250:
      r.payloadType = 'journal_commit';
      return decodeJournalCommit(r, end);
    case 258:
      r.payloadType = 'journal_run_stats';
      return decodeJournalRunStats(r, end);
    case 266:
      r.payloadType = 'fs_sync';
      return decodeFsSync(r, end);
    case 274:
      r.payloadType = 'xfs_fault';
      return decodeXfsFault(r, end);
    case 282:
      r.payloadType = 'iomap_writeback';
      return decodeIomapWriteback(r, end);
    case 290:
      r.payloadType = 'dax_fault';
      return decodeDaxFault(r, end);
    case 298:
      r.payloadType = 'msync_enter';
      return decodeMsyncEnter(r, end);
    case 306:
      r.payloadType = 'fsync_enter';
      return decodeFsyncEnter(r, end);
    case 314:
      r.payloadType = 'mmap_enter';
      return decodeMmapEnter(r, end);
    case 322:
      r.payloadType = 'munmap_enter';
      return decodeMunmapEnter(r, end);
    case 330:
      r.payloadType = 'mlock_enter';
      return decodeMlockEnter(r, end);
    case 338:
      r.payloadType = 'fallocate_enter';
      return decodeFallocateEnter(r, end);
    case 346:
      r.payloadType = 'syscall_exit';
      return decodeSyscallExit(r, end);
    case 354:
      r.payloadType = 'page_cache';
      return decodePageCacheChange(r, end);
    case 362:
      r.payloadType = 'timestamp';
      return decodeTimestampEvent(r, end);
    case 370:
      r.payloadType = 'block_request';
      return decodeBlockRequest(r, end);
    case 378:
      r.payloadType = 'block_reservation';
      return decodeBlockReservation(r, end);
    case 386:
      r.payloadType = 'lost';
      return decodeLostEvents(r, end);
    case 394:
      r.payloadType = 'marker';
      return decodeMarker(r, end);
    case 410:
      r.payloadType = 'capture_end';
      return decodeCaptureEnd(r, end);
    case 402:
      r.payloadType = 'generic';
      return decodeGenericEvent(r, end);
    default:
      return undefined;
  }
}
