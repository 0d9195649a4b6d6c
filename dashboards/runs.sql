-- runs: the stored runs, newest first, with whether each one's capture is complete
-- @param limit UInt32 default 100
SELECT
  run_id,
  capture_id,
  profile,
  arrayStringConcat(policy_ids, ',') AS policies,
  events,
  engine_version,
  schema_version,
  created_at_ms,
  -- complete | incomplete | unknown (a run stored before run_inputs existed has no row)
  if(run_completeness = '', 'unknown', run_completeness) AS completeness
FROM (SELECT * FROM runs FINAL) AS r
ANY LEFT JOIN (SELECT run_id, completeness AS run_completeness FROM run_inputs FINAL) AS i USING run_id
ORDER BY created_at_ms DESC, run_id DESC
LIMIT {limit:UInt32}
