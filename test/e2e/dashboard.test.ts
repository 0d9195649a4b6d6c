// The web dashboard end to end: runs stored in a chdb store, the real `faultreplay dashboard`
// command serving it, headless Chromium (Debian's `chromium` through playwright-core) reading
// the page. The numbers on the page are checked against what the store answered before the
// dashboard opened it (chdb allows one process per store directory), and a screenshot is saved
// under test-output/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/sim/results.js';
import { createResultStore, loadCannedQueries } from '../../src/store/index.js';
import type { QueryResult } from '../../src/store/index.js';
import { syntheticRun } from '../../src/store/synthetic-run.js';
import { openDashboard } from '../helpers/dashboard.js';
import type { OpenDashboard } from '../helpers/dashboard.js';
import { REAL_CAPTURE, replayRealCapture } from '../unit/store/helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output');

// Its capture has no end record (#15.5): the run list and its page say it is incomplete.
const older: RunResult = {
  ...syntheticRun({
    runId: 'run-older',
    seed: 21,
    policies: ['legacy', 'deferred'],
    files: 3,
    seconds: 20,
  }),
  completeness: 'incomplete',
  incompleteReason: 'no-end-record',
};
const newer: RunResult = syntheticRun({ runId: 'run-newer', seed: 22, files: 8, seconds: 90 });

let dir: string;
let real: RunResult | undefined;
let dashboard: OpenDashboard | undefined;
let page: Page;
let baseUrl: string;
const expected: Record<string, QueryResult> = {};

/** Attribute values of every element matching `selector` (no DOM typings needed). */
async function attrs(selector: string, ...names: string[]): Promise<(string | null)[][]> {
  const out: (string | null)[][] = [];
  for (const el of await page.locator(selector).all()) {
    const row: (string | null)[] = [];
    for (const n of names)
      row.push(n === '#text' ? await el.textContent() : await el.getAttribute(n));
    out.push(row);
  }
  return out;
}

/** The page's number format (dashboards/web/app.js `fmt`), restated. */
const fmt = (v: unknown): string =>
  typeof v === 'number'
    ? Number.isInteger(v)
      ? String(v)
      : String(Math.round(v * 1000) / 1000)
    : String(v);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fr-dash-'));
  const storeDir = join(dir, 'store');
  let t = 1_750_000_000_000;
  const store = await createResultStore(
    { kind: 'chdb', path: storeDir, database: 'faultreplay' },
    { now: () => (t += 1000) },
  );
  if (existsSync(REAL_CAPTURE)) {
    // A real simulator result, stored first so the synthetic ones stay the newest.
    real = await replayRealCapture();
    await store.storeRun(real);
    expected[`summary/${real.runId}`] = await store.query('summary', { run: real.runId });
  }
  await store.storeRun(older);
  await store.storeRun(newer);
  expected['runs'] = await store.query('runs');
  for (const r of [older, newer]) {
    expected[`summary/${r.runId}`] = await store.query('summary', { run: r.runId });
    expected[`hist/${r.runId}`] = await store.query('latency-histogram', { run: r.runId });
    expected[`timeline/${r.runId}`] = await store.query('timeline', { run: r.runId });
  }
  await store.close();

  dashboard = await openDashboard({
    storeDir,
    dir,
    waitFor: 'body[data-loaded="run-newer"]',
  });
  ({ page, baseUrl } = dashboard);
  expect(dashboard.pageErrors).toEqual([]);
});

