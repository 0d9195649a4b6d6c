-- top-files: the files of a run ranked by write faults, per policy
-- @param run String required
-- @param policy String default ''
-- @param limit UInt32 default 20
SELECT
  policy,
  file,
  write_faults,
  timestamp_updates,
  journal_commits,
  data_pages_written,
  bytes_written,
  write_amplification,
  fault_mean_us,
  fault_p99_us,
  msync_mean_us,
  sus_violations,
  staleness_max_ms
FROM policy_results FINAL
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
  AND source = 'sim'
  AND file != ''
  AND ({policy:String} = '' OR policy = {policy:String})
ORDER BY policy_index, policy, write_faults DESC, file
LIMIT {limit:UInt32} BY policy
