/**
 * Benchmark: storing results, rows/s, on the embedded chdb store and (when CLICKHOUSE_URL is
 * set) on a ClickHouse server.
 *
 * Cost model. One replay of a large capture yields a few thousand to a few hundred thousand rows
 * (policies × files × (1 + histogram buckets) + per-second timeline); the write includes the
 * read-back count that proves the rows landed, so the figure is "rows stored and verified per
 * second". The baseline, measured in the same run, is building the same rows in JavaScript and
 * serialising them to JSON: the floor any store pays before the engine sees a byte.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RESULT_TABLES, createResultStore } from '../../src/store/index.js';
import type { ResultStore } from '../../src/store/index.js';
import { rowsFor } from '../../src/store/rows.js';
import { syntheticRun } from '../../src/store/synthetic-run.js';
import type { RunResult } from '../../src/sim/results.js';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';

function runs(scale: number): RunResult[] {
  const n = 3;
  const files = Math.max(10, Math.round(400 * scale));
  const seconds = Math.max(30, Math.round(1800 * scale));
  return Array.from({ length: n }, (_, i) =>
    syntheticRun({ runId: `bench-${i}`, seed: 100 + i, files, seconds }),
  );
}

function buildRate(rs: readonly RunResult[]): { rows: number; bytes: number; perSecond: number } {
  const t0 = performance.now();
  let rows = 0;
  let bytes = 0;
  for (const r of rs) {
    for (const t of RESULT_TABLES) {
      for (const row of rowsFor(t, r, 0)) {
        bytes += JSON.stringify(row).length;
        rows++;
      }
    }
  }
  const s = (performance.now() - t0) / 1000;
  return { rows, bytes, perSecond: rows / s };
}

async function storeRate(store: ResultStore, rs: readonly RunResult[]): Promise<number> {
  let rows = 0;
  const t0 = performance.now();
  for (const r of rs) rows += (await store.storeRun(r)).totalRows;
  return rows / ((performance.now() - t0) / 1000);
}

export const section: BenchSection = {
  name: 'store',
  async run(ctx: BenchContext): Promise<readonly BenchFigure[]> {
    const rs = runs(ctx.scale);
    const base = buildRate(rs);
    ctx.log(
      `store: ${rs.length} runs, ${base.rows} rows (${Math.round(base.bytes / 1048576)} MiB as JSON); building rows: ${Math.round(base.perSecond)} rows/s`,
    );
    const baseline = { name: 'build + JSON-serialise rows', value: Math.round(base.perSecond) };
    const figures: BenchFigure[] = [];

    const chdb = await createResultStore({
      kind: 'chdb',
      path: join(ctx.workDir, 'store-bench'),
      database: 'faultreplay',
    });
    try {
      const v = await storeRate(chdb, rs);
      ctx.log(`store: chdb ${Math.round(v)} rows/s`);
      figures.push({
        name: 'store: chdb (batched insert + FINAL read-back)',
        value: Math.round(v),
        unit: 'rows/s',
        baseline: { ...baseline, ratio: v / base.perSecond },
        note: `${base.rows} rows in ${rs.length} runs, 5000 rows per INSERT`,
      });
    } finally {
      await chdb.close();
    }

    const url = process.env['CLICKHOUSE_URL'];
    if (url === undefined || url === '') {
      ctx.log('store: CLICKHOUSE_URL not set, server figure skipped');
      return figures;
    }
    const database = `fr_bench_${randomBytes(4).toString('hex')}`;
    const server = await createResultStore({
      kind: 'clickhouse',
      url,
      user: undefined,
      password: undefined,
      database,
    });
    try {
      const v = await storeRate(server, rs);
      ctx.log(`store: server ${Math.round(v)} rows/s`);
      figures.push({
        name: 'store: ClickHouse server (RowBinary insert + FINAL read-back)',
        value: Math.round(v),
        unit: 'rows/s',
        baseline: { ...baseline, ratio: v / base.perSecond },
        note: `${url.replace(/\/\/[^@/]*@/, '//')}, ${base.rows} rows in ${rs.length} runs`,
      });
    } finally {
      await server.close();
      await fetch(url, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` }).catch(
        () => undefined,
      );
    }
    return figures;
  },
};
