/**
 * Version 3: `policy_notes`, what a figure row cannot say in its Float64 columns (issue 12):
 * the filesystem a file (or, for the totals row, each file of the run) is on, the observed
 * figures the capture cannot show with the reason, and why a policy does not apply (mapsync on
 * a filesystem without DAX). One row per policy_results row that has something to say. A new
 * table, not new columns: ClickHouse 18.16 has no `ADD COLUMN IF NOT EXISTS`, and migrations
 * must be idempotent. Readers join it on (run_id, policy, source, file); `observed.sql` turns an
 * unknown figure into NULL.
 */
import type { Migration } from './migration.js';

export const migration0003: Migration = {
  version: 3,
  name: 'policy_notes: filesystem, unknown observed figures, policies that do not apply',
  statements: [
    `CREATE TABLE IF NOT EXISTS policy_notes (
      run_id String, policy String, policy_index UInt16, source String, file String,
      fs String, unknown_metrics Array(String), unknown_reasons Array(String),
      not_applicable String, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, policy, source, file)`,
  ],
};
