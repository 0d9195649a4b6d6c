-- observed: legacy as replayed ('sim') next to the same counters read from the trace ('observed')
-- @param run String required
SELECT
  source,
  write_faults,
  page_mkwrite_calls,
  timestamp_updates,
  journal_handles,
  journal_commits,
  data_pages_written,
  bytes_written,
  fault_mean_us,
  fault_p50_us,
  msync_mean_us,
  sus_violations
FROM policy_results FINAL
WHERE run_id = {run:String} AND policy = 'legacy' AND file = ''
ORDER BY source DESC
