// `faultreplay ingest` as users run it: the built CLI in a fresh working directory.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type BuiltCliRun, runBuiltCli } from '../helpers/built-cli.js';
import { SCENARIOS, TRACES, tempDir } from '../unit/ingest/helpers.js';
import { countBy, referenceParse } from '../unit/ingest/reference-parser.js';
import { createFileEventLog } from '../../src/log/index.js';

const SMALL_TC = join(TRACES, 'ext4-small-steady.tracecmd-report.gz');
const PERF = join(SCENARIOS, 'perf_script_sample.txt');
const XFS = join(SCENARIOS, 'xfs_default.trace');

const run = (args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): BuiltCliRun =>
  runBuiltCli(['ingest', ...args], cwd, env);

const work = (): string => tempDir('ingest-e2e-');

function logFiles(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n))]),
  );
}

interface Summary {
  files: { path: string; format: string; lines: number; events: number; captureId: string }[];
  lines: number;
  events: number;
  byTracepoint: Record<string, number>;
  byKind: Record<string, number>;
  unknown: number;
  malformed: number;
  lost: number;
  issues: { file: string; line: number; reason: string }[];
  skippedFiles: { path: string; reason: string }[];
}

/** stderr without the phase progress lines (`faultreplay ingest: ingest: ...`). */
function warningsOf(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('faultreplay ingest: ingest: '));
}

