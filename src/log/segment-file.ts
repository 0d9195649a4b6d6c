/**
 * The on-disk format of one event log segment, and the one reader of it: the frame cursor and
 * the record scanner the file log opens with and `faultreplay log check/repair` inspect with
 * (one frame reader, so a check sees exactly what an open or a read would).
 *
 * A segment is a 16-byte header (`FRSEG001` + base offset as u64 LE) followed by records
 * `[u32 LE payload length][u32 LE crc32(payload)][payload]`.
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { crc32, RECORD_HEADROOM } from '../codec/index.js';
import { errorMessage, ReplayError } from '../errors.js';

export const SEGMENT_MAGIC = Buffer.from('FRSEG001', 'ascii');
export const SEGMENT_HEADER_BYTES = 16;
/** Length and CRC-32: exactly the headroom an encoded batch leaves before each record. */
export const FRAME_BYTES = RECORD_HEADROOM;
/** Upper bound on one record's payload; larger lengths can only be garbage. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;
/** How far past a bad record the opener looks for valid ones (middle corruption vs torn tail). */
export const RESYNC_SCAN_BYTES = 8 * 1024 * 1024;
export const FRAME_OK = 1;
export const FRAME_NEED_MORE = 0;
export const SEGMENT_RE = /^(\d{20})\.seg$/;

/** Result of scanning a segment's records. */
export interface ScanResult {
  /** Records counted: the starting count plus the valid records scanned. */
  records: number;
  /** End of the last valid record. */
  end: number;
  /** Set when the scan stopped at an invalid record before the end of the file. */
  badAt: number | undefined;
  badReason: string;
  fileSize: number;
}

export interface SegmentFile {
  readonly path: string;
  /** Base offset, as the file name and header carry it. */
  readonly base: number;
  /** Bytes read per call. */
  readonly chunkBytes: number;
}

function ioError(message: string, cause?: unknown, details: Record<string, unknown> = {}) {
  const suffix = cause === undefined ? '' : `: ${errorMessage(cause)}`;
  return new ReplayError('RPL_LOG_IO', `${message}${suffix}`, { cause, details });
}

/** Opens a segment to read it (a scan, a replay's cursor); a failure is `RPL_LOG_IO`. */
export async function openSegmentForReading(seg: { readonly path: string }): Promise<FileHandle> {
  try {
    return await open(seg.path, 'r');
  } catch (err) {
    throw ioError(`cannot open segment ${seg.path}`, err);
  }
}

/**
 * Scans the records of a segment file from byte `from` (record number `records`) to its end,
 * verifying each record's length and crc, and calls `onRecord(position, end)` for each valid
 * one. Stops at the first invalid record. A header that is not a segment header of `base`
 * fails with `RPL_LOG_IO`; a header cut short is reported as bad at byte 0.
 */
export async function scanSegmentFile(
  seg: SegmentFile,
  at: { readonly from: number; readonly records: number; readonly checkHeader: boolean },
  onRecord: (position: number, end: number) => void,
): Promise<ScanResult> {
  const fh = await openSegmentForReading(seg);
  try {
    const fileSize = (await fh.stat()).size;
    if (at.checkHeader) {
      const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
      const { bytesRead } = await fh.read(header, 0, SEGMENT_HEADER_BYTES, 0);
      if (bytesRead < SEGMENT_HEADER_BYTES) {
        return { records: 0, end: 0, badAt: 0, badReason: 'short segment header', fileSize };
      }
      if (
        !header.subarray(0, 8).equals(SEGMENT_MAGIC) ||
        Number(header.readBigUInt64LE(8)) !== seg.base
      ) {
        throw ioError(
          `event log corrupt: ${seg.path} at byte 0: not a faultreplay segment header`,
          undefined,
          { segment: seg.path, position: 0 },
        );
      }
    }
    let records = at.records;
    const cursor = new ChunkCursor(fh, seg.chunkBytes, at.from, fileSize);
    for (;;) {
      const pos = cursor.pos;
      if (pos >= fileSize) return { records, end: pos, badAt: undefined, badReason: '', fileSize };
      const frame = await cursor.frame(true);
      if (typeof frame === 'string') {
        return { records, end: pos, badAt: pos, badReason: frame, fileSize };
      }
      onRecord(pos, cursor.pos);
      records++;
    }
  } finally {
    await fh.close();
  }
}

/**
 * The byte position of the first valid record frame in the segment file at `path` after byte
 * `after` (looking RESYNC_SCAN_BYTES ahead), or undefined when there is none.
 */
