/**
 * How a `RunResult` maps onto the tables of migration 0001. Each generator yields one plain
 * object per row with exactly the table's columns (but `stored_at_ms`, added by the writer), in
 * a deterministic order, so the writer can batch them without holding a second copy of the run.
 * A policy's totals are the row with `file = ''`; `source` is 'sim' for simulated figures and
 * 'observed' for the counters `legacy` read from the trace itself.
 */
import type {
  Counters,
  FileFigures,
  LatencySummary,
  ObservedFigures,
  PolicyFigures,
  RunResult,
} from '../sim/results.js';
import { ingestCountsKnown } from '../sim/results.js';
import { ReplayError } from '../errors.js';
import type { U64Id } from '../events/index.js';
import type { ResultTable } from './result-store.js';

/**
 * null only where the DDL says Nullable (an unknown figure, e.g. deltas.rel_delta). A bigint
 * only in a UInt64 column, for a value at or above 2^53 (an inode number, U64Id).
 */
export type Row = Record<string, string | number | bigint | null | readonly string[]>;

/** Columns declared UInt* in the DDL (everything else numeric is Float64). */
const UINT_COLUMNS = new Set([
  'policy_index',
  'dev',
  'ino',
  'bucket',
  'samples',
  'second',
  'position',
  'events',
  'from_offset',
  'to_offset',
  'schema_version',
  'created_at_ms',
  'stored_at_ms',
  'dropped_faults',
  'syscalls_without_duration',
  'count',
]);

/** The identity of a row: its table's ORDER BY columns. */
const KEYS: Readonly<Record<ResultTable, readonly string[]>> = {
  runs: ['run_id'],
  policy_results: ['policy', 'source', 'file'],
  latency_histograms: ['policy', 'kind', 'file', 'bucket'],
  timeline: ['policy', 'second'],
  costs: ['name'],
  deltas: ['policy', 'metric'],
  policy_notes: ['policy', 'source', 'file'],
  run_time_backwards: ['run_id'],
  run_skipped: ['what'],
  run_inputs: ['run_id'],
};

/**
 * Checks one row before it is sent, so both engines refuse the same bad input the same way
 * (chDB would turn NaN into null and wrap a negative UInt; RowBinary would refuse it later):
 * numbers finite, UInt columns whole and non-negative, and no two rows with the same identity
 * (the second would silently replace the first). `seen` collects identities per table.
 */
export function checkRow(table: ResultTable, row: Row, seen: Set<string>): void {
  const where = (): string => KEYS[table].map((k) => `${k}=${JSON.stringify(row[k])}`).join(' ');
  for (const [col, v] of Object.entries(row)) {
    if (typeof v === 'bigint') {
      if (!UINT_COLUMNS.has(col) || v < 0n || v >> 64n !== 0n) {
        throw new ReplayError(
          'RPL_INPUT',
          `run ${String(row['run_id'])}: ${table}.${col} must be a UInt64, got ${v} (${where()})`,
        );
      }
      continue;
    }
    if (typeof v !== 'number') continue;
    if (!Number.isFinite(v)) {
      throw new ReplayError(
        'RPL_INPUT',
        `run ${String(row['run_id'])}: ${table}.${col} is ${v} (${where()})`,
      );
    }
    if (UINT_COLUMNS.has(col) && (!Number.isSafeInteger(v) || v < 0)) {
      throw new ReplayError(
        'RPL_INPUT',
        `run ${String(row['run_id'])}: ${table}.${col} must be a whole number >= 0, got ${v} (${where()})`,
      );
    }
  }
  const id = JSON.stringify(KEYS[table].map((k) => row[k]));
  if (seen.has(id)) {
    throw new ReplayError(
      'RPL_INPUT',
      `run ${String(row['run_id'])}: two ${table} rows for ${where()}`,
    );
  }
  seen.add(id);
}

