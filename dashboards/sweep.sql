-- sweep: one row per cell of a sweep (parameter values x policy) with its headline figures
-- @param sweep String default ''
-- @param captured UInt8 default 0
-- A cell's parameter values come from run_params (axis order), its figures from the totals
-- row of its run. sweep '' is the most recently stored sweep; captured 1 adds the captured
-- baseline's row (legacy, parameters as captured; is_captured = 1) before the cells. A run
-- stored with no values has one marker row (name ''): it keeps the run in the join (run_params
-- is the only record of which runs a sweep holds) and is left out of its parameters.
-- A figure the filesystem of a run's files never shows (src/sim/fs blindSpots: XFS journal
-- commits, the CIL push has no tracepoint in the capture set) is NULL, `unknown` says why: the
-- simulator's number there is a model output no capture can check (README, sweeps).
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
  if(has(filesystems, 'xfs'), NULL, journal_commits) AS journal_commits,
  timestamp_updates,
  staleness_mean_ms,
  if(
    has(filesystems, 'xfs'),
    'journal_commits: xfs: XFS pushes its CIL to the log in the background with no tracepoint in the capture set (xfs_log_force shows only forced pushes)',
    ''
  ) AS unknown
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
    staleness_mean_ms,
    splitByChar(',', fs) AS filesystems
  FROM policy_results FINAL
  ANY LEFT JOIN (
    SELECT run_id, policy, fs
    FROM policy_notes FINAL
    WHERE source = 'sim' AND file = ''
  ) AS notes USING (run_id, policy)
  WHERE source = 'sim' AND file = ''
) AS r USING run_id
ORDER BY is_captured DESC, param_values, policy_index, policy
