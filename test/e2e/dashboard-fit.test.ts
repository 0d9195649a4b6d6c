// The web dashboard on a run that is hard to draw: two policies with identical results (they
// must not hide each other), counts in the millions (the y labels must fit, in SI units) and
// ids long enough to push a table sideways (the runs table must fit its box). Real
// `faultreplay dashboard`, headless Chromium (Debian's `chromium` through playwright-core).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/sim/results.js';
import { createResultStore } from '../../src/store/index.js';
import { syntheticRun } from '../../src/store/synthetic-run.js';
import { openDashboard } from '../helpers/dashboard.js';
import type { OpenDashboard } from '../helpers/dashboard.js';

const RUN = `run-${'identical-policies-with-a-very-long-run-identifier-'.repeat(3)}end`;

/** deferred made identical to legacy (histograms, timeline), with millions of faults a second. */
function identicalRun(): RunResult {
  const base = syntheticRun({
    runId: RUN,
    captureId: `capture-${'x'.repeat(160)}`,
    policies: ['legacy', 'deferred', 'mapsync'],
    files: 2,
    seconds: 10,
    seed: 9,
  });
  const big = (p: RunResult['policies'][string]): RunResult['policies'][string] => ({
    ...p,
    timeline: p.timeline.map((t, i) => ({ ...t, writeFaults: 3_400_000 + i * 1000 })),
  });
  const legacy = big(base.policies['legacy']!);
  return {
    ...base,
    // A figure legacy has none of: its ratio is unknown (null), the absolute delta is not.
    deltas: {
      ...base.deltas,
      mapsync: {
        ...base.deltas['mapsync'],
        'mtimeStaleness.suSViolations': { value: 3, legacy: 0, abs: 3, rel: null },
      },
    },
    policies: {
      ...base.policies,
      legacy,
      deferred: {
        ...base.policies['deferred']!,
        faultLatencyHistogram: legacy.faultLatencyHistogram,
        msyncLatencyHistogram: legacy.msyncLatencyHistogram,
        timeline: legacy.timeline,
      },
    },
  };
}

let dir: string;
let dashboard: OpenDashboard | undefined;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fr-dash-fit-'));
  const storeDir = join(dir, 'store');
  const store = await createResultStore(
    { kind: 'chdb', path: storeDir, database: 'faultreplay' },
    { now: () => 1_750_000_000_000 },
  );
  await store.storeRun(identicalRun());
  await store.close();
  dashboard = await openDashboard({
    storeDir,
    dir,
    waitFor: `body[data-loaded="${RUN}"]`,
    viewport: { width: 1000, height: 900 },
  });
  page = dashboard.page;
}, 120_000);

afterAll(async () => {
  await dashboard?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `js` (an expression) in the page; a string keeps DOM types out of the test's tsconfig. */
const inPage = <T>(js: string): Promise<T> => page.evaluate<T>(js);

describe('web dashboard fits what it draws', () => {
  test('identical policies are drawn once, with a combined key "legacy = deferred"', async () => {
    for (const id of ['fault-cdf', 'msync-cdf', 'timeline-chart']) {
      const names = await Promise.all(
        (await page.locator(`#${id} polyline`).all()).map((e) => e.getAttribute('data-policy')),
      );
      expect({ id, names }).toEqual({ id, names: ['legacy = deferred', 'mapsync'] });
      expect(await page.locator(`#${id} .series-key`).allTextContents()).toEqual([
        'legacy = deferred',
      ]);
    }
  });

  test('the runs table fits its container; the page does not scroll sideways', async () => {
    const [table, box, page_, viewport] = await inPage<number[]>(`(() => {
      const t = document.getElementById('runs');
      return [t.scrollWidth, t.parentElement.clientWidth,
        document.documentElement.scrollWidth, window.innerWidth];
    })()`);
    expect(table).toBeLessThanOrEqual(box!);
    expect(page_).toBeLessThanOrEqual(viewport!);
  });

  test('timeline y labels are SI formatted and inside the svg', async () => {
    const labels = await inPage<{ text: string; inside: boolean }[]>(`(() => {
      const svg = document.querySelector('#timeline-chart svg').getBoundingClientRect();
      return [...document.querySelectorAll('#timeline-chart text.y-label')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, inside: r.left >= svg.left && r.right <= svg.right };
      });
    })()`);
    expect(labels).toHaveLength(5);
    for (const l of labels) {
      expect(l.text).toMatch(/^\d+(\.\d)?[kMGT]?$/);
      expect(l).toEqual({ text: l.text, inside: true });
    }
    expect(labels.at(-1)!.text).toMatch(/M$/);
  });
  test('an unknown ratio (legacy 0) shows "?" in the deltas table, never a blank', async () => {
    const cells = await inPage<{ legacy: string; rel: string }[]>(`(() =>
      [...document.querySelectorAll('#deltas tbody tr')].map((tr) => ({
        legacy: tr.querySelector('td[data-col="legacy"]').textContent,
        rel: tr.querySelector('td[data-col="rel_delta"]').textContent,
      })))()`);
    const zeroLegacy = cells.filter((c) => c.legacy === '0');
    expect(zeroLegacy.length).toBeGreaterThan(0);
    for (const c of zeroLegacy) expect(c).toEqual({ legacy: '0', rel: '?' });
    for (const c of cells) expect(c.rel).not.toBe('');
  });
});
