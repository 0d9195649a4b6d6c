/**
 * `faultreplay log check`: what is in a file event log directory and what of it is damaged,
 * found by scanning every segment file record by record with the log's own scanner (the index
 * files are not trusted, and nothing is written: it is safe on a log another process writes).
 *
 * After a bad record the scan looks for the next valid frame (as the opener does to tell a torn
 * tail from corruption in the middle) and goes on from there, so one flipped byte is one damaged
 * range and every intact record after it is still counted.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, isReplayError, ReplayError } from '../errors.js';
import {
  SEGMENT_HEADER_BYTES,
  SEGMENT_RE,
  scanSegmentFile,
  validRecordAfter,
} from './segment-file.js';

/** One run of bytes of a segment that holds no valid record. */
export interface DamagedRange {
  readonly segment: string;
  /** Byte position of the first bad byte in the segment file. */
  readonly fromByte: number;
  /** Byte position of the next valid record, or the file size when none follows. */
  readonly toByte: number;
  /** Log offset the first lost record had (the offset after the last valid record before it). */
  readonly offset: number;
  readonly reason: string;
  /** `corrupt` when valid records follow in the log; `torn-tail` at the very end of the log. */
  readonly kind: 'corrupt' | 'torn-tail' | 'header';
}

export interface SegmentCheck {
  readonly segment: string;
  readonly base: number;
  readonly bytes: number;
  /** Valid records found. */
  readonly records: number;
  /** Records the next segment's base offset says this one holds; null for the last segment. */
  readonly expectedRecords: number | null;
  /** expectedRecords - records; null for the last segment (nothing says how many it held). */
  readonly lostRecords: number | null;
  readonly lostRecordsReason: string | null;
  readonly damage: readonly DamagedRange[];
}

export interface LogCheckReport {
  readonly dir: string;
  readonly segments: readonly SegmentCheck[];
  /** Valid records in all segments. */
  readonly records: number;
  /** Damage other than a torn tail of the last segment (which an open cuts by design). */
  readonly damaged: boolean;
  readonly damage: readonly DamagedRange[];
  /** Problems of the directory itself (e.g. the first segment not starting at offset 0). */
  readonly problems: readonly string[];
}

const CHUNK_BYTES = 1024 * 1024;

/** Segment files of `dir` by base offset. */
export async function listSegmentFiles(
  dir: string,
): Promise<{ readonly base: number; readonly name: string; readonly path: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw new ReplayError(
      'RPL_LOG_IO',
      `cannot list event log directory ${dir}: ${errorMessage(err)}`,
      {
        cause: err,
      },
    );
  }
  return names
    .flatMap((name) => {
      const m = SEGMENT_RE.exec(name);
      return m ? [{ base: Number(m[1]), name, path: join(dir, name) }] : [];
    })
    .sort((a, b) => a.base - b.base);
}

/** Scans every segment of the log in `dir`; see the file comment. */
export async function checkFileLog(dir: string): Promise<LogCheckReport> {
  const files = await listSegmentFiles(dir);
  const problems: string[] = [];
  if (files.length === 0) problems.push(`no segment files (*.seg) in ${dir}`);
  else if (files[0]!.base !== 0)
    problems.push(`first segment ${files[0]!.name} does not start at offset 0`);
  const segments: SegmentCheck[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const next = files[i + 1];
    const last = next === undefined;
    const damage: DamagedRange[] = [];
    let from = SEGMENT_HEADER_BYTES;
    let records = 0;
    let checkHeader = true;
    let bytes = 0;
    for (;;) {
      let scan;
      try {
        scan = await scanSegmentFile(
          { path: f.path, base: f.base, chunkBytes: CHUNK_BYTES },
          { from, records, checkHeader },
          () => undefined,
        );
      } catch (err) {
        // A header that is not this segment's: its records may still be intact after it.
        if (!isReplayError(err) || err.details['position'] !== 0) throw err;
        damage.push({
          segment: f.name,
          fromByte: 0,
          toByte: SEGMENT_HEADER_BYTES,
          offset: f.base,
          reason: 'not a faultreplay segment header (or not of this base offset)',
          kind: 'header',
        });
        checkHeader = false;
        continue;
      }
      bytes = scan.fileSize;
      records = scan.records;
      if (scan.badAt === undefined) break;
      const resync =
        scan.badAt === 0 ? undefined : await validRecordAfter(f.path, scan.badAt, scan.fileSize);
      const toByte = resync ?? scan.fileSize;
      damage.push({
        segment: f.name,
        fromByte: scan.badAt,
        toByte,
        offset: f.base + records,
        reason: scan.badReason,
        kind: resync === undefined && last ? 'torn-tail' : scan.badAt === 0 ? 'header' : 'corrupt',
      });
      if (resync === undefined) break;
      from = resync;
      checkHeader = false;
    }
    const expected = next === undefined ? null : next.base - f.base;
    segments.push({
      segment: f.name,
      base: f.base,
      bytes,
      records,
      expectedRecords: expected,
      lostRecords: expected === null ? null : expected - records,
      lostRecordsReason:
        expected === null ? 'last segment: nothing records how many records it held' : null,
      damage,
    });
    if (expected !== null && expected !== records && damage.length === 0) {
      problems.push(
        `${f.name} holds ${records} records but the next segment starts ${expected} offsets later`,
      );
    }
  }
  const damage = segments.flatMap((s) => s.damage);
  return {
    dir,
    segments,
    records: segments.reduce((n, s) => n + s.records, 0),
    damaged: problems.length > 0 || damage.some((d) => d.kind !== 'torn-tail'),
    damage,
    problems,
  };
}
