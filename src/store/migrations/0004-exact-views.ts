/**
 * Version 4: one `<table>_exact` view per result table, `SELECT * FROM <table> FINAL`. The
 * tables are ReplacingMergeTree: a run stored again (a worker redoing a batch after a crash, a
 * re-run of `faultreplay run`) leaves duplicate rows until the server merges them, so a plain
 * `SELECT count() FROM runs` can over-count for a while. The canned queries use FINAL; these
 * views give ad-hoc users (clickhouse-client, Grafana panels they write) the same exact answer
 * without having to know that.
 */
import type { Migration } from './migration.js';

/** The tables that get an exact view (every result table of versions 1 and 3). */
const TABLES = [
  'runs',
  'policy_results',
  'latency_histograms',
  'timeline',
  'costs',
  'deltas',
  'policy_notes',
] as const;

export const migration0004: Migration = {
  version: 4,
  name: 'exact views over the result tables',
  statements: TABLES.map((t) => `CREATE VIEW IF NOT EXISTS ${t}_exact AS SELECT * FROM ${t} FINAL`),
};
