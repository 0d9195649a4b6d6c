// The versioned schema on chdb: what migrations create (snapshot), re-running is a no-op, and the
// same snapshot is required of the server in test/integration/store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isReplayError } from '../../../src/errors.js';
import {
  RESULT_TABLES,
  STORE_SCHEMA_VERSION,
  createResultStore,
} from '../../../src/store/index.js';
import { rowsFor } from '../../../src/store/rows.js';
import type { ResultStore } from '../../../src/store/index.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import type { Migration } from '../../../src/store/migrations/index.js';
import { syntheticRun } from '../../../src/store/synthetic-run.js';
import { tempChdbStore } from './helpers.js';

describe('a fresh store', () => {
  // chdb allows one open store per process: this block closes its own before the next opens.
  let store: ResultStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await tempChdbStore());
  });
  afterAll(async () => cleanup());

  test('opening a fresh store applies every migration, and migrating again applies none', async () => {
    // Versions only increase (another branch may hold a number): the newest is the schema's.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(STORE_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
    expect(await store.migrate()).toEqual({ applied: [], current: STORE_SCHEMA_VERSION });
  });

  test('the resulting tables (snapshot)', async () => {
    const schema = await store.schema();
    expect(schema.version).toBe(STORE_SCHEMA_VERSION);
    const tables = schema.tables.map((t) => t.name);
    expect(tables.filter((n) => !n.endsWith('_exact'))).toEqual([
      'costs',
      'deltas',
      'latency_histograms',
      'legacy_deltas',
      'policy_notes',
      'policy_results',
      'run_inputs',
      'run_params',
      'run_skipped',
      'run_time_backwards',
      'runs',
      'schema_migrations',
      'timeline',
    ]);
    // Every result table has its exact view, with the table's columns (version 4).
    expect(tables.filter((n) => n.endsWith('_exact'))).toEqual(
      [...RESULT_TABLES].sort().map((t) => `${t}_exact`),
    );
    // Every table but the views is deduplicated by ReplacingMergeTree on the row identity.
    for (const t of schema.tables) {
      if (t.name === 'legacy_deltas' || t.name.endsWith('_exact')) {
        expect(t.engine).toBe('View');
      } else {
        expect(t.engine).toBe('ReplacingMergeTree');
      }
      if (t.name.endsWith('_exact')) {
        const base = schema.tables.find((x) => `${x.name}_exact` === t.name)!;
        expect(t.columns).toEqual(base.columns);
      }
    }
    expect(schema).toMatchSnapshot();
  });

  test('every row the writer builds has exactly the columns of its table, in order', async () => {
    // chdb would fill a missing JSON field with 0 without a word: compare with the real schema.
    const schema = await store.schema();
    const run = syntheticRun({ files: 2, seconds: 2 });
    for (const table of RESULT_TABLES) {
      const columns = schema.tables.find((t) => t.name === table)!.columns.map((c) => c.name);
      for (const row of rowsFor(table, run, 1)) {
        expect({ table, keys: [...Object.keys(row), 'stored_at_ms'] }).toEqual({
          table,
          keys: columns,
        });
      }
    }
  });
});

describe('upgrades', () => {
  test('a store made at version 1 is upgraded to the current schema and keeps its runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fr-mig-'));
    const path = join(dir, 'store');
    const run = syntheticRun({ runId: 'run-v1', files: 2, seconds: 3, seed: 8 });
    try {
      const v1 = await createResultStore(
        { kind: 'chdb', path, database: 'faultreplay' },
        { migrations: MIGRATIONS.slice(0, 1) },
      );
      const s1 = await v1.schema();
      expect(s1.version).toBe(1);
      expect(s1.tables.map((t) => t.name)).not.toContain('legacy_deltas');
      await v1.storeRun(run);
      await v1.close();

      const current = await createResultStore({ kind: 'chdb', path, database: 'faultreplay' });
      try {
        const s2 = await current.schema();
        expect(s2.version).toBe(STORE_SCHEMA_VERSION);
        expect(s2.tables.map((t) => t.name)).toContain('legacy_deltas');
        // A run stored before run_inputs (version 6) has no completeness: unknown.
        const runs = await current.query('runs');
        expect(runs.rows.map((r) => [r['run_id'], r['completeness']])).toEqual([
          ['run-v1', 'unknown'],
        ]);
        // The view added by version 2 sees the run stored under version 1.
        const view = await current.query('legacy-deltas', { run: 'run-v1', policy: 'deferred' });
        const wf = view.rows.find((r) => r['metric'] === 'write_faults');
        expect(wf?.['value']).toBe(run.policies['deferred']!.writeFaults);
        expect(wf?.['legacy']).toBe(run.policies['legacy']!.writeFaults);
      } finally {
        await current.close();
      }

      // A migration whose definition changed after it was applied is refused, not re-run.
      const drifted: Migration[] = [
        { ...MIGRATIONS[0]!, statements: [...MIGRATIONS[0]!.statements, 'SELECT 1'] },
      ];
      const err = await createResultStore(
        { kind: 'chdb', path, database: 'faultreplay' },
        { migrations: drifted },
      ).then(
        (s) => s.close().then(() => undefined),
        (e: unknown) => e,
      );
      expect(isReplayError(err) && err.message).toMatch(
        /schema migration 1 \(initial result tables\) was applied with a different definition/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
