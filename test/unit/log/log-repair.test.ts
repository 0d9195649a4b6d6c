/**
 * repairFileLog on each shape of damage: a bad checksum in the middle of a sealed segment, a
 * garbage length, two ranges in one segment, the first and the last record of a sealed segment,
 * a capture boundary inside the damage, a torn tail, and a writer holding the lock. After each
 * repair the log checks clean, every intact record reads back as it was, and each lost record
 * is a `log_damage` lost event with the capture and seq of the record it replaces.
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { createFileEventLog } from '../../../src/log/index.js';
import { checkFileLog } from '../../../src/log/log-check.js';
import { repairFileLog } from '../../../src/log/log-repair.js';
import { readAll } from '../../contracts/event-log.contract.js';
import { sampleEvents } from '../codec/random-events.js';
import { segmentLayout } from './segment-layout.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

interface SmallLog {
  dir: string;
  events: CanonicalEvent[];
  segs: string[];
  /** Byte position of each record of each segment. */
  starts: number[][];
  /** Base offset of each segment. */
  bases: number[];
}

/** A log of `events` in 4 KiB segments (300 sample events of one capture by default). */
async function smallLog(events = sampleEvents(300, 3)): Promise<SmallLog> {
  const dir = await mkdtemp(join(tmpdir(), 'faultreplay-logrepair-'));
  dirs.push(dir);
  const log = await createFileEventLog({ dir, segmentBytes: 4096 });
  await log.append(events);
  await log.close();
  const { segs, starts } = await segmentLayout(dir);
  return { dir, events, segs, starts, bases: segs.map((s) => Number(s.slice(0, 20))) };
}

async function patch(path: string, at: number, bytes: readonly number[]): Promise<void> {
  const b = await readFile(path);
  bytes.forEach((v, i) => (b[at + i] = v));
  await writeFile(path, b);
}

/** Flips a payload byte of record `k` of segment `s`: a checksum mismatch. */
async function badCrc(l: SmallLog, s: number, k: number): Promise<number> {
  const pos = l.starts[s]![k]!;
  const b = await readFile(join(l.dir, l.segs[s]!));
  await patch(join(l.dir, l.segs[s]!), pos + 10, [b[pos + 10]! ^ 0xff]);
  return l.bases[s]! + k;
}

/**
 * Repairs, then checks: the log is clean and has every offset, each intact record is the
 * event it was, and the records at `lost` offsets are log_damage events of the same capture
 * and seq.
 */
async function repairAndVerify(l: SmallLog, lost: readonly number[]) {
  const report = await repairFileLog(l.dir);
  const after = await checkFileLog(l.dir);
  expect(after.damaged).toBe(false);
  expect(after.damage).toEqual([]);
  const log = await createFileEventLog({ dir: l.dir, readOnly: true });
  const { records } = await readAll(log);
  await log.close();
  expect(records.map((r) => r.offset)).toEqual(l.events.map((_, i) => i));
  const lostSet = new Set(lost);
  records.forEach((r, i) => {
    const original = l.events[i]!;
    if (!lostSet.has(i)) {
      expect(r.event).toEqual(original);
      return;
    }
    expect(r.event).toMatchObject({
      type: 'lost',
      captureId: original.captureId,
      seq: original.seq,
      data: { count: 1, countKnown: true, kind: 'log_damage' },
    });
  });
  if (report.changed) {
    // Every sealed segment has its index again: an open has none to rebuild.
    const reopened = await createFileEventLog({ dir: l.dir, readOnly: true });
    expect(reopened.recovery.indexesRebuilt).toEqual([]);
    await reopened.close();
  }
  expect(report.lostRecords).toBe(lost.length);
  expect(report.keptRecords).toBe(l.events.length - lost.length);
  return report;
}

