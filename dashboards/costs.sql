-- costs: the cost parameters a run used, with where each value came from
-- @param run String required
SELECT
  name,
  value_us,
  source,
  note
FROM costs FINAL
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
ORDER BY position, name
