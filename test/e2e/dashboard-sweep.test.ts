// The web dashboard's sweep charts (issue 16) end to end: the built CLI ingests a real capture
// and stores two real sweeps (an older hz sweep, then 3 x 2 expire x commit values x 2
// policies) in a chdb store, the real `faultreplay dashboard` serves it and headless Chromium
// draws it. Every point of every metric's chart must be the `sweep` query's row for that cell,
// figure for figure, as the store answered before the dashboard opened it. A sweep of a real
// XFS capture has NULL journal commits (no capture shows them): drawn as '?', never as 0.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createResultStore } from '../../src/store/index.js';
import type { QueryResult } from '../../src/store/index.js';
import { openDashboard } from '../helpers/dashboard.js';
import type { OpenDashboard } from '../helpers/dashboard.js';
import { repoRoot, tracePath } from '../helpers/shared.js';

/** The metrics the page draws, one chart each (dashboards/web/sweep.js METRICS). */
const METRICS = [
  'fault_p99_us',
  'msync_p99_us',
  'write_amplification',
  'data_pages_written',
  'journal_commits',
  'staleness_mean_ms',
];

let dir: string;
let dashboard: OpenDashboard | undefined;
let page: Page;
let sweeps: QueryResult;
const cells: Record<string, QueryResult> = {};
/** The latest sweep's captured baseline row (`sweep` with captured=1, its is_captured row). */
let baseline: Record<string, unknown> | undefined;
let latest = '';
let older = '';
/** A sweep of a real XFS capture: its journal commits are NULL (no capture can show them). */
let xfs = '';
let xfsBaseline: Record<string, unknown> | undefined;

