/**
 * The canned dashboard queries: `dashboards/NAME.sql`, the only SQL the CLI `query` command,
 * the web dashboard and Grafana run. Each file opens with a header of `--` lines:
 *
 *   -- summary: one row per policy with the headline figures of a run
 *   -- @param run String required
 *   -- @param policy String default ''
 *   -- @param limit UInt32 default 20
 *
 * The body uses ClickHouse `{name:Type}` placeholders. Loading checks that the placeholders and
 * the declared parameters agree in name and type, so a query cannot take an undeclared input.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReplayError } from '../errors.js';
import { isParamType, PLACEHOLDER, validateParam } from './sql-binder.js';
import type { BoundParam, ParamType } from './sql-binder.js';
import type { QueryParams } from './result-store.js';

export interface ParamDecl {
  readonly name: string;
  readonly type: ParamType;
  /** undefined: required. */
  readonly default: string | number | undefined;
}

export interface CannedQuery {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamDecl[];
  /** The SQL body without the header comment lines, as sent to the engine. */
  readonly sql: string;
  readonly file: string;
}

const NAME = /^[a-z][a-z0-9-]*$/;
const PARAM_LINE = /^--\s*@param\s+([A-Za-z_]\w*)\s+(\w+)\s+(required|default\s+(.*))\s*$/;

/** Finds `dashboards/` next to the package root, from src/store or dist/src/store. */
export function defaultDashboardsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dashboards'))) {
      return join(dir, 'dashboards');
    }
    dir = resolve(dir, '..');
  }
  throw new ReplayError('RPL_CONFIG', 'cannot find the dashboards/ folder of the package');
}

function parseDefault(file: string, line: number, type: ParamType, text: string): string | number {
  const t = text.trim();
  if (type === 'String') {
    const m = /^'((?:[^'\\]|\\.)*)'$/.exec(t);
    if (m === null) {
      throw new ReplayError('RPL_PARSE', `${file}:${line}: String default must be quoted: ${t}`);
    }
    return m[1]!.replace(/\\(.)/g, '$1');
  }
  return validateParam('default', type, t).value;
}

/** Parses one canned-query file. Throws `RPL_PARSE` naming the file and line on a bad header. */
export function parseCannedQuery(file: string, text: string): CannedQuery {
  const base = file.replace(/^.*\//, '').replace(/\.sql$/, '');
  if (!NAME.test(base)) throw new ReplayError('RPL_PARSE', `${file}: bad query name '${base}'`);
  const lines = text.split('\n');
  let description = '';
  const params: ParamDecl[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('--')) break;
    const pm = PARAM_LINE.exec(line);
    if (pm !== null) {
      const [, pname, ptype, req, dflt] = pm;
      if (!isParamType(ptype!)) {
        throw new ReplayError('RPL_PARSE', `${file}:${i + 1}: unsupported parameter type ${ptype}`);
      }
      params.push({
        name: pname!,
        type: ptype,
        default: req === 'required' ? undefined : parseDefault(file, i + 1, ptype, dflt ?? ''),
      });
    } else if (description === '') {
      const dm = new RegExp(`^--\\s*${base}:\\s*(.+)$`).exec(line);
      if (dm !== null) description = dm[1]!.trim();
    }
  }
  const sql = lines.slice(i).join('\n').trim();
  if (sql === '') throw new ReplayError('RPL_PARSE', `${file}: no SQL after the header`);
  const used = new Map<string, string>();
  for (const m of sql.matchAll(PLACEHOLDER)) {
    const prev = used.get(m[1]!);
    if (prev !== undefined && prev !== m[2]) {
      throw new ReplayError('RPL_PARSE', `${file}: {${m[1]}} used with types ${prev} and ${m[2]}`);
    }
    used.set(m[1]!, m[2]!);
  }
  for (const [n, t] of used) {
    const d = params.find((p) => p.name === n);
    if (d === undefined) throw new ReplayError('RPL_PARSE', `${file}: {${n}:${t}} not declared`);
    if (d.type !== t) throw new ReplayError('RPL_PARSE', `${file}: {${n}:${t}} declared ${d.type}`);
  }
  for (const p of params) {
    if (!used.has(p.name)) throw new ReplayError('RPL_PARSE', `${file}: @param ${p.name} unused`);
  }
  return { name: base, description, params, sql, file };
}

/** Loads every `*.sql` of `dir`, sorted by name. */
export function loadCannedQueries(dir: string = defaultDashboardsDir()): Map<string, CannedQuery> {
  const out = new Map<string, CannedQuery>();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.sql'))
    .sort()) {
    const path = join(dir, f);
    const q = parseCannedQuery(path, readFileSync(path, 'utf8'));
    out.set(q.name, q);
  }
  return out;
}

/**
 * Validates `input` against the query's declarations: unknown names and missing required
 * values are errors; omitted optional ones take their default.
 */
export function bindParams(q: CannedQuery, input: QueryParams): BoundParam[] {
  for (const k of Object.keys(input)) {
    if (input[k] !== undefined && !q.params.some((p) => p.name === k)) {
      const known = q.params.map((p) => p.name).join(', ') || 'none';
      throw new ReplayError(
        'RPL_INPUT',
        `query '${q.name}' has no parameter '${k}' (known: ${known})`,
      );
    }
  }
  return q.params.map((p) => {
    const v = input[p.name] ?? p.default;
    if (v === undefined) {
      throw new ReplayError('RPL_INPUT', `query '${q.name}' needs parameter '${p.name}'`);
    }
    return validateParam(p.name, p.type, v);
  });
}
