// The Grafana dashboard's SQL run as Grafana runs it, on the REAL ClickHouse server with a stored
// run: each chart panel must get exactly the columns it draws (series key, x, y in its one unit),
// and the `run` variable one row per run as __value (run_id) and __text (a readable label).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildGrafanaDashboard } from '../../../src/dashboard/grafana.js';
import { createResultStore, loadCannedQueries } from '../../../src/store/index.js';
import type { ResultStore } from '../../../src/store/index.js';
import { syntheticRun } from '../../../src/store/synthetic-run.js';

const injected = (inject as (key: string) => unknown)('clickhouseUrl');
const url =
  typeof injected === 'string' && injected !== '' ? injected : process.env['CLICKHOUSE_URL'];

const database = `fr_it_${randomBytes(4).toString('hex')}`;
// One capture replayed twice: the picker must still tell the two runs apart.
const first = syntheticRun({
  runId: 'run-g1',
  captureId: 'cap-same',
  files: 3,
  seconds: 5,
  seed: 2,
});
const second = syntheticRun({
  runId: 'run-g2',
  captureId: 'cap-same',
  files: 3,
  seconds: 5,
  seed: 4,
});

interface Panel {
  readonly title: string;
  readonly type: string;
  readonly targets: readonly { rawSql: string }[];
  readonly options?: { xField?: string };
  readonly fieldConfig?: { defaults: { unit?: string; min?: number; max?: number } };
}
interface Variable {
  readonly name: string;
  readonly query: string;
}
const dash = buildGrafanaDashboard(loadCannedQueries()) as unknown as {
  panels: Panel[];
  templating: { list: Variable[] };
};

/** `sql` with Grafana's variables interpolated as Grafana does (`:sqlstring` quotes). */
const bind = (sql: string, run: string): string =>
  sql.replaceAll('${run:sqlstring}', `'${run}'`).replaceAll('${policy:sqlstring}', "''");

async function select(sql: string): Promise<{
  meta: { name: string; type: string }[];
  data: Record<string, unknown>[];
}> {
  const res = await fetch(`${url!}/?database=${database}`, {
    method: 'POST',
    body: `${sql}\nFORMAT JSON`,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${sql}: ${text}`);
  return JSON.parse(text) as {
    meta: { name: string; type: string }[];
    data: Record<string, unknown>[];
  };
}

const numeric = (type: string): boolean => /^(Nullable\()?(U?Int|Float)/.test(type);

describe.skipIf(url === undefined || url === '')('Grafana SQL on the server', () => {
  let store: ResultStore;
  let clock = 1_700_000_000_000;
  beforeAll(async () => {
    store = await createResultStore(
      { kind: 'clickhouse', url: url!, user: undefined, password: undefined, database },
      { now: () => clock },
    );
    await store.storeRun(first);
    clock += 60_000;
    await store.storeRun(second);
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await fetch(url!, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
  });

  test('run variable: run_id as __value, capture id + policies + ISO time as __text', async () => {
    const v = dash.templating.list.find((x) => x.name === 'run')!;
    const res = await select(bind(v.query, ''));
    expect(res.meta.map((m) => m.name)).toEqual(['__value', '__text']);
    const policies = first.policyIds.join(',');
    expect(res.data).toEqual([
      { __value: 'run-g2', __text: `cap-same · ${policies} · 2023-11-14T22:14:20Z` },
      { __value: 'run-g1', __text: `cap-same · ${policies} · 2023-11-14T22:13:20Z` },
    ]);
  });

  test('policy variable: one column, the run’s policies', async () => {
    const v = dash.templating.list.find((x) => x.name === 'policy')!;
    const res = await select(bind(v.query, 'run-g1'));
    expect(res.meta.map((m) => m.name)).toEqual(['policy']);
    expect(res.data.map((r) => r['policy'])).toEqual([...first.policyIds]);
  });

  test('every chart gets exactly its columns: series key, x, and y fields of its one unit', async () => {
    const charts = dash.panels.filter((p) => p.type !== 'table');
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const p of charts) {
      const res = await select(bind(p.targets[0]!.rawSql, 'run-g1'));
      expect(res.data.length, p.title).toBeGreaterThan(0);
      const names = res.meta.map((m) => m.name);
      const x = p.options?.xField;
      expect(names[0], p.title).toBe('policy');
      if (x !== undefined) expect(names[1], p.title).toBe(x);
      const ys = res.meta.slice(x === undefined ? 1 : 2);
      // One unit per axis: one y field (the panel's unit applies to it), numeric.
      expect(ys.length, `${p.title}: ${names.join(', ')}`).toBe(1);
      expect(numeric(ys[0]!.type), `${p.title}: ${ys[0]!.type}`).toBe(true);
      const unit = p.fieldConfig?.defaults.unit;
      expect(unit, p.title).toBeDefined();
      if (ys[0]!.name === 'cdf') {
        expect(p.fieldConfig!.defaults).toMatchObject({ unit: 'percentunit', min: 0, max: 1 });
        for (const r of res.data) {
          const c = r['cdf'];
          if (c !== null) expect(Number(c)).toBeGreaterThanOrEqual(0);
          if (c !== null) expect(Number(c)).toBeLessThanOrEqual(1);
        }
      }
      if (ys[0]!.name.endsWith('_ms')) expect(unit, p.title).toBe('ms');
    }
  });

  test('every table panel runs', async () => {
    for (const p of dash.panels.filter((x) => x.type === 'table')) {
      const res = await select(bind(p.targets[0]!.rawSql, 'run-g1'));
      expect(res.data.length, p.title).toBeGreaterThan(0);
    }
  });
});
