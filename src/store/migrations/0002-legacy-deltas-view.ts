/**
 * Version 2: `legacy_deltas`, a view recomputing each policy's headline figures against the
 * `legacy` row of the same run from `policy_results` alone. The `deltas` table holds what the
 * simulator computed; the view lets Grafana users compare runs stored by older engines that
 * wrote no deltas, and lets tests cross-check the two. 18.16 has no window functions or CTEs,
 * so it pairs parallel arrays with ARRAY JOIN after an ANY LEFT JOIN on run_id.
 */
import type { Migration } from './migration.js';

/** Metrics the view compares (column names of policy_results). */
export const VIEW_METRICS = [
  'write_faults',
  'page_mkwrite_calls',
  'timestamp_updates',
  'journal_handles',
  'journal_commits',
  'data_pages_written',
  'bytes_written',
  'write_amplification',
  'fault_mean_us',
  'fault_p99_us',
  'msync_mean_us',
  'sus_violations',
] as const;

const names = `[${VIEW_METRICS.map((m) => `'${m}'`).join(', ')}]`;
const values = `[${VIEW_METRICS.join(', ')}]`;

export const migration0002: Migration = {
  version: 2,
  name: 'legacy_deltas view',
  statements: [
    `CREATE VIEW IF NOT EXISTS legacy_deltas AS
    SELECT run_id, policy, policy_index, metric, value, legacy,
      value - legacy AS abs_delta, if(legacy = 0, 0, (value - legacy) / legacy) AS rel_delta
    FROM (
      SELECT run_id, policy, policy_index, metric_names, metric_values, legacy_values
      FROM (
        SELECT run_id, policy, policy_index, ${names} AS metric_names, ${values} AS metric_values
        FROM policy_results FINAL
        WHERE source = 'sim' AND file = '' AND policy != 'legacy'
      ) AS p
      ANY LEFT JOIN (
        SELECT run_id, ${values} AS legacy_values
        FROM policy_results FINAL
        WHERE source = 'sim' AND file = '' AND policy = 'legacy'
      ) AS l USING run_id
    )
    ARRAY JOIN metric_names AS metric, metric_values AS value, legacy_values AS legacy`,
  ],
};
