/**
 * File-log behaviour beyond the EventLog contract: on-disk layout (checked against bytes built
 * independently from the protobufjs encoder and zlib.crc32), determinism, torn-tail recovery at
 * every byte position, garbage tails, mid-log corruption, index rebuild, the writer lock, and
 * readers in the same and in another process.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFile,
  cp,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeEventProtobufjs, RECORD_HEADROOM } from '../../../src/codec/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { isReplayError } from '../../../src/errors.js';
import { appendEncoded, createFileEventLog } from '../../../src/log/index.js';
import type { UnknownRecord } from '../../../src/log/index.js';
import type { FileEventLog, FileEventLogOptions } from '../../../src/log/index.js';
import { readAll } from '../../contracts/event-log.contract.js';
import { RandomEvents, Rng, sampleEvents } from '../codec/random-events.js';
import { buildForChild } from '../../helpers/child-build.js';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'faultreplay-filelog-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const SMALL: Omit<FileEventLogOptions, 'dir'> = {
  segmentBytes: 4096,
  indexIntervalBytes: 256,
  writeBufferBytes: 4096,
  readChunkBytes: 4096,
};

async function writeLog(
  dir: string,
  events: readonly CanonicalEvent[],
  options = SMALL,
  batch = 100,
): Promise<void> {
  const log = await createFileEventLog({ ...options, dir });
  for (let i = 0; i < events.length; i += batch) await log.append(events.slice(i, i + batch));
  await log.close();
}

/**
 * The expected segment files, built without the log: header + [len][crc][protobufjs bytes],
 * rolling when the next record would pass segmentBytes.
 */
function expectedSegments(
  events: readonly CanonicalEvent[],
  segmentBytes: number,
): { name: string; bytes: Buffer; recordEnds: number[]; base: number }[] {
  const segs: {
    name: string;
    parts: Buffer[];
    size: number;
    base: number;
    recordEnds: number[];
  }[] = [];
  events.forEach((e, offset) => {
    const payload = Buffer.from(encodeEventProtobufjs(e));
    const frame = Buffer.alloc(8);
    frame.writeUInt32LE(payload.length, 0);
    frame.writeUInt32LE(crc32(payload), 4);
    let seg = segs[segs.length - 1];
    if (
      seg === undefined ||
      (seg.recordEnds.length > 0 && seg.size + 8 + payload.length > segmentBytes)
    ) {
      const header = Buffer.alloc(16);
      header.write('FRSEG001', 0, 'ascii');
      header.writeBigUInt64LE(BigInt(offset), 8);
      seg = {
        name: `${String(offset).padStart(20, '0')}.seg`,
        parts: [header],
        size: 16,
        base: offset,
        recordEnds: [],
      };
      segs.push(seg);
    }
    seg.parts.push(frame, payload);
    seg.size += 8 + payload.length;
    seg.recordEnds.push(seg.size);
  });
  return segs.map((s) => ({
    name: s.name,
    bytes: Buffer.concat(s.parts),
    recordEnds: s.recordEnds,
    base: s.base,
  }));
}

async function hashDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    out[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  }
  return out;
}

async function expectLogError(p: Promise<unknown>, ...patterns: RegExp[]): Promise<string> {
  let error: unknown;
  try {
    await p;
  } catch (err) {
    error = err;
  }
  expect(isReplayError(error), String(error)).toBe(true);
  if (!isReplayError(error)) return '';
  expect(error.code).toBe('RPL_LOG_IO');
  for (const re of patterns) expect(error.message).toMatch(re);
  return error.message;
}

async function expectCodecError(p: Promise<unknown>): Promise<void> {
  let error: unknown;
  try {
    await p;
  } catch (err) {
    error = err;
  }
  expect(isReplayError(error) && error.code).toBe('RPL_CODEC');
}

