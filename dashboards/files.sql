-- files: the files a run followed, per policy, with their device and exact inode number
-- @param run String required
-- @param policy String default ''
SELECT
  policy,
  file,
  dev,
  ino,
  write_faults
FROM policy_results FINAL
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
  AND source = 'sim'
  AND file != ''
  AND ({policy:String} = '' OR policy = {policy:String})
ORDER BY policy_index, policy, file
