-- policy-deltas: every figure of each policy against legacy, as the simulator computed them
-- @param run String required
-- @param policy String default ''
-- @param metric String default ''
SELECT
  policy,
  metric,
  value,
  legacy,
  abs_delta,
  rel_delta
FROM deltas FINAL
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
  AND ({policy:String} = '' OR policy = {policy:String})
  AND ({metric:String} = '' OR metric = {metric:String})
ORDER BY policy_index, policy, metric
