/**
 * The local, segmented file event log (the default log; Kafka is the production one).
 *
 * Layout of a log directory:
 *
 *     00000000000000000000.seg   records 0 .. n-1            (base offset in the name, 20 digits)
 *     00000000000000000000.idx   sparse offset index of that segment (sealed segments only)
 *     00000000000000131072.seg   records n .. (the active, last segment)
 *     LOCK                       "<pid>\n" of the one writer
 *
 * A segment starts with a 16-byte header (`FRSEG001` + base offset as u64 LE) followed by
 * records `[u32 LE payload length][u32 LE crc32(payload)][payload = one faultreplay.v1.Event]`.
 * The segment rolls when the next record would take it past `segmentBytes` (a record larger
 * than that gets a segment of its own). The index holds one `(offset - base, byte position)`
 * pair per `indexIntervalBytes` of records, so a read from any offset binary-searches the
 * segments by base offset, then the index, then scans at most one interval.
 *
 * Appends are encoded straight into one reusable write buffer (frames included, so a batch is
 * one buffer and one `write`), written out when the buffer passes `writeBufferBytes`, and
 * fsynced by `flush()`. An append is all-or-nothing: the whole batch is encoded before any byte
 * of it reaches a file, and a failed encode rolls the buffer and the in-memory state back.
 * Everything is a function of the appended events, so the same events give byte-identical files.
 *
 * Crash safety. On open, the last segment is scanned record by record (length and crc):
 * - a torn tail (short write, impossible length, bad crc, garbage) is cut, and reported in
 *   `recovery` (bytes cut, records kept) and through `onWarning`; nothing before it is lost;
 * - if a valid record follows the bad one, it is not a torn tail but corruption in the middle of
 *   the log: opening fails with `RPL_LOG_IO` naming the segment file and byte position;
 * - a missing, stale or corrupt index of a sealed segment is rebuilt by scanning the segment;
 * - reads verify every record's crc and fail the same way on corruption, never skipping it.
 *
 * Concurrency. A `LOCK` file holds the writer's pid: a second writer (another process, or a
 * second open in this one) gets `RPL_LOG_IO` naming the directory and the holder pid; the lock of
 * a dead pid is taken over, with a warning saying so (`recovery.warnings`, `onWarning`).
 * Readers need no lock: `readOnly: true` opens a log another process
 * is writing, and each read sees the end of the log as it was when the read started. Memory is
 * bounded by the write buffer (plus one append batch) and one read chunk per read.
 */
