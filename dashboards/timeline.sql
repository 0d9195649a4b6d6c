-- timeline: per-second activity of each policy since the first event of the capture
-- @param run String required
-- @param policy String default ''
SELECT
  policy,
  second,
  write_faults,
  timestamp_updates,
  journal_commits,
  bytes_written,
  fault_latency_mean_us
FROM timeline FINAL
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
  AND ({policy:String} = '' OR policy = {policy:String})
ORDER BY policy_index, policy, second
