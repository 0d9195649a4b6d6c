/**
 * Builds the Grafana dashboard (dashboards/grafana/dashboards/faultreplay.json) from the canned
 * queries, so Grafana runs the same SQL as the CLI and the web dashboard. Each `{name:Type}`
 * placeholder becomes either a Grafana variable, formatted with `:sqlstring` (Grafana quotes and
 * escapes the value), or the query's declared default as a typed literal. A unit test checks the
 * committed JSON against this builder, so the two cannot drift apart.
 */
import { ReplayError } from '../errors.js';
import type { CannedQuery } from '../store/canned-queries.js';
import { PLACEHOLDER, literal, validateParam } from '../store/sql-binder.js';

/** Query parameters bound to Grafana variables of the same name. */
const VARIABLES = new Set(['run', 'policy']);

export const GRAFANA_DATASOURCE = {
  type: 'grafana-clickhouse-datasource',
  uid: 'faultreplay-clickhouse',
} as const;

/** `q`'s SQL for Grafana, with `fixed` overriding declared defaults (e.g. kind = 'fault'). */
export function grafanaSql(
  q: CannedQuery,
  fixed: Readonly<Record<string, string | number>> = {},
): string {
  return q.sql.replace(PLACEHOLDER, (_m, name: string) => {
    const decl = q.params.find((p) => p.name === name)!;
    const pinned = fixed[name];
    if (pinned !== undefined) return literal(validateParam(name, decl.type, pinned));
    if (VARIABLES.has(name)) return `\${${name}:sqlstring}`;
    if (decl.default === undefined) {
      throw new ReplayError(
        'RPL_CONFIG',
        `${q.file}: {${name}} has no Grafana variable or default`,
      );
    }
    return literal(validateParam(name, decl.type, decl.default));
  });
}