import { constants as fsConstants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import type { CanonicalEvent } from '../events/index.js';
import { errorMessage, isReplayError, ReplayError } from '../errors.js';
import {
  ByteWriter,
  frameRecord,
  frameRecords,
  createEventReader,
  readEvent,
  writeEvent,
  type EncodedBatch,
} from '../codec/index.js';
import type { AppendResult, EventLog, LogRecord, ReadOptions } from './event-log.js';
import { resolveReadRange } from './memory-event-log.js';
import {
  ChunkCursor,
  FRAME_BYTES,
  FRAME_NEED_MORE,
  MAX_RECORD_BYTES,
  scanSegmentFile,
  SEGMENT_HEADER_BYTES,
  SEGMENT_MAGIC,
  SEGMENT_RE,
  validRecordAfter,
  type ScanResult,
  openSegmentForReading,
} from './segment-file.js';

export interface FileEventLogOptions {
  /** Directory of the log; created when missing. */
  readonly dir: string;
  /**
   * Roll to a new segment when the next record would take the active one past this size.
   * Between 1 KiB and 2 GiB. @default 67108864 (64 MiB)
   */
  readonly segmentBytes?: number;
  /** Write appended records out once this many bytes are buffered. @default 1048576 (1 MiB) */
  readonly writeBufferBytes?: number;
  /** One sparse index entry per this many bytes of records. @default 16384 (16 KiB) */
  readonly indexIntervalBytes?: number;
  /** Bytes read from a segment per read call. @default 1048576 (1 MiB) */
  readonly readChunkBytes?: number;
  /**
   * Open for reading only: takes no lock, creates and repairs nothing (a torn tail is just not
   * read; a missing directory is an error) and refreshes its view of the log at the start of
   * each read. @default false
   */
  readonly readOnly?: boolean;
  /** Receives recovery warnings (tail cut, index rebuilt). @default ignore them */
  readonly onWarning?: (message: string) => void;
  /**
   * Operator override for a damaged last segment: when an invalid record in the last segment
   * is followed by valid-looking ones (which normally fails the open as corruption in the middle
   * of the log), cut everything from the invalid record on anyway, with a warning saying so.
   * Meant for a deliberate repair (e.g. after a power loss reordered unsynced writes), never as
   * a default. @default false
   */
  readonly truncateCorruptTail?: boolean;
  /**
   * Called for each record written by a newer schema (its payload is one this build does not
   * know: proto/faultreplay/v1/event.proto's evolution rules), which `read()` then skips, so
   * the read has a gap at that offset. Without it such a record fails the read with
   * `RPL_LOG_IO`. Records that do not decode for any other reason always fail the read.
   * @default undefined
   */
  readonly onUnknownRecord?: (record: UnknownRecord) => void;
}

/** A record `read()` skipped because a newer schema wrote it. */
export interface UnknownRecord {
  readonly offset: number;
  readonly segment: string;
  readonly position: number;
  readonly reason: string;
}

/** What opening the log found and repaired. */
export interface LogRecovery {
  /** Bytes cut from the end of the last segment (a torn or garbage tail); 0 when clean. */
  readonly bytesCut: number;
  /** Records in the log after recovery. */
  readonly recordsKept: number;
  /** The segment file that was cut, when one was. */
  readonly segment: string | undefined;
  /** Segment files whose index was missing or invalid and was rebuilt. */
  readonly indexesRebuilt: readonly string[];
  /** Human-readable warnings, also given to `onWarning`. */
  readonly warnings: readonly string[];
}

export interface FileEventLog extends EventLog {
  readonly dir: string;
  readonly recovery: LogRecovery;
}

interface Params {
  readonly dir: string;
  readonly segmentBytes: number;
  readonly writeBufferBytes: number;
  readonly indexIntervalBytes: number;
  readonly readChunkBytes: number;
  readonly readOnly: boolean;
  readonly onWarning: (message: string) => void;
  readonly truncateCorruptTail: boolean;
  readonly onUnknownRecord: ((record: UnknownRecord) => void) | undefined;
}

const INDEX_MAGIC = Buffer.from('FRIDX001', 'ascii');
const INDEX_HEADER_BYTES = 24;
const LOCK_FILE = 'LOCK';

/** One segment, as known in memory. */
interface Segment {
  readonly base: number;
  readonly name: string;
  readonly path: string;
  /** Records in the segment. */
  records: number;
  /** Bytes of the segment (header + records) as known to this process. */
  size: number;
  /** Sparse index: record number relative to base, and its byte position. */
  idxRel: number[];
  idxPos: number[];
  /** Byte position of the last index entry. */
  lastIndexed: number;
}

/** Where an append batch started, to roll back on failure. */
interface Mark {
  readonly bufPos: number;
  readonly pieces: number;
  readonly segments: number;
  readonly records: number;
  readonly size: number;
  readonly idxLen: number;
  readonly lastIndexed: number;
  readonly nextOffset: number;
}

const pad20 = (n: number): string => String(n).padStart(20, '0');

/** What a user can do about damage: the CLI's tools, not this module's API. */
const damageHint = (dir: string): string =>
  `; \`faultreplay log check ${dir}\` lists the damaged ranges, \`faultreplay log repair ${dir}\` replaces them (intact records kept, the lost ones counted by replay)`;

function ioError(
  message: string,
  cause?: unknown,
  details: Record<string, unknown> = {},
): ReplayError {
  const suffix = cause === undefined ? '' : `: ${errorMessage(cause)}`;
  return new ReplayError('RPL_LOG_IO', `${message}${suffix}`, { cause, details });
}

function normalise(options: FileEventLogOptions): Params {
  const p: Params = {
    dir: options.dir,
    segmentBytes: options.segmentBytes ?? 64 * 1024 * 1024,
    writeBufferBytes: options.writeBufferBytes ?? 1024 * 1024,
    indexIntervalBytes: options.indexIntervalBytes ?? 16 * 1024,
    readChunkBytes: options.readChunkBytes ?? 1024 * 1024,
    readOnly: options.readOnly ?? false,
    truncateCorruptTail: options.truncateCorruptTail ?? false,
    onUnknownRecord: options.onUnknownRecord,
    onWarning:
      options.onWarning ??
      (() => {
        /* ignored */
      }),
  };
  const check = (name: string, v: number, min: number, max: number): void => {
    if (!Number.isSafeInteger(v) || v < min || v > max) {
      throw new ReplayError(
        'RPL_CONFIG',
        `file event log: ${name} must be an integer in [${min}, ${max}], got ${v}`,
      );
    }
  };
  if (typeof p.dir !== 'string' || p.dir.length === 0) {
    throw new ReplayError('RPL_CONFIG', 'file event log: dir is required');
  }
  check('segmentBytes', p.segmentBytes, 1024, 2 ** 31);
  check('writeBufferBytes', p.writeBufferBytes, 4096, 2 ** 30);
  check('indexIntervalBytes', p.indexIntervalBytes, 64, 2 ** 30);
  check('readChunkBytes', p.readChunkBytes, 4096, 2 ** 30);
  return p;
}

/** Opens (creating when missing) the log in `options.dir`, recovering a torn tail. */
export async function createFileEventLog(options: FileEventLogOptions): Promise<FileEventLog> {
  const params = normalise(options);
  const log = new SegmentedFileLog(params);
  await log.open();
  return log;
}

/** Is `pid` a live process? (EPERM means it exists but is not ours.) */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the writer lock; `onTakeover` is told when the lock of a dead writer (or an empty one
 * a crash left) was taken over: that writer stopped without closing, so its last capture may
 * be cut short.
 */
export async function acquireLock(
  dir: string,
  onTakeover: (pid: number | undefined) => void,
): Promise<string> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const fh = await open(path, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY);
      try {
        await fh.writeFile(`${process.pid}\n`);
      } finally {
        await fh.close();
      }
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw ioError(`cannot create lock file ${path}`, err);
      }
    }
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
      throw ioError(`cannot read lock file ${path}`, err);
    }
    const pid = Number.parseInt(text.trim(), 10);
    if (!Number.isSafeInteger(pid) || pid <= 0) {
      // Created but not yet written by another opener, or left empty by a crash: wait a little,
      // then treat it as stale.
      if (attempt < 5) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
    } else if (pidAlive(pid)) {
      throw new ReplayError(
        'RPL_LOG_IO',
        `event log ${dir} is locked by pid ${pid}${pid === process.pid ? ' (this process: the log is already open)' : ''}; remove ${path} only if that process is not a faultreplay writer`,
        { details: { dir, pid, lockFile: path } },
      );
    }
    // Stale: the holder is dead. Take it over (rename is atomic, so two takers cannot both
    // remove a fresh lock; the loser retries and finds the winner alive).
    try {
      await rename(path, `${path}.stale.${process.pid}`);
      await unlink(`${path}.stale.${process.pid}`);
      onTakeover(Number.isSafeInteger(pid) && pid > 0 ? pid : undefined);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw ioError(`cannot take over stale lock ${path}`, err);
      }
    }
  }
  throw new ReplayError('RPL_LOG_IO', `event log ${dir}: could not acquire ${path}`, {
    details: { dir, lockFile: path },
  });
}

