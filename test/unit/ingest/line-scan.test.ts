// The native line scanner (native/line-scan.c) must read every line it takes exactly as the
// JavaScript parser does, and leave every other line to it: compared field by field on every
// shared capture and on randomly mutated lines (end to end, the same log bytes either way, in
// test/e2e/ingest-cli.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  Interner,
  LineKind,
  newRawLine,
  parseLineAt,
  type RawLine,
} from '../../../ingest/ftrace/line-parser.js';
import { BlockLines, nativeLineScan } from '../../../ingest/ftrace/line-scan.js';
import { Normalizer, type Normalized } from '../../../ingest/normalize/normalize.js';
import { createByteWriter } from '../../../src/codec/event-codec.js';
import { Rng } from '../codec/random-events.js';
import { FIXTURES, PEER, SCENARIOS, TRACES } from './helpers.js';

/** What a parsed line says, as a plain value to compare. */
function snapshot(kind: number, r: RawLine): unknown {
  if (kind === LineKind.Event) {
    return {
      kind,
      comm: r.comm,
      pid: r.pid,
      tgid: r.tgid,
      cpu: r.cpu,
      ts: [r.tsSec, r.tsFrac, r.tsFracDigits, r.tsInteger],
      flags: r.src.slice(r.flagsStart, r.flagsEnd),
      instance: r.instance,
      subsystem: r.subsystem,
      name: r.name,
      spaceSeparated: r.spaceSeparated,
      style: r.style,
      payload: r.payload,
    };
  }
  if (kind === LineKind.Lost || kind === LineKind.BufferStarted) {
    return { kind, cpu: r.lostCpu, count: r.lostCount };
  }
  if (kind === LineKind.Malformed) return { kind, error: r.error };
  return { kind };
}

/** Every line of `text` through BlockLines (native when built, ASCII text). */
function viaBlockLines(text: string): { lines: unknown[]; native: number } {
  const lines = new BlockLines();
  const raw = newRawLine();
  const names = new Interner();
  const out: unknown[] = [];
  // Blocks of ~60 KiB as the reader makes them (whole lines).
  let native = 0;
  for (let from = 0; from < text.length; ) {
    let to = text.lastIndexOf('\n', from + 60 * 1024);
    to = to < from ? text.length : to + 1;
    const block = text.slice(from, to);
    lines.reset(block, Buffer.from(block, 'latin1'));
    for (let k = lines.next(raw, names); k !== -1; k = lines.next(raw, names)) {
      out.push(snapshot(k, raw));
    }
    native += lines.nativeLines;
    from = to;
  }
  return { lines: out, native };
}

/** Every line of `text` through the JavaScript parser alone. */
function viaParser(text: string): unknown[] {
  const raw = newRawLine();
  const names = new Interner();
  const out: unknown[] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    out.push(snapshot(parseLineAt(text, s, e, raw, names), raw));
    s = e + 1;
  }
  return out;
}

/**
 * Lines whose payload values the native scanner also read (page faults, syscall arguments,
 * inode-dirtied payloads):
 * each line's payload bytes as written from those values, and as the normaliser writes them
 * reading the text itself.
 */
function scannedPayloads(text: string): { native: string[]; normaliser: string[] } {
  const lines = new BlockLines();
  const raw = newRawLine();
  const names = new Interner();
  const normalizer = new Normalizer({ format: 'ftrace' });
  const out: Normalized = {
    type: 'generic',
    data: { name: '', subsystem: '', fields: [], raw: '' },
    tracepoint: '',
    fallback: 0,
  };
  const w = createByteWriter(256);
  const encode = (): string => {
    w.pos = 0;
    try {
      normalizer.encode(raw, out, w);
    } catch (err) {
      // A value the schema cannot hold (the pipeline reports the line): the same either way.
      return `error ${String(err)}`;
    }
    return `${out.type} ${Buffer.from(w.buf.subarray(0, w.pos)).toString('hex')}`;
  };
  const got = { native: [] as string[], normaliser: [] as string[] };
  lines.reset(text, Buffer.from(text, 'latin1'));
  for (let k = lines.next(raw, names); k !== -1; k = lines.next(raw, names)) {
    if (k !== LineKind.Event || (raw.faultAt < 0 && raw.argsAt < 0 && raw.inodeAt < 0)) continue;
    got.native.push(encode());
    raw.faultAt = -1;
    raw.argsAt = -1;
    raw.inodeAt = -1;
    got.normaliser.push(encode());
  }
  return got;
}

