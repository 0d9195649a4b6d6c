-- runs: the stored runs, newest first
-- @param limit UInt32 default 100
SELECT
  run_id,
  capture_id,
  profile,
  arrayStringConcat(policy_ids, ',') AS policies,
  events,
  engine_version,
  schema_version,
  created_at_ms
FROM runs FINAL
ORDER BY created_at_ms DESC, run_id DESC
LIMIT {limit:UInt32}