/** Removes the lock file at `path` if this process holds it (`acquireLock`). */
export async function releaseLock(path: string): Promise<void> {
  try {
    const text = await readFile(path, 'utf8');
    if (Number.parseInt(text.trim(), 10) === process.pid) await unlink(path);
  } catch {
    // already gone
  }
}

class SegmentedFileLog implements FileEventLog {
  readonly dir: string;
  recovery: LogRecovery = {
    bytesCut: 0,
    recordsKept: 0,
    segment: undefined,
    indexesRebuilt: [],
    warnings: [],
  };

  private readonly p: Params;
  private segments: Segment[] = [];
  private nextOffset = 0;
  private lockPath: string | undefined;
  private readonly wb: ByteWriter;
  /** Pieces of the write buffer: bytes from `from` on belong to `seg`. */
  private pieces: { seg: Segment; from: number }[] = [];
  /** The segment the open file handle writes. */
  private fh: FileHandle | undefined;
  private fhSeg: Segment | undefined;
  private dirDirty = false;
  private broken: ReplayError | undefined;
  private closed = false;
  private closing: Promise<void> | undefined;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(p: Params) {
    this.p = p;
    this.dir = p.dir;
    this.wb = new ByteWriter(Math.min(p.writeBufferBytes * 2, 4 * 1024 * 1024));
  }

  // ---------------------------------------------------------------- open and recovery

  async open(): Promise<void> {
    if (this.p.readOnly) {
      // A reader never creates the log: a missing directory is almost always a wrong path.
      let isDir = false;
      try {
        isDir = (await stat(this.dir)).isDirectory();
      } catch (err) {
        throw ioError(`no event log at ${this.dir}`, err, { dir: this.dir });
      }
      if (!isDir) throw ioError(`no event log at ${this.dir} (not a directory)`);
    } else {
      try {
        await mkdir(this.dir, { recursive: true });
      } catch (err) {
        throw ioError(`cannot create event log directory ${this.dir}`, err);
      }
    }
    let takenOver: string | undefined;
    if (!this.p.readOnly) {
      this.lockPath = await acquireLock(this.dir, (pid) => {
        takenOver =
          `took over the lock of ${pid === undefined ? 'a writer that left it empty' : `pid ${pid}, which is not running`}: ` +
          'that writer stopped without closing the log, so its last capture may be incomplete';
      });
    }
    try {
      await this.load();
      if (takenOver !== undefined) this.warn(takenOver);
    } catch (err) {
      await this.releaseLock();
      throw err;
    }
  }

