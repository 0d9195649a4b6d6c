-- observed: legacy as replayed ('sim') next to the same counters read from the trace ('observed').
-- A figure the capture cannot show on the file's filesystem is NULL, never 0; `unknown` says why
-- (policy_notes, from the filesystem models), `fs` names the filesystems of the run's files.
-- @param run String required
SELECT
  source,
  fs,
  write_faults,
  page_mkwrite_calls,
  if(has(unknown_metrics, 'timestamp_updates'), NULL, timestamp_updates) AS timestamp_updates,
  if(has(unknown_metrics, 'journal_handles'), NULL, journal_handles) AS journal_handles,
  if(has(unknown_metrics, 'journal_commits'), NULL, journal_commits) AS journal_commits,
  if(has(unknown_metrics, 'data_pages_written'), NULL, data_pages_written) AS data_pages_written,
  if(has(unknown_metrics, 'bytes_written'), NULL, bytes_written) AS bytes_written,
  fault_mean_us,
  fault_p50_us,
  msync_mean_us,
  sus_violations,
  arrayStringConcat(
    arrayMap((m, r) -> concat(m, ': ', r), unknown_metrics, unknown_reasons),
    '; '
  ) AS unknown
FROM policy_results FINAL
ANY LEFT JOIN (
  SELECT run_id, policy, source, file, fs, unknown_metrics, unknown_reasons
  FROM policy_notes FINAL
  WHERE run_id = {run:String}
) AS notes USING (run_id, policy, source, file)
WHERE run_id = {run:String} AND policy = 'legacy' AND file = ''
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
ORDER BY source DESC
