/**
 * `faultreplay log repair`: rewrites the damaged segments of a file event log so that it opens
 * and replays again, keeping every intact record byte for byte.
 *
 * Offsets must stay dense: a sealed segment holds exactly as many records as the next
 * segment's base offset says, and readers (and replay runs' offset ranges) rely on that. So
 * each damaged byte range is replaced by exactly as many records as it lost, each one a `lost`
 * event of kind `log_damage` with count 1: the simulator counts them like events the tracer
 * lost, and `replay` reports them per capture. Renumbering the log instead would change the
 * offsets of every later record and of every stored run.
 *
 * How many records a range lost: a sealed segment's total is known (next base offset minus the
 * records still intact); with one range in the segment that is its count. With several, or in
 * the last segment (where nothing records the total), the capture sequence numbers around the
 * range tell (`seq` is dense within a capture); when they cannot (the range spans two captures,
 * or they do not add up to the total) the total is shared out by damaged bytes.
 *
 * Whose records they were: the capture of the intact records around the range, with the seqs
 * that are missing between them (the start of the next capture gets as many as its first
 * intact seq says it lost), so a repaired capture has dense seqs again.
 *
 * Each repaired segment is written to a temporary file, fsynced and renamed over the old one;
 * its index file is removed, then rebuilt from the segment by opening the log as a writer. A torn tail of the
 * last segment is cut as the next writer would. The writer lock is held throughout, so a
 * running writer makes the repair refuse.
 */
import { open, rename, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, decodeEvent, encodeEvent } from '../codec/index.js';
import type { CanonicalEvent } from '../events/index.js';
import { errorMessage, ReplayError } from '../errors.js';
import { acquireLock, createFileEventLog, releaseLock } from './file-event-log.js';
import { checkFileLog, type SegmentCheck } from './log-check.js';
import {
  FRAME_BYTES,
  SEGMENT_HEADER_BYTES,
  SEGMENT_MAGIC,
  scanSegmentFile,
} from './segment-file.js';

/** One damaged byte range and the records written in its place. */
export interface ReplacedRange {
  readonly fromByte: number;
  readonly toByte: number;
  /** Damaged bytes dropped (toByte - fromByte). */
  readonly bytes: number;
  /** `lost` records written in place of the range (= records lost there). */
  readonly records: number;
  /** Those records by capture id. */
  readonly captures: Readonly<Record<string, number>>;
  readonly reason: string;
}

export interface SegmentRepair {
  readonly segment: string;
  readonly keptRecords: number;
  readonly keptBytes: number;
  readonly replaced: readonly ReplacedRange[];
  /** Bytes of torn tail cut from the last segment. */
  readonly cutBytes: number;
  readonly headerRewritten: boolean;
  /** The segment file was rewritten (or cut, or removed when only a torn header was left). */
  readonly changed: boolean;
}

export interface LogRepairReport {
  readonly dir: string;
  readonly segments: readonly SegmentRepair[];
  /** Intact records kept. */
  readonly keptRecords: number;
  /** Records lost to damage, each replaced by a `lost` (log_damage) record. */
  readonly lostRecords: number;
  readonly cutBytes: number;
  /** Something was rewritten or cut. */
  readonly changed: boolean;
  readonly warnings: readonly string[];
}

/** The envelope fields of an intact record next to a damaged range. */
interface Neighbour {
  readonly captureId: string;
  readonly seq: number;
  readonly ts: CanonicalEvent['ts'];
  readonly cpu: number;
}

/** A run of valid records [from, to) of one segment file. */
interface Span {
  readonly kind: 'span';
  readonly from: number;
  readonly to: number;
  readonly records: number;
  readonly first: Neighbour | undefined;
  readonly last: Neighbour | undefined;
}

/** A damaged range [from, to) (record bytes only: a bad header is rewritten anyway). */
interface Gap {
  readonly kind: 'gap';
  readonly from: number;
  readonly to: number;
  readonly reason: string;
  count: number;
  lost: CanonicalEvent[];
}

interface SegmentPlan {
  readonly check: SegmentCheck;
  readonly path: string;
  readonly pieces: (Span | Gap)[];
  /** Where the kept content ends (a torn tail starts there); the file size otherwise. */
  readonly end: number;
  readonly headerBad: boolean;
  /** The header itself is torn in the last segment: the file goes, as an open would drop it. */
  readonly drop: boolean;
}

function logIo(message: string, cause?: unknown): ReplayError {
  const suffix = cause === undefined ? '' : `: ${errorMessage(cause)}`;
  return new ReplayError('RPL_LOG_IO', `${message}${suffix}`, { cause });
}

