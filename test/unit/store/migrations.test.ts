// The versioned schema on chdb: what migrations create (snapshot), re-running is a no-op, and the
// same snapshot is required of the server in test/integration/store.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { STORE_SCHEMA_VERSION } from '../../../src/store/index.js';
import type { ResultStore } from '../../../src/store/index.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { tempChdbStore } from './helpers.js';

let store: ResultStore;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ store, cleanup } = await tempChdbStore());
});
afterAll(async () => cleanup());

test('opening a fresh store applies every migration, and migrating again applies none', async () => {
  expect(STORE_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  expect(await store.migrate()).toEqual({ applied: [], current: STORE_SCHEMA_VERSION });
});

test('the resulting tables (snapshot)', async () => {
  const schema = await store.schema();
  expect(schema.version).toBe(STORE_SCHEMA_VERSION);
  expect(schema.tables.map((t) => t.name)).toEqual([
    'costs',
    'deltas',
    'latency_histograms',
    'legacy_deltas',
    'policy_results',
    'runs',
    'schema_migrations',
    'timeline',
  ]);
  // Every table but the view is deduplicated by ReplacingMergeTree on the row identity.
  for (const t of schema.tables) {
    if (t.name === 'legacy_deltas') expect(t.engine).toBe('View');
    else expect(t.engine).toBe('ReplacingMergeTree');
  }
  expect(schema).toMatchSnapshot();
});