/** Counter field -> column, in the column order of the DDL. */
export const COUNTER_COLUMNS: readonly (readonly [keyof Counters, string])[] = [
  ['writeFaults', 'write_faults'],
  ['pageMkwriteCalls', 'page_mkwrite_calls'],
  ['timestampUpdates', 'timestamp_updates'],
  ['inodeDirtySyncEvents', 'inode_dirty_sync_events'],
  ['journalHandles', 'journal_handles'],
  ['journalCommits', 'journal_commits'],
  ['journalBlocksLogged', 'journal_blocks_logged'],
  ['checkpointMetadataBlocks', 'checkpoint_metadata_blocks'],
  ['dataPagesWritten', 'data_pages_written'],
  ['cacheFlushes', 'cache_flushes'],
  ['fdatasyncsFromFaults', 'fdatasyncs_from_faults'],
  ['stablePageWaits', 'stable_page_waits'],
  ['stableWaitUsTotal', 'stable_wait_us_total'],
  ['pageCopies', 'page_copies'],
  ['extraMemoryPeakBytes', 'extra_memory_peak_bytes'],
  ['pagesDirtiedWithoutReservation', 'pages_dirtied_without_reservation'],
  ['lazytimeFlushes', 'lazytime_flushes'],
  ['msyncCalls', 'msync_calls'],
  ['bytesDirtied', 'bytes_dirtied'],
  ['dataBytesWritten', 'data_bytes_written'],
  ['metadataBytesWritten', 'metadata_bytes_written'],
  ['journalBytesWritten', 'journal_bytes_written'],
  ['bytesWritten', 'bytes_written'],
];

/**
 * One policy_results row, as a single object literal with every column in DDL order: rows are
 * built by the thousand, and one fixed shape keeps them fast (spreading ~50 dynamic keys per
 * row cost more than the INSERT).
 */
function figureRow(
  runId: string,
  policy: string,
  index: number,
  label: string,
  source: string,
  file: string,
  dev: number,
  ino: U64Id,
  f: ObservedFigures | PolicyFigures,
): Row {
  const fl: LatencySummary = f.faultLatencyUs;
  const ml: LatencySummary = f.msyncLatencyUs;
  const s = f.mtimeStaleness;
  return {
    run_id: runId,
    policy,
    policy_index: index,
    label,
    source,
    file,
    dev,
    ino,
    write_faults: n(f.writeFaults),
    page_mkwrite_calls: n(f.pageMkwriteCalls),
    timestamp_updates: n(f.timestampUpdates),
    inode_dirty_sync_events: n(f.inodeDirtySyncEvents),
    journal_handles: n(f.journalHandles),
    journal_commits: n(f.journalCommits),
    journal_blocks_logged: n(f.journalBlocksLogged),
    checkpoint_metadata_blocks: n(f.checkpointMetadataBlocks),
    data_pages_written: n(f.dataPagesWritten),
    cache_flushes: n(f.cacheFlushes),
    fdatasyncs_from_faults: n(f.fdatasyncsFromFaults),
    stable_page_waits: n(f.stablePageWaits),
    stable_wait_us_total: n(f.stableWaitUsTotal),
    page_copies: n(f.pageCopies),
    extra_memory_peak_bytes: n(f.extraMemoryPeakBytes),
    pages_dirtied_without_reservation: n(f.pagesDirtiedWithoutReservation),
    lazytime_flushes: n(f.lazytimeFlushes),
    msync_calls: n(f.msyncCalls),
    bytes_dirtied: n(f.bytesDirtied),
    data_bytes_written: n(f.dataBytesWritten),
    metadata_bytes_written: n(f.metadataBytesWritten),
    journal_bytes_written: n(f.journalBytesWritten),
    bytes_written: n(f.bytesWritten),
    write_amplification: n(f.writeAmplification),
    fault_count: fl.count,
    fault_mean_us: fl.mean,
    fault_p50_us: fl.p50,
    fault_p90_us: fl.p90,
    fault_p99_us: fl.p99,
    fault_max_us: fl.max,
    msync_count: ml.count,
    msync_mean_us: ml.mean,
    msync_p50_us: ml.p50,
    msync_p90_us: ml.p90,
    msync_p99_us: ml.p99,
    msync_max_us: ml.max,
    sus_violations: s.suSViolations,
    staleness_max_ms: s.maxMs,
    staleness_mean_ms: s.meanMs,
    staleness_samples: s.samples,
    stale_time_ms: s.staleTimeMs,
    durability_lag_mean_ms: s.durabilityLagMeanMs,
  };
}

/**
 * A figure the capture cannot show is null in an ObservedFigures; its Float64 column holds 0
 * and the run's `policy_notes` row names it, so readers (observed.sql) return NULL for it.
 */
function n(v: number | null): number {
  return v ?? 0;
}