/** Repairs the log in `dir` (see the file comment); fails with `RPL_LOG_IO` if it cannot. */
export async function repairFileLog(dir: string): Promise<LogRepairReport> {
  const warnings: string[] = [];
  const lockPath = await acquireLock(dir, (pid) => {
    warnings.push(
      `took over the lock of ${pid === undefined ? 'a writer that left it empty' : `pid ${pid}, which is not running`}`,
    );
  });
  let report: LogRepairReport;
  try {
    report = await repairLocked(dir, warnings);
  } finally {
    await releaseLock(lockPath);
  }
  // The indexes of rewritten segments were removed: an open as writer rebuilds them (as the
  // next writer would), so that readers do not rebuild them in memory, with a warning, each time.
  if (report.changed) await (await createFileEventLog({ dir })).close();
  return report;
}

async function repairLocked(dir: string, warnings: string[]): Promise<LogRepairReport> {
  const check = await checkFileLog(dir);
  const fatal = check.problems.filter((p) => !/holds \d+ records but the next segment/.test(p));
  if (fatal.length > 0) throw logIo(`cannot repair event log ${dir}: ${fatal.join('; ')}`);
  const plans: SegmentPlan[] = [];
  for (let i = 0; i < check.segments.length; i++) {
    plans.push(await planSegment(dir, check.segments[i]!, i === check.segments.length - 1));
  }
  countLost(dir, plans);
  const segments: SegmentRepair[] = [];
  for (const plan of plans) segments.push(await applyPlan(dir, plan));
  if (segments.some((s) => s.changed)) await fsyncPath(dir);
  const after = await checkFileLog(dir);
  if (after.damaged || after.damage.length > 0) {
    throw logIo(
      `event log ${dir} is still damaged after the repair: ${[...after.problems, ...after.damage.map((d) => `${d.segment} bytes ${d.fromByte}..${d.toByte}: ${d.reason}`)].join('; ')}`,
    );
  }
  return {
    dir,
    segments,
    keptRecords: segments.reduce((n, s) => n + s.keptRecords, 0),
    lostRecords: segments.reduce((n, s) => n + s.replaced.reduce((m, r) => m + r.records, 0), 0),
    cutBytes: segments.reduce((n, s) => n + s.cutBytes, 0),
    changed: segments.some((s) => s.changed),
    warnings,
  };
}

/** Splits a segment into runs of valid records and damaged ranges. */
async function planSegment(dir: string, seg: SegmentCheck, last: boolean): Promise<SegmentPlan> {
  const path = join(dir, seg.segment);
  const torn = seg.damage.find((d) => d.kind === 'torn-tail');
  const drop = torn !== undefined && torn.fromByte < SEGMENT_HEADER_BYTES;
  const end = torn === undefined ? seg.bytes : torn.fromByte;
  const ranges = seg.damage.filter((d) => d.kind !== 'torn-tail');
  const headerBad = ranges.some((d) => d.fromByte === 0);
  const pieces: (Span | Gap)[] = [];
  let at = SEGMENT_HEADER_BYTES;
  const addGap = (from: number, to: number, reason: string): void => {
    pieces.push({ kind: 'gap', from, to, reason, count: 0, lost: [] });
  };
  if (!drop) {
    for (const d of [...ranges].sort((a, b) => a.fromByte - b.fromByte)) {
      const from = Math.max(d.fromByte, SEGMENT_HEADER_BYTES);
      if (from > at) pieces.push(await scanSpan(path, seg.base, at, from));
      if (d.fromByte === 0 && d.toByte <= SEGMENT_HEADER_BYTES) {
        at = Math.max(at, SEGMENT_HEADER_BYTES);
        continue; // the header alone: rewritten, no record lost
      }
      addGap(from, Math.max(d.toByte, from), d.reason);
      at = Math.max(d.toByte, from);
    }
    if (end > at) pieces.push(await scanSpan(path, seg.base, at, end));
  }
  const lost = seg.lostRecords ?? 0;
  if (!last && lost > 0 && !pieces.some((p) => p.kind === 'gap')) {
    // No bad byte, yet records are missing (cut at a record boundary): they were at the end.
    addGap(end, end, `${lost} records missing at the end of the segment`);
  }
  return { check: seg, path, pieces, end, headerBad, drop };
}