afterAll(async () => {
  await dashboard?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web dashboard', () => {
  test('lists the stored runs, newest first, and opens the newest', async () => {
    const keys = (await attrs('#runs tbody tr', 'data-key')).map(([k]) => k);
    expect(keys).toEqual(expected['runs']!.rows.map((r) => r['run_id']));
    expect(keys.slice(0, 2)).toEqual(['run-newer', 'run-older']);
    expect(await page.textContent('#run-title')).toBe('Run run-newer');
    expect(await page.isVisible('#run-warning')).toBe(false);
  });

  test('the summary table shows the stored figures', async () => {
    const cells: { key: string | null; col: string | null; text: string | null }[] = [];
    for (const [key] of await attrs('#summary tbody tr', 'data-key')) {
      const tds = await attrs(`#summary tbody tr[data-key="${key}"] td`, 'data-col', '#text');
      for (const [col, text] of tds)
        cells.push({ key: key ?? null, col: col ?? null, text: text ?? null });
    }
    const want = expected['summary/run-newer']!.rows.flatMap((r) =>
      Object.entries(r).map(([col, v]) => ({ key: String(r['policy']), col, text: fmt(v) })),
    );
    expect(cells).toEqual(want);
  });

  test('bars and histograms draw the stored values', async () => {
    const summary = expected['summary/run-newer']!.rows;
    const bars = async (id: string) =>
      (await attrs(`#${id} rect[data-policy]`, 'data-policy', 'data-value')).map(
        ([p, v]) => [p, Number(v)] as const,
      );
    expect(await bars('wa-bars')).toEqual(
      summary.map((r) => [r['policy'], r['write_amplification']]),
    );
    expect(await bars('commit-bars')).toEqual(
      summary.map((r) => [r['policy'], r['journal_commits']]),
    );
    expect(await bars('staleness-bars')).toEqual(
      summary.map((r) => [r['policy'], r['staleness_max_ms']]),
    );
    expect(await bars('sus-bars')).toEqual(summary.map((r) => [r['policy'], r['sus_violations']]));

    // Histogram bars: one per stored bucket; per policy they add up to the latency count.
    const hist = expected['hist/run-newer']!.rows;
    for (const kind of ['fault', 'msync'] as const) {
      const drawn = await bars(`${kind}-hist`);
      expect(drawn.length).toBe(hist.filter((r) => r['kind'] === kind).length);
      for (const s of summary) {
        const sum = drawn.filter(([p]) => p === s['policy']).reduce((a, [, v]) => a + v, 0);
        expect({ kind, policy: s['policy'], sum }).toEqual({
          kind,
          policy: s['policy'],
          sum: s[`${kind}_count`],
        });
      }
      const cdfEnds = (await attrs(`#${kind}-cdf polyline`, 'data-last')).map(([v]) => Number(v));
      expect(cdfEnds).toEqual(summary.map(() => 1));
    }
    const timeline = (await attrs('#timeline-chart polyline', 'data-policy', 'data-points')).map(
      ([p, n]) => [p, Number(n)],
    );
    expect(timeline).toEqual(
      summary.map((s) => [
        s['policy'],
        expected['timeline/run-newer']!.rows.filter((r) => r['policy'] === s['policy']).length,
      ]),
    );
  });

  test('a screenshot shows the charts', async () => {
    mkdirSync(OUT, { recursive: true });
    const path = join(OUT, 'dashboard.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
  });

  test('choosing another run shows its figures', async () => {
    await page.click('#runs tbody tr[data-key="run-older"]');
    await page.waitForSelector('body[data-loaded="run-older"]');
    const wa = (await attrs('#wa-bars rect[data-policy]', 'data-value')).map(([v]) => Number(v));
    expect(wa).toEqual(expected['summary/run-older']!.rows.map((r) => r['write_amplification']));
    expect(await page.isVisible('#run-warning')).toBe(true);
    expect(await page.textContent('#run-warning')).toMatch(/^capture incomplete/);
    const completeness = await attrs('#runs tbody td[data-col="completeness"]', '#text');
    expect(completeness.map(([t]) => t)).toEqual(
      expected['runs']!.rows.map((r) => String(r['completeness'])),
    );
    expect(completeness.map(([t]) => t).slice(0, 2)).toEqual(['complete', 'incomplete']);
  });

  test('a real replay result is shown figure for figure (screenshot dashboard-real.png)', async () => {
    if (real === undefined) return;
    await page.click(`#runs tbody tr[data-key="${real.runId}"]`);
    await page.waitForSelector(`body[data-loaded="${real.runId}"]`);
    const texts = (await attrs('#summary tbody td', 'data-col', '#text')).map(
      ([c, t]) => `${c}=${t}`,
    );
    const want = expected[`summary/${real.runId}`]!.rows.flatMap((r) =>
      Object.entries(r).map(([c, v]) => `${c}=${fmt(v)}`),
    );
    expect(texts).toEqual(want);
    const policies = (await attrs('#wa-bars rect[data-policy]', 'data-policy')).map(([p]) => p);
    expect(policies).toEqual(real.policyIds);
    await page.screenshot({ path: join(OUT, 'dashboard-real.png'), fullPage: true });
  });

  test('a run id in the address that is not stored says so, naming the stored runs', async () => {
    await page.goto(`${baseUrl}#run=nosuchrun`);
    await page.waitForSelector('body[data-missing="nosuchrun"]');
    const known = expected['runs']!.rows.map((r) => String(r['run_id']));
    expect(await page.locator('#status').textContent()).toBe(
      `no run 'nosuchrun' (known: ${known.slice(0, 5).join(', ')}${known.length > 5 ? `, … ${known.length} in all` : ''})`,
    );
    expect(await page.locator('#status').getAttribute('class')).toBe('error');
    expect(await page.locator('#run-section').isHidden()).toBe(true);
    // and a stored run chosen afterwards is shown again
    await page.click('#runs tbody tr[data-key="run-newer"]');
    await page.waitForSelector('body[data-loaded="run-newer"]');
    expect(await page.locator('#run-section').isHidden()).toBe(false);
  });

  test('the API runs only canned queries with validated parameters', async () => {
    const get = async (path: string) => {
      const res = await fetch(new URL(path, baseUrl));
      return {
        status: res.status,
        body: (await res.json()) as { rows?: unknown[]; error?: string },
      };
    };
    const injected = await get(
      `/api/query/summary?run=${encodeURIComponent("run-newer' OR 1=1 --")}`,
    );
    expect([injected.status, injected.body.rows]).toEqual([200, []]);
    const unknown = await get('/api/query/system-tables');
    expect([unknown.status, unknown.body.error]).toEqual([
      400,
      expect.stringMatching(/no canned query 'system-tables'/),
    ]);
    const badType = await get('/api/query/top-files?run=run-newer&limit=1;DROP');
    expect([badType.status, badType.body.error]).toEqual([
      400,
      expect.stringMatching(/parameter 'limit' \(UInt32\)/),
    ]);
    expect((await fetch(new URL('/etc/passwd', baseUrl))).status).toBe(404);
    const list = (await (await fetch(new URL('/api/queries', baseUrl))).json()) as {
      name: string;
    }[];
    expect(list.map((q) => q.name)).toEqual([...loadCannedQueries().keys()]);
    expect((await fetch(new URL('/api/query/runs', baseUrl), { method: 'POST' })).status).toBe(405);
  });
});