/** Each seed with 0-2 random one-character edits. */
function mutate(rng: Rng, seeds: string[], tricky: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = rng.pick(seeds);
    for (let m = rng.int(3); m > 0; m--) {
      const at = rng.int(s.length + 1);
      const c = rng.pick(tricky);
      s = rng.int(2) === 0 ? s.slice(0, at) + c + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
    }
    out.push(s);
  }
  return out;
}

function text(path: string): string {
  const b = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(b) : b).toString('latin1');
}

const CAPTURES = [
  ...readdirSync(TRACES)
    .filter((f) => /\.(trace|tracecmd-report|perfscript)\.gz$/.test(f))
    .map((f) => join(TRACES, f)),
  ...readdirSync(SCENARIOS).map((f) => join(SCENARIOS, f)),
  ...readdirSync(PEER, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|trace|systrace)$/.test(f))
    .map((f) => join(PEER, f)),
];

describe('native line scanner', () => {
  it('is built and in use (FAULTREPLAY_NATIVE=0 turns it off)', () => {
    expect(nativeLineScan).toBe(process.env['FAULTREPLAY_NATIVE'] !== '0');
  });

  it.each(CAPTURES.map((p) => [relative(FIXTURES, p)]))(
    'reads %s line for line as the JavaScript parser',
    (name) => {
      const t = text(join(FIXTURES, name));
      expect(viaBlockLines(t).lines).toEqual(viaParser(t));
    },
  );

  it('takes most lines of an ftrace capture natively', () => {
    if (!nativeLineScan) return;
    const t = text(join(TRACES, 'ext4-small-steady.trace.gz'));
    const got = viaBlockLines(t);
    expect(got.native / got.lines.length).toBeGreaterThan(0.9);
  });

  it('names events past its name table (ids for the first 512) as the JavaScript parser', () => {
    // 700 distinct names, long ones too, then all of them again: ids, table full, and hits.
    const names = Array.from({ length: 700 }, (_, i) => `tp_${i}_${'x'.repeat(i % 90)}`);
    const lines = [...names, ...names].map(
      (n, i) => `  w-1 [000] .....  1.${String(i).padStart(6, '0')}: ${n}: v=${i}`,
    );
    const t = `${lines.join('\n')}\n`;
    const got = viaBlockLines(t);
    expect(got.lines).toEqual(viaParser(t));
    if (nativeLineScan) expect(got.native).toBe(lines.length);
  });

  it('agrees with the JavaScript parser on mutated lines', () => {
    const rng = new Rng(20261122);
    const seeds = text(join(SCENARIOS, 'ext4_default.trace'))
      .split('\n')
      .filter((l) => l.length > 0)
      .concat(
        text(join(SCENARIOS, 'tc_report_rsx.txt')).split('\n'),
        text(join(SCENARIOS, 'perf_script_sample.txt')).split('\n'),
      );
    const tricky = [' ', '-', '[', ']', ':', '(', ')', '.', '0', '9', '\t', '\r', 'P', '#', '>'];
    const lines: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let l = rng.pick(seeds);
      for (let m = 1 + rng.int(3); m > 0; m--) {
        const at = rng.int(l.length + 1);
        const c = rng.pick(tricky);
        const op = rng.int(3);
        if (op === 0) l = l.slice(0, at) + c + l.slice(at);
        else if (op === 1) l = l.slice(0, at) + l.slice(at + 1);
        else l = l.slice(0, at) + c + l.slice(at + 1);
      }
      // Runs of the same context (the native same-context shortcut) as well as single lines.
      lines.push(l);
      if (rng.chance(0.3)) lines.push(l);
    }
    const t = `${lines.join('\n')}\n`;
    expect(viaBlockLines(t).lines).toEqual(viaParser(t));
  });

  it('reads page faults, syscall arguments and inode payloads as the normaliser does, and leaves other shapes to it', () => {
    const rng = new Rng(20261123);
    const faults = mutate(
      rng,
      [
        'address=0x7ffecc25d878 ip=0x7f1400def08e error_code=0x7',
        'address=0x564e8716c500 ip=0x564e8709563e error_code=0x6',
        'address=0xffff888100000000 ip=rep_movs_alternative+0x3a error_code=0x2',
        'address=0xFFFFFFFFFFFFF ip=0xABCDEF0123456 error_code=0xFFFFFFFF',
        'address=0x0 ip=0x0 error_code=0x0',
      ],
      ['0', 'f', 'F', 'x', 'g', ' ', '=', '1'],
      5000,
    ).map((p, i) => `${i % 5 === 0 ? 'page_fault_kernel' : 'page_fault_user'}: ${p}`);
    const syscalls = mutate(
      rng,
      [
        'sys_openat(dfd: 0xffffff9c, filename: 0x7fe6e0ff50b1, flags: 0x80000, mode: 0)',
        'sys_msync(start: 7f484b6a7000, len: 4000, flags: 4)',
        'sys_mmap(addr: 0x0, len: 0x00004000, prot: 0x3, flags: 0x1, fd: 0x3, off: 0x0)',
        'sys_execve(filename: 0x5584310eb2a0 "debian", argv: 0x1, envp: 0x2)',
        'sys_munmap(unsigned long addr: 0x7f0000000000, size_t len: 0xFFFFFFFFFFFFFFFF)',
        'sys_sync()',
        'sys_getpid( )',
        'sys_write(fd: 0x1, buf: 0x0000000000000000001, count: 0x10)',
        'sys_nine(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9)',
      ],
      ['0', 'f', 'x', ' ', ',', ':', '"', ')', 'a'],
      5000,
    );
    const inodes = mutate(
      rng,
      [
        'bdi 254:0: ino=1491184 state=I_DIRTY_SYNC|I_DIRTY_PAGES flags=I_DIRTY_SYNC',
        'bdi 7:2: ino=14 state=I_DIRTY_PAGES flags=I_DIRTY_PAGES',
        'bdi 254:0: ino=999999999999999 state= flags=0x1000',
        'bdi btrfs-1: ino=5 state=I_SYNC flags=I_DIRTY_TIME',
        'bdi 4095:1048575: ino=1 state=I_NEW,I_SYNC flags=I_DIRTY_SYNC',
      ],
      ['0', '9', ' ', ',', ':', '=', '|', 'I', 'x'],
      5000,
    ).map(
      (p, i) =>
        `${['writeback_mark_inode_dirty', 'writeback_dirty_inode_start', 'writeback_dirty_inode'][i % 3]}: ${p}`,
    );
    const mutated = [...faults, ...syscalls, ...inodes]
      .map((p, i) => `  mmapw-${100 + i} [001] d....   445.${100000 + i}: ${p}`)
      .join('\n');
    let taken = 0;
    // Also after 600 other names: the scanner's name table is full, texts have no ids.
    const fill = Array.from(
      { length: 600 },
      (_, i) => `  w-1 [000] .....  1.${String(i).padStart(6, '0')}: filler_${i}: v=1\n`,
    ).join('');
    for (const t of [`${mutated}\n`, `${fill}${mutated}\n`, ...CAPTURES.map(text)]) {
      const got = scannedPayloads(t);
      expect(got.native).toEqual(got.normaliser);
      taken += got.native.length;
    }
    // The scanner takes the common shapes; everything else was left to the normaliser above.
    if (nativeLineScan) expect(taken).toBeGreaterThan(10_000);
    else expect(taken).toBe(0);
  });
});
