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
import { ReplayError } from '../errors.js';
import type { ResultTable } from './result-store.js';

export type Row = Record<string, string | number | readonly string[]>;

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
]);

/** The identity of a row: its table's ORDER BY columns. */
const KEYS: Readonly<Record<ResultTable, readonly string[]>> = {
  runs: ['run_id'],
  policy_results: ['policy', 'source', 'file'],
  latency_histograms: ['policy', 'kind', 'file', 'bucket'],
  timeline: ['policy', 'second'],
  costs: ['name'],
  deltas: ['policy', 'metric'],
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

function latency(prefix: string, l: LatencySummary, row: Row): void {
  row[`${prefix}_count`] = l.count;
  row[`${prefix}_mean_us`] = l.mean;
  row[`${prefix}_p50_us`] = l.p50;
  row[`${prefix}_p90_us`] = l.p90;
  row[`${prefix}_p99_us`] = l.p99;
  row[`${prefix}_max_us`] = l.max;
}

/** The figure columns shared by simulated and observed rows. */
export function figureColumns(f: ObservedFigures | PolicyFigures): Row {
  const row: Row = {};
  for (const [k, col] of COUNTER_COLUMNS) row[col] = f[k];
  row['write_amplification'] = f.writeAmplification;
  latency('fault', f.faultLatencyUs, row);
  latency('msync', f.msyncLatencyUs, row);
  const s = f.mtimeStaleness;
  row['sus_violations'] = s.suSViolations;
  row['staleness_max_ms'] = s.maxMs;
  row['staleness_mean_ms'] = s.meanMs;
  row['staleness_samples'] = s.samples;
  row['stale_time_ms'] = s.staleTimeMs;
  row['durability_lag_mean_ms'] = s.durabilityLagMeanMs;
  return row;
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
    const head = { run_id: r.runId, policy: id, policy_index: index, label: p.label };
    yield { ...head, source: 'sim', file: '', dev: 0, ino: 0, ...figureColumns(p) };
    if (p.observed !== undefined) {
      yield { ...head, source: 'observed', file: '', dev: 0, ino: 0, ...figureColumns(p.observed) };
    }
    for (const f of p.files) {
      yield { ...head, source: 'sim', file: f.file, dev: f.dev, ino: f.ino, ...figureColumns(f) };
    }
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
    runs: 1,
  };
}
