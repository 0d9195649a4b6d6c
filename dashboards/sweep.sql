-- sweep: one row per cell of a sweep (parameter values x policy) with its headline figures
-- @param sweep String default ''
-- @param captured UInt8 default 0
-- A cell's parameter values come from run_params (axis order), its figures from the totals
-- row of its run. sweep '' is the most recently stored sweep; captured 1 adds the captured
-- baseline's row (legacy, parameters as captured; is_captured = 1) before the cells. A run
-- stored with no values has one marker row (name ''): it keeps the run in the join (run_params
-- is the only record of which runs a sweep holds) and is left out of its parameters.
SELECT
  sweep_id,
  run_id,
  is_captured,
  params,
  param_names,
  param_values,
  policy,
  fault_p99_us,
  msync_p99_us,
  write_amplification,
  data_pages_written,
  journal_commits,
  timestamp_updates,
  staleness_mean_ms
FROM (
  SELECT
    sweep_id,
    run_id,
    is_captured,
    arraySort(t -> t.1, groupArrayIf((position, name, value), name != '')) AS axes,
    arrayStringConcat(arrayMap(t -> concat(t.2, '=', toString(t.3)), axes), ' ') AS params,
    arrayMap(t -> t.2, axes) AS param_names,
    arrayMap(t -> t.3, axes) AS param_values
  FROM run_params FINAL
  WHERE sweep_id = if(
      {sweep:String} = '',
      (SELECT argMax(sweep_id, stored_at_ms) FROM run_params),
      {sweep:String})
    AND ({captured:UInt8} = 1 OR is_captured = 0)
  GROUP BY sweep_id, run_id, is_captured
) AS p
ALL INNER JOIN (
  SELECT
    run_id,
    policy,
    policy_index,
    fault_p99_us,
    msync_p99_us,
    write_amplification,
    data_pages_written,
    journal_commits,
    timestamp_updates,
    staleness_mean_ms
  FROM policy_results FINAL
  WHERE source = 'sim' AND file = ''
) AS r USING run_id
ORDER BY is_captured DESC, param_values, policy_index, policy