  private async listSegments(): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      throw ioError(`cannot list event log directory ${this.dir}`, err);
    }
    const bases: number[] = [];
    for (const n of names) {
      const m = SEGMENT_RE.exec(n);
      if (m) bases.push(Number(m[1]));
    }
    return bases.sort((a, b) => a - b);
  }

  private newSegment(base: number): Segment {
    const name = `${pad20(base)}.seg`;
    return {
      base,
      name,
      path: join(this.dir, name),
      records: 0,
      size: SEGMENT_HEADER_BYTES,
      idxRel: [],
      idxPos: [],
      lastIndexed: 0,
    };
  }

  private warn(message: string): void {
    this.recovery = { ...this.recovery, warnings: [...this.recovery.warnings, message] };
    this.p.onWarning(message);
  }

  private async load(): Promise<void> {
    const bases = await this.listSegments();
    const segs = bases.map((b) => this.newSegment(b));
    if (segs.length > 0 && segs[0]!.base !== 0) {
      throw ioError(
        `event log ${this.dir}: first segment ${segs[0]!.name} does not start at offset 0`,
      );
    }
    const rebuilt: string[] = [];
    for (let i = 0; i < segs.length - 1; i++) {
      const seg = segs[i]!;
      const expected = segs[i + 1]!.base - seg.base;
      if (!(await this.loadIndex(seg, expected))) {
        const scan = await this.scan(seg, SEGMENT_HEADER_BYTES, 0, true);
        if (scan.badAt !== undefined) {
          throw ioError(
            `event log corrupt: ${seg.path} at byte ${scan.badAt}: ${scan.badReason} (sealed segment, records after it would be lost)${damageHint(this.dir)}`,
            undefined,
            { segment: seg.path, position: scan.badAt },
          );
        }
        if (scan.records !== expected) {
          throw ioError(
            `event log corrupt: ${seg.path} holds ${scan.records} records but the next segment starts ${expected} offsets later${damageHint(this.dir)}`,
            undefined,
            { segment: seg.path, position: scan.end },
          );
        }
        rebuilt.push(seg.path);
        this.warn(`event log ${this.dir}: rebuilt the index of ${seg.name}`);
        if (!this.p.readOnly) await this.writeIndex(seg);
      }
    }
    this.recovery = { ...this.recovery, indexesRebuilt: rebuilt };
    const last = segs[segs.length - 1];
    if (last !== undefined) {
      const kept = await this.recoverLast(last);
      if (!kept) segs.pop();
    }
    this.segments = segs;
    const end = segs[segs.length - 1];
    this.nextOffset = end === undefined ? 0 : end.base + end.records;
    this.recovery = { ...this.recovery, recordsKept: this.nextOffset };
    if (!this.p.readOnly && end !== undefined) {
      // Only sealed segments have an index file; the active one may have one left over if a
      // segment after it was dropped (torn header): remove it so the files stay canonical.
      try {
        await unlinkIfExists(indexPath(this.dir, end.base));
      } catch (err) {
        throw ioError(`cannot remove stale index of ${end.path}`, err);
      }
      this.fh = await this.openForAppend(end);
      this.fhSeg = end;
    }
  }

  /** Loads and validates `seg`'s index file; false when it must be rebuilt. */
  private async loadIndex(seg: Segment, expectedRecords: number): Promise<boolean> {
    let bytes: Buffer;
    let size: number;
    try {
      bytes = await readFile(join(this.dir, `${pad20(seg.base)}.idx`));
      size = (await stat(seg.path)).size;
    } catch {
      return false;
    }
    if (bytes.length < INDEX_HEADER_BYTES || !bytes.subarray(0, 8).equals(INDEX_MAGIC))
      return false;
    const records = bytes.readUInt32LE(8);
    const dataEnd = bytes.readUInt32LE(12);
    const entries = bytes.readUInt32LE(16);
    const crc = bytes.readUInt32LE(20);
    if (bytes.length !== INDEX_HEADER_BYTES + entries * 8) return false;
    if (zlibCrc32(bytes.subarray(INDEX_HEADER_BYTES), zlibCrc32(bytes.subarray(8, 20))) !== crc)
      return false;
    if (records !== expectedRecords || dataEnd !== size) return false;
    seg.records = records;
    seg.size = size;
    for (let i = 0; i < entries; i++) {
      seg.idxRel.push(bytes.readUInt32LE(INDEX_HEADER_BYTES + i * 8));
      seg.idxPos.push(bytes.readUInt32LE(INDEX_HEADER_BYTES + i * 8 + 4));
    }
    seg.lastIndexed = seg.idxPos[seg.idxPos.length - 1] ?? 0;
    return true;
  }

  private async writeIndex(seg: Segment): Promise<void> {
    const n = seg.idxRel.length;
    const bytes = Buffer.alloc(INDEX_HEADER_BYTES + n * 8);
    INDEX_MAGIC.copy(bytes, 0);
    bytes.writeUInt32LE(seg.records, 8);
    bytes.writeUInt32LE(seg.size, 12);
    bytes.writeUInt32LE(n, 16);
    for (let i = 0; i < n; i++) {
      bytes.writeUInt32LE(seg.idxRel[i]!, INDEX_HEADER_BYTES + i * 8);
      bytes.writeUInt32LE(seg.idxPos[i]!, INDEX_HEADER_BYTES + i * 8 + 4);
    }
    bytes.writeUInt32LE(
      zlibCrc32(bytes.subarray(INDEX_HEADER_BYTES), zlibCrc32(bytes.subarray(8, 20))),
      20,
    );
    const path = join(this.dir, `${pad20(seg.base)}.idx`);
    try {
      await writeFile(path, bytes);
    } catch (err) {
      throw ioError(`cannot write index ${path}`, err);
    }
  }

  /** Adds an index entry for a record at `pos` when due. */
  private indexRecord(seg: Segment, pos: number): void {
    if (seg.records === 0 || pos - seg.lastIndexed >= this.p.indexIntervalBytes) {
      seg.idxRel.push(seg.records);
      seg.idxPos.push(pos);
      seg.lastIndexed = pos;
    }
  }

  /**
   * Scans records of `seg` from byte `from` (record number `records`) to the end of its file,
   * verifying each, extending `seg`'s count, size and index. Stops at the first invalid record.
   */
  private async scan(
    seg: Segment,
    from: number,
    records: number,
    checkHeader: boolean,
  ): Promise<ScanResult> {
    seg.records = records;
    seg.size = from;
    return scanSegmentFile(
      { path: seg.path, base: seg.base, chunkBytes: this.p.readChunkBytes },
      { from, records, checkHeader },
      (pos, end) => {
        this.indexRecord(seg, pos);
        seg.records++;
        seg.size = end;
      },
    );
  }

  /** Is there a valid record frame anywhere in `seg` after `after`? */
  private validRecordAfter(
    seg: Segment,
    after: number,
    fileSize: number,
  ): Promise<number | undefined> {
    return validRecordAfter(seg.path, after, fileSize);
  }

  /** Scans the last segment and cuts a torn tail; false when the segment file is dropped. */
  private async recoverLast(seg: Segment): Promise<boolean> {
    const scan = await this.scan(seg, SEGMENT_HEADER_BYTES, 0, true);
    if (scan.badAt === undefined) return true;
    if (scan.badAt === 0) {
      // The header itself is torn: the segment was being created.
      if (!this.p.readOnly) {
        this.warn(
          `event log ${this.dir}: removed ${seg.name}, whose header was torn (${scan.fileSize} bytes)`,
        );
        try {
          await unlink(seg.path);
        } catch (err) {
          throw ioError(`cannot remove torn segment ${seg.path}`, err);
        }
        this.recovery = { ...this.recovery, bytesCut: scan.fileSize, segment: seg.path };
      }
      return false;
    }
    const resync = await this.validRecordAfter(seg, scan.badAt, scan.fileSize);
    if (resync !== undefined) {
      const what = `event log corrupt: ${seg.path} at byte ${scan.badAt}: ${scan.badReason}, but a valid record follows at byte ${resync} (corruption in the middle of the log, not a torn tail)`;
      if (!this.p.truncateCorruptTail || this.p.readOnly) {
        throw ioError(`${what}${damageHint(this.dir)}`, undefined, {
          segment: seg.path,
          position: scan.badAt,
        });
      }
      this.warn(
        `${what}: cutting from byte ${scan.badAt} as asked (truncateCorruptTail), valid-looking records after it are dropped`,
      );
    }
    const cut = scan.fileSize - scan.badAt;
    if (this.p.readOnly) return true;
    try {
      const fh = await open(seg.path, 'r+');
      try {
        await fh.truncate(scan.badAt);
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (err) {
      throw ioError(`cannot cut the torn tail of ${seg.path}`, err);
    }
    this.recovery = { ...this.recovery, bytesCut: cut, segment: seg.path };
    this.warn(
      `event log ${this.dir}: cut ${cut} bytes of torn tail from ${seg.name} at byte ${scan.badAt} (${scan.badReason}); ${seg.base + seg.records} records kept`,
    );
    return true;
  }

  private async openForAppend(seg: Segment): Promise<FileHandle> {
    try {
      return await open(seg.path, 'r+');
    } catch (err) {
      throw ioError(`cannot open segment ${seg.path} for appending`, err);
    }
  }

  // ---------------------------------------------------------------- writing

  /** Serialises writer-side operations (appends, flushes, close and a read's write-out). */
  private run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.tail.then(fn);
    this.tail = p.catch(() => undefined);
    return p;
  }

  private assertWritable(): void {
    if (this.closed) throw new ReplayError('RPL_LOG_IO', `event log ${this.dir} is closed`);
    if (this.p.readOnly)
      throw new ReplayError('RPL_LOG_IO', `event log ${this.dir} was opened read-only`);
    if (this.broken) {
      throw new ReplayError(
        'RPL_LOG_IO',
        `event log ${this.dir} failed earlier and must be reopened: ${this.broken.message}`,
        {
          cause: this.broken,
        },
      );
    }
  }

  append(events: readonly CanonicalEvent[]): Promise<AppendResult> {
    return this.appendRecords(events.length, (from) => this.encodeSome(events, from));
  }

  appendEncoded(batch: EncodedBatch): Promise<AppendResult> {
    // Frames (length, CRC) for the whole batch in one pass, in the records' headroom;
    // `copySome` then only places them in segments.
    frameRecords(batch.buf, batch.starts, 0, batch.count);
    return this.appendRecords(batch.count, (from) => this.copySome(batch, from));
  }

  /**
   * One append of `count` records: `fill(from)` puts records from `from` into the write buffer
   * and returns where it stopped. Filled in write-buffer-sized pieces so a huge batch does not
   * grow the buffer: memory stays bounded, and a failure after a write-out is undone on disk.
   */
  private appendRecords(count: number, fill: (from: number) => number): Promise<AppendResult> {
    return this.run(async () => {
      this.assertWritable();
      const firstOffset = this.nextOffset;
      if (count === 0) return { firstOffset, nextOffset: firstOffset };
      const m = this.mark();
      let wroteOut = false;
      try {
        for (let i = 0; i < count; ) {
          i = fill(i);
          if (this.wb.pos >= this.p.writeBufferBytes) {
            wroteOut = true;
            await this.writeOut();
          }
        }
      } catch (err) {
        if (wroteOut) await this.undo(m);
        else this.rollback(m);
        if (isReplayError(err)) throw err;
        throw ioError('append failed', err);
      }
      return { firstOffset, nextOffset: this.nextOffset };
    });
  }

  /**
   * Undoes an append batch part of which was already written to files: removes the segments it
   * created, cuts the segment it started in back to its size at `m`, and restores the in-memory
   * state. If that fails too, the log is marked broken (reopening it recovers).
   */
  private async undo(m: Mark): Promise<void> {
    try {
      if (this.fh !== undefined) await this.fh.close();
      this.fh = undefined;
      this.fhSeg = undefined;
      for (const seg of this.segments.slice(m.segments)) {
        await unlinkIfExists(seg.path);
        await unlinkIfExists(indexPath(this.dir, seg.base));
      }
      this.segments.length = m.segments;
      const last = this.segments[m.segments - 1];
      this.wb.reset();
      this.pieces = [];
      if (last !== undefined) {
        last.records = m.records;
        last.size = m.size;
        last.idxRel.length = m.idxLen;
        last.idxPos.length = m.idxLen;
        last.lastIndexed = m.lastIndexed;
        // It may have been sealed during the batch: it is the active segment again.
        await unlinkIfExists(indexPath(this.dir, last.base));
        const fh = await open(last.path, 'r+');
        // Never extend: if earlier buffered bytes did not reach the file, the log is broken.
        if ((await fh.stat()).size > m.size) await fh.truncate(m.size);
        this.fh = fh;
        this.fhSeg = last;
        this.pieces = [{ seg: last, from: 0 }];
      }
      this.nextOffset = m.nextOffset;
    } catch (err) {
      this.broken ??= ioError(`cannot undo a failed append in ${this.dir}`, err);
    }
  }

  private mark(): Mark {
    const seg = this.segments[this.segments.length - 1];
    return {
      bufPos: this.wb.pos,
      pieces: this.pieces.length,
      segments: this.segments.length,
      records: seg?.records ?? 0,
      size: seg?.size ?? 0,
      idxLen: seg?.idxRel.length ?? 0,
      lastIndexed: seg?.lastIndexed ?? 0,
      nextOffset: this.nextOffset,
    };
  }

  private rollback(m: Mark): void {
    this.wb.pos = m.bufPos;
    this.pieces.length = m.pieces;
    this.segments.length = m.segments;
    const seg = this.segments[this.segments.length - 1];
    if (seg !== undefined) {
      seg.records = m.records;
      seg.size = m.size;
      seg.idxRel.length = m.idxLen;
      seg.idxPos.length = m.idxLen;
      seg.lastIndexed = m.lastIndexed;
    }
    this.nextOffset = m.nextOffset;
  }

  /** Starts a new segment at the current end; its header goes into the write buffer at `at`. */
  private startSegment(at: number): Segment {
    const seg = this.newSegment(this.nextOffset);
    const b = this.wb.buf;
    SEGMENT_MAGIC.copy(b, at);
    b.writeBigUInt64LE(BigInt(seg.base), at + 8);
    this.segments.push(seg);
    this.pieces.push({ seg, from: at });
    return seg;
  }

  /** The segment appends go to, started (header in the write buffer) if there is none yet. */
  private segmentToFill(): Segment {
    const w = this.wb;
    const seg = this.segments[this.segments.length - 1];
    if (seg === undefined) {
      w.ensure(SEGMENT_HEADER_BYTES);
      const first = this.startSegment(w.pos);
      w.pos += SEGMENT_HEADER_BYTES;
      return first;
    }
    if (this.pieces.length === 0) this.pieces.push({ seg, from: w.pos });
    return seg;
  }

  /**
   * Frames and encodes `events[from..]` into the write buffer until it holds
   * `writeBufferBytes`; returns the index of the first event not encoded. Throws (leaving the
   * caller to roll back) on an event that cannot be encoded.
   */
  private encodeSome(events: readonly CanonicalEvent[], from: number): number {
    const w = this.wb;
    const segmentBytes = this.p.segmentBytes;
    const limit = this.p.writeBufferBytes;
    let seg = this.segmentToFill();
    let i = from;
    while (i < events.length) {
      let start = w.pos;
      w.ensure(FRAME_BYTES);
      w.pos += FRAME_BYTES;
      writeEvent(w, events[i]!);
      const len = w.pos - start - FRAME_BYTES;
      const recBytes = len + FRAME_BYTES;
      if (seg.records > 0 && seg.size + recBytes > segmentBytes) {
        // Roll: shift the record up and put the new segment's header before it.
        w.ensure(SEGMENT_HEADER_BYTES);
        w.buf.copyWithin(start + SEGMENT_HEADER_BYTES, start, w.pos);
        seg = this.startSegment(start);
        w.pos += SEGMENT_HEADER_BYTES;
        start += SEGMENT_HEADER_BYTES;
      }
      frameRecord(w.buf, start, w.pos);
      this.indexRecord(seg, seg.size);
      seg.size += recBytes;
      seg.records++;
      this.nextOffset++;
      i++;
      if (w.pos >= limit) break;
    }
    return i;
  }

  /**
   * `encodeSome` for records already encoded and framed (`appendEncoded`): copies `batch`'s
   * records from `from` into the write buffer in runs, one copy per run rather than per record;
   * a segment roll ends a run. Returns the index of the first record not copied.
   */
  private copySome(batch: EncodedBatch, from: number): number {
    const w = this.wb;
    const segmentBytes = this.p.segmentBytes;
    const limit = this.p.writeBufferBytes;
    const src = batch.buf;
    const starts = batch.starts;
    let seg = this.segmentToFill();
    let runStart = starts[from]!;
    const copyRun = (to: number): void => {
      if (to === runStart) return;
      w.ensure(to - runStart);
      src.copy(w.buf, w.pos, runStart, to);
      w.pos += to - runStart;
      runStart = to;
    };
    let i = from;
    while (i < batch.count) {
      const start = starts[i]!;
      const end = starts[i + 1]!;
      const recBytes = end - start;
      const len = recBytes - FRAME_BYTES;
      if (len > MAX_RECORD_BYTES) {
        throw new ReplayError('RPL_CODEC', `record of ${len} bytes exceeds the log's limit`);
      }
      if (seg.records > 0 && seg.size + recBytes > segmentBytes) {
        copyRun(start);
        w.ensure(SEGMENT_HEADER_BYTES);
        seg = this.startSegment(w.pos);
        w.pos += SEGMENT_HEADER_BYTES;
      }
      this.indexRecord(seg, seg.size);
      seg.size += recBytes;
      seg.records++;
      this.nextOffset++;
      i++;
      if (w.pos + (end - runStart) >= limit) break;
    }
    copyRun(starts[i]!);
    return i;
  }

  /** Writes the buffered bytes to their segment files (no fsync). */
  private async writeOut(): Promise<void> {
    if (this.pieces.length === 0 || this.wb.pos === 0) return;
    const buf = this.wb.buf;
    const end = this.wb.pos;
    try {
      for (let i = 0; i < this.pieces.length; i++) {
        const { seg, from } = this.pieces[i]!;
        const to = i + 1 < this.pieces.length ? this.pieces[i + 1]!.from : end;
        if (this.fhSeg !== seg) await this.switchFile(seg);
        const fh = this.fh!;
        // Position = where this piece starts in the segment: its size minus what follows.
        const position = seg.size - segmentTail(this.pieces, i, end, seg);
        let off = from;
        while (off < to) {
          const { bytesWritten } = await fh.write(buf, off, to - off, position + (off - from));
          off += bytesWritten;
        }
      }
    } catch (err) {
      this.broken = ioError(`cannot write to event log ${this.dir}`, err);
      throw this.broken;
    }
    const last = this.pieces[this.pieces.length - 1]!.seg;
    this.wb.reset();
    this.pieces = [{ seg: last, from: 0 }];
    if (this.wb.buf.length > 4 * this.p.writeBufferBytes)
      this.wb.buf = Buffer.allocUnsafe(2 * this.p.writeBufferBytes);
  }

  /** Seals the segment being written (fsync, index) and opens `seg` (new file). */
  private async switchFile(seg: Segment): Promise<void> {
    const prev = this.fhSeg;
    if (this.fh !== undefined && prev !== undefined) {
      await this.fh.sync();
      await this.fh.close();
      this.fh = undefined;
      await this.writeIndex(prev);
    }
    try {
      this.fh = await open(seg.path, 'w+');
    } catch (err) {
      throw ioError(`cannot create segment ${seg.path}`, err);
    }
    this.fhSeg = seg;
    this.dirDirty = true;
  }

  flush(): Promise<void> {
    return this.run(async () => {
      this.assertWritable();
      await this.flushLocked();
    });
  }

  private async flushLocked(): Promise<void> {
    await this.writeOut();
    try {
      if (this.fh !== undefined) await this.fh.sync();
      if (this.dirDirty) {
        const d = await open(this.dir, 'r');
        try {
          await d.sync();
        } finally {
          await d.close();
        }
        this.dirDirty = false;
      }
    } catch (err) {
      this.broken = ioError(`cannot fsync event log ${this.dir}`, err);
      throw this.broken;
    }
  }

  endOffset(): Promise<number> {
    if (this.closed)
      return Promise.reject(new ReplayError('RPL_LOG_IO', `event log ${this.dir} is closed`));
    if (!this.p.readOnly) return Promise.resolve(this.nextOffset);
    return this.refresh().then(() => this.nextOffset);
  }

  close(): Promise<void> {
    this.closing ??= this.run(async () => {
      try {
        if (!this.p.readOnly && this.broken === undefined && !this.closed) await this.flushLocked();
      } finally {
        this.closed = true;
        if (this.fh !== undefined) {
          await this.fh.close().catch(() => undefined);
          this.fh = undefined;
        }
        await this.releaseLock();
      }
    });
    return this.closing;
  }

  private async releaseLock(): Promise<void> {
    const path = this.lockPath;
    if (path === undefined) return;
    this.lockPath = undefined;
    await releaseLock(path);
  }

  // ---------------------------------------------------------------- reading

  /** Read-only mode: picks up what the writer appended since the last look. */
  private async refresh(): Promise<void> {
    const bases = await this.listSegments();
    let last = this.segments[this.segments.length - 1];
    if (last !== undefined) {
      // Stops quietly at a record the writer has not finished writing.
      await this.scan(last, last.size, last.records, false);
    }
    for (const base of bases) {
      if (last !== undefined && base <= last.base) continue;
      if (base !== this.nextOffsetOf(last)) break; // the previous segment is still being written
      const seg = this.newSegment(base);
      const scan = await this.scan(seg, SEGMENT_HEADER_BYTES, 0, true);
      if (scan.badAt === 0) break; // header not written yet
      this.segments.push(seg);
      last = seg;
    }
    this.nextOffset = this.nextOffsetOf(last);
  }

  private nextOffsetOf(seg: Segment | undefined): number {
    return seg === undefined ? 0 : seg.base + seg.records;
  }

  read(fromOffset: number, options: ReadOptions = {}): AsyncIterable<readonly LogRecord[]> {
    if (this.closed) throw new ReplayError('RPL_LOG_IO', `event log ${this.dir} is closed`);
    // Writer: the end is fixed now. Read-only: at the start of iteration, after a refresh.
    const snapshot = this.p.readOnly
      ? undefined
      : resolveReadRange(fromOffset, options, this.nextOffset);
    if (this.p.readOnly) resolveReadRange(fromOffset, options, Number.MAX_SAFE_INTEGER);
    return {
      [Symbol.asyncIterator]: () => this.readRange(fromOffset, options, snapshot),
    };
  }

  private async *readRange(
    fromOffset: number,
    options: ReadOptions,
    snapshot: { from: number; to: number; batchSize: number } | undefined,
  ): AsyncGenerator<readonly LogRecord[]> {
    let range = snapshot;
    if (range === undefined) {
      await this.refresh();
      range = resolveReadRange(fromOffset, options, this.nextOffset);
    } else {
      // Make everything appended so far visible in the files.
      await this.run(async () => {
        if (!this.closed && this.broken === undefined) await this.writeOut();
      });
    }
    const { from, to, batchSize } = range;
    if (from >= to) return;
    const segments = this.segments.slice();
    let si = findSegment(segments, from);
    let offset = from;
    const reader = createEventReader();
    let batch: LogRecord[] = [];
    while (offset < to) {
      const seg = segments[si];
      if (seg === undefined)
        throw ioError(`event log ${this.dir}: offset ${offset} is in no segment`);
      const segEnd = Math.min(to, seg.base + seg.records);
      // Start at the last index entry at or before the wanted offset.
      const rel = offset - seg.base;
      const k = upperBound(seg.idxRel, rel, (n) => n) - 1;
      let cur = seg.base + (k >= 0 ? seg.idxRel[k]! : 0);
      const startPos = k >= 0 ? seg.idxPos[k]! : SEGMENT_HEADER_BYTES;
      const fh = await openSegmentForReading(seg);
      try {
        const fileSize = (await fh.stat()).size;
        const cursor = new ChunkCursor(fh, this.p.readChunkBytes, startPos, fileSize);
        while (cur < segEnd) {
          const pos = cursor.pos;
          let st = cursor.frameSync(cur >= offset);
          // Refill until the whole frame is in the buffer (a header first, then a record that
          // may be larger than a chunk).
          while (st === FRAME_NEED_MORE)
            st = (await cursor.more()) ?? cursor.frameSync(cur >= offset);
          if (typeof st === 'string') {
            throw ioError(
              `event log corrupt: ${seg.path} at byte ${pos}: ${st} (record ${cur})${damageHint(this.dir)}`,
              undefined,
              { segment: seg.path, position: pos, offset: cur },
            );
          }
          if (cur >= offset) {
            let event: CanonicalEvent;
            try {
              event = readEvent(reader, cursor.buf, cursor.payloadStart, cursor.payloadEnd);
            } catch (err) {
              const onUnknown = this.p.onUnknownRecord;
              if (
                onUnknown !== undefined &&
                isReplayError(err) &&
                err.details['reason'] === 'no payload'
              ) {
                onUnknown({ offset: cur, segment: seg.path, position: pos, reason: err.message });
                cur++;
                continue;
              }
              throw ioError(
                `event log: cannot decode record ${cur} in ${seg.path} at byte ${pos}`,
                err,
                { segment: seg.path, position: pos, offset: cur },
              );
            }
            batch.push({ offset: cur, event });
            if (batch.length >= batchSize) {
              yield batch;
              batch = [];
            }
          }
          cur++;
        }
      } finally {
        reader.release();
        await fh.close();
      }
      offset = segEnd;
      si++;
    }
    if (batch.length > 0) yield batch;
  }
}

function indexPath(dir: string, base: number): string {
  return join(dir, `${pad20(base)}.idx`);
}

async function unlinkIfExists(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Bytes of `seg` that are in pieces at or after index `i` of the write buffer. */
function segmentTail(
  pieces: readonly { seg: Segment; from: number }[],
  i: number,
  end: number,
  seg: Segment,
): number {
  let n = 0;
  for (let j = i; j < pieces.length; j++) {
    if (pieces[j]!.seg !== seg) break;
    const to = j + 1 < pieces.length ? pieces[j + 1]!.from : end;
    n += to - pieces[j]!.from;
  }
  return n;
}

/** First index with `key(xs[index]) > v` (keys ascending). */
function upperBound<T>(xs: readonly T[], v: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(xs[mid]!) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segment holding `offset` (the last one whose base is <= offset). */
function findSegment(segments: readonly Segment[], offset: number): number {
  return Math.max(0, upperBound(segments, offset, (seg) => seg.base) - 1);
}