/** Scans the valid records of [from, to) and decodes the first and the last one. */
async function scanSpan(path: string, base: number, from: number, to: number): Promise<Span> {
  let first: number | undefined;
  let lastPos: number | undefined;
  const scan = await scanSegmentFile(
    { path, base, chunkBytes: 1024 * 1024 },
    { from, records: 0, checkHeader: false },
    (pos) => {
      first ??= pos;
      lastPos = pos;
    },
  );
  // The scan stops at the first bad byte, which `log check` found at `to`.
  if (scan.end !== to) throw logIo(`${path}: expected valid records from byte ${from} to ${to}`);
  const records = scan.records;
  return {
    kind: 'span',
    from,
    to,
    records,
    first: first === undefined ? undefined : await neighbourAt(path, first),
    last: lastPos === undefined ? undefined : await neighbourAt(path, lastPos),
  };
}

async function neighbourAt(path: string, pos: number): Promise<Neighbour> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(FRAME_BYTES);
    await fh.read(head, 0, FRAME_BYTES, pos);
    const payload = Buffer.alloc(head.readUInt32LE(0));
    await fh.read(payload, 0, payload.length, pos + FRAME_BYTES);
    const e = decodeEvent(payload);
    return { captureId: e.captureId, seq: e.seq, ts: e.ts, cpu: e.cpu };
  } catch (err) {
    throw logIo(`cannot read the record at byte ${pos} of ${path}`, err);
  } finally {
    await fh.close();
  }
}

/** Sets each gap's record count and its `lost` records (see the file comment). */
function countLost(dir: string, plans: readonly SegmentPlan[]): void {
  const flat = plans.flatMap((p) => p.pieces);
  const neighbours = new Map<Gap, { prev: Neighbour | undefined; next: Neighbour | undefined }>();
  let prev: Neighbour | undefined;
  for (const p of flat) {
    if (p.kind === 'span') prev = p.last ?? prev;
    else neighbours.set(p, { prev, next: undefined });
  }
  let next: Neighbour | undefined;
  for (let i = flat.length - 1; i >= 0; i--) {
    const p = flat[i]!;
    if (p.kind === 'span') next = p.first ?? next;
    else neighbours.get(p)!.next = next;
  }
  for (const plan of plans) {
    const gaps = plan.pieces.filter((p): p is Gap => p.kind === 'gap');
    if (gaps.length === 0) continue;
    const total = plan.check.lostRecords;
    if (total !== null && total < 0) {
      throw logIo(
        `cannot repair event log ${dir}: ${plan.check.segment} holds more records than the next segment's base offset allows`,
      );
    }
    const counts = allocate(
      gaps.map((g) => ({ ...bySeq(neighbours.get(g)!), bytes: g.to - g.from })),
      total,
    );
    gaps.forEach((g, k) => {
      g.count = counts[k]!;
      const { prev: before, next: after } = neighbours.get(g)!;
      g.lost = lostRecords(g.count, before, after, dir);
    });
  }
}

/** What the seqs around a gap say it lost: exactly, or at least. */
function bySeq(n: { prev: Neighbour | undefined; next: Neighbour | undefined }): {
  exact: number | undefined;
  atLeast: number;
} {
  const { prev, next } = n;
  if (next === undefined) return { exact: undefined, atLeast: 0 };
  if (prev === undefined) return { exact: next.seq, atLeast: next.seq };
  if (prev.captureId === next.captureId) {
    const gap = next.seq - prev.seq - 1;
    return gap >= 0 ? { exact: gap, atLeast: gap } : { exact: undefined, atLeast: 0 };
  }
  // The next capture lost its first `next.seq` records here; the previous one an unknown tail.
  return { exact: undefined, atLeast: next.seq };
}

/** Record counts of a segment's gaps, summing to `total` when it is known. */
function allocate(
  gaps: readonly { exact: number | undefined; atLeast: number; bytes: number }[],
  total: number | null,
): number[] {
  // A damaged range held at least one record (a record's bytes are what failed to verify).
  if (total === null) return gaps.map((g) => g.exact ?? Math.max(1, g.atLeast));
  if (gaps.length === 1) return [total];
  const exactSum = gaps.reduce((n, g) => n + (g.exact ?? 0), 0);
  const open = gaps.filter((g) => g.exact === undefined);
  const floor = open.reduce((n, g) => n + g.atLeast, 0);
  if (open.length === 0 && exactSum === total) return gaps.map((g) => g.exact!);
  if (open.length > 0 && exactSum + floor <= total) {
    let rest = total - exactSum - floor;
    return gaps.map((g) => {
      if (g.exact !== undefined) return g.exact;
      const n = g.atLeast + rest;
      rest = 0;
      return n;
    });
  }
  // The seqs do not fit the total (not a dense capture): share it out by damaged bytes.
  const bytes = gaps.reduce((n, g) => n + g.bytes, 0);
  let left = total;
  return gaps.map((g, k) => {
    if (k === gaps.length - 1) return left;
    const n = bytes === 0 ? 0 : Math.floor((total * g.bytes) / bytes);
    left -= n;
    return n;
  });
}

