/**
 * `faultreplay compare RUN_A RUN_B`: two stored runs, or cells (`RUN:POLICY`), side by side with
 * the change from A to B, as a table or `--json`. The figures come from the `summary` canned
 * query (the only SQL the CLI runs); a run without `:POLICY` means its legacy row.
 */
import { ReplayError } from '../../errors.js';
import { resolveStoreConfig } from '../../store/index.js';
import { openResultStore } from '../store-runs.js';
import { parseCommandLine, type CliIo, type Command } from '../command.js';

const USAGE = `Usage: faultreplay compare [options] RUN_A[:POLICY] RUN_B[:POLICY]

Print two stored runs (or sweep cells: a run id and a policy) side by side, with the change from
A to B of every headline figure. Without :POLICY a run's legacy row is compared.
A figure unknown on one side (NULL in the store) prints "unknown", as do its deltas.

Options:
  --store DIR        embedded result store directory (default: ./.faultreplay/store)
  --clickhouse URL   a ClickHouse server instead
  --config FILE      JSON configuration (its store section)
  --json             one JSON object: a, b, and per figure {a, b, abs, rel} (null: unknown)
  -h, --help         show this help

Exit status: 0 on success, 1 when a run or policy is not in the store, 2 on a usage error.
`;

const OPTIONS = {
  store: { type: 'string' },
  clickhouse: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

export interface Side {
  readonly run: string;
  readonly policy: string;
}

function sideOf(text: string): Side {
  const colon = text.lastIndexOf(':');
  return colon < 0
    ? { run: text, policy: 'legacy' }
    : { run: text.slice(0, colon), policy: text.slice(colon + 1) };
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'print two stored runs or sweep cells side by side with deltas',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values: v, positionals } = parseCommandLine(
      { args: [...args], options: OPTIONS, allowPositionals: true, strict: true },
      USAGE,
    );
    if (positionals.length !== 2)
      throw new ReplayError('RPL_CONFIG', `compare takes two runs\n\n${USAGE}`);
    const [a, b] = positionals.map(sideOf) as [Side, Side];
    const config = resolveStoreConfig(
      { store: v.store, clickhouse: v.clickhouse, config: v.config },
      io.env,
      io.cwd,
    );
    const store = await openResultStore(config, io, 'compare');
    const rows: Record<string, unknown>[] = [];
    try {
      for (const s of [a, b]) {
        const res = await store.query('summary', { run: s.run, policy: s.policy });
        const row = res.rows[0];
        if (row === undefined) {
          io.stderr.write(`faultreplay compare: no policy '${s.policy}' in run '${s.run}'\n`);
          return 1;
        }
        rows.push(row);
      }
    } finally {
      await store.close();
    }
    const figures = compareRows(rows[0]!, rows[1]!);
    if (v.json) io.stdout.write(`${JSON.stringify({ a, b, figures })}\n`);
    else io.stdout.write(formatComparison(a, b, figures));
    return 0;
  },
};

export interface FigureDelta {
  /** null: the figure is unknown on that side (a NULL column), never read as 0. */
  readonly a: number | null;
  readonly b: number | null;
  /** b - a; null when either side is unknown. */
  readonly abs: number | null;
  /** (b - a) / a; null when a is 0 (no ratio exists; abs still says what changed) or unknown. */
  readonly rel: number | null;
}

/** Every numeric (or NULL) column of the two summary rows, in the query's column order. */
export function compareRows(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, FigureDelta> {
  const out: Record<string, FigureDelta> = {};
  const figure = (v: unknown): number | null | undefined =>
    typeof v === 'number' || v === null ? v : undefined;
  for (const [k, raw] of Object.entries(a)) {
    const va = figure(raw);
    const vb = figure(b[k]);
    if (va === undefined || vb === undefined) continue;
    if (va === null || vb === null) {
      out[k] = { a: va, b: vb, abs: null, rel: null };
      continue;
    }
    const abs = Math.round((vb - va) * 1000) / 1000;
    out[k] = { a: va, b: vb, abs, rel: va === 0 ? null : Math.round((abs / va) * 1000) / 1000 };
  }
  return out;
}

const UNKNOWN = 'unknown';

/** The side-by-side table; an unknown figure prints `unknown`, and so do its deltas. */
export function formatComparison(a: Side, b: Side, f: Record<string, FigureDelta>): string {
  const names = Object.keys(f);
  const head = ['figure', `A ${a.run}:${a.policy}`, `B ${b.run}:${b.policy}`, 'B - A', 'B vs A'];
  const text = (v: number | null): string => (v === null ? UNKNOWN : String(v));
  const rows = names.map((n) => {
    const d = f[n]!;
    const rel =
      d.abs === null
        ? UNKNOWN
        : d.rel === null
          ? 'n/a'
          : `${d.rel > 0 ? '+' : ''}${(d.rel * 100).toFixed(1)}%`;
    return [n, text(d.a), text(d.b), text(d.abs), rel];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}
