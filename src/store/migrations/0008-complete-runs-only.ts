/**
 * Version 8 (issue 15.6, 15.7): the `<table>_exact` views show only runs that have their `runs`
 * row, and a run's time-went-backwards counts get a table.
 *
 * A store cut off half-way (a ClickHouse outage between the figure INSERTs and the `runs` row)
 * leaves figure rows without their run. The canned queries already skip them; the exact views of
 * version 4 did not, so an ad-hoc `SELECT ... FROM policy_results_exact` counted a run that is
 * not there. They are re-created with `WHERE run_id IN (SELECT run_id FROM runs FINAL)`, still on
 * `FINAL` (18.16 accepts an IN subquery in a view; it qualifies both tables when created).
 * `runs_exact` needs no filter: every row of `runs` is a complete run.
 *
 * `run_time_backwards`: per run, the traced write faults dropped because time went backwards
 * inside them and the msync/fsync calls that exit before they enter (RunResult.timeBackwards).
 * They are counts of the run's input, the same for every policy, so one row per run (zeros
 * included, so a reader can tell "none" from "stored before version 8"). A new table, not columns
 * on `runs`: 18.16 has no `ADD COLUMN IF NOT EXISTS`, and a migration must be idempotent.
 */
import type { Migration } from './migration.js';

/**
 * The figure tables whose exact view must hide a run without its `runs` row. A frozen copy, not
 * RESULT_TABLES: a migration never changes (its checksum is recorded), the write list may.
 */
const PER_RUN_TABLES = [
  'policy_results',
  'latency_histograms',
  'timeline',
  'costs',
  'deltas',
  'policy_notes',
  'run_time_backwards',
] as const;

export const migration0008: Migration = {
  version: 8,
  name: 'exact views show only runs with a runs row; run_time_backwards',
  statements: [
    `CREATE TABLE IF NOT EXISTS run_time_backwards (
      run_id String, dropped_faults UInt64, syscalls_without_duration UInt64, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY run_id`,
    ...PER_RUN_TABLES.flatMap((t) => [
      `DROP TABLE IF EXISTS ${t}_exact`,
      `CREATE VIEW IF NOT EXISTS ${t}_exact AS SELECT * FROM ${t} FINAL
      WHERE run_id IN (SELECT run_id FROM runs FINAL)`,
    ]),
  ],
};