describe('faultreplay ingest', () => {
  it('--json: one object on stdout with the documented keys and independent counts', () => {
    const cwd = work();
    const r = run(['--json', SMALL_TC, PERF, XFS], cwd);
    expect(warningsOf(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Summary;
    for (const k of [
      'files',
      'lines',
      'events',
      'byTracepoint',
      'byKind',
      'unknown',
      'malformed',
      'lost',
      'issues',
    ]) {
      expect(s).toHaveProperty(k);
    }
    expect(s.files.map((f) => [f.format, f.captureId])).toEqual([
      ['trace-cmd', 'ext4-small-steady'],
      ['perf', 'perf_script_sample'],
      ['ftrace', 'xfs_default'],
    ]);
    expect(s.malformed).toBe(0);
    const expected = new Map<string, number>();
    for (const [path, perf] of [
      [SMALL_TC, false],
      [PERF, true],
      [XFS, false],
    ] as const) {
      for (const [k, v] of countBy(referenceParse(path, perf).events))
        expected.set(k, (expected.get(k) ?? 0) + v);
    }
    expect(new Map(Object.entries(s.byTracepoint).sort())).toEqual(new Map([...expected].sort()));
    // Plus each capture's header and end event.
    expect(s.events).toBe([...expected.values()].reduce((a, b) => a + b, 0) + 6);
    expect(s.byKind['capture_end']).toBe(3);
    expect(Object.values(s.byKind).reduce((a, b) => a + b, 0)).toBe(s.events);
    // The default log is ./.faultreplay/log under the working directory.
    expect(readdirSync(join(cwd, '.faultreplay', 'log')).length).toBeGreaterThan(0);
  });

  it('the same input gives a byte-identical log', () => {
    const a = work();
    const b = work();
    expect(run([SMALL_TC, XFS], a).code).toBe(0);
    expect(run(['--log', join(b, 'elsewhere'), SMALL_TC, XFS], b).code).toBe(0);
    const la = logFiles(join(a, '.faultreplay', 'log'));
    const lb = logFiles(join(b, 'elsewhere'));
    expect([...lb.keys()]).toEqual([...la.keys()]);
    for (const [n, buf] of la) expect(lb.get(n)!.equals(buf), n).toBe(true);
  });

  it('gives the same log with and without the native line scanner', () => {
    const a = work();
    const b = work();
    const input = join(TRACES, 'ext4-small-steady.trace.gz');
    expect(run(['--capture-id', 'c', input, XFS], a).code).toBe(0);
    expect(run(['--capture-id', 'c', input, XFS], b, { FAULTREPLAY_NATIVE: '0' }).code).toBe(0);
    const la = logFiles(join(a, '.faultreplay', 'log'));
    const lb = logFiles(join(b, '.faultreplay', 'log'));
    expect([...lb.keys()]).toEqual([...la.keys()]);
    for (const [n, buf] of la) expect(lb.get(n)!.equals(buf), n).toBe(true);
  });

  it('prints a human summary; --capture-id and --format are honoured', () => {
    const cwd = work();
    const r = run(['--capture-id', 'run-7', '--format', 'ftrace', XFS], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Ingested 1 file: 509 lines, 499 events -> .*\.faultreplay\/log/);
    expect(r.stdout).toContain('capture=run-7');
    expect(r.stdout).toMatch(/Malformed lines: 0/);
    expect(warningsOf(r.stderr)).toEqual([]);
  });

  it('bad inputs: a clear message each; exit 1 only when nothing could be read', () => {
    const cwd = work();
    const empty = join(cwd, 'empty.trace');
    writeFileSync(empty, '');
    const binary = join(cwd, 'trace.dat');
    writeFileSync(
      binary,
      Buffer.concat([Buffer.from([0x17, 0x08, 0x44]), Buffer.from('tracing6'), Buffer.alloc(64)]),
    );
    const dir = join(cwd, 'adir');
    mkdirSync(dir);
    const cases: [string, RegExp][] = [
      [join(cwd, 'missing.trace'), /missing\.trace: no such file/],
      [empty, /empty\.trace: empty file/],
      [binary, /trace\.dat: a binary trace-cmd trace\.dat file: run `trace-cmd report/],
      [dir, /adir: is a directory/],
    ];
    for (const [path, message] of cases) {
      const r = run([path], cwd);
      expect(r.code, path).toBe(1);
      expect(r.stdout, path).toMatch(message);
      expect(r.stderr, path).toMatch(/nothing could be read/);
    }
    const mixed = run(['--json', ...cases.map((c) => c[0]), PERF], cwd);
    expect(mixed.code).toBe(0);
    const s = JSON.parse(mixed.stdout) as Summary;
    expect(s.files.map((f) => f.path)).toEqual([PERF]);
    expect(s.skippedFiles.length).toBe(4);
    expect(s.issues.filter((i) => i.line === 0).length).toBe(4);
  });

  it('a file the log already holds is skipped and named (exit 0); --force appends it again', async () => {
    const cwd = work();
    const endOf = async (): Promise<number> => {
      const log = await createFileEventLog({ dir: join(cwd, '.faultreplay', 'log') });
      const end = await log.endOffset();
      await log.close();
      return end;
    };
    expect(run([XFS], cwd).code).toBe(0);
    const once = await endOf();
    // A copy under another name is the same content: recognised too.
    const copy = join(cwd, 'copy.trace');
    writeFileSync(copy, readFileSync(XFS));
    const again = run(['--json', XFS, copy, PERF], cwd);
    expect(again.code).toBe(0);
    const s = JSON.parse(again.stdout) as Summary & {
      alreadyIngested: { path: string; captureId: string; offset: number; endOffset: number }[];
    };
    expect(s.alreadyIngested).toEqual([
      { path: XFS, captureId: 'xfs_default', offset: 0, endOffset: once },
      { path: copy, captureId: 'xfs_default', offset: 0, endOffset: once },
    ]);
    expect(s.files.map((f) => f.path)).toEqual([PERF]);
    expect(await endOf()).toBe(once + s.events);

    const text = run([XFS], cwd);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `Already ingested ${XFS}: the log holds it as capture xfs_default (offset 0); skipped (--force appends it again)`,
    );
    const before = await endOf();
    expect(before).toBe(once + s.events);
    const forced = run(['--force', XFS], cwd);
    expect(forced.code).toBe(0);
    expect(await endOf()).toBe(before + once);
  });

  it('a forced --format that the file contradicts is read as told, with a warning', () => {
    const cwd = work();
    const r = run(['--format', 'perf', XFS], cwd);
    expect(r.code).toBe(0);
    expect(warningsOf(r.stderr)).toEqual([
      `faultreplay ingest: warning: ${XFS}: --format perf was forced, but its first lines look like ftrace; read as perf`,
    ]);
    const j = run(['--json', '--log', 'j', '--format', 'ftrace', PERF], cwd);
    const s = JSON.parse(j.stdout) as { files: { format: string; detectedFormat?: string }[] };
    expect(s.files.map((f) => [f.format, f.detectedFormat])).toEqual([['ftrace', 'perf']]);
    expect(j.stderr).toMatch(/--format ftrace was forced, but its first lines look like perf/);
    // Forcing what detection sees, or a file with no clue either way, says nothing.
    expect(warningsOf(run(['--log', 'k', '--format', 'perf', PERF], cwd).stderr)).toEqual([]);
    expect(warningsOf(run(['--log', 'm', '--format', 'trace-cmd', SMALL_TC], cwd).stderr)).toEqual(
      [],
    );
  });

  it('a truncated .gz: the summary counts what the log holds, reported once, exit 3', async () => {
    const cwd = work();
    const whole = readFileSync(join(TRACES, 'ext4-small-steady.trace.gz'));
    const cut = join(cwd, 't.gz');
    writeFileSync(cut, whole.subarray(0, 106_859));
    // What a reader can get out of it: the complete lines before the damage.
    const text = gunzipSync(whole.subarray(0, 106_859), {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
    }).toString('latin1');
    const completeLines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').length - 1;

    const r = run([cut], cwd);
    expect(r.code).toBe(3);
    const log = await createFileEventLog({ dir: join(cwd, '.faultreplay', 'log') });
    const held = await log.endOffset();
    await log.close();
    expect(held).toBeGreaterThan(8_193); // the last partial batch used to be dropped
    expect(r.stdout).toContain(
      `Ingested 1 file: ${completeLines.toLocaleString('en-US')} lines, ${held.toLocaleString('en-US')} events`,
    );
    expect(r.stdout).toContain(`(offsets 0..${held})`);
    const said = `${r.stdout}${r.stderr}`.match(/gzip stream is damaged/g) ?? [];
    expect(said.length).toBe(1);
    expect(r.stdout).toMatch(
      /^Damaged .*t\.gz: gzip stream is damaged \(unexpected end of file\); kept the [\d,]+ events of its first [\d,]+ lines, the rest is missing$/m,
    );

    const j = run(['--json', '--log', 'j', cut], cwd);
    expect(j.code).toBe(3);
    const s = JSON.parse(j.stdout) as Summary & {
      firstOffset: number;
      nextOffset: number;
      damagedFiles: { path: string; events: number; lines: number }[];
    };
    expect(s.events).toBe(held);
    expect(s.nextOffset - s.firstOffset).toBe(held);
    expect(s.damagedFiles).toEqual([
      {
        path: cut,
        reason: 'gzip stream is damaged (unexpected end of file)',
        lines: completeLines,
        events: held,
      },
    ]);
    expect(s.skippedFiles).toEqual([]);
  });

  it('damaged lines are reported with file and line, and the rest is ingested', () => {
    const cwd = work();
    const text = readFileSync(XFS, 'utf8').split('\n');
    text.splice(20, 0, 'this is not a trace line');
    const path = join(cwd, 'damaged.trace');
    writeFileSync(path, text.join('\n'));
    const r = run(['--json', path], cwd);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s.malformed).toBe(1);
    expect(s.issues[0]).toMatchObject({ file: path, line: 21 });
    expect(s.events).toBe(499); // as without the junk line (497 event lines + header and end)
  });

  it('usage errors exit 2', () => {
    const cwd = work();
    expect(run([], cwd).code).toBe(2);
    expect(run(['--format', 'xml', XFS], cwd).code).toBe(2);
    expect(run(['--kernel', '5.4', XFS], cwd).code).toBe(2);
    const help = run(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format FMT/);
  });
});
