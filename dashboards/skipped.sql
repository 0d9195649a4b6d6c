-- skipped: what a run left out of its replay or could not see, one row per counter (zeros included)
-- damaged_records: event-log records lost to damage (replaced by `faultreplay log repair`);
-- page_index_beyond_files: events naming a page index no file can have (>= 2^53);
-- tracer_lost_events: events the tracer lost ([LOST N EVENTS]), so counts may be low;
-- unattributed_faults: write faults in shared file mappings not bound to a file;
-- bad_lines: input lines ingest skipped as unreadable (from the capture's end record);
-- payload_mismatch_lines: modelled events ingest kept as generic (payload unreadable or out of
-- range), which the replay does not model. Neither row when the run does not know them (its
-- capture has no end record, or an older ingest wrote it): unknown, never a made-up 0.
-- A run stored before schema version 9 has no rows.
-- @param run String required
SELECT
  what,
  count
FROM run_skipped FINAL
WHERE run_id = {run:String}
  AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
ORDER BY what
