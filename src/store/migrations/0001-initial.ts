/**
 * Version 1: the result tables. Written for the dialect both engines accept: ClickHouse 18.16
 * (Debian's server) and chDB 26.x. Hence ReplacingMergeTree(version) with ORDER BY (readers use
 * FINAL), plain String instead of LowCardinality (experimental in 18.x), no JSON/Map types, and
 * millisecond UInt64 times instead of DateTime64 (20.1+) or time-zone-dependent DateTime.
 * Figures are Float64 (counters stay exact below 2^53 and print as JSON numbers on both engines).
 * Each table's ORDER BY is the identity of a row: a rewrite of the same run replaces, never adds.
 */
import type { Migration } from './migration.js';

const FIGURES = `
  write_faults Float64, page_mkwrite_calls Float64, timestamp_updates Float64,
  inode_dirty_sync_events Float64, journal_handles Float64, journal_commits Float64,
  journal_blocks_logged Float64, checkpoint_metadata_blocks Float64, data_pages_written Float64,
  cache_flushes Float64, fdatasyncs_from_faults Float64, stable_page_waits Float64,
  stable_wait_us_total Float64, page_copies Float64, extra_memory_peak_bytes Float64,
  pages_dirtied_without_reservation Float64, lazytime_flushes Float64, msync_calls Float64,
  bytes_dirtied Float64, data_bytes_written Float64, metadata_bytes_written Float64,
  journal_bytes_written Float64, bytes_written Float64, write_amplification Float64,
  fault_count Float64, fault_mean_us Float64, fault_p50_us Float64, fault_p90_us Float64,
  fault_p99_us Float64, fault_max_us Float64,
  msync_count Float64, msync_mean_us Float64, msync_p50_us Float64, msync_p90_us Float64,
  msync_p99_us Float64, msync_max_us Float64,
  sus_violations Float64, staleness_max_ms Float64, staleness_mean_ms Float64,
  staleness_samples Float64, stale_time_ms Float64, durability_lag_mean_ms Float64`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial result tables',
  statements: [
    `CREATE TABLE IF NOT EXISTS runs (
      run_id String, capture_id String, profile String, policy_ids Array(String),
      events UInt64, from_offset UInt64, to_offset UInt64,
      engine_version String, schema_version UInt32, config_json String,
      created_at_ms UInt64, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY run_id`,
    `CREATE TABLE IF NOT EXISTS policy_results (
      run_id String, policy String, policy_index UInt16, label String,
      source String, file String, dev UInt32, ino UInt64,${FIGURES},
      stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, policy, source, file)`,
    `CREATE TABLE IF NOT EXISTS latency_histograms (
      run_id String, policy String, policy_index UInt16, file String, kind String,
      bucket UInt8, samples UInt64, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, policy, kind, file, bucket)`,
    `CREATE TABLE IF NOT EXISTS timeline (
      run_id String, policy String, policy_index UInt16, second UInt32,
      write_faults Float64, timestamp_updates Float64, journal_commits Float64,
      bytes_written Float64, fault_latency_mean_us Float64, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, policy, second)`,
    `CREATE TABLE IF NOT EXISTS costs (
      run_id String, position UInt16, name String, value_us Float64, source String, note String,
      stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, name)`,
    `CREATE TABLE IF NOT EXISTS deltas (
      run_id String, policy String, policy_index UInt16, metric String,
      value Float64, legacy Float64, abs_delta Float64, rel_delta Float64, stored_at_ms UInt64
    ) ENGINE = ReplacingMergeTree(stored_at_ms) ORDER BY (run_id, policy, metric)`,
  ],
};