describe('file event log: layout and determinism', () => {
  test('segment files are exactly header + crc-framed protobuf records, rolled at segmentBytes', async () => {
    const dir = await freshDir();
    const gen = new RandomEvents(new Rng(11));
    const events = [...sampleEvents(400, 2), ...Array.from({ length: 100 }, () => gen.event())];
    await writeLog(dir, events, SMALL, 37);
    const expected = expectedSegments(events, SMALL.segmentBytes!);
    expect(expected.length).toBeGreaterThan(5);
    const names = (await readdir(dir)).sort();
    expect(names.filter((n) => n.endsWith('.seg'))).toEqual(expected.map((s) => s.name));
    // Every sealed segment has an index; the lock is released on close.
    expect(names.filter((n) => n.endsWith('.idx'))).toEqual(
      expected.slice(0, -1).map((s) => s.name.replace('.seg', '.idx')),
    );
    expect(names).not.toContain('LOCK');
    for (const s of expected) {
      const actual = await readFile(join(dir, s.name));
      expect(actual.equals(s.bytes), s.name).toBe(true);
    }
  });

  test('the same events give byte-identical files, whatever the batching and buffer sizes', async () => {
    const events = sampleEvents(3000, 4);
    const a = await freshDir();
    const b = await freshDir();
    const c = await freshDir();
    await writeLog(a, events, SMALL, 1000);
    await writeLog(b, events, SMALL, 7);
    await writeLog(
      c,
      events,
      { ...SMALL, writeBufferBytes: 1 << 20, readChunkBytes: 1 << 20 },
      3000,
    );
    const ha = await hashDir(a);
    expect(Object.keys(ha).length).toBeGreaterThan(10);
    expect(await hashDir(b)).toEqual(ha);
    expect(await hashDir(c)).toEqual(ha);
  });

  test('records larger than a read chunk and a segment read back from any offset', async () => {
    const dir = await freshDir();
    const events = sampleEvents(60, 8).map((e, i) =>
      i % 7 === 3
        ? ({
            ...e,
            type: 'marker',
            data: { text: `big ${i} `.repeat(2000 + i * 300) },
          } as CanonicalEvent)
        : e,
    );
    await writeLog(dir, events, SMALL, 9);
    const log = await createFileEventLog({ ...SMALL, dir });
    for (const from of [0, 3, 4, 10, 24, 59]) {
      expect((await readAll(log, from, { batchSize: 5 })).records.map((r) => r.event)).toEqual(
        events.slice(from),
      );
    }
    await log.close();
    // The layout rule holds for them too: each big record sits alone in its segment.
    const expected = expectedSegments(events, SMALL.segmentBytes!);
    for (const s of expected)
      expect((await readFile(join(dir, s.name))).equals(s.bytes)).toBe(true);
  });

  test('records straddling read chunks at every alignment read back intact', async () => {
    // 300 records of 3-9 KiB in one segment read through 4 KiB chunks: chunk ends fall inside
    // records at many alignments, and records outgrow the chunk buffer.
    const dir = await freshDir();
    const rng = new Rng(21);
    const events = sampleEvents(300, 9).map(
      (e) =>
        ({
          ...e,
          type: 'marker',
          data: { text: 'x'.repeat(3000 + rng.int(6000)) },
        }) as CanonicalEvent,
    );
    await writeLog(dir, events, { readChunkBytes: 4096, writeBufferBytes: 1 << 20 }, 100);
    const log = await createFileEventLog({ dir, readChunkBytes: 4096 });
    const got = (await readAll(log, 0, { batchSize: 100 })).records;
    expect(got.length).toBe(300);
    got.forEach((r, i) => {
      expect(r.event, `offset ${i}`).toEqual(events[i]);
    });
    await log.close();
  });

  test('a record header split across a chunk end, followed by a record larger than the chunk', async () => {
    // Chunk = 4096 bytes from byte 16. Record 1 takes 4092 bytes, so record 2's 8-byte header
    // is cut after 4 bytes; record 2 is bigger than a whole chunk.
    const base = sampleEvents(3, 10);
    const marker = (e: CanonicalEvent, text: string): CanonicalEvent =>
      ({ ...e, type: 'marker', data: { text } }) as CanonicalEvent;
    let len = 3000;
    while (encodeEventProtobufjs(marker(base[0]!, 'y'.repeat(len))).length + 8 < 4092) len++;
    const first = marker(base[0]!, 'y'.repeat(len));
    expect(encodeEventProtobufjs(first).length + 8).toBe(4092);
    const events = [first, marker(base[1]!, 'z'.repeat(10000)), base[2]!];
    const dir = await freshDir();
    await writeLog(dir, events, { readChunkBytes: 4096 });
    const log = await createFileEventLog({ dir, readChunkBytes: 4096 });
    expect((await readAll(log)).records.map((r) => r.event)).toEqual(events);
    await log.close();
  });

  test('reopening with a different segment size keeps old segments and rolls by the new one', async () => {
    const dir = await freshDir();
    const first = sampleEvents(300, 5);
    await writeLog(dir, first, SMALL);
    const log = await createFileEventLog({ ...SMALL, segmentBytes: 1 << 20, dir });
    const more = sampleEvents(300, 6, 300);
    await log.append(more);
    expect((await readAll(log)).records.map((r) => r.event)).toEqual([...first, ...more]);
    await log.close();
  });
});