/** Observed figure (camelCase) -> policy_results column. */
const FIGURE_COLUMN: Readonly<Record<string, string>> = Object.fromEntries([
  ...COUNTER_COLUMNS,
  ['writeAmplification', 'write_amplification'],
]);

function* noteRows(r: RunResult): Generator<Row> {
  for (const { id, index } of policiesInOrder(r)) {
    const p = r.policies[id]!;
    const base = { run_id: r.runId, policy: id, policy_index: index };
    const fss = [...new Set(p.files.map((f) => f.fs))].sort().join(',');
    yield {
      ...base,
      source: 'sim',
      file: '',
      fs: fss,
      unknown_metrics: [],
      unknown_reasons: [],
      not_applicable: p.notApplicable ?? '',
    };
    if (p.observed !== undefined) {
      const unknown = Object.keys(p.observed.unknown).sort();
      yield {
        ...base,
        source: 'observed',
        file: '',
        fs: fss,
        unknown_metrics: unknown.map((k) => FIGURE_COLUMN[k] ?? k),
        unknown_reasons: unknown.map((k) => p.observed!.unknown[k]!),
        not_applicable: '',
      };
    }
    for (const f of p.files) {
      yield {
        ...base,
        source: 'sim',
        file: f.file,
        fs: f.fs,
        unknown_metrics: [],
        unknown_reasons: [],
        not_applicable: '',
      };
    }
  }
}

function policiesInOrder(r: RunResult): { id: string; index: number }[] {
  const ids = [...r.policyIds];
  // Policies present in the map but missing from policyIds still get stored, after the others.
  for (const id of Object.keys(r.policies).sort()) if (!ids.includes(id)) ids.push(id);
  return ids.filter((id) => r.policies[id] !== undefined).map((id, index) => ({ id, index }));
}

function* policyResultRows(r: RunResult): Generator<Row> {
  for (const { id, index } of policiesInOrder(r)) {
    const p = r.policies[id]!;
    yield figureRow(r.runId, id, index, p.label, 'sim', '', 0, 0, p);
    if (p.observed !== undefined) {
      yield figureRow(r.runId, id, index, p.label, 'observed', '', 0, 0, p.observed);
    }
    for (const f of p.files)
      yield figureRow(r.runId, id, index, p.label, 'sim', f.file, f.dev, f.ino, f);
  }
}

function* histogramRows(r: RunResult): Generator<Row> {
  for (const { id, index } of policiesInOrder(r)) {
    const p = r.policies[id]!;
    const sets: [string, PolicyFigures | FileFigures][] = [
      ['', p],
      ...p.files.map((f) => [f.file, f] as [string, FileFigures]),
    ];
    for (const [file, f] of sets) {
      for (const [kind, h] of [
        ['fault', f.faultLatencyHistogram],
        ['msync', f.msyncLatencyHistogram],
      ] as const) {
        for (let bucket = 0; bucket < h.length; bucket++) {
          yield {
            run_id: r.runId,
            policy: id,
            policy_index: index,
            file,
            kind,
            bucket,
            samples: h[bucket]!,
          };
        }
      }
    }
  }
}

function* timelineRows(r: RunResult): Generator<Row> {
  for (const { id, index } of policiesInOrder(r)) {
    for (const t of r.policies[id]!.timeline) {
      yield {
        run_id: r.runId,
        policy: id,
        policy_index: index,
        second: t.second,
        write_faults: t.writeFaults,
        timestamp_updates: t.timestampUpdates,
        journal_commits: t.journalCommits,
        bytes_written: t.bytesWritten,
        fault_latency_mean_us: t.faultLatencyMeanUs,
      };
    }
  }
}

function* costRows(r: RunResult): Generator<Row> {
  let position = 0;
  for (const c of r.costs) {
    yield {
      run_id: r.runId,
      position: position++,
      name: c.name,
      value_us: c.valueUs,
      source: c.source,
      note: c.note,
    };
  }
}

