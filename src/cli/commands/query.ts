/**
 * `faultreplay query NAME`: runs one canned dashboard query (dashboards/NAME.sql) against the
 * embedded store or a ClickHouse server and prints a table, or with --json a JSON array of row
 * objects. Parameters come only from flags and are validated by type before any SQL is sent.
 */
import { ReplayError } from '../../errors.js';
import { loadCannedQueries, resolveStoreConfig } from '../../store/index.js';
import { openResultStore } from '../store-runs.js';
import type { QueryParams } from '../../store/index.js';
import { parseCommandLine, tableLayoutOf, type CliIo, type Command } from '../command.js';
import { formatQueryTable } from '../format/index.js';

const USAGE = `Usage: faultreplay query NAME [--run ID] [--policy P] [--file F] [--kind fault|msync]
                         [--metric M] [--limit N] [--param NAME=VALUE ...]
                         [--store DIR | --clickhouse URL] [--config FILE] [--json] [--wide]

Runs one canned query (dashboards/NAME.sql) and prints a table that fits the terminal (--wide:
every column), with a legend of its abbreviations; relative deltas print as % there. --json
prints a JSON array of row objects as stored (rel_delta a fraction, null where legacy is 0;
times epoch ms). Without --run, the latest stored run is used; a --run that is not stored is
an error (exit 1) naming the stored ones.

Store: the embedded store under ./.faultreplay/store by default; --clickhouse URL (or
FAULTREPLAY_CLICKHOUSE_URL, _USER, _PASSWORD, _DATABASE, or "store.clickhouse" in the config
file) selects a ClickHouse server.

Queries:
`;

const OPTIONS = {
  run: { type: 'string' },
  policy: { type: 'string' },
  file: { type: 'string' },
  kind: { type: 'string' },
  metric: { type: 'string' },
  limit: { type: 'string' },
  param: { type: 'string', multiple: true },
  store: { type: 'string' },
  clickhouse: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  wide: { type: 'boolean' },
} as const;

function usage(): string {
  const lines = [...loadCannedQueries().values()].map((q) => {
    const params = q.params
      .map((p) => (p.default === undefined ? p.name : `[${p.name}]`))
      .join(' ');
    return `  ${q.name.padEnd(18)} ${q.description}${params === '' ? '' : `  (${params})`}`;
  });
  return `${USAGE}${lines.join('\n')}\n`;
}

/** `no run 'X' (known: a, b, ...)`, newest first, at most five named. */
export function noSuchRun(run: string, known: readonly string[]): string {
  if (known.length === 0) return `no run '${run}' (no runs stored yet)`;
  const more = known.length > 5 ? `, … ${known.length} in all` : '';
  return `no run '${run}' (known: ${known.slice(0, 5).join(', ')}${more})`;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a canned dashboard query against the result store',
  get usage() {
    return usage();
  },
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandLine(
      { args: [...args], options: OPTIONS, allowPositionals: true, strict: true },
      usage(),
    );
    const { values: v, positionals } = parsed;
    const [name, ...extra] = positionals;
    if (name === undefined || extra.length > 0) {
      io.stderr.write(usage());
      return 2;
    }
    const params: Record<string, string | number | undefined> = {
      run: v.run,
      policy: v.policy,
      file: v.file,
      kind: v.kind,
      metric: v.metric,
      limit: v.limit,
    };
    for (const p of v.param ?? []) {
      const eq = p.indexOf('=');
      if (eq <= 0) throw new ReplayError('RPL_CONFIG', `--param expects NAME=VALUE, got '${p}'`);
      params[p.slice(0, eq)] = p.slice(eq + 1);
    }
    const config = resolveStoreConfig(
      { store: v.store, clickhouse: v.clickhouse, config: v.config },
      io.env,
      io.cwd,
      (m) => io.stderr.write(`warning: ${m}\n`),
    );
    const store = await openResultStore(config, io, 'query');
    try {
      const res = await store.query(name, params as QueryParams);
      if (res.rows.length === 0 && v.run !== undefined) {
        // Empty for a run id that is not stored: say so instead of printing an empty table.
        const runs = await store.query('runs', { limit: 1_000_000 });
        const known = runs.rows.map((r) => String(r['run_id']));
        if (!known.includes(v.run)) {
          io.stderr.write(`faultreplay query: ${noSuchRun(v.run, known)}\n`);
          return 1;
        }
      }
      if (v.json === true) io.stdout.write(`${JSON.stringify(res.rows, null, 2)}\n`);
      else io.stdout.write(formatQueryTable(res, tableLayoutOf(io, v.wide)));
      return 0;
    } finally {
      await store.close();
    }
  },
};
