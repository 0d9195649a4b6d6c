/**
 * Version 9 (issue 15.7): `run_skipped`, what each run left out of its replay and why, so a
 * stored run is no cleaner than the replay was. One row per counter and run, zeros included (a
 * reader can tell "none" from "stored before version 9", which has no rows):
 *
 * - `damaged_records`: records of the event log lost to damage (`lost` events of kind
 *   log_damage written by `faultreplay log repair`);
 * - `page_index_beyond_files`: events naming a page index no file can have (>= 2^53);
 * - `tracer_lost_events`: events the tracer lost (`[LOST N EVENTS]`): counts may be low;
 * - `unattributed_faults`: write faults in shared writable file mappings that could not be
 *   bound to a file.
 *
 * Rows, not columns: a counter added later is a new row, not a schema change (18.16 has no
 * `ADD COLUMN IF NOT EXISTS`, and a migration must be idempotent).
 */
import type { Migration } from './migration.js';

export const migration0009: Migration = {
  version: 9,
  name: 'run_skipped: what each run left out of its replay',
  statements: [
    `CREATE TABLE IF NOT EXISTS run_skipped (
      run_id String, what String, count UInt64, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, what)`,
    // Only runs with their `runs` row, as version 8 makes every per-run exact view.
    `CREATE VIEW IF NOT EXISTS run_skipped_exact AS SELECT * FROM run_skipped FINAL
      WHERE run_id IN (SELECT run_id FROM runs FINAL)`,
  ],
};