function* deltaRows(r: RunResult): Generator<Row> {
  const order = new Map(policiesInOrder(r).map((p) => [p.id, p.index]));
  for (const policy of Object.keys(r.deltas).sort(
    (a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || (a < b ? -1 : 1),
  )) {
    const metrics = r.deltas[policy]!;
    for (const metric of Object.keys(metrics).sort()) {
      const d = metrics[metric]!;
      yield {
        run_id: r.runId,
        policy,
        policy_index: order.get(policy) ?? 65_535,
        metric,
        value: d.value,
        legacy: d.legacy,
        abs_delta: d.abs,
        rel_delta: d.rel,
      };
    }
  }
}

/** One row per run, zeros included: "none went backwards" is a stored answer too. */
function* timeBackwardsRows(r: RunResult): Generator<Row> {
  yield {
    run_id: r.runId,
    dropped_faults: r.timeBackwards?.droppedFaults ?? 0,
    syscalls_without_duration: r.timeBackwards?.syscallsWithoutDuration ?? 0,
  };
}

/**
 * One row per counter of what the replay left out (migration 0009), zeros included, in a fixed
 * order: the names are the stored `what` values. The input lines ingest skipped (`bad_lines`,
 * `payload_mismatch_lines`) only when the run knows them: no row is "unknown" (a capture without
 * an end record, or one an older ingest wrote), never a made-up 0. New counters are new rows
 * under the same table, so they need no migration.
 */
function* skippedRows(r: RunResult): Generator<Row> {
  for (const [what, count] of skippedCounts(r)) yield { run_id: r.runId, what, count };
}

function skippedCounts(r: RunResult): readonly (readonly [string, number])[] {
  return [
    ['damaged_records', r.skipped?.damagedRecords ?? 0],
    ['page_index_beyond_files', r.ignoredEvents?.pageIndexBeyondFiles ?? 0],
    ['tracer_lost_events', r.skipped?.tracerLostEvents ?? 0],
    ['unattributed_faults', r.skipped?.unattributedFaults ?? 0],
    ...(ingestCountsKnown(r)
      ? ([
          ['bad_lines', r.skipped?.badLines ?? 0],
          ['payload_mismatch_lines', r.skipped?.payloadMismatchLines ?? 0],
        ] as const)
      : []),
  ];
}

function* runRows(r: RunResult, createdAtMs: number): Generator<Row> {
  yield {
    run_id: r.runId,
    capture_id: r.captureId,
    profile: r.profile,
    policy_ids: [...r.policyIds],
    events: r.events,
    from_offset: r.fromOffset,
    to_offset: r.toOffset,
    engine_version: r.engineVersion,
    schema_version: r.schemaVersion,
    config_json: r.configJson,
    created_at_ms: createdAtMs,
  };
}

function* inputRows(r: RunResult): Generator<Row> {
  yield {
    run_id: r.runId,
    capture_id: r.captureId,
    completeness: r.completeness,
    incomplete_reason: r.incompleteReason ?? '',
  };
}

/** The rows of `table` for run `r`, in a fixed order. */
export function rowsFor(table: ResultTable, r: RunResult, createdAtMs: number): Generator<Row> {
  switch (table) {
    case 'policy_results':
      return policyResultRows(r);
    case 'latency_histograms':
      return histogramRows(r);
    case 'timeline':
      return timelineRows(r);
    case 'costs':
      return costRows(r);
    case 'deltas':
      return deltaRows(r);
    case 'policy_notes':
      return noteRows(r);
    case 'run_time_backwards':
      return timeBackwardsRows(r);
    case 'run_skipped':
      return skippedRows(r);
    case 'run_inputs':
      return inputRows(r);
    case 'runs':
      return runRows(r, createdAtMs);
  }
}

/** How many rows `rowsFor` yields, counted without building them (the read-back check). */
export function expectedRowCounts(r: RunResult): Record<ResultTable, number> {
  let policy = 0;
  let hist = 0;
  let timeline = 0;
  for (const { id } of policiesInOrder(r)) {
    const p = r.policies[id]!;
    policy += 1 + (p.observed === undefined ? 0 : 1) + p.files.length;
    hist += p.faultLatencyHistogram.length + p.msyncLatencyHistogram.length;
    for (const f of p.files)
      hist += f.faultLatencyHistogram.length + f.msyncLatencyHistogram.length;
    timeline += p.timeline.length;
  }
  let deltas = 0;
  for (const m of Object.values(r.deltas)) deltas += Object.keys(m).length;
  return {
    policy_results: policy,
    latency_histograms: hist,
    timeline,
    costs: r.costs.length,
    deltas,
    policy_notes: policy,
    run_time_backwards: 1,
    run_skipped: skippedCounts(r).length,
    run_inputs: 1,
    runs: 1,
  };
}