export async function validRecordAfter(
  path: string,
  after: number,
  fileSize: number,
): Promise<number | undefined> {
  const fh = await open(path, 'r');
  try {
    // Look for a frame starting in the next RESYNC_SCAN_BYTES (records up to as long again).
    const window = Math.min(fileSize - after, RESYNC_SCAN_BYTES * 2);
    const buf = Buffer.alloc(window);
    const { bytesRead } = await fh.read(buf, 0, window, after);
    for (let q = 1; q + FRAME_BYTES <= bytesRead && q <= RESYNC_SCAN_BYTES; q++) {
      const n = buf.readUInt32LE(q);
      if (n === 0 || q + FRAME_BYTES + n > bytesRead) continue;
      if (crc32(buf, q + FRAME_BYTES, q + FRAME_BYTES + n) === buf.readUInt32LE(q + 4)) {
        return after + q;
      }
    }
    return undefined;
  } finally {
    await fh.close();
  }
}

/**
 * Reads a segment file chunk by chunk and hands out record frames. A record that straddles two
 * chunks is moved to the front of the buffer before the next read (one carry-over copy); a
 * record larger than the chunk grows the buffer for it.
 */
export class ChunkCursor {
  buf: Buffer;
  /** File position of `buf[0]`. */
  private bufFilePos: number;
  private bufLen = 0;
  /** Read position in the buffer. */
  private at = 0;
  payloadStart = 0;
  payloadEnd = 0;
  /** Bytes the last FRAME_NEED_MORE needs at the read position. */
  private need = 0;
  private readonly fh: FileHandle;
  private readonly fileSize: number;

  constructor(fh: FileHandle, chunkBytes: number, from: number, fileSize: number) {
    this.fh = fh;
    this.fileSize = fileSize;
    this.buf = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(4096, fileSize - from)));
    this.bufFilePos = from;
  }

  get pos(): number {
    return this.bufFilePos + this.at;
  }

  /** Makes `n` bytes available at `at`; false when the file ends first. */
  private async fill(n: number): Promise<boolean> {
    if (this.bufLen - this.at >= n) return true;
    if (this.pos + n > this.fileSize) return false;
    const keep = this.bufLen - this.at;
    if (n > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
      this.buf.copy(next, 0, this.at, this.bufLen);
      this.buf = next;
    } else if (keep > 0) {
      this.buf.copy(this.buf, 0, this.at, this.bufLen);
    }
    this.bufFilePos += this.at;
    this.at = 0;
    this.bufLen = keep;
    while (this.bufLen < n) {
      const want = Math.min(
        this.buf.length - this.bufLen,
        this.fileSize - (this.bufFilePos + this.bufLen),
      );
      const { bytesRead } = await this.fh.read(
        this.buf,
        this.bufLen,
        want,
        this.bufFilePos + this.bufLen,
      );
      if (bytesRead === 0) return false;
      this.bufLen += bytesRead;
    }
    return true;
  }

  /**
   * Takes the next frame if it is entirely in the buffer (the hot path: no await per record):
   * checks its length and, when `verify`, its crc, and sets `payloadStart/End` in `buf`.
   * Returns FRAME_OK, FRAME_NEED_MORE (call `more()` then retry), or the reason the frame is
   * invalid.
   */
  frameSync(verify: boolean): number | string {
    const avail = this.bufLen - this.at;
    if (avail < FRAME_BYTES) {
      this.need = FRAME_BYTES;
      return FRAME_NEED_MORE;
    }
    const b = this.buf;
    const at = this.at;
    const len = b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
    if (len <= 0 || len > MAX_RECORD_BYTES) return `impossible record length ${len >>> 0}`;
    if (avail < FRAME_BYTES + len) {
      this.need = FRAME_BYTES + len;
      return FRAME_NEED_MORE;
    }
    const start = at + FRAME_BYTES;
    const end = start + len;
    if (verify) {
      const crc = (b[at + 4]! | (b[at + 5]! << 8) | (b[at + 6]! << 16) | (b[at + 7]! << 24)) >>> 0;
      if (crc32(b, start, end) !== crc) return 'record checksum mismatch';
    }
    this.payloadStart = start;
    this.payloadEnd = end;
    this.at = end;
    return FRAME_OK;
  }

  /** Reads more of the file for the frame `frameSync` asked for; a reason when the file ends. */
  async more(): Promise<string | undefined> {
    if (await this.fill(this.need)) return undefined;
    const left = this.fileSize - this.pos;
    if (this.need === FRAME_BYTES) return `incomplete record header (${left} bytes left)`;
    return `record of ${this.need - FRAME_BYTES} bytes cut short (${left - FRAME_BYTES} bytes left)`;
  }

  /** The next frame, reading as needed: FRAME_OK or the reason it is invalid. */
  async frame(verify = true): Promise<number | string> {
    for (;;) {
      const st = this.frameSync(verify);
      if (st !== FRAME_NEED_MORE) return st;
      const bad = await this.more();
      if (bad !== undefined) return bad;
    }
  }
}
