/**
 * Result assembly of one policy run: the per-file and whole-run figures (counters, latency
 * summaries and histograms resolved with the cost values, write amplification, mtime
 * staleness) and the timeline.
 */
import type {
  Counters,
  FileFigures,
  MtimeStaleness,
  PolicyFigures,
  TimelinePoint,
} from '../results.js';
import { LatencyAccumulator, round3 } from '../stats.js';
import type { MutableCounters } from './counters.js';
import type { FileSim } from './file-sim.js';
import type { Staleness } from './staleness.js';
import { zeroStaleness } from './staleness.js';
import { NTERMS } from './terms.js';
import type { Timeline } from './timeline.js';

export interface RunFigures {
  total: PolicyFigures;
  files: FileFigures[];
  timeline: TimelinePoint[];
}

export function runFigures(
  fileSims: readonly (FileSim | undefined)[],
  run: MutableCounters,
  timeline: Timeline,
  values: Float64Array,
): RunFigures {
  const faultAll = new LatencyAccumulator(NTERMS);
  const msyncAll = new LatencyAccumulator(NTERMS);
  const st = zeroStaleness();
  const files: FileFigures[] = [];
  for (const f of fileSims) {
    if (f === undefined) continue;
    faultAll.merge(f.faultLat);
    msyncAll.merge(f.msyncLat);
    st.violations += f.st.violations;
    st.samples += f.st.samples;
    st.sumMs += f.st.sumMs;
    st.maxMs = Math.max(st.maxMs, f.st.maxMs);
    st.staleNs += f.st.staleNs;
    st.durSumMs += f.st.durSumMs;
    st.durN += f.st.durN;
    files.push({
      file: f.ref.key,
      dev: f.ref.dev,
      ino: f.ref.ino,
      fs: f.fs.id,
      ...figuresOf(f.c, f.faultLat, f.msyncLat, f.st, values),
    });
  }
  const total = figuresOf(run, faultAll, msyncAll, st, values);
  return { total, files, timeline: timeline.points(values) };
}

function figuresOf(
  c: MutableCounters,
  fault: LatencyAccumulator,
  msync: LatencyAccumulator,
  st: Staleness,
  values: Float64Array,
): PolicyFigures {
  const fl = fault.summarize(values);
  const ml = msync.summarize(values);
  const staleness: MtimeStaleness = {
    suSViolations: st.violations,
    maxMs: round3(st.maxMs),
    meanMs: st.samples === 0 ? 0 : round3(st.sumMs / st.samples),
    samples: st.samples,
    staleTimeMs: round3(st.staleNs / 1e6),
    durabilityLagMeanMs: st.durN === 0 ? 0 : round3(st.durSumMs / st.durN),
  };
  const counters: Counters = { ...c, stableWaitUsTotal: round3(c.stableWaitUsTotal) };
  return {
    ...counters,
    writeAmplification: c.bytesDirtied === 0 ? 0 : round3(c.bytesWritten / c.bytesDirtied),
    faultLatencyUs: fl.summary,
    msyncLatencyUs: ml.summary,
    faultLatencyHistogram: fl.histogram,
    msyncLatencyHistogram: ml.histogram,
    mtimeStaleness: staleness,
  };
}