describe('file event log: failed appends', () => {
  test('a batch that fails after parts were written out (and segments rolled) is undone on disk', async () => {
    const dir = await freshDir();
    const log = await createFileEventLog({ ...SMALL, dir });
    const before = sampleEvents(150, 1);
    await log.append(before);
    await log.flush();
    const snapshot = await hashDir(dir);
    // 3000 events (~60 write-outs of 4 KiB, ~50 segment rolls) with a bad one near the end.
    const batch = sampleEvents(3000, 2, 150);
    batch[2900] = { ...batch[2900]!, cpu: -1 };
    await expectCodecError(log.append(batch));
    expect(await log.endOffset()).toBe(150);
    await log.flush();
    // LOCK is held by this process in both snapshots.
    expect(await hashDir(dir)).toEqual(snapshot);
    // Still usable: the next append continues at 150, and survives a reopen.
    const after = sampleEvents(500, 3, 150);
    expect(await log.append(after)).toEqual({ firstOffset: 150, nextOffset: 650 });
    await log.close();
    const again = await createFileEventLog({ ...SMALL, dir });
    expect(again.recovery.bytesCut).toBe(0);
    expect((await readAll(again)).records.map((r) => r.event)).toEqual([...before, ...after]);
    await again.close();
    // And the files equal those of a log that never saw the failed batch.
    const clean = await freshDir();
    await writeLog(clean, [...before, ...after], SMALL);
    expect(await hashDir(dir)).toEqual(await hashDir(clean));
  });
});

