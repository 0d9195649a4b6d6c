-- legacy-deltas: headline figures against legacy recomputed from the stored totals (view)
-- @param run String required
-- @param policy String default ''
SELECT
  policy,
  metric,
  value,
  legacy,
  abs_delta,
  rel_delta
FROM legacy_deltas
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
  AND ({policy:String} = '' OR policy = {policy:String})
ORDER BY policy_index, policy, metric
