// Bad input never crashes the reader: missing / directory / empty / binary files give clear
// errors; damaged lines are counted and reported with their line numbers; random byte flips,
// truncations, garbage and huge lines are survived with consistent counters.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CaptureReader, ingestFiles, readEvents } from '../../../ingest/index.js';
import { Interner, LineKind, newRawLine, parseLine } from '../../../ingest/ftrace/line-parser.js';
import { lineBlocks, type LineBlock } from '../../../ingest/source/line-blocks.js';
import { isReplayError } from '../../../src/errors.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { replayEvents } from '../../../src/sim/index.js';
import { createMemoryEventLog } from '../../../src/log/index.js';
import { join } from 'node:path';
import { Rng } from '../codec/random-events.js';
import { readFile, readLines, SCENARIOS, tempDir, tempFile } from './helpers.js';

const SMALL = join(SCENARIOS, 'ext4_default.trace');

async function drain(path: string): Promise<unknown> {
  try {
    let n = 0;
    for await (const b of readEvents(path)) n += b.length;
    expect(n).toBeGreaterThanOrEqual(0);
    return undefined;
  } catch (e) {
    return e;
  }
}

async function* chunksOf(parts: readonly Buffer[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield p;
  await Promise.resolve();
}

async function blocks(parts: readonly Buffer[], max?: number): Promise<LineBlock[]> {
  const out: LineBlock[] = [];
  for await (const b of lineBlocks(chunksOf(parts), max)) out.push(b);
  return out;
}

describe('line parser state', () => {
  it('a line whose context fails half-way does not leak its pid or cpu into the next line', () => {
    const raw = newRawLine();
    const names = new Interner();
    const a = '           mmapw-8513    [000] .....   480.312863: x: a=1';
    expect(parseLine(a, raw, names)).toBe(LineKind.Event);
    // pid and cpu are read before the missing comm separator is noticed.
    expect(parseLine('           small 1921#9 [001]   716.607434: x: a=1', raw, names)).toBe(
      LineKind.Malformed,
    );
    // Same context characters as the first line (the parser's same-prefix shortcut).
    expect(parseLine(a, raw, names)).toBe(LineKind.Event);
    expect([raw.comm, raw.pid, raw.cpu]).toEqual(['mmapw', 8513, 0]);
  });
});

describe('line splitting', () => {
  it('joins lines across chunks without cutting a UTF-8 character', async () => {
    const text = 'ab\ncomm-é-1 x\nlast\n';
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(0xc3) + 1; // inside the 2-byte 'é'
    const got = await blocks([bytes.subarray(0, 4), bytes.subarray(4, cut), bytes.subarray(cut)]);
    const joined = got.map((b) => (b.kind === 'oversize' ? '' : b.text)).join('');
    expect(joined).toBe(text);
    expect(got.every((b) => b.kind === 'lines')).toBe(true);
  });
  it('reports a last line without newline as tail, and over-long lines as oversize', async () => {
    const got = await blocks(
      [Buffer.from('ok\n' + 'x'.repeat(50)), Buffer.from('y'.repeat(50) + '\nend')],
      64,
    );
    expect(got).toEqual([
      { kind: 'lines', text: 'ok\n', ascii: Buffer.from('ok\n') },
      { kind: 'oversize', bytes: 100 },
      { kind: 'tail', text: 'end', ascii: Buffer.from('end') },
    ]);
  });
  it('gives the bytes of ASCII blocks only (the native scanner reads them as the text)', async () => {
    const got = await blocks([Buffer.from('plain\nnon-ascii \u00e9\n')]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: 'lines', ascii: undefined });
    const [ascii] = await blocks([Buffer.from('a-1 [000] 1.5: x: y\n')]);
    expect(ascii?.kind === 'lines' && Buffer.from(ascii.ascii!).toString('latin1')).toBe(
      'a-1 [000] 1.5: x: y\n',
    );
  });
});

