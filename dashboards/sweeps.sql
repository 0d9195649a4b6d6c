-- sweeps: the stored sweeps, newest first, with their axes and parameter combinations
-- @param limit UInt32 default 100
-- For the web dashboard's sweep picker; a sweep's cells are `sweep`. The axes are the names in
-- position order (the captured baseline may lack one, a cell never does; a baseline with none
-- stores only a marker row, name '', which is no axis); combinations counts the cells' runs,
-- not the baseline.
SELECT
  sweep_id,
  arrayMap(t -> t.2, arraySort(t -> t.1, groupUniqArrayIf((position, name), name != ''))) AS param_names,
  toUInt32(uniqExactIf(run_id, is_captured = 0)) AS combinations,
  max(stored_at_ms) AS stored_at_ms
FROM run_params FINAL
GROUP BY sweep_id
ORDER BY stored_at_ms DESC, sweep_id
LIMIT {limit:UInt32}
