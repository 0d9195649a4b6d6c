/**
 * What the trace itself shows (legacy's `observed` column) and the cost samples it measures:
 * the accumulator types, and the observed staleness check at msync.
 */
import type { TimestampCostParam } from '../fs/index.js';
import type { FileRef } from '../inputs.js';
import type { LatencyAccumulator, LogLinearHistogram } from '../stats.js';
import type { TrackerState } from './state.js';

/** Counters read directly from the trace (legacy's `observed`). */
export interface ObservedAccumulator {
  writeFaults: number;
  pageMkwriteCalls: number;
  timestampUpdates: number;
  inodeDirtySyncEvents: number;
  journalHandlesInFaults: number;
  dataPagesWritten: number;
  stablePageWaits: number;
  fdatasyncsFromFaults: number;
  msyncCalls: number;
  bytesDirtied: number;
  suSViolations: number;
  staleSamples: number;
  staleSumMs: number;
  staleMaxMs: number;
  faultLatency: LatencyAccumulator;
  msyncLatency: LatencyAccumulator;
}

/** Samples from which the trace measures cost parameters. */
export interface Measurements {
  readonly serviceWpPlain: LogLinearHistogram;
  readonly serviceWpTs: LogLinearHistogram;
  readonly serviceNpPlain: LogLinearHistogram;
  readonly serviceNpTs: LogLinearHistogram;
  readonly msyncAsync: LogLinearHistogram;
  readonly msyncSync: LogLinearHistogram;
  readonly fsync: LogLinearHistogram;
  readonly journalCommit: LogLinearHistogram;
  /**
   * The same four service histograms per timestamp cost parameter of the files' filesystems, so
   * that each filesystem's update cost is measured from its own faults (tsUpdateXfsUs from the
   * XFS files of a capture, tsUpdateUs from its ext4 ones).
   */
  readonly byTsCost: Map<TimestampCostParam, ServiceHistograms>;
}

export interface ServiceHistograms {
  readonly wpPlain: LogLinearHistogram;
  readonly wpTs: LogLinearHistogram;
  readonly npPlain: LogLinearHistogram;
  readonly npTs: LogLinearHistogram;
}

/** A single observed-latency term vector: observed samples carry no cost terms. */
export const NO_TERMS = new Float64Array(0);

/** Observed SuS check at msync, with the same definitions as the simulated one (runner/staleness.ts). */
export function observedMsyncStaleness(st: TrackerState, file: FileRef, t: number): void {
  const of = st.obsFile[file.id]!;
  const g = st.granuleNs();
  const abs = Number(st.t0) + t;
  const L = of.dirtySinceWb > 0 ? abs : of.lastFault >= 0 ? Number(st.t0) + of.lastFault : -1;
  if (L < 0) return;
  const o = st.observed;
  const lGran = Math.floor((L - st.phaseNs) / g);
  const lagMs =
    lGran > of.updGranule
      ? (L - (of.updGranule === -Infinity ? L : of.updGranule * g + st.phaseNs)) / 1e6
      : 0;
  if (lGran > of.updGranule) o.suSViolations++;
  o.staleSamples++;
  o.staleSumMs += lagMs;
  if (lagMs > o.staleMaxMs) o.staleMaxMs = lagMs;
}

/** The trace showed the file written back: no dirty pages since (for the staleness check). */
export function noteObservedWriteback(st: TrackerState, file: FileRef): void {
  st.obsFile[file.id]!.dirtySinceWb = 0;
}
