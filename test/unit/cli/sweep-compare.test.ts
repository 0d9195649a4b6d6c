// `faultreplay sweep` and `faultreplay compare` through the CLI entry point, on a real capture
// (test/fixtures/captures) and the embedded chdb store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readEvents } from '../../../ingest/index.js';
import { main } from '../../../src/cli/main.js';
import { createFileEventLog } from '../../../src/log/index.js';

let dir = '';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(args, { stdout, stderr, interactive: true, env: {}, cwd: dir });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faultreplay-sweep-'));
  const log = await createFileEventLog({ dir: join(dir, '.faultreplay', 'log') });
  for await (const b of readEvents('test/fixtures/captures/ext4-small-steady.trace.gz'))
    await log.append(b);
  await log.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface SweepJson {
  sweepId: string;
  baselineRunId: string;
  cells: { params: Record<string, number>; policy: string; runId: string }[];
  gridMs: number;
  store: { runs?: number } & Record<string, unknown>;
}

describe('faultreplay sweep / compare', () => {
  test('sweep stores one run per combination, prints one progress line for the grid, and compare diffs two cells', async () => {
    const s = await cli([
      'sweep',
      '--json',
      '--set',
      'hz=250,1000',
      '--set',
      'commitIntervalMs=100,5000',
      '--policies',
      'legacy,lazytime',
    ]);
    // one live line for the whole grid: every cell is replayed in the same read of the log
    expect(s.err).toContain('replay [8 cells + captured baseline together]');
    expect(s.code).toBe(0);
    const j = JSON.parse(s.out) as SweepJson;
    expect(j.cells).toHaveLength(8);
    expect(new Set(j.cells.map((c) => c.runId)).size).toBe(4);
    const a = j.cells.find((c) => c.params['hz'] === 250 && c.policy === 'legacy')!;
    const b = j.cells.find((c) => c.params['hz'] === 1000 && c.policy === 'legacy')!;
    const c = await cli(['compare', '--json', `${a.runId}:legacy`, `${b.runId}:legacy`]);
    expect(c.code).toBe(0);
    const cmp = JSON.parse(c.out) as {
      figures: Record<string, { a: number; b: number; abs: number }>;
    };
    const ts = cmp.figures['timestamp_updates']!;
    expect(ts.b).toBeGreaterThan(ts.a);
    expect(ts.abs).toBe(ts.b - ts.a);
    // the baseline was stored too: a run id without :POLICY means its legacy row
    const t = await cli(['compare', j.baselineRunId, a.runId]);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/^figure\s+A /);
    expect(t.out).toMatch(/timestamp_updates/);
    // the stored grid, one row per cell and policy, through `faultreplay query sweep`
    const grid = await cli(['query', 'sweep', '--json', '--param', `sweep=${j.sweepId}`]);
    expect(grid.code).toBe(0);
    const rows = JSON.parse(grid.out) as Record<string, unknown>[];
    expect(rows.map((r) => [r['run_id'], r['policy'], r['params']])).toEqual(
      j.cells.map((c) => [
        c.runId,
        c.policy,
        `hz=${c.params['hz']} commitIntervalMs=${c.params['commitIntervalMs']}`,
      ]),
    );
    const table = await cli([
      'sweep',
      '--set',
      'hz=250,1000',
      '--set',
      'commitIntervalMs=100,5000',
      '--policies',
      'legacy,lazytime',
    ]);
    expect(table.out).toContain(`the grid: faultreplay query sweep --param sweep=${j.sweepId}\n`);
    const missing = await cli(['compare', `${a.runId}:nope`, b.runId]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no policy 'nope'/);
  });

  test('the grid as a table, with the grid time', async () => {
    const s = await cli(['sweep', '--no-store', '--set', 'commitIntervalMs=100,5000']);
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/2 cells \(2 parameter combinations x 1 policies\)/);
    expect(s.out).toMatch(/^100\s+legacy/m);
    expect(s.out).toMatch(/grid time: \d+\.\d\d s for 2 cells, \d+\.\d cells\/s/);
    expect((await cli(['sweep', '--set', 'bogus=1'])).code).toBe(2);
  });
});
