/**
 * Version 7: `run_params`, the tunable values of each run a sweep stored (issue 16): one row
 * per (sweep, run, parameter), with the parameter's position on the sweep's axes so readers can
 * print a cell's values in the order they were given. `is_captured` is 1 for the captured
 * baseline (legacy, parameters as captured), 0 for a cell. Keyed by the sweep too: the same
 * cell (same log, same config, hence the same run id) can belong to several sweeps, and by
 * `is_captured`: a legacy-only cell with the captured values is the baseline's run itself. A new table,
 * not columns on `runs`: 18.16 has no `ADD COLUMN IF NOT EXISTS` and migrations are idempotent.
 */
import type { Migration } from './migration.js';

export const migration0007: Migration = {
  version: 7,
  name: 'run_params: the parameter values of each sweep cell and of its captured baseline',
  statements: [
    `CREATE TABLE IF NOT EXISTS run_params (
      sweep_id String, run_id String, position UInt16, name String, value Float64,
      is_captured UInt8, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (sweep_id, run_id, is_captured, name)`,
  ],
};
