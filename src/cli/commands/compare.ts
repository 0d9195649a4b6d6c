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

Options:
  --store DIR        embedded result store directory (default: ./.faultreplay/store)
  --clickhouse URL   a ClickHouse server instead
  --config FILE      JSON configuration (its store section)
  --json             one JSON object: a, b, and per figure {a, b, abs, rel}
  -h, --help         show this help

Exit status: 0 on success, 1 when a run or policy is not in the store, 2 on a usage error.
`;

const OPTIONS = {
  store: { type: 'string' },
  clickhouse: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

interface Side {
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
  readonly a: number;
  readonly b: number;
  readonly abs: number;
  /** (b - a) / a; null when a is 0 (no ratio exists; abs still says what changed). */
  readonly rel: number | null;
}

/** Every numeric column of the two summary rows, in the query's column order. */
export function compareRows(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, FigureDelta> {
  const out: Record<string, FigureDelta> = {};
  for (const [k, va] of Object.entries(a)) {
    const vb = b[k];
    if (typeof va !== 'number' || typeof vb !== 'number') continue;
    const abs = Math.round((vb - va) * 1000) / 1000;
    out[k] = { a: va, b: vb, abs, rel: va === 0 ? null : Math.round((abs / va) * 1000) / 1000 };
  }
  return out;
}

function formatComparison(a: Side, b: Side, f: Record<string, FigureDelta>): string {
  const names = Object.keys(f);
  const head = ['figure', `A ${a.run}:${a.policy}`, `B ${b.run}:${b.policy}`, 'B - A', 'B vs A'];
  const rows = names.map((n) => {
    const d = f[n]!;
    const rel = d.rel === null ? 'n/a' : `${d.rel > 0 ? '+' : ''}${(d.rel * 100).toFixed(1)}%`;
    return [n, String(d.a), String(d.b), String(d.abs), rel];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}