describe('repairFileLog', () => {
  test('a bad checksum in the middle of a sealed segment: that record replaced, the rest kept', async () => {
    const l = await smallLog();
    const lost = await badCrc(l, 0, 5);
    const report = await repairAndVerify(l, [lost]);
    const seg = report.segments[0]!;
    expect(seg.changed).toBe(true);
    expect(seg.replaced).toMatchObject([
      {
        fromByte: l.starts[0]![5],
        toByte: l.starts[0]![6],
        records: 1,
        captures: { 'ext4-mmap-0001': 1 },
      },
    ]);
    expect(seg.keptRecords).toBe(l.starts[0]!.length - 1);
    expect(report.segments.slice(1).every((s) => !s.changed)).toBe(true);
  });

  test('a garbage length field: the range up to the next valid record is replaced', async () => {
    const l = await smallLog();
    await patch(join(l.dir, l.segs[1]!), l.starts[1]![3]!, [0xff, 0xff, 0xff, 0x7f]);
    const report = await repairAndVerify(l, [l.bases[1]! + 3]);
    expect(report.segments[1]!.replaced[0]!.reason).toMatch(/impossible record length/);
  });

  test('two damaged ranges in one sealed segment: each gets the records its seqs say it lost', async () => {
    const l = await smallLog();
    const a = await badCrc(l, 1, 2);
    // Two adjacent records in the second range: one range of two records.
    const b = await badCrc(l, 1, 7);
    const c = await badCrc(l, 1, 8);
    const report = await repairAndVerify(l, [a, b, c]);
    expect(report.segments[1]!.replaced.map((r) => r.records)).toEqual([1, 2]);
  });

  test('the first record of a sealed segment (the record before it is in the previous segment)', async () => {
    const l = await smallLog();
    const lost = await badCrc(l, 2, 0);
    const report = await repairAndVerify(l, [lost]);
    expect(report.segments[2]!.replaced[0]!.fromByte).toBe(16);
  });

  test('the last record of a sealed segment (the record after it is in the next segment)', async () => {
    const l = await smallLog();
    const lost = await badCrc(l, 1, l.starts[1]!.length - 1);
    await repairAndVerify(l, [lost]);
  });

  test('a bad segment header is rewritten and no record is lost', async () => {
    const l = await smallLog();
    await patch(join(l.dir, l.segs[1]!), 2, [0]);
    const report = await repairAndVerify(l, []);
    expect(report.segments[1]).toMatchObject({ headerRewritten: true, changed: true });
  });

  test('a bad header and a bad first record of one segment: one range, its records counted once', async () => {
    const l = await smallLog();
    await patch(join(l.dir, l.segs[1]!), 2, [0]);
    const lost = await badCrc(l, 1, 0);
    const report = await repairAndVerify(l, [lost]);
    expect(report.segments[1]!.replaced).toMatchObject([{ fromByte: 16, records: 1 }]);
  });

  test('damage across a capture boundary: each capture gets back the seqs it lost', async () => {
    const first = sampleEvents(40, 3);
    const second = sampleEvents(260, 4).map((e) => ({ ...e, captureId: 'second' }));
    const l = await smallLog([...first, ...second]);
    // Records 39 (last of the first capture) and 40 (first of the second) in one range.
    const seg = l.bases.filter((b) => b <= 39).length - 1;
    expect(l.bases[seg]! + l.starts[seg]!.length).toBeGreaterThan(41);
    const a = await badCrc(l, seg, 39 - l.bases[seg]!);
    const b = await badCrc(l, seg, 40 - l.bases[seg]!);
    const report = await repairAndVerify(l, [a, b]);
    expect(report.segments[seg]!.replaced[0]!.captures).toEqual({
      'ext4-mmap-0001': 1,
      second: 1,
    });
  });

  test('a torn tail of the last segment is cut, damage in the middle of it replaced', async () => {
    const l = await smallLog();
    const s = l.segs.length - 1;
    const lost = await badCrc(l, s, 1);
    const lastStart = l.starts[s]!.at(-1)!;
    await truncate(join(l.dir, l.segs[s]!), lastStart + 5);
    const report = await repairAndVerify({ ...l, events: l.events.slice(0, -1) }, [lost]);
    expect(report.segments[s]!.cutBytes).toBe(5);
    expect(report.cutBytes).toBe(5);
  });

  test('a torn tail alone is cut as the next writer would cut it', async () => {
    const l = await smallLog();
    const s = l.segs.length - 1;
    const lastStart = l.starts[s]!.at(-1)!;
    await truncate(join(l.dir, l.segs[s]!), lastStart + 7);
    const report = await repairAndVerify({ ...l, events: l.events.slice(0, -1) }, []);
    expect(report.segments[s]).toMatchObject({ cutBytes: 7, changed: true, replaced: [] });
  });

  test('an intact log is left as it is', async () => {
    const l = await smallLog();
    const report = await repairAndVerify(l, []);
    expect(report.changed).toBe(false);
  });

  test('refuses while a writer holds the lock, and changes nothing', async () => {
    const l = await smallLog();
    await badCrc(l, 0, 5);
    const before = await readFile(join(l.dir, l.segs[0]!));
    // A writer opens it (the sealed segment's index is intact, so its open does not scan it).
    const writer = await createFileEventLog({ dir: l.dir, segmentBytes: 4096 });
    try {
      await expect(repairFileLog(l.dir)).rejects.toThrow(/locked by pid/);
    } finally {
      await writer.close();
    }
    expect(await readFile(join(l.dir, l.segs[0]!))).toEqual(before);
  });
});
