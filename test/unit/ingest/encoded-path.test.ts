// The ingest hot path writes each event line straight into an encoded batch (no event objects).
// These tests pin what that path must keep: every record is the canonical encoding of the event
// it decodes to (the same bytes `writeEvent` gives, field order and default omission included),
// a value the schema cannot hold costs only its line, and line blocks stay small and exact.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureReader, ingestFiles } from '../../../ingest/index.js';
import { lineBlocks } from '../../../ingest/source/line-blocks.js';
import {
  createByteWriter,
  decodeBatch,
  RECORD_HEADROOM,
  writeEvent,
} from '../../../src/codec/index.js';
import { createMemoryEventLog } from '../../../src/log/index.js';
import { Rng } from '../codec/random-events.js';
import { readLines, tempFile, TRACES } from './helpers.js';

const CAPTURES = readdirSync(TRACES)
  .filter((f) => /\.(trace|tracecmd-report|perfscript)\.gz$/.test(f))
  .sort();

describe('encoded batches', () => {
  it.each(CAPTURES)('%s: every record is the canonical encoding of its event', async (name) => {
    const reader = new CaptureReader(join(TRACES, name));
    const w = createByteWriter();
    let records = 0;
    let seq = 0;
    for await (const batch of reader.encodedBatches()) {
      const events = decodeBatch(batch);
      for (let i = 0; i < batch.count; i++) {
        const e = events[i]!;
        expect(e.seq).toBe(seq++);
        w.reset();
        writeEvent(w, e);
        const bytes = batch.buf.subarray(batch.starts[i]! + RECORD_HEADROOM, batch.starts[i + 1]);
        if (!bytes.equals(w.finish())) {
          expect.fail(`${name} record ${records} (${e.type}, line ${e.line}) is not canonical`);
        }
        records++;
      }
    }
    expect(records).toBe(reader.stats.events);
    expect(records).toBeGreaterThan(1000);
  });

  it('a value the schema cannot hold costs its line only, reported with the reason', async () => {
    const ok =
      '           mmw-9956    [001] d..1.   510.604611: page_fault_user: address=0x7f10dc52bb70 ip=0x55e5f5c0a3c1 error_code=0x6';
    // The cpu column parses as a number, but Event.cpu is a uint32.
    const bad = ok.replace('[001]', '[99999999999]');
    const { reader, events } = await readLines([ok, bad, ok]);
    expect(events.map((e) => e.type)).toEqual(['header', 'page_fault', 'page_fault']);
    expect(events.map((e) => e.line)).toEqual([0, 1, 3]);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(reader.stats.malformed).toBe(1);
    expect(reader.stats.issues.map((i) => i.line)).toEqual([2]);
    expect(reader.stats.issues[0]?.reason).toMatch(/^page_fault_user: cannot encode: .*cpu/);
    // The same through ingestFiles into a log: nothing else lost, the count reported.
    const log = createMemoryEventLog();
    const path = reader.stats.path;
    const summary = await ingestFiles([path], log);
    // Header, two faults and the capture's end event.
    expect(summary.events).toBe(4);
    expect(summary.malformed).toBe(1);
    expect(await log.endOffset()).toBe(4);
  });
});

describe('plain and gzip files', () => {
  it('give the same records: the plain reader reuses its read buffers across chunks', async () => {
    const gz = join(TRACES, 'ext4-small-steady.trace.gz');
    // 2.7 MB: three reads, lines crossing every chunk end.
    const plain = tempFile(gunzipSync(readFileSync(gz)), 'small-steady.trace');
    const records = async (path: string): Promise<Buffer[]> => {
      const out: Buffer[] = [];
      for await (const b of new CaptureReader(path, { captureId: 'c' }).encodedBatches()) {
        // The header (record 0 of the first batch) names the source file: compare the events.
        for (let i = 0; i < b.count; i++) {
          out.push(Buffer.from(b.buf.subarray(b.starts[i]! + RECORD_HEADROOM, b.starts[i + 1])));
        }
      }
      return out.slice(1);
    };
    const a = await records(gz);
    const b = await records(plain);
    expect(b.length).toBe(a.length);
    expect(a.length).toBeGreaterThan(10_000);
    for (let i = 0; i < a.length; i++) if (!a[i]!.equals(b[i]!)) expect.fail(`record ${i + 1}`);
  });
});

describe('line blocks', () => {
  it('cut a large chunk into small blocks of whole lines, exactly covering it', async () => {
    const lines: string[] = [];
    for (let i = 0, bytes = 0; bytes < 900_000; i++) {
      // One line of 200 KB in the middle: longer than a block, shorter than the line limit.
      const line = i === 3000 ? 'x'.repeat(200_000) : `line ${i} ${'y'.repeat(i % 150)}`;
      lines.push(line);
      bytes += line.length + 1;
    }
    const input = Buffer.from(`${lines.join('\n')}\n`);
    async function* one(): AsyncGenerator<Buffer> {
      await Promise.resolve();
      yield input;
    }
    const texts: string[] = [];
    for await (const b of lineBlocks(one())) {
      expect(b.kind).toBe('lines');
      if (b.kind === 'lines') texts.push(b.text);
    }
    expect(texts.join('')).toBe(input.toString('latin1'));
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      expect(t.endsWith('\n')).toBe(true);
      // A block holds at most ~60 KiB, unless it is one long line.
      if (t.length > 64 * 1024) expect(t.indexOf('\n')).toBe(t.length - 1);
    }
  });

  it('survive a source that reuses its buffer once the next chunk is asked for', async () => {
    // Lines of every length up to 2.5 chunks, so lines cross chunk ends and span whole chunks.
    const rng = new Rng(7);
    const lines: string[] = [];
    for (let bytes = 0; bytes < 600_000; ) {
      const n = rng.chance(0.01) ? rng.int(2_500) : rng.int(120);
      const line = `${lines.length} ${String.fromCharCode(97 + (lines.length % 26)).repeat(n)}`;
      lines.push(line);
      bytes += line.length + 1;
    }
    const input = Buffer.from(`${lines.join('\n')}\n`);
    const CHUNK = 1000;
    async function* reusing(): AsyncGenerator<Buffer> {
      const buf = Buffer.alloc(CHUNK);
      for (let at = 0; at < input.length; at += CHUNK) {
        await Promise.resolve();
        const n = input.copy(buf, 0, at, at + CHUNK);
        yield buf.subarray(0, n);
        buf.fill(0x23); // what the next read would do to it
      }
    }
    let out = '';
    for await (const b of lineBlocks(reusing())) {
      expect(b.kind).toBe('lines');
      if (b.kind === 'lines') {
        // The bytes handed out are the block's text while the block is being read.
        expect(Buffer.from(b.ascii!).toString('latin1')).toBe(b.text);
        out += b.text;
      }
    }
    expect(out).toBe(input.toString('latin1'));
  });

  it('decode UTF-8 blocks as UTF-8 (only pure ASCII takes the latin1 shortcut)', async () => {
    const text = 'ascii line\ncomm «ünïcødé» 😀\nascii again\n';
    async function* one(): AsyncGenerator<Buffer> {
      await Promise.resolve();
      yield Buffer.from(text);
    }
    let out = '';
    for await (const b of lineBlocks(one())) if (b.kind === 'lines') out += b.text;
    expect(out).toBe(text);
  });
});