interface PanelSpec {
  readonly title: string;
  readonly query: string;
  readonly type: 'table' | 'barchart' | 'trend';
  readonly fixed?: Readonly<Record<string, string | number>>;
  /**
   * A chart's columns, in order: the series key (policy), the x field, then the y fields, all
   * in `unit`. The canned query is wrapped to select just these: Grafana draws every numeric
   * column it gets, so a CDF beside `lower_us` and `samples` shared one meaningless axis.
   */
  readonly columns?: readonly string[];
  /** Grafana unit of the y fields (one unit per axis). */
  readonly unit?: string;
  /** Axis bounds, e.g. 0..1 for a CDF. */
  readonly min?: number;
  readonly max?: number;
  readonly w: number;
  readonly h: number;
  /** Extra panel options/field config/transformations. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

const byPolicy = [{ id: 'partitionByValues', options: { fields: ['policy'], keepFields: false } }];

const PANELS: readonly PanelSpec[] = [
  { title: 'Summary per policy', query: 'summary', type: 'table', w: 24, h: 7 },
  {
    title: 'Write amplification',
    query: 'summary',
    type: 'barchart',
    w: 6,
    h: 8,
    columns: ['policy', 'write_amplification'],
    unit: 'short',
  },
  {
    title: 'Journal commits',
    query: 'summary',
    type: 'barchart',
    w: 6,
    h: 8,
    columns: ['policy', 'journal_commits'],
    unit: 'short',
  },
  // Milliseconds and a count are two units: two panels, not one shared axis.
  {
    title: 'mtime staleness (max)',
    query: 'summary',
    type: 'barchart',
    w: 6,
    h: 8,
    columns: ['policy', 'staleness_max_ms'],
    unit: 'ms',
  },
  {
    title: 'SuS violations',
    query: 'summary',
    type: 'barchart',
    w: 6,
    h: 8,
    columns: ['policy', 'sus_violations'],
    unit: 'short',
  },
  {
    title: 'Fault latency CDF (x: log2 bucket)',
    query: 'latency-histogram',
    type: 'trend',
    fixed: { kind: 'fault' },
    w: 12,
    h: 9,
    columns: ['policy', 'bucket', 'cdf'],
    unit: 'percentunit',
    min: 0,
    max: 1,
    extra: { transformations: byPolicy, options: { xField: 'bucket' } },
  },
  {
    title: 'msync latency CDF (x: log2 bucket)',
    query: 'latency-histogram',
    type: 'trend',
    fixed: { kind: 'msync' },
    w: 12,
    h: 9,
    columns: ['policy', 'bucket', 'cdf'],
    unit: 'percentunit',
    min: 0,
    max: 1,
    extra: { transformations: byPolicy, options: { xField: 'bucket' } },
  },
  {
    title: 'Fault latency histogram',
    query: 'latency-histogram',
    type: 'table',
    fixed: { kind: 'fault' },
    w: 12,
    h: 9,
  },
  {
    title: 'msync latency histogram',
    query: 'latency-histogram',
    type: 'table',
    fixed: { kind: 'msync' },
    w: 12,
    h: 9,
  },
  {
    title: 'Timeline: write faults per second',
    query: 'timeline',
    type: 'trend',
    w: 24,
    h: 9,
    columns: ['policy', 'second', 'write_faults'],
    unit: 'short',
    extra: { transformations: byPolicy, options: { xField: 'second' } },
  },
  { title: 'Against legacy', query: 'policy-deltas', type: 'table', w: 12, h: 10 },
  { title: 'Top files', query: 'top-files', type: 'table', w: 12, h: 10 },
  { title: 'Costs used', query: 'costs', type: 'table', w: 12, h: 6 },
  {
    title: 'legacy: replayed vs observed in the trace',
    query: 'observed',
    type: 'table',
    w: 12,
    h: 6,
  },
];

export function buildGrafanaDashboard(
  queries: ReadonlyMap<string, CannedQuery>,
): Record<string, unknown> {
  const get = (name: string): CannedQuery => {
    const q = queries.get(name);
    if (q === undefined)
      throw new ReplayError('RPL_CONFIG', `Grafana panel needs canned query '${name}'`);
    return q;
  };
  let x = 0;
  let y = 0;
  let rowH = 0;
  const panels = PANELS.map((p, i) => {
    if (x + p.w > 24) {
      x = 0;
      y += rowH;
      rowH = 0;
    }
    const gridPos = { h: p.h, w: p.w, x, y };
    x += p.w;
    rowH = Math.max(rowH, p.h);
    return {
      id: i + 1,
      title: p.title,
      type: p.type,
      datasource: GRAFANA_DATASOURCE,
      gridPos,
      description: `dashboards/${p.query}.sql${p.fixed === undefined ? '' : ` with ${JSON.stringify(p.fixed)}`}`,
      targets: [
        {
          refId: 'A',
          datasource: GRAFANA_DATASOURCE,
          editorType: 'sql',
          format: 1,
          queryType: 'table',
          rawSql: selectColumns(grafanaSql(get(p.query), p.fixed), p.columns),
        },
      ],
      ...(p.unit === undefined
        ? {}
        : {
            fieldConfig: {
              defaults: {
                unit: p.unit,
                ...(p.min === undefined ? {} : { min: p.min }),
                ...(p.max === undefined ? {} : { max: p.max }),
              },
              overrides: [],
            },
          }),
      ...(p.extra ?? {}),
    };
  });
  return {
    title: 'faultreplay: policy comparison',
    uid: 'faultreplay-policies',
    schemaVersion: 39,
    version: 1,
    editable: true,
    time: { from: 'now-30d', to: 'now' },
    tags: ['faultreplay'],
    templating: {
      list: [
        {
          name: 'run',
          label: 'Run',
          type: 'query',
          datasource: GRAFANA_DATASOURCE,
          // run_id is the value; the picker shows capture, policies and time, because one
          // capture replayed twice would otherwise show the same capture id twice.
          query: runVariableSql(grafanaSql(get('runs'))),
          definition: 'dashboards/runs.sql',
          refresh: 1,
          includeAll: false,
          multi: false,
        },
        {
          name: 'policy',
          label: 'Policy',
          type: 'query',
          datasource: GRAFANA_DATASOURCE,
          // summary.sql with policy = '' : the first column is every policy of the run.
          query: selectColumns(grafanaSql(get('summary'), { policy: '' }), ['policy']),
          definition: 'dashboards/summary.sql',
          refresh: 2,
          includeAll: true,
          allValue: '',
          multi: false,
        },
      ],
    },
    panels,
  };
}

/** `sql` narrowed to `columns` (its ORDER BY kept inside); `sql` itself without columns. */
function selectColumns(sql: string, columns: readonly string[] | undefined): string {
  if (columns === undefined) return sql;
  return `SELECT ${columns.join(', ')}\nFROM (\n${sql}\n)`;
}

/**
 * runs.sql as a Grafana variable: `__value` run_id, `__text` capture id, policy set and the
 * ISO time (toString of a UTC DateTime, as 18.16 has no formatDateTime with %Y-%m-%dT).
 */
function runVariableSql(runsSql: string): string {
  const iso = `concat(replaceOne(toString(toDateTime(intDiv(created_at_ms, 1000), 'UTC')), ' ', 'T'), 'Z')`;
  return `SELECT run_id AS __value, concat(capture_id, ' · ', policies, ' · ', ${iso}) AS __text\nFROM (\n${runsSql}\n)`;
}
