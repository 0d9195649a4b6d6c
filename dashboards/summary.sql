-- summary: one row per policy with the headline figures of a run, legacy first, and whether its capture is complete
-- time_backwards_*: the run's input counts (the same on every row): traced write faults dropped
-- because time went backwards inside them, msync/fsync calls that exit before they enter
-- @param run String required
-- @param policy String default ''
SELECT
  policy,
  label,
  write_faults,
  page_mkwrite_calls,
  timestamp_updates,
  journal_handles,
  journal_commits,
  data_pages_written,
  bytes_dirtied,
  bytes_written,
  write_amplification,
  fault_count,
  fault_mean_us,
  fault_p50_us,
  fault_p90_us,
  fault_p99_us,
  fault_max_us,
  msync_count,
  msync_mean_us,
  msync_p50_us,
  msync_p99_us,
  sus_violations,
  staleness_max_ms,
  staleness_mean_ms,
  stale_time_ms,
  durability_lag_mean_ms,
  dropped_faults AS time_backwards_faults,
  syscalls_without_duration AS time_backwards_syscalls,
  -- complete | incomplete | unknown (a run stored before run_inputs existed has no row)
  if(run_completeness = '', 'unknown', run_completeness) AS completeness
FROM (
  SELECT *
  FROM policy_results FINAL
  ANY LEFT JOIN (
    SELECT run_id, dropped_faults, syscalls_without_duration
    FROM run_time_backwards FINAL
    WHERE run_id = {run:String}
  ) AS tb USING run_id
  WHERE run_id = {run:String}
    AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
    AND source = 'sim'
    AND file = ''
    AND ({policy:String} = '' OR policy = {policy:String})
) AS p
ANY LEFT JOIN (
  SELECT run_id, completeness AS run_completeness FROM run_inputs FINAL WHERE run_id = {run:String}
) AS i USING run_id
ORDER BY policy_index, policy
