// The `<table>_exact` views (migrations 4 and 8) show only runs that have their `runs` row: a
// store cut off before that row (a ClickHouse outage mid-store, issue #15.6) leaves figure rows
// that no exact view shows, and the retry that writes the runs row makes them all appear. Run on
// chdb by exact-views.test.ts and on the server by test/integration/store/clickhouse-store.test.ts.
//
// The views are read through the store's own canned-query mechanism (a query folder made here,
// one count per view), so the same test runs on both engines without a second connection.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ReplayError } from '../../../src/errors.js';
import type { RunResult } from '../../../src/sim/results.js';
import { RESULT_TABLES } from '../../../src/store/index.js';
import type { ResultStore } from '../../../src/store/index.js';
import { syntheticRun } from '../../../src/store/synthetic-run.js';
import type { OpenEmptyStore } from './result-store.contract.js';

/** One row per result table: the run's rows in its exact view and in the table itself. */
function countsQuery(): string {
  const parts = RESULT_TABLES.map(
    (t) =>
      `SELECT '${t}' AS t, (SELECT count() FROM ${t}_exact WHERE run_id = {run:String}) AS exact,` +
      ` (SELECT count() FROM ${t} FINAL WHERE run_id = {run:String}) AS stored`,
  );
  return `-- exact-counts: a run's rows per exact view\n-- @param run String required\n${parts.join('\nUNION ALL\n')}\n`;
}

export function runExactViewsCheck(open: OpenEmptyStore): void {
  const queries = mkdtempSync(join(tmpdir(), 'fr-exact-q-'));
  writeFileSync(join(queries, 'exact-counts.sql'), countsQuery());
  let store: ResultStore;
  let cleanup: () => Promise<void>;
  let failRunsRow = true;
  const run: RunResult = {
    ...syntheticRun({ runId: 'run-cut', files: 3, seconds: 4, seed: 11 }),
    timeBackwards: { droppedFaults: 1, syscallsWithoutDuration: 0 },
  };
  const counts = async (): Promise<Record<string, { exact: number; stored: number }>> => {
    const res = await store.query('exact-counts', { run: run.runId });
    return Object.fromEntries(
      res.rows.map((r) => [
        String(r['t']),
        { exact: Number(r['exact']), stored: Number(r['stored']) },
      ]),
    );
  };

  beforeAll(async () => {
    ({ store, cleanup } = await open({
      dashboardsDir: queries,
      beforeInsert: (table) => {
        if (table === 'runs' && failRunsRow) {
          throw new ReplayError('RPL_SINK', 'injected: server gone before the runs row');
        }
      },
    }));
  });
  afterAll(async () => {
    await cleanup();
    rmSync(queries, { recursive: true, force: true });
  });

  test('a run cut off before its runs row is in no exact view; its retry is in all of them', async () => {
    await expect(store.storeRun(run)).rejects.toThrow(/injected: server gone/);
    const half = await counts();
    expect(Object.keys(half).sort()).toEqual([...RESULT_TABLES].sort());
    for (const t of RESULT_TABLES) {
      // The figures did land (so the view, not an empty table, hides them)...
      if (t !== 'runs') expect(half[t]!.stored, t).toBeGreaterThan(0);
      // ...and no exact view shows them.
      expect({ t, exact: half[t]!.exact }).toEqual({ t, exact: 0 });
    }

    failRunsRow = false;
    const report = await store.storeRun(run);
    const whole = await counts();
    for (const t of RESULT_TABLES) {
      expect({ t, ...whole[t] }).toEqual({ t, exact: report.rows[t], stored: report.rows[t] });
      expect(report.rows[t], t).toBeGreaterThan(0);
    }
  });
}
