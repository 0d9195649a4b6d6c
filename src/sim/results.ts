/**
 * What a replay produces: per run, per policy and per file, the ledger of DOMAIN.md ("What we
 * report") plus latency distributions, mtime staleness, a per-second timeline and deltas
 * against `legacy`. This shape is the contract between the simulator, the result stores
 * (`src/store/`), the CLI tables and `--json` output, and the dashboards.
 *
 * Units are in the names: `Us` = microseconds, `Ms` = milliseconds, `bytes*` = bytes.
 * Every number is finite: a ratio with a zero denominator is reported as 0 with the
 * denominator visible next to it (e.g. writeAmplification with bytesDirtied 0).
 */
import { OBSERVABLE_FIGURES } from './fs/fs-model.js';
import type { U64Id } from '../events/index.js';

/** Summary of a latency distribution, microseconds. All 0 when count is 0. */
export interface LatencySummary {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * log2 histogram like the MAP_SYNC cover letter's: bucket `i` counts samples with
 * 2^i <= latency_us < 2^(i+1) (bucket 0 also takes everything below 1 µs). Trailing empty
 * buckets are omitted.
 */
export type Log2Histogram = readonly number[];

/** The counters of DOMAIN.md / KERNEL.md D.0, for one policy (and one file, or a total). */
export interface Counters {
  readonly writeFaults: number;
  readonly pageMkwriteCalls: number;
  readonly timestampUpdates: number;
  readonly inodeDirtySyncEvents: number;
  readonly journalHandles: number;
  readonly journalCommits: number;
  readonly journalBlocksLogged: number;
  readonly checkpointMetadataBlocks: number;
  readonly dataPagesWritten: number;
  readonly cacheFlushes: number;
  readonly fdatasyncsFromFaults: number;
  readonly stablePageWaits: number;
  readonly stableWaitUsTotal: number;
  readonly pageCopies: number;
  readonly extraMemoryPeakBytes: number;
  /** mlock-prefault "skip page_mkwrite" risk (D.6): pages dirtied with no block reservation. */
  readonly pagesDirtiedWithoutReservation: number;
  readonly lazytimeFlushes: number;
  readonly msyncCalls: number;
  /** Lower bound: distinct 4 KiB pages dirtied per dirty epoch × page size. */
  readonly bytesDirtied: number;
  readonly dataBytesWritten: number;
  readonly metadataBytesWritten: number;
  readonly journalBytesWritten: number;
  /** data + metadata + journal. */
  readonly bytesWritten: number;
}

export interface MtimeStaleness {
  /** msync calls that returned with mtime older than the latest known write reference. */
  readonly suSViolations: number;
  /** Largest lag L - M seen at an msync / writeback / munmap sample, ms. */
  readonly maxMs: number;
  readonly meanMs: number;
  readonly samples: number;
  /** Time mtime spent behind the latest write reference (∫ L > M dt), ms. */
  readonly staleTimeMs: number;
  /** Mean time from a timestamp update to the commit that persisted it, ms. */
  readonly durabilityLagMeanMs: number;
}

/** Everything one policy produced for one file (or, in `PolicyResult`, for all files). */
export interface PolicyFigures extends Counters {
  readonly writeAmplification: number;
  readonly faultLatencyUs: LatencySummary;
  readonly msyncLatencyUs: LatencySummary;
  readonly faultLatencyHistogram: Log2Histogram;
  readonly msyncLatencyHistogram: Log2Histogram;
  readonly mtimeStaleness: MtimeStaleness;
}

export interface FileFigures extends PolicyFigures {
  /** "dev:ino" with dev as major:minor, e.g. "7:0/12". */
  readonly file: string;
  readonly dev: number;
  /** Exact: a number below 2^53, else a bigint (printed as a decimal string in JSON). */
  readonly ino: U64Id;
  /** The filesystem model the file was replayed with (src/sim/fs): ext4, xfs, btrfs, generic. */
  readonly fs: string;
}

/**
 * Observed figures that a capture may be unable to show (fs models' `unseen`, and what depends
 * on them): null then, with the reason in `ObservedFigures.unknown`.
 */
export const NULLABLE_OBSERVED = [
  ...OBSERVABLE_FIGURES,
  'cacheFlushes',
  'metadataBytesWritten',
  'dataBytesWritten',
  'journalBytesWritten',
  'bytesWritten',
  'writeAmplification',
] as const;
export type NullableObserved = (typeof NULLABLE_OBSERVED)[number];

type ObservedBase = Omit<PolicyFigures, 'faultLatencyHistogram' | 'msyncLatencyHistogram'>;

/**
 * The counters as read directly from the trace (legacy only): the "observed" column. A figure
 * the capture cannot show on the file's filesystem is null, never 0, and `unknown` says why.
 */
export type ObservedFigures = {
  readonly [K in keyof ObservedBase]: K extends NullableObserved ? number | null : ObservedBase[K];
} & {
  /** Figure name -> why the capture cannot show it (its value is null). */
  readonly unknown: Readonly<Record<string, string>>;
  /** Filesystems of the followed files, by file key ("7:0/12" -> "ext4"). */
  readonly filesystems: Readonly<Record<string, string>>;
  /** Pages of folios the trace proves were written back unseen (counted in dataPagesWritten). */
  readonly unseenCleanedPages: number;
};

/** Where each cost parameter's value came from. */
export interface CostUsed {
  readonly name: string;
  readonly valueUs: number;
  /** 'default' | 'profile:<name>' | 'config' | 'measured' */
  readonly source: string;
  /** Why this value: a citation for defaults, the sample count for measured values. */
  readonly note: string;
}

export interface TimelinePoint {
  /** Seconds since the first event of the capture. */
  readonly second: number;
  readonly writeFaults: number;
  readonly timestampUpdates: number;
  readonly journalCommits: number;
  readonly bytesWritten: number;
  readonly faultLatencyMeanUs: number;
}

export interface PolicyResult extends PolicyFigures {
  readonly policy: string;
  /** Human label, e.g. "lazytime (6.6+ observed semantics)". */
  readonly label: string;
  readonly files: readonly FileFigures[];
  readonly timeline: readonly TimelinePoint[];
  /** Present for `legacy` only: the same counters read from the trace itself. */
  readonly observed?: ObservedFigures;
  /**
   * Set when the policy (or the device profile) cannot apply to the captured files, e.g.
   * mapsync on btrfs, which has no DAX: the figures are then those of the files as they are.
   */
  readonly notApplicable?: string;
}

export interface MetricDelta {
  readonly value: number;
  readonly legacy: number;
  /** value - legacy */
  readonly abs: number;
  /**
   * (value - legacy) / legacy; null when legacy is 0, where no ratio exists (a 0 would read as
   * "unchanged" even when abs says otherwise). abs is always kept.
   */
  readonly rel: number | null;
}

/**
 * Whether the replayed capture is whole. `complete`: it ends with its end-of-capture event and
 * every event before it was replayed. `incomplete`: its header promises an end event that is not
 * there (a torn log tail, a killed ingest, a writer still running), or the end says the input was
 * damaged, or events before it are missing. `unknown`: written before end events existed (its
 * header does not promise one), or a range that starts after the capture's header.
 */
export type CaptureCompleteness = 'complete' | 'incomplete' | 'unknown';

/** Why a capture is `incomplete`. */
export type IncompleteReason = 'no-end-record' | 'input-damaged' | 'events-missing' | 'log-damaged';

export interface RunResult {
  readonly runId: string;
  readonly captureId: string;
  /** Policy ids in the order they were replayed (legacy first). */
  readonly policyIds: readonly string[];
  readonly profile: string;
  readonly costs: readonly CostUsed[];
  readonly policies: Readonly<Record<string, PolicyResult>>;
  /** Per policy (other than legacy), per metric name: value vs legacy. */
  readonly deltas: Readonly<Record<string, Readonly<Record<string, MetricDelta>>>>;
  /** Events replayed, events ignored as irrelevant, and log range. */
  readonly events: number;
  readonly fromOffset: number;
  readonly toOffset: number;
  /** Versions of the engine and the schema that produced this result. */
  readonly engineVersion: string;
  readonly schemaVersion: number;
  /** The effective configuration, canonical JSON (sorted keys). */
  readonly configJson: string;
  readonly completeness: CaptureCompleteness;
  /** Set when `completeness` is `incomplete`. */
  readonly incompleteReason?: IncompleteReason;
  /**
   * Present when events were left out of the replay. `pageIndexBeyondFiles`: events naming a
   * page index at or above 2^53, which no file can have (MAX_LFS_FILESIZE >> PAGE_SHIFT is
   * below 2^51); the event log keeps them exactly.
   */
  readonly ignoredEvents?: { readonly pageIndexBeyondFiles: number };
  /**
   * Present when the replay left input out or could not see all of it (stored in `run_skipped`,
   * migration 0009, zeros included), or when the capture's end record does not say what ingest
   * skipped (written before it recorded that). Absent, every counter is 0 and ingest's are known
   * exactly when the capture has an end record (see `ingestCountsKnown`).
   */
  readonly skipped?: {
    /**
     * Records of the event log lost to damage, which `faultreplay log repair` replaced by
     * `lost` events: every fault episode open at the gap ends there.
     */
    readonly damagedRecords: number;
    /** Events the tracer lost (`[LOST N EVENTS]`): the replay may have missed faults or writeback. */
    readonly tracerLostEvents: number;
    /** Write faults in shared writable file mappings that could not be bound to a file. */
    readonly unattributedFaults: number;
    /**
     * Input lines ingest skipped as unreadable (reported then with file, line and reason), from
     * the capture's end record; absent when it does not say (no end record, or an older ingest).
     */
    readonly badLines?: number;
    /**
     * Lines of modelled events ingest kept as `generic` (payload not in the known format, or a
     * value out of range), which the replay does not model; absent as `badLines`.
     */
    readonly payloadMismatchLines?: number;
  };
  /**
   * Present when time went backwards inside traced write faults (a CPU clock jump, a task's
   * events out of order): those faults were dropped, from every policy's counts and latencies
   * and from the observed ones, since their durations are no latency.
   */
  readonly timeBackwards?: {
    readonly droppedFaults: number;
    /** msync/fsync calls whose exit was earlier than their entry: modelled cost, no sample. */
    readonly syscallsWithoutDuration: number;
  };
}

/**
 * Whether a run knows how many input lines ingest skipped (`skipped.badLines` and
 * `payloadMismatchLines`): its `skipped` carries them, or it has none (all zero) and its capture
 * has an end record, which carries them since ingest recorded them.
 */
export function ingestCountsKnown(r: RunResult): boolean {
  if (r.skipped !== undefined) return r.skipped.badLines !== undefined;
  return r.completeness !== 'unknown' && r.incompleteReason !== 'no-end-record';
}
