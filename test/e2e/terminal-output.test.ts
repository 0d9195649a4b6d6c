// What a person sees in a pipe (not a terminal: tables fit 100 columns): the built CLI on the
// bundled capture. Every table fits, explains its abbreviations, prints times as ISO-8601 UTC,
// relative deltas in %, files as device and inode; --wide shows every column; --json keeps the
// stored values (fractions, epoch ms, the file key).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltCliRun, REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';

const CAPTURE = join(REPO_ROOT, 'test', 'fixtures', 'captures', 'ext4-small-steady.trace.gz');
const cwd = mkdtempSync(join(tmpdir(), 'terminal-e2e-'));

const cliIn = (dir: string, args: string[]): BuiltCliRun => runBuiltCli(args, dir);
const cli = (...args: string[]): ReturnType<typeof cliIn> => cliIn(cwd, args);

interface Delta {
  policy: string;
  metric: string;
  value: number;
  legacy: number;
  abs_delta: number;
  rel_delta: number;
}
/** legacy-deltas of deferred as stored (--json), the reference for the table's cells. */
function deferredFaultMean(): Delta {
  const rows = JSON.parse(
    cli('query', 'legacy-deltas', '--policy', 'deferred', '--json').stdout,
  ) as Delta[];
  return rows.find((d) => d.metric === 'fault_mean_us')!;
}
const pct = (fraction: number): string => `${Math.round(fraction * 100)}%`;

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

let run: ReturnType<typeof cli>;
beforeAll(() => {
  run = cli('run', CAPTURE);
  expect(run.code, run.stderr).toBe(0);
});

describe('text tables off a terminal', () => {
  it('the run comparison fits 100 columns, names what it hid and has a legend', () => {
    expect(widest(run.stdout)).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/^policy +faults +ts upd/m);
    expect(run.stdout).toMatch(/more columns with --wide: .*SuS viol/);
    expect(run.stdout).toMatch(/legend: faults: write faults;/);
    expect(run.stdout).toContain('WA: write amplification');
    expect(run.stdout).toContain('j.handles: jbd2');
    expect(run.stdout).toMatch(
      new RegExp(`^deferred .* ${pct(deferredFaultMean().rel_delta)}$`, 'm'),
    );
  });

  it('--wide shows every column, and the legend explains them all', () => {
    const wide = cli('run', '--wide', '--no-store', CAPTURE);
    expect(wide.code, wide.stderr).toBe(0);
    expect(wide.stdout).toMatch(/^policy +faults +ts upd +j\.handles +commits +pages wr +WA /m);
    expect(wide.stdout).not.toContain('--wide');
    expect(wide.stdout).toContain('SuS viol: msyncs that returned with mtime older');
  });

  it('query summary fits, and --wide has all its columns', () => {
    const q = cli('query', 'summary');
    expect(q.code, q.stderr).toBe(0);
    expect(widest(q.stdout)).toBeLessThanOrEqual(100);
    expect(q.stdout).toMatch(/^legend: faults: write faults;/m);
    expect(q.stdout).toContain('WA: write amplification, bytes written / bytes dirtied');
    const wide = cli('query', 'summary', '--wide');
    const header = wide.stdout.split('\n')[0]!;
    expect(header.trim().split(/ {2,}/)).toHaveLength(29);
    expect(header).toMatch(/ tb faults +tb syncs +completeness$/);
  });

  it('query costs cuts the long notes instead of running past the width', () => {
    const q = cli('query', 'costs');
    expect(widest(q.stdout)).toBeLessThanOrEqual(100);
    expect(q.stdout).toMatch(/^tsUpdateUs +[\d.]+ +measured +median .*…$/m);
  });

  it('times are ISO-8601 UTC, relative deltas are %, files are device and inode', () => {
    const runs = cli('query', 'runs');
    expect(runs.stdout).toMatch(
      /^[0-9a-f]{24} +ext4-small-steady +ssd +23,286 +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/m,
    );
    const deltas = cli('query', 'legacy-deltas', '--policy', 'deferred');
    const d = deferredFaultMean();
    expect(d.rel_delta).toBeLessThan(-0.1); // a reduction of more than 10%: printed without decimals
    expect(deltas.stdout).toMatch(
      new RegExp(
        `^deferred +fault_mean_us +${d.value} +${d.legacy} +-[\\d.]+ +${pct(d.rel_delta)}$`,
        'm',
      ),
    );
    const files = cli('query', 'top-files');
    expect(files.stdout).toMatch(/^legacy +dev 7:0 ino \d+ +255 /m);
    expect(files.stdout).toContain('file: device and inode');
  });

  it('--json keeps the stored values: fractions, epoch ms, file keys', () => {
    const runs = JSON.parse(cli('query', 'runs', '--json').stdout) as { created_at_ms: number }[];
    expect(typeof runs[0]!.created_at_ms).toBe('number');
    const d = deferredFaultMean();
    expect(d.rel_delta).toBeCloseTo((d.value - d.legacy) / d.legacy, 6);
    const files = JSON.parse(cli('query', 'top-files', '--json').stdout) as { file: string }[];
    expect(files[0]!.file).toMatch(/^7:0\/\d+$/);
  });

  it('progress: off a terminal, plain phase lines on stderr and only the JSON on stdout', () => {
    const r = cliIn(mkdtempSync(join(tmpdir(), 'terminal-e2e-')), ['run', '--json', CAPTURE]);
    expect(r.code, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'faultreplay run: ingest: started, 214 kB in all',
      expect.stringMatching(/^faultreplay run: ingest: 214 kB in [\d.]+ s \([\d.]+ [kM]B\/s\)$/),
      'faultreplay run: replay: started, 23,286 events in all',
      expect.stringMatching(
        /^faultreplay run: replay: 23,286 events in [\d.]+ s \([\d,]+ events\/s\)$/,
      ),
      'faultreplay run: store: started, 1 run in all',
      expect.stringMatching(/^faultreplay run: store: 1 run in [\d.]+ s$/),
    ]);
    expect(r.stderr).not.toContain('\r');
  });
});