describe('files that cannot be read', () => {
  it('missing file, directory, binary, trace.dat and perf.data give clear RPL_INPUT errors', async () => {
    const cases: [string, RegExp][] = [
      ['/nonexistent/trace.txt', /no such file/],
      [tempDir(), /is a directory/],
      [
        tempFile(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3])),
        /binary data \(\d+ NUL\/control bytes in the first 9\)/,
      ],
      [
        tempFile(Buffer.concat([Buffer.from([0x17, 0x08, 0x44]), Buffer.from('tracing6\0\0\0')])),
        /trace-cmd report/,
      ],
      [tempFile(Buffer.from('PERFILE2\0\0\0\0\0\0')), /perf script/],
      [tempFile(gzipSync(Buffer.from([0, 1, 2, 3, 4, 5, 6]))), /binary data/],
      [
        tempFile(Buffer.concat([gzipSync(Buffer.from('x\n'.repeat(100))).subarray(0, 20)])),
        /gzip stream is damaged/,
      ],
    ];
    for (const [path, message] of cases) {
      const e = await drain(path);
      expect(isReplayError(e) && e.code, path).toBe('RPL_INPUT');
      expect((e as Error).message, path).toMatch(message);
      expect((e as Error).message, path).toContain(path);
    }
  });

  it('ingestFiles reports them, keeps going, and ingests the readable ones', async () => {
    const log = createMemoryEventLog();
    const empty = tempFile('');
    const comments = tempFile('# tracer: nop\n#\n');
    const summary = await ingestFiles(['/nonexistent', empty, comments, SMALL, tempDir()], log);
    expect(summary.files.map((f) => f.path)).toEqual([SMALL]);
    expect(summary.skippedFiles.map((f) => [f.path, f.reason])).toEqual([
      ['/nonexistent', 'no such file'],
      [empty, 'empty file'],
      [comments, 'no trace events in 2 lines (0 unreadable)'],
      [expect.any(String), 'is a directory, not a trace file'],
    ]);
    expect(await log.endOffset()).toBe(summary.events);
    expect(summary.nextOffset).toBe(summary.events);
  });
});

describe('damaged lines', () => {
  it('gzip is detected by content, not by name; CRLF lines read', async () => {
    const text = readFileSync(SMALL, 'utf8');
    const { reader: a } = await readFile(tempFile(gzipSync(Buffer.from(text)), 'plain-name.txt'));
    const { reader: b } = await readFile(tempFile(text.replaceAll('\n', '\r\n')));
    const { reader: c } = await readFile(SMALL);
    expect(a.stats.eventLines).toBe(c.stats.eventLines);
    expect(b.stats.eventLines).toBe(c.stats.eventLines);
    expect(b.stats.malformed).toBe(0);
    expect(Object.fromEntries(b.stats.byTracepoint)).toEqual(
      Object.fromEntries(c.stats.byTracepoint),
    );
  });

  it('a truncated last line is reported with its line number; earlier lines are kept', async () => {
    const text = readFileSync(SMALL, 'utf8');
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 40);
    const lines = cut.split('\n').length;
    const { reader, events } = await readFile(tempFile(cut));
    expect(reader.stats.malformed).toBe(1);
    expect(reader.stats.issues.at(-1)).toMatchObject({
      line: lines,
      reason: expect.stringMatching(/^truncated last line/) as unknown,
    });
    expect(events.at(-1)!.line).toBe(lines - 1);
  });

  it('garbage lines are malformed, reported with file, line and reason, and reading goes on', async () => {
    const { reader, events } = await readLines([
      '           mmapw-8513    [000] d....   480.331503: page_fault_user: address=0x1 ip=0x2 error_code=0x6',
      '\u0000\u0001\u0002binary junk',
      'mmapw-8513 [000] 480.331503 page_fault_user: no colon after the timestamp',
      '           mmapw-8513    [000] d....   480.331504: page_fault_user: address=0x3 ip=0x4 error_code=0x7',
    ]);
    expect(reader.stats.malformed).toBe(2);
    expect(reader.stats.eventLines).toBe(2);
    expect(reader.stats.issues.map((i) => i.line)).toEqual([2, 3]);
    expect(reader.stats.issues[0]!.file).toBe(reader.stats.path);
    expect(reader.stats.issues[1]!.reason).toMatch(/timestamp not followed by ":"/);
    expect(events.map((e) => e.line)).toEqual([0, 1, 4]);
  });

  it('keeps at most 100 issues but counts them all', async () => {
    const lines = Array.from({ length: 250 }, (_, i) => `junk line ${i}`);
    const { reader } = await readLines(lines);
    expect(reader.stats.malformed).toBe(250);
    expect(reader.stats.issues.length).toBe(100);
    expect(reader.stats.issuesTotal).toBe(250);
  });

  it('a huge line is skipped and reported; memory is not spent on it', async () => {
    const good =
      '           mmapw-8513    [000] d....   480.331503: page_fault_user: address=0x1 ip=0x2 error_code=0x6';
    const huge = `${good.slice(0, 60)}${'A'.repeat(3 << 20)}`;
    const { reader } = await readFile(tempFile(`${good}\n${huge}\n${good}\n`));
    expect(reader.stats.eventLines).toBe(2);
    expect(reader.stats.malformed).toBe(1);
    expect(reader.stats.issues[0]).toMatchObject({
      line: 2,
      reason: expect.stringMatching(/exceeds the 1048576-byte limit/) as unknown,
    });
    expect(reader.stats.lines).toBe(3);
  });
});