describe('file event log: crash recovery', () => {
  const events = sampleEvents(260, 7);
  const layout = expectedSegments(events, SMALL.segmentBytes!);
  const lastSeg = layout[layout.length - 1]!;
  let pristine: string;

  beforeAll(async () => {
    pristine = await freshDir();
    await writeLog(pristine, events, SMALL);
  });

  /** Copies the pristine log, lets `damage` hurt the copy, reopens it. */
  async function damaged(damage: (segPath: string) => Promise<void>): Promise<FileEventLog> {
    const dir = await freshDir();
    await cp(pristine, dir, { recursive: true });
    await damage(join(dir, lastSeg.name));
    return createFileEventLog({ ...SMALL, dir });
  }

  test('truncation at every byte of the last three records: complete records kept, torn one cut, appends continue', async () => {
    const ends = lastSeg.recordEnds;
    expect(ends.length).toBeGreaterThanOrEqual(4);
    const from = ends[ends.length - 4]!;
    const extra = sampleEvents(3, 99, 1000);
    for (let cutAt = from; cutAt <= lastSeg.bytes.length; cutAt++) {
      const warnings: string[] = [];
      const dir = await freshDir();
      await cp(pristine, dir, { recursive: true });
      await truncate(join(dir, lastSeg.name), cutAt);
      const log = await createFileEventLog({ ...SMALL, dir, onWarning: (m) => warnings.push(m) });
      // Complete records = those whose end is within the cut, counted from the layout.
      const complete = ends.filter((e) => e <= cutAt).length;
      const lastEnd = complete === 0 ? 16 : ends[complete - 1]!;
      const kept = lastSeg.base + complete;
      expect(await log.endOffset(), `cut at ${cutAt}`).toBe(kept);
      expect(log.recovery.recordsKept).toBe(kept);
      expect(log.recovery.bytesCut, `cut at ${cutAt}`).toBe(cutAt - lastEnd);
      expect(warnings.length > 0, `cut at ${cutAt}`).toBe(cutAt !== lastEnd);
      expect((await stat(join(dir, lastSeg.name))).size).toBe(lastEnd);
      const renumbered = extra.map((e, i) => ({ ...e, seq: kept + i }));
      expect(await log.append(renumbered)).toEqual({ firstOffset: kept, nextOffset: kept + 3 });
      const all = (await readAll(log)).records;
      expect(all.map((r) => r.offset)).toEqual(Array.from({ length: kept + 3 }, (_v, i) => i));
      expect(all.map((r) => r.event)).toEqual([...events.slice(0, kept), ...renumbered]);
      await log.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('garbage appended to the last segment is cut; all records kept', async () => {
    const rng = new Rng(3);
    for (let round = 0; round < 25; round++) {
      const len = round === 0 ? 1 : round === 1 ? 4096 : 1 + rng.int(3000);
      const zeros = round % 5 === 4;
      const garbage = Buffer.alloc(len);
      if (!zeros) for (let i = 0; i < len; i++) garbage[i] = rng.int(256);
      const log = await damaged((p) => appendFile(p, garbage));
      expect(await log.endOffset()).toBe(events.length);
      expect(log.recovery.bytesCut).toBe(len);
      expect(log.recovery.segment).toMatch(lastSeg.name);
      expect((await readAll(log)).records.map((r) => r.event)).toEqual(events);
      await log.close();
    }
  });

  test('a segment with a torn header (crash while rolling) is removed', async () => {
    const log = await damaged(async (p) => {
      // Simulate a new segment whose header was only partly written.
      const next = join(p, '..', `${String(events.length).padStart(20, '0')}.seg`);
      await writeFile(next, Buffer.from('FRSEG0'));
    });
    expect(await log.endOffset()).toBe(events.length);
    expect(log.recovery.bytesCut).toBe(6);
    const more = sampleEvents(2, 1, events.length);
    await log.append(more);
    expect((await readAll(log)).records.length).toBe(events.length + 2);
    await log.close();
    // The files are those of a log that never had the torn segment.
    const clean = await freshDir();
    await writeLog(clean, [...events, ...more], SMALL);
    expect(await hashDir(log.dir)).toEqual(await hashDir(clean));
  });

  test('corruption in the middle of the last segment is an error naming file and byte', async () => {
    const victim = lastSeg.recordEnds[1]! + 10; // inside the third record, valid records follow
    const dir = await freshDir();
    await cp(pristine, dir, { recursive: true });
    const bytes = await readFile(join(dir, lastSeg.name));
    bytes[victim] = bytes[victim]! ^ 0xff;
    await writeFile(join(dir, lastSeg.name), bytes);
    await expectLogError(
      createFileEventLog({ ...SMALL, dir }),
      new RegExp(lastSeg.name),
      new RegExp(`byte ${lastSeg.recordEnds[1]}`),
      /middle/,
    );
    // Nothing was cut: the file is untouched.
    expect((await readFile(join(dir, lastSeg.name))).equals(bytes)).toBe(true);
    // The operator override cuts from the bad record on, and says so.
    const warnings: string[] = [];
    const log = await createFileEventLog({
      ...SMALL,
      dir,
      truncateCorruptTail: true,
      onWarning: (m) => warnings.push(m),
    });
    const kept = lastSeg.base + 2;
    expect(await log.endOffset()).toBe(kept);
    expect(log.recovery.bytesCut).toBe(lastSeg.bytes.length - lastSeg.recordEnds[1]!);
    expect(warnings.join('\n')).toMatch(/truncateCorruptTail/);
    expect((await readAll(log)).records.map((r) => r.event)).toEqual(events.slice(0, kept));
    await log.close();
  });

  test('corruption in a sealed segment fails the read that reaches it (never skipped)', async () => {
    const seg = layout[1]!;
    const dir = await freshDir();
    await cp(pristine, dir, { recursive: true });
    const bytes = await readFile(join(dir, seg.name));
    const at = seg.recordEnds[3]! + 12;
    bytes[at] = bytes[at]! ^ 0x01;
    await writeFile(join(dir, seg.name), bytes);
    const log = await createFileEventLog({ ...SMALL, dir });
    // Records before it are readable.
    const before = await readAll(log, 0, { toOffset: seg.base + 4 });
    expect(before.records.map((r) => r.event)).toEqual(events.slice(0, seg.base + 4));
    await expectLogError(
      readAll(log),
      new RegExp(seg.name),
      new RegExp(`byte ${seg.recordEnds[3]}`),
    );
    await log.close();
    // Without its index the open scan finds it, and refuses to open.
    await unlink(join(dir, seg.name.replace('.seg', '.idx')));
    await expectLogError(createFileEventLog({ ...SMALL, dir }), new RegExp(seg.name), /byte/);
  });

  test('missing and corrupt indexes are rebuilt, identical to the originals', async () => {
    const dir = await freshDir();
    await cp(pristine, dir, { recursive: true });
    const idx0 = join(dir, layout[0]!.name.replace('.seg', '.idx'));
    const idx2 = join(dir, layout[2]!.name.replace('.seg', '.idx'));
    const original0 = await readFile(idx0);
    const original2 = await readFile(idx2);
    await unlink(idx0);
    const broken = Buffer.from(original2);
    broken[broken.length - 1] = broken[broken.length - 1]! ^ 0x55;
    await writeFile(idx2, broken);
    const log = await createFileEventLog({ ...SMALL, dir });
    expect(log.recovery.indexesRebuilt.map((p) => p.split('/').pop())).toEqual([
      layout[0]!.name,
      layout[2]!.name,
    ]);
    expect((await readFile(idx0)).equals(original0)).toBe(true);
    expect((await readFile(idx2)).equals(original2)).toBe(true);
    expect((await readAll(log, 123)).records.map((r) => r.event)).toEqual(events.slice(123));
    await log.close();
  });

  test('a gap between segments is an error', async () => {
    const dir = await freshDir();
    await cp(pristine, dir, { recursive: true });
    await unlink(join(dir, layout[1]!.name));
    await unlink(join(dir, layout[1]!.name.replace('.seg', '.idx')));
    await expectLogError(createFileEventLog({ ...SMALL, dir }), new RegExp(layout[0]!.name));
  });
});

describe('file event log: records of a newer schema', () => {
  /**
   * What a newer faultreplay writes for an event kind this build does not know: an envelope and
   * a payload in a oneof field beyond the known ones (field 60, a one-field body).
   */
  function newerRecord(seq: number): Buffer {
    const id = Buffer.from('cap');
    // captureId (1), seq (2), then field 60 (tag 0xe2 0x03) holding a one-field message.
    return Buffer.concat([
      Buffer.from([10, id.length]),
      id,
      Buffer.from([16, seq, 0xe2, 0x03, 0x02, 0x08, 0x01]),
    ]);
  }

  test('are skipped and reported with their offset when asked, else fail the read', async () => {
    const dir = await freshDir();
    const log = await createFileEventLog({ ...SMALL, dir });
    const before = sampleEvents(30, 51);
    const after = sampleEvents(30, 52, 32);
    await log.append(before);
    const records = [newerRecord(30), newerRecord(31)];
    const headroom = Buffer.alloc(RECORD_HEADROOM);
    const buf = Buffer.concat(records.flatMap((r) => [headroom, r]));
    const starts = [0, RECORD_HEADROOM + records[0]!.length, buf.length];
    await appendEncoded(log, { buf, starts, count: 2 });
    await log.append(after);
    await log.close();

    const skipped: UnknownRecord[] = [];
    const reader = await createFileEventLog({
      dir,
      readOnly: true,
      onUnknownRecord: (r) => skipped.push(r),
    });
    const { records: read } = await readAll(reader);
    expect(read.map((r) => r.offset)).toEqual([
      ...Array.from({ length: 30 }, (_v, i) => i),
      ...Array.from({ length: 30 }, (_v, i) => 32 + i),
    ]);
    expect(read.map((r) => r.event)).toEqual([...before, ...after]);
    expect(skipped.map((r) => r.offset)).toEqual([30, 31]);
    expect(skipped[0]!.reason).toMatch(/newer schema/);
    await reader.close();

    const strict = await createFileEventLog({ dir, readOnly: true });
    await expectLogError(readAll(strict), /cannot decode record 30/);
    await strict.close();
  });
});

describe('file event log: lock and readers', () => {
  test('a second writer is refused with the directory and holder pid', async () => {
    const dir = await freshDir();
    const log = await createFileEventLog({ dir });
    await expectLogError(
      createFileEventLog({ dir }),
      new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      new RegExp(`pid ${process.pid}`),
    );
    await log.close();
    // Released on close: a new writer gets it.
    const again = await createFileEventLog({ dir });
    await again.close();
  });

  test("a live process's lock is respected; a dead process's lock is taken over", async () => {
    const dir = await freshDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
      stdio: 'ignore',
    });
    const pid = child.pid!;
    await writeFile(join(dir, 'LOCK'), `${pid}\n`);
    await expectLogError(createFileEventLog({ dir }), new RegExp(`pid ${pid}`));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const warnings: string[] = [];
    const log = await createFileEventLog({ dir, onWarning: (m) => warnings.push(m) });
    expect((await readFile(join(dir, 'LOCK'), 'utf8')).trim()).toBe(String(process.pid));
    // The take-over is said, not silent.
    const said = `took over the lock of pid ${pid}, which is not running`;
    expect(warnings.filter((w) => w.includes(said))).toHaveLength(1);
    expect(log.recovery.warnings.filter((w) => w.includes(said))).toHaveLength(1);
    await log.close();
  });

  test('a read-only log reads without the lock and sees later appends on its next read', async () => {
    const dir = await freshDir();
    const writer = await createFileEventLog({ ...SMALL, dir });
    const a = sampleEvents(500, 1);
    await writer.append(a);
    await writer.flush();
    const reader = await createFileEventLog({ ...SMALL, dir, readOnly: true });
    expect((await readAll(reader)).records.map((r) => r.event)).toEqual(a);
    const b = sampleEvents(700, 2, 500);
    await writer.append(b);
    await writer.flush();
    expect(await reader.endOffset()).toBe(1200);
    expect((await readAll(reader, 450)).records.map((r) => r.event)).toEqual([
      ...a.slice(450),
      ...b,
    ]);
    await expect(reader.append(a)).rejects.toThrow(/read-only/);
    await reader.close();
    await writer.close();
  });

  test('a read-only open of a missing directory fails and creates nothing', async () => {
    const dir = join(await freshDir(), 'nope');
    await expectLogError(createFileEventLog({ dir, readOnly: true }), /no event log at/);
    await expect(stat(dir)).rejects.toThrow();
  });
});

/** JSON replacer: bigints as "123n", object keys sorted (so field order does not matter). */
function canonical(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return v;
}
/** The same function for the child (the transpiled source carries no types). */
const canonicalSource = canonical.toString();

describe('file event log: real processes', () => {
  let root: string;
  beforeAll(async () => {
    root = await buildForChild();
    dirs.push(root);
  });

  /** Child: appends batches of 1000 sample events (seed = batch number) forever, flushing each. */
  const writerScript = (dir: string): string => `
    const { createFileEventLog } = await import(${JSON.stringify(join(root, 'src/log/file-event-log.js'))});
    const { sampleEvents } = await import(${JSON.stringify(join(root, 'test/unit/codec/random-events.js'))});
    const log = await createFileEventLog({ dir: ${JSON.stringify(dir)}, segmentBytes: 65536 });
    for (let k = 0; ; k++) {
      await log.append(sampleEvents(1000, k + 1, k * 1000));
      if (k % 2 === 0) { await log.flush(); process.stdout.write('flushed ' + (k + 1) * 1000 + '\\n'); }
    }
  `;

  test('a writer killed with SIGKILL mid-append loses nothing it flushed; the log reopens cleanly', async () => {
    const dir = await freshDir();
    const child = spawn(process.execPath, ['--input-type=module', '-e', writerScript(dir)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let flushed = 0;
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => {
        reject(new Error(`writer exited early (${code})`));
      });
      child.stdout.on('data', (chunk: Buffer) => {
        for (const m of chunk.toString().matchAll(/flushed (\d+)/g)) flushed = Number(m[1]);
        // Kill somewhere in the middle of the stream of appends.
        if (flushed >= 15000) resolve();
      });
    });
    child.removeAllListeners('exit');
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;

    const log = await createFileEventLog({ dir }); // takes over the dead writer's lock
    const end = await log.endOffset();
    expect(end).toBeGreaterThanOrEqual(flushed);
    const { records } = await readAll(log, 0, { batchSize: 5000 });
    expect(records.length).toBe(end);
    // Every record is the event the child generated for that offset.
    const batches = Math.ceil(end / 1000);
    const expected: CanonicalEvent[] = [];
    for (let k = 0; k < batches; k++) expected.push(...sampleEvents(1000, k + 1, k * 1000));
    expect(records.map((r) => r.event)).toEqual(expected.slice(0, end));
    // Appends continue after the recovered end.
    const more = sampleEvents(10, 77, end);
    expect(await log.append(more)).toEqual({ firstOffset: end, nextOffset: end + 10 });
    await log.close();
  });

  test('another process reads the log while this one holds the writer lock', async () => {
    const dir = await freshDir();
    const writer = await createFileEventLog({ dir, segmentBytes: 65536 });
    const events = sampleEvents(5000, 12);
    await writer.append(events);
    await writer.flush();
    const script = `
      const { createFileEventLog } = await import(${JSON.stringify(join(root, 'src/log/file-event-log.js'))});
      const { createHash } = await import('node:crypto');
      ${canonicalSource}
      const log = await createFileEventLog({ dir: ${JSON.stringify(dir)}, readOnly: true });
      const h = createHash('sha256');
      let n = 0;
      for await (const batch of log.read(0)) for (const r of batch) {
        n++;
        h.update(JSON.stringify(r.event, canonical));
      }
      await log.close();
      process.stdout.write(JSON.stringify({ n, hash: h.digest('hex') }));
    `;
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (c: Buffer) => {
        text += c.toString();
      });
      child.once('exit', (code) => {
        if (code === 0) resolve(text);
        else reject(new Error(`reader exited ${code}`));
      });
    });
    const h = createHash('sha256');
    for (const e of events) {
      h.update(JSON.stringify(e, canonical));
    }
    expect(JSON.parse(out)).toEqual({ n: 5000, hash: h.digest('hex') });
    await writer.close();
  });
});
