/**
 * checkFileLog on the damage the e2e test does not build: a bad segment header, a torn tail of
 * the last segment (listed, not damage), corruption in the middle of the last segment, and a
 * sealed segment with records missing but no bad byte.
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createFileEventLog } from '../../../src/log/index.js';
import { checkFileLog } from '../../../src/log/log-check.js';
import { sampleEvents } from '../codec/random-events.js';
import { segmentLayout } from './segment-layout.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A log of 300 sample events in 4 KiB segments; its segment names and record starts. */
async function smallLog(): Promise<{ dir: string; segs: string[]; starts: number[][] }> {
  const dir = await mkdtemp(join(tmpdir(), 'faultreplay-logcheck-'));
  dirs.push(dir);
  const log = await createFileEventLog({ dir, segmentBytes: 4096 });
  await log.append(sampleEvents(300, 3));
  await log.close();
  const { segs, starts } = await segmentLayout(dir);
  return { dir, segs, starts };
}

async function flip(path: string, at: number): Promise<void> {
  const b = await readFile(path);
  b[at] = b[at]! ^ 0xff;
  await writeFile(path, b);
}

describe('checkFileLog', () => {
  test('an intact log: every record, no damage', async () => {
    const { dir, segs } = await smallLog();
    const r = await checkFileLog(dir);
    expect(r.segments.map((s) => s.segment)).toEqual(segs);
    expect(r.records).toBe(300);
    expect(r.damaged).toBe(false);
    expect(r.segments[0]!.lostRecords).toBe(0);
    expect(r.segments.at(-1)!.lostRecords).toBeNull();
    expect(r.segments.at(-1)!.lostRecordsReason).toMatch(/last segment/);
  });

  test('a bad header of a sealed segment is damage at byte 0, its records still counted', async () => {
    const { dir, segs } = await smallLog();
    await flip(join(dir, segs[1]!), 2);
    const r = await checkFileLog(dir);
    expect(r.damaged).toBe(true);
    expect(r.damage).toMatchObject([{ segment: segs[1], fromByte: 0, toByte: 16, kind: 'header' }]);
    expect(r.records).toBe(300);
  });

  test('a torn tail of the last segment is listed but is not damage', async () => {
    const { dir, segs, starts } = await smallLog();
    const last = starts.at(-1)!;
    await truncate(join(dir, segs.at(-1)!), last.at(-1)! + 5);
    const r = await checkFileLog(dir);
    expect(r.damage).toMatchObject([{ fromByte: last.at(-1), kind: 'torn-tail' }]);
    expect(r.damaged).toBe(false);
    expect(r.records).toBe(299);
  });

  test('corruption in the middle of the last segment is damage, records after it counted', async () => {
    const { dir, segs, starts } = await smallLog();
    const last = starts.at(-1)!;
    await flip(join(dir, segs.at(-1)!), last[1]! + 1);
    const r = await checkFileLog(dir);
    expect(r.damaged).toBe(true);
    expect(r.damage).toMatchObject([{ fromByte: last[1], toByte: last[2], kind: 'corrupt' }]);
    expect(r.records).toBe(299);
  });

  test('a sealed segment missing its last records (cut at a record boundary) is a problem', async () => {
    const { dir, segs, starts } = await smallLog();
    await truncate(join(dir, segs[0]!), starts[0]!.at(-1));
    const r = await checkFileLog(dir);
    expect(r.damaged).toBe(true);
    expect(r.damage).toEqual([]);
    expect(r.segments[0]!.lostRecords).toBe(1);
    expect(r.problems.join('\n')).toMatch(/holds \d+ records but the next segment starts/);
  });
});
