/**
 * mtime staleness (KERNEL.md D.0 "Measuring mtime staleness"): samples at msync / writeback /
 * munmap, the SuS check at msync, the time during which mtime lagged a write, and the
 * durability lag of timestamps (accrued at commit, journal.ts).
 */
import type { FileSim } from './file-sim.js';
import type { JiffyGrid } from './jiffy-grid.js';

export interface Staleness {
  violations: number;
  samples: number;
  sumMs: number;
  maxMs: number;
  staleNs: number;
  lastAccrueT: number;
  durSumMs: number;
  durN: number;
}

export function zeroStaleness(): Staleness {
  return {
    violations: 0,
    samples: 0,
    sumMs: 0,
    maxMs: 0,
    staleNs: 0,
    lastAccrueT: -1,
    durSumMs: 0,
    durN: 0,
  };
}

/** mtime staleness sample at msync / writeback / munmap; SuS check at msync. */
// Staleness (D.0 "Measuring mtime staleness"): L = latest write reference, M = mtime granule.
// Both are compared at the granularity of the timestamp clock: a store in the same jiffy as
// the update is reflected by it; deferred's update at the flush time makes M >= L there.
export function sampleStaleness(
  grid: JiffyGrid,
  f: FileSim,
  t: number,
  mayHaveWrites: boolean,
  msync: boolean,
): void {
  // Latest write reference: stores to a writable dirty page are invisible to the kernel and
  // may go on until this call (upper bound); otherwise the last write fault (lower bound).
  const L = mayHaveWrites ? t : f.lastWriteRef;
  if (L < 0) return;
  const lg = grid.granule(L);
  const behind = lg > f.mtimeGranule;
  const mAbs = f.mtimeGranule === -Infinity ? grid.t0Abs : f.mtimeGranule * grid.granuleNs;
  const lagMs = behind ? Math.max(0, grid.t0Abs + L - mAbs) / 1e6 : 0;
  if (msync && behind) f.st.violations++;
  f.st.samples++;
  f.st.sumMs += lagMs;
  if (lagMs > f.st.maxMs) f.st.maxMs = lagMs;
}

/** ∫ (L > M) dt, accrued between inputs of the file. */
export function accrueStale(grid: JiffyGrid, f: FileSim, t: number): void {
  const prev = f.st.lastAccrueT;
  f.st.lastAccrueT = t;
  if (prev < 0) return;
  const possible = f.rw.size > 0 && f.dirty.size > 0;
  if (!possible) return;
  const mEndRel = (f.mtimeGranule + 1) * grid.granuleNs - grid.t0Abs;
  const from = Math.max(prev, mEndRel);
  if (t > from) f.st.staleNs += t - from;
}
