// `faultreplay run --sweep` (issue 16): ingest, the grid in one pass, and the store in one
// command, through the built CLI on the embedded store. The capture was recorded by
// `faultreplay capture` with vm.dirty_expire_centisecs=150 on an ext4 `commit=15` mount: the
// baseline's captured values must be the ones its header line records (read here from the
// text), and a cell must be the run `replay` gives with that cell's values alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBuiltCli } from '../helpers/built-cli.js';

const repoRoot = REPO_ROOT;
const CAPTURE = join(repoRoot, 'test', 'fixtures', 'captures', 'ext4-tunables-expire1500.trace.gz');

function cli(args: readonly string[], cwd: string): { code: number; out: string; err: string } {
  const r = runBuiltCli(args, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

/** A `key=value` of the capture's `# faultreplay-capture:` first line, as a number. */
function headerValue(key: string): number {
  const first = gunzipSync(readFileSync(CAPTURE)).toString('utf8').split('\n', 1)[0]!;
  const m = new RegExp(` ${key}=(\\d+) `).exec(first);
  if (m === null) throw new Error(`no ${key} in the capture header`);
  return Number(m[1]);
}

interface SweepJson {
  sweepId: string;
  baselineRunId: string;
  ingest: { events: number; files: unknown[] };
  cells: { params: Record<string, number>; policy: string; runId: string; retimed: boolean }[];
  gridMs: number;
  store: { kind: string; stored: { runId: string }[]; error: string | null };
}

const dir = mkdtempSync(join(tmpdir(), 'faultreplay-run-sweep-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const GRID = ['--set', 'dirtyExpireMs=1500,30000', '--set', 'commitIntervalMs=5000'];
const POLICIES = ['--policies', 'legacy,lazytime'];

describe('faultreplay run --sweep', () => {
  it('ingests the capture, stores the grid and its captured baseline from the capture header', () => {
    const r = cli(['run', '--sweep', ...GRID, ...POLICIES, '--json', CAPTURE], dir);
    expect({ code: r.code, err: r.err }).toMatchObject({ code: 0 });
    const j = JSON.parse(r.out) as SweepJson;
    expect(j.ingest.events).toBeGreaterThan(3000);
    expect(j.cells.map((c) => [c.params['dirtyExpireMs'], c.policy])).toEqual([
      [1500, 'legacy'],
      [1500, 'lazytime'],
      [30000, 'legacy'],
      [30000, 'lazytime'],
    ]);
    expect(j.cells.every((c) => c.retimed)).toBe(true);
    expect(j.store.error).toBeNull();
    expect(j.store.stored.map((s) => s.runId)).toEqual([
      j.baselineRunId,
      ...new Set(j.cells.map((c) => c.runId)),
    ]);

    const q = cli(
      ['query', 'sweep', '--param', `sweep=${j.sweepId}`, '--param', 'captured=1', '--json'],
      dir,
    );
    expect({ code: q.code, err: q.err }).toMatchObject({ code: 0 });
    const rows = JSON.parse(q.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(5);
    // the baseline's values are what `faultreplay capture` wrote in the header line
    const expire = headerValue('dirty_expire_ms');
    const commit = headerValue('commit_ms');
    expect([expire, commit]).toEqual([1500, 15000]);
    expect(rows[0]).toMatchObject({
      run_id: j.baselineRunId,
      is_captured: 1,
      params: `dirtyExpireMs=${expire} commitIntervalMs=${commit}`,
      policy: 'legacy',
    });
    expect(rows.slice(1).map((row) => row['params'])).toEqual([
      'dirtyExpireMs=1500 commitIntervalMs=5000',
      'dirtyExpireMs=1500 commitIntervalMs=5000',
      'dirtyExpireMs=30000 commitIntervalMs=5000',
      'dirtyExpireMs=30000 commitIntervalMs=5000',
    ]);

    // a cell is the run `replay` gives with the cell's values alone (same run id and figures)
    writeFileSync(
      join(dir, 'cell.json'),
      JSON.stringify({ writeback: 'modelled', dirtyExpireMs: 30000, commitIntervalMs: 5000 }),
    );
    const alone = cli(['replay', '--json', ...POLICIES, '--config', 'cell.json'], dir);
    expect({ code: alone.code, err: alone.err }).toMatchObject({ code: 0 });
    const solo = JSON.parse(alone.out) as { runId: string; policies: Record<string, unknown> };
    expect(j.cells[3]!.runId).toBe(solo.runId);
    const summary = cli(
      ['query', 'summary', '--run', solo.runId, '--policy', 'lazytime', '--json'],
      dir,
    );
    const stored = (JSON.parse(summary.out) as Record<string, unknown>[])[0]!;
    const p = solo.policies['lazytime'] as { dataPagesWritten: number; timestampUpdates: number };
    expect(stored).toMatchObject({
      data_pages_written: p.dataPagesWritten,
      timestamp_updates: p.timestampUpdates,
    });

    // the same command again: the file is in the log, its copy is swept, the same sweep id
    const again = cli(['run', '--sweep', ...GRID, ...POLICIES, '--json', CAPTURE], dir);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/already in the log/);
    expect((JSON.parse(again.out) as SweepJson).sweepId).toBe(j.sweepId);
  }, 300_000);

  it('prints the grid as a table with the ingest line and how to query it', () => {
    const r = cli(['run', '--sweep', ...GRID, CAPTURE], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ingested [\d,]+ events/);
    expect(r.out).toMatch(/2 cells \(2 parameter combinations x 1 policies\)/);
    expect(r.out).toMatch(/the grid: faultreplay query sweep --param sweep=[0-9a-f]{16}/);
  }, 300_000);

  it('--set needs --sweep, --sweep needs --set and one FILE; --help documents them', () => {
    expect(cli(['run', ...GRID, CAPTURE], dir)).toMatchObject({ code: 2 });
    expect(cli(['run', '--sweep', CAPTURE], dir)).toMatchObject({ code: 2 });
    expect(cli(['run', '--sweep', ...GRID, CAPTURE, CAPTURE], dir).err).toMatch(/one FILE/);
    const help = cli(['run', '--help'], dir);
    expect(help.out).toMatch(/--sweep/);
    expect(help.out).toMatch(/--set NAME=LIST/);
  });
});