describe('fuzzed inputs', () => {
  const base = readFileSync(SMALL);
  const baseLines = base.toString().split('\n').length - 1;

  function check(reader: CaptureReader, events: readonly { seq: number; line: number }[]): void {
    const st = reader.stats;
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    for (const it of st.issues) {
      expect(it.line).toBeGreaterThanOrEqual(0);
      expect(it.line).toBeLessThanOrEqual(st.lines);
      expect(it.reason.length).toBeGreaterThan(0);
    }
    let prev = 0;
    for (const e of events.slice(1)) {
      expect(e.line).toBeGreaterThanOrEqual(prev);
      prev = e.line;
    }
    expect(st.eventLines + st.malformed + st.continuation).toBeLessThanOrEqual(st.lines);
    expect(st.events).toBe(events.length);
  }

  it('random byte flips, insertions and deletions never crash; counters stay consistent', async () => {
    // Seeded, so a failing case can be replayed.
    const rng = new Rng(20261122);
    for (let round = 0; round < 40; round++) {
      const buf = Buffer.from(base);
      const edits = 1 + rng.int(30);
      const parts: Buffer[] = [];
      for (let k = 0; k < edits; k++) buf[rng.int(buf.length)] = rng.int(256);
      const cutAt = rng.int(buf.length);
      parts.push(
        buf.subarray(0, cutAt),
        Buffer.from(Array.from({ length: rng.int(64) }, () => rng.int(256))),
        buf.subarray(cutAt),
      );
      const data = Buffer.concat(parts);
      // NULs in the first 4 KiB make it a binary file (rejected as a whole): keep the head clean
      // in most rounds so the line reader is what gets exercised.
      if (round % 4 !== 0)
        for (let i = 0; i < Math.min(4096, data.length); i++) if (data[i] === 0) data[i] = 0x20;
      const path = tempFile(data);
      let events: { seq: number; line: number }[] = [];
      const reader = new CaptureReader(path);
      try {
        for await (const b of reader.batches()) events = events.concat(b);
      } catch (e) {
        expect(isReplayError(e) && e.code, `round ${round}`).toBe('RPL_INPUT');
        continue;
      }
      check(reader, events);
      expect(reader.stats.lines).toBeGreaterThanOrEqual(baseLines - 2);
    }
  });

  it('truncations at every tenth of the file and pure garbage never crash', async () => {
    const rng = new Rng(7);
    for (let k = 1; k < 10; k++) {
      const path = tempFile(base.subarray(0, Math.floor((base.length * k) / 10)));
      const { reader, events } = await readFile(path);
      check(reader, events);
      expect(reader.stats.malformed).toBeLessThanOrEqual(1);
    }
    const garbage = Buffer.from(Array.from({ length: 200_000 }, () => 0x20 + rng.int(95)));
    for (let i = 0; i < garbage.length; i += 1 + rng.int(300)) garbage[i] = 0x0a;
    const { reader, events } = await readFile(tempFile(garbage));
    check(reader, events);
    expect(reader.stats.malformed + reader.stats.eventLines).toBeGreaterThan(0);
  });

  it('the same input gives the same event stream', async () => {
    const a = await readFile(SMALL);
    const b = await readFile(SMALL);
    const j = (x: unknown) =>
      JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    expect(j(a.events)).toBe(j(b.events));
    expect(a.events.length).toBeGreaterThan(500);
  });
});