const cli = (...args: string[]): string =>
  execFileSync(process.execPath, [join(repoRoot, 'bin/faultreplay.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Attribute values of every element matching `selector`, in document order. */
async function attrs(selector: string, ...names: string[]): Promise<(string | null)[][]> {
  const out: (string | null)[][] = [];
  for (const el of await page.locator(selector).all())
    out.push(await Promise.all(names.map((n) => el.getAttribute(n))));
  return out;
}

/** What the points of one metric's chart must say: the query's rows, in its order. */
const expectedPoints = (res: QueryResult, column: string): string[][] =>
  res.rows.map((r) => [
    String(r['run_id']),
    String(r['policy']),
    String(r['params']),
    r[column] === null ? '?' : String(r[column] as number),
  ]);

/** Every metric chart's points (run, policy, params, value) equal the query's rows. */
async function expectChartsToShow(res: QueryResult): Promise<void> {
  for (const column of METRICS) {
    const drawn = await attrs(
      `#sweep-${column} [data-value]`,
      'data-run',
      'data-policy',
      'data-params',
      'data-value',
    );
    expect({ column, drawn }).toEqual({ column, drawn: expectedPoints(res, column) });
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fr-dash-sweep-'));
  const store = ['--log', join(dir, 'log'), '--store', join(dir, 'store')];
  cli('ingest', '--log', join(dir, 'log'), tracePath('ext4-steady-rand-msync-async.trace.gz'));
  // The capture's own tunables (test/fixtures/captures/README.md), which every cell starts from.
  writeFileSync(
    join(dir, 'captured.json'),
    JSON.stringify({ dirtyExpireMs: 1000, writebackIntervalMs: 500 }),
  );
  const sweep = (...args: string[]): string =>
    (
      JSON.parse(cli('sweep', '--json', '--config', 'captured.json', ...store, ...args)) as {
        sweepId: string;
      }
    ).sweepId;
  // Oldest: the XFS capture in a log of its own (its header records its tunables).
  cli('ingest', '--log', join(dir, 'xfs-log'), tracePath('xfs-kupdate-exp200.trace.gz'));
  xfs = (
    JSON.parse(
      cli(
        'sweep',
        '--json',
        '--log',
        join(dir, 'xfs-log'),
        '--store',
        join(dir, 'store'),
        '--set',
        'dirtyExpireMs=1000,2000,5000',
        '--policies',
        'legacy,lazytime',
      ),
    ) as { sweepId: string }
  ).sweepId;
  older = sweep('--set', 'hz=250,1000', '--policies', 'legacy');
  latest = sweep(
    '--set',
    'dirtyExpireMs=1000,5000,30000',
    '--set',
    'commitIntervalMs=1000,5000',
    '--policies',
    'legacy,lazytime',
  );
  const s = await createResultStore({
    kind: 'chdb',
    path: join(dir, 'store'),
    database: 'faultreplay',
  });
  try {
    sweeps = await s.query('sweeps');
    for (const id of [latest, older, xfs]) cells[id] = await s.query('sweep', { sweep: id });
    const xfsWithBaseline = await s.query('sweep', { sweep: xfs, captured: 1 });
    xfsBaseline = xfsWithBaseline.rows.find((r) => r['is_captured'] === 1);
    const withBaseline = await s.query('sweep', { sweep: latest, captured: 1 });
    baseline = withBaseline.rows.find((r) => r['is_captured'] === 1);
  } finally {
    await s.close();
  }
  dashboard = await openDashboard({
    storeDir: join(dir, 'store'),
    dir,
    waitFor: `body[data-sweep-loaded="${latest}"]`,
  });
  page = dashboard.page;
}, 600_000);

afterAll(async () => {
  await dashboard?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web dashboard: sweep charts', () => {
  test('the picker lists the stored sweeps, newest first, and shows the newest', async () => {
    expect(sweeps.rows.map((r) => r['sweep_id'])).toEqual([latest, older, xfs]);
    const options = (await attrs('#sweep-pick option', 'value')).map(([v]) => v);
    expect(options).toEqual([latest, older, xfs]);
    expect(await page.locator('#sweep-pick').inputValue()).toBe(latest);
    expect(dashboard!.pageErrors).toEqual([]);
  });

  test('each metric chart has one point per cell, equal to the sweep query row', async () => {
    const res = cells[latest]!;
    expect(res.rows).toHaveLength(12);
    await expectChartsToShow(res);
  });

  test('points sit where their values say: x by the first axis, higher values higher up', async () => {
    const res = cells[latest]!;
    for (const column of METRICS) {
      const drawn = (
        await attrs(`#sweep-${column} circle[data-value]`, 'cx', 'cy', 'data-value')
      ).map(([cx, cy, v]) => ({ cx: Number(cx), cy: Number(cy), v: Number(v) }));
      expect(drawn).toHaveLength(res.rows.length);
      const expires = res.rows.map((r) => (r['param_values'] as number[])[0]!);
      drawn.forEach((p, i) => {
        for (let j = 0; j < drawn.length; j++) {
          const q = drawn[j]!;
          // same x exactly when the same first-axis value, in increasing order left to right
          expect(Math.sign(p.cx - q.cx)).toBe(Math.sign(expires[i]! - expires[j]!));
          expect({ column, higher: p.v > q.v ? p.cy < q.cy : true }).toEqual({
            column,
            higher: true,
          });
        }
      });
    }
  });

  test('the captured baseline is a dashed line labelled "captured" at its query value', async () => {
    // the capture's tunables (captured.json) make the baseline's parameters known
    expect(baseline, 'the sweep query has no captured row').toBeDefined();
    expect(baseline!['params']).toMatch(/^dirtyExpireMs=1000\b/);
    const res = cells[latest]!;
    for (const column of METRICS) {
      const value = baseline![column] as number;
      expect(typeof value).toBe('number');
      const refs = await attrs(
        `#sweep-${column} line.captured`,
        'data-captured-value',
        'data-run',
        'y1',
        'y2',
      );
      expect(refs.map(([v, run]) => [v, run])).toEqual([[String(value), baseline!['run_id']]]);
      const [, , y1, y2] = refs[0]!;
      expect(y1).toBe(y2);
      const labels = await page.locator(`#sweep-${column} text.captured-label`).allTextContents();
      expect(labels).toEqual(['captured']);
      // at its value's height: level with a cell of the same value, above lower, below higher
      const points = await attrs(`#sweep-${column} circle[data-value]`, 'cy', 'data-value');
      expect(points).toHaveLength(res.rows.length);
      for (const [cy, v] of points) {
        const [dy, dv] = [Number(cy) - Number(y1), Number(v) - value];
        if (dv === 0) expect(Math.abs(dy), column).toBeLessThan(0.11);
        else expect({ column, v, above: dy < 0 }).toEqual({ column, v, above: dv > 0 });
      }
    }
  });

  test('one line per policy and commit interval (identical ones drawn once)', async () => {
    const names = (await attrs('#sweep-data_pages_written polyline', 'data-series'))
      .flatMap(([n]) => n!.split(' = '))
      .sort();
    expect([...new Set(names)]).toEqual([
      'lazytime commitIntervalMs=1000',
      'lazytime commitIntervalMs=5000',
      'legacy commitIntervalMs=1000',
      'legacy commitIntervalMs=5000',
    ]);
  });

  test('a screenshot of the sweep charts (in the test directory)', async () => {
    const path = join(dir, 'dashboard-sweep.png');
    await page.locator('#sweep-section').screenshot({ path });
    // a PNG file, not an empty one
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
  });

  test('XFS: a NULL figure is a "?" and a gap, never a point at 0; the points are the query rows', async () => {
    await page.locator('#sweep-pick').selectOption(xfs);
    await page.waitForSelector(`body[data-sweep-loaded="${xfs}"]`);
    const res = cells[xfs]!;
    expect(res.rows).toHaveLength(6);
    // the query gives XFS journal commits as NULL, with the reason, and the rest as numbers
    expect(res.rows.map((r) => r['journal_commits'])).toEqual(res.rows.map(() => null));
    expect(res.rows.every((r) => String(r['unknown']).startsWith('journal_commits: xfs: '))).toBe(
      true,
    );
    expect(res.rows.every((r) => typeof r['data_pages_written'] === 'number')).toBe(true);
    await expectChartsToShow(res);
    const commits = '#sweep-journal_commits';
    // every point unknown: a '?' per row, no circle, no line, nothing drawn at any height
    expect(await attrs(`${commits} text.unknown[data-value]`, 'data-value')).toEqual(
      res.rows.map(() => ['?']),
    );
    expect(await page.locator(`${commits} circle`).count()).toBe(0);
    expect(await page.locator(`${commits} polyline`).count()).toBe(0);
    expect(await page.locator(`${commits} .unknown-reason`).textContent()).toMatch(
      /^unknown: xfs: XFS pushes its CIL/,
    );
    // the captured baseline's commits are unknown too: a label, no reference line at 0
    expect(xfsBaseline?.['journal_commits']).toBeNull();
    expect(await page.locator(`${commits} line.captured`).count()).toBe(0);
    // (its text is the label, then its tooltip)
    expect(await page.locator(`${commits} text.captured.unknown`).textContent()).toMatch(
      /^captured: unknown/,
    );
    // a known figure of the same sweep is drawn: a circle per row and its lines
    expect(await page.locator('#sweep-data_pages_written circle[data-value]').count()).toBe(
      res.rows.length,
    );
    expect(await page.locator('#sweep-data_pages_written polyline').count()).toBeGreaterThan(0);
    await page.locator('#sweep-section').screenshot({ path: join(dir, 'dashboard-sweep-xfs.png') });
    expect(readFileSync(join(dir, 'dashboard-sweep-xfs.png')).subarray(1, 4).toString()).toBe(
      'PNG',
    );
  });

  test('choosing the older sweep draws its cells', async () => {
    await page.locator('#sweep-pick').selectOption(older);
    await page.waitForSelector(`body[data-sweep-loaded="${older}"]`);
    const res = cells[older]!;
    expect(res.rows.map((r) => r['params'])).toEqual(['hz=250', 'hz=1000']);
    await expectChartsToShow(res);
  });
});