/** `n` lost records for a gap between `prev` and `next`, with the seqs missing there. */
function lostRecords(
  n: number,
  prev: Neighbour | undefined,
  next: Neighbour | undefined,
  dir: string,
): CanonicalEvent[] {
  if (n === 0) return [];
  if (prev === undefined && next === undefined)
    throw logIo(`cannot repair event log ${dir}: no intact record is left`);
  const sameCapture = prev !== undefined && next !== undefined && prev.captureId === next.captureId;
  const toNext =
    next === undefined || sameCapture ? 0 : prev === undefined ? n : Math.min(n, next.seq);
  const out: CanonicalEvent[] = [];
  const lost = (at: Neighbour, seq: number): CanonicalEvent => ({
    captureId: at.captureId,
    seq: Math.max(0, seq),
    ts: at.ts,
    cpu: at.cpu,
    pid: 0,
    tgid: -1,
    comm: '',
    line: 0,
    type: 'lost',
    data: { cpu: at.cpu, count: 1, countKnown: true, kind: 'log_damage' },
  });
  for (let i = 0; i < n - toNext; i++) out.push(lost(prev!, prev!.seq + 1 + i));
  for (let i = 0; i < toNext; i++) out.push(lost(next!, next!.seq - toNext + i));
  return out;
}

function framed(e: CanonicalEvent): Buffer {
  const payload = encodeEvent(e);
  const b = Buffer.alloc(FRAME_BYTES + payload.length);
  b.writeUInt32LE(payload.length, 0);
  b.writeUInt32LE(crc32(payload), 4);
  b.set(payload, FRAME_BYTES);
  return b;
}

/** Writes the repaired segment (temp file, fsync, rename), or cuts a torn tail. */
async function applyPlan(dir: string, plan: SegmentPlan): Promise<SegmentRepair> {
  const spans = plan.pieces.filter((p): p is Span => p.kind === 'span');
  const gaps = plan.pieces.filter((p): p is Gap => p.kind === 'gap');
  const cutBytes = plan.check.bytes - plan.end;
  const base: Omit<SegmentRepair, 'changed'> = {
    segment: plan.check.segment,
    keptRecords: spans.reduce((n, s) => n + s.records, 0),
    keptBytes: spans.reduce((n, s) => n + s.to - s.from, 0),
    replaced: gaps.map((g) => ({
      fromByte: g.from,
      toByte: g.to,
      bytes: g.to - g.from,
      records: g.count,
      captures: countBy(g.lost),
      reason: g.reason,
    })),
    cutBytes,
    headerRewritten: plan.headerBad,
  };
  const index = join(dir, plan.check.segment.replace(/\.seg$/, '.idx'));
  try {
    if (plan.drop) {
      await unlink(plan.path);
      await unlinkIfExists(index);
      return { ...base, changed: true };
    }
    if (gaps.length === 0 && !plan.headerBad) {
      if (cutBytes === 0) return { ...base, changed: false };
      await truncate(plan.path, plan.end);
      await fsyncPath(plan.path);
      return { ...base, changed: true };
    }
    await rewrite(plan);
    await unlinkIfExists(index);
  } catch (err) {
    if (err instanceof ReplayError) throw err;
    throw logIo(`cannot repair ${plan.path}`, err);
  }
  return { ...base, changed: true };
}

async function rewrite(plan: SegmentPlan): Promise<void> {
  const tmp = `${plan.path}.repair`;
  const src = await open(plan.path, 'r');
  const out = await open(tmp, 'w');
  try {
    const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
    SEGMENT_MAGIC.copy(header, 0);
    header.writeBigUInt64LE(BigInt(plan.check.base), 8);
    await out.write(header);
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (const p of plan.pieces) {
      if (p.kind === 'gap') {
        for (const e of p.lost) await out.write(framed(e));
        continue;
      }
      for (let at = p.from; at < p.to; ) {
        const { bytesRead } = await src.read(chunk, 0, Math.min(chunk.length, p.to - at), at);
        if (bytesRead === 0) throw logIo(`${plan.path} ended at byte ${at} while repairing it`);
        await out.write(chunk, 0, bytesRead);
        at += bytesRead;
      }
    }
    await out.sync();
  } finally {
    await out.close();
    await src.close();
  }
  await rename(tmp, plan.path);
}

function countBy(events: readonly CanonicalEvent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) out[e.captureId] = (out[e.captureId] ?? 0) + 1;
  return out;
}

async function unlinkIfExists(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** fsync of a file or a directory (a read-only descriptor is enough for either). */
async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