describe('continuation lines', () => {
  const mark = '           mmapw-8513    [000] ...1.   480.312933: tracing_mark_write: first line';
  const fault =
    '           mmapw-8513    [000] d....   480.331503: page_fault_user: address=0x1 ip=0x2 error_code=0x6';
  it('follow only free-text payloads; after a structured event a strange line is malformed', async () => {
    const { reader, events } = await readLines([
      mark,
      'second line of the marker',
      fault,
      'not a continuation',
    ]);
    expect(reader.stats.continuation).toBe(1);
    expect(reader.stats.malformed).toBe(1);
    expect(events[1]).toMatchObject({
      type: 'marker',
      data: { text: 'first line\nsecond line of the marker' },
    });
    expect(reader.stats.issues.map((i) => i.line)).toEqual([2, 4]);
  });
});

describe('fuzzed lines through ingest and replay', () => {
  // 2,000 seeded rounds, each damaging 1-3 event lines of a real capture (byte flips, inserts,
  // deletes; never a newline, so line numbers stay put). Every line left intact must still give
  // its event (same line, type, time and task), and the replay of what was read must finish.
  const ROUNDS = 2000;
  // The first 160 lines (header and ~150 events) keep 2,000 rounds to a few seconds.
  const lines = readFileSync(SMALL, 'latin1').split('\n').slice(0, 160);
  const text = `${lines.join('\n')}\n`;

  async function ingest(path: string): Promise<CanonicalEvent[]> {
    const out: CanonicalEvent[] = [];
    const reader = new CaptureReader(path);
    for await (const b of reader.batches()) out.push(...b);
    return out;
  }
  const key = (e: CanonicalEvent): string => `${e.type} ${e.ts} ${e.pid} ${e.cpu}`;

  it(`${ROUNDS} mutated inputs: every intact line is kept, replay never fails`, async () => {
    const base = await ingest(tempFile(text));
    const byLine = new Map<number, string>();
    for (const e of base) if (e.line > 0) byLine.set(e.line, key(e));
    const eventLines = [...byLine.keys()];
    const rng = new Rng(20261202);
    const path = tempFile('');
    let replayed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const damaged = new Set<number>();
      const copy = lines.slice();
      for (let k = 1 + rng.int(3); k > 0; k--) {
        const lineNo = eventLines[rng.int(eventLines.length)] ?? 1;
        damaged.add(lineNo);
        // latin1 text: one char per byte, so split('') is exact here.
        const chars = (copy[lineNo - 1] ?? '').split('');
        for (let m = 1 + rng.int(4); m > 0; m--) {
          const at = rng.int(chars.length + 1);
          // Printable or high bytes and tabs: no newline (keeps numbering), no NUL (binary file).
          const c = String.fromCharCode(
            [9, 32 + rng.int(95), 128 + rng.int(128)][rng.int(3)] ?? 32,
          );
          const op = rng.int(3);
          if (op === 0) chars[at] = c;
          else if (op === 1) chars.splice(at, 0, c);
          else chars.splice(at, 1);
        }
        copy[lineNo - 1] = chars.join('');
      }
      writeFileSync(path, `${copy.join('\n')}\n`, 'latin1');
      const events = await ingest(path);
      const got = new Map<number, string>();
      for (const e of events) if (e.line > 0) got.set(e.line, key(e));
      for (const [lineNo, k] of byLine) {
        if (!damaged.has(lineNo)) expect(got.get(lineNo), `round ${round} line ${lineNo}`).toBe(k);
      }
      const result = await replayEvents(events, { policies: ['legacy', 'deferred'] });
      expect(result.events).toBe(events.length);
      replayed++;
    }
    expect(replayed).toBe(ROUNDS);
  });
});
