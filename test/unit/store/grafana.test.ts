// The Grafana dashboard JSON is generated from dashboards/*.sql; the committed file must be
// exactly what the builder makes now (regenerate with UPDATE_GRAFANA=1).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { expect, test } from 'vitest';
import { buildGrafanaDashboard, grafanaSql } from '../../../src/dashboard/grafana.js';
import { defaultDashboardsDir, loadCannedQueries } from '../../../src/store/index.js';

const file = join(defaultDashboardsDir(), 'grafana/dashboards/faultreplay.json');
const queries = loadCannedQueries();

test('the committed Grafana dashboard is generated from the canned queries', async () => {
  // Formatted as `prettier --check .` wants it.
  const built = await format(JSON.stringify(buildGrafanaDashboard(queries)), {
    ...((await resolveConfig(file)) ?? {}),
    filepath: file,
  });
  if (process.env['UPDATE_GRAFANA'] === '1') writeFileSync(file, built);
  expect(readFileSync(file, 'utf8')).toBe(built);
});

test('panels use the canned SQL with Grafana variables in place of parameters', () => {
  const dash = JSON.parse(readFileSync(file, 'utf8')) as {
    panels: { targets: { rawSql: string }[]; description: string }[];
  };
  const summary = queries.get('summary')!;
  const sql = grafanaSql(summary);
  expect(sql).toBe(
    summary.sql
      .replaceAll('{run:String}', '${run:sqlstring}')
      .replaceAll('{policy:String}', '${policy:sqlstring}'),
  );
  expect(dash.panels[0]!.targets[0]!.rawSql).toBe(sql);
  // Every panel's SQL is one canned query with only variables or literals left.
  for (const p of dash.panels) {
    const name = /^dashboards\/([a-z-]+)\.sql/.exec(p.description)![1]!;
    expect(queries.has(name)).toBe(true);
    expect(p.targets[0]!.rawSql).not.toMatch(/(?<!\$)\{[a-z]+:[A-Za-z0-9]+\}/);
  }
  expect(grafanaSql(queries.get('latency-histogram')!, { kind: 'msync' })).toContain(
    "('msync' = '' OR kind = 'msync')",
  );
});
