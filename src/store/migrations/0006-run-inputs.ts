/**
 * Version 6: `run_inputs`, what each run's input capture was (#15.5): one row per run with its
 * completeness (`complete`, `incomplete` or `unknown`, RunResult.completeness) and, for an
 * incomplete one, why. Written with the figures, before the `runs` row makes the run visible. A
 * new table, not columns on `runs`: 18.16 has no `ADD COLUMN IF NOT EXISTS` and migrations are
 * idempotent. A run stored before this version has no row: readers show it as `unknown`.
 */
import type { Migration } from './migration.js';

export const migration0006: Migration = {
  version: 6,
  name: 'run_inputs: the completeness of each run capture',
  statements: [
    `CREATE TABLE IF NOT EXISTS run_inputs (
      run_id String, capture_id String, completeness String, incomplete_reason String,
      stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY run_id`,
    // Only runs with their `runs` row, as version 8 makes every per-run exact view.
    `CREATE VIEW IF NOT EXISTS run_inputs_exact AS SELECT * FROM run_inputs FINAL
      WHERE run_id IN (SELECT run_id FROM runs FINAL)`,
  ],
};
