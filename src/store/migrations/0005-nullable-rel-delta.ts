/**
 * Version 5: `rel_delta` is NULL when the legacy value is 0. There is no ratio to a zero base,
 * and the 0 that versions 1 and 2 stored read as "unchanged" even when `abs_delta` said
 * otherwise. The column becomes Nullable(Float64); the `legacy_deltas` view and the
 * `deltas_exact` view (whose column types are fixed when created) are recreated to match.
 */
import type { Migration } from './migration.js';
import { VIEW_METRICS } from './0002-legacy-deltas-view.js';

const names = `[${VIEW_METRICS.map((m) => `'${m}'`).join(', ')}]`;
const values = `[${VIEW_METRICS.join(', ')}]`;

export const migration0005: Migration = {
  version: 5,
  name: 'rel_delta NULL when legacy is 0',
  statements: [
    `ALTER TABLE deltas MODIFY COLUMN rel_delta Nullable(Float64)`,
    `DROP TABLE IF EXISTS deltas_exact`,
    `CREATE VIEW IF NOT EXISTS deltas_exact AS SELECT * FROM deltas FINAL`,
    `DROP TABLE IF EXISTS legacy_deltas`,
    `CREATE VIEW IF NOT EXISTS legacy_deltas AS
    SELECT run_id, policy, policy_index, metric, value, legacy,
      value - legacy AS abs_delta,
      if(legacy = 0, CAST(NULL AS Nullable(Float64)), (value - legacy) / legacy) AS rel_delta
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
