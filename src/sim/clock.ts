/**
 * The jiffy grid. The coarse clock that c/mtime use ticks every 1/HZ, but its ticks are not
 * aligned with the trace clock, so "did the coarse clock move between these two faults" depends
 * on the grid's phase. The legacy kernel shows it: a fault updates the timestamp only if it is the
 * first after a tick, so the updates seen in faults cluster just after the ticks (ext4 steady
 * capture: update times mod 4 ms cluster at 0.94 ms). The estimator bins those residues (64 bins
 * per granule) and takes the phase at the end of the longest (circular) run of nearly empty bins,
 * i.e. where the cluster starts. Outliers (multigrain fine-grained updates after a stat) do not
 * move it.
 */
const BINS = 64;

export class PhaseEstimator {
  private readonly bins = new Float64Array(BINS);
  private readonly granuleNs: number;
  private n = 0;

  constructor(granuleNs: number) {
    this.granuleNs = granuleNs;
  }

  add(tAbsNs: number): void {
    const r = ((tAbsNs % this.granuleNs) + this.granuleNs) % this.granuleNs;
    const b = Math.min(BINS - 1, Math.floor((r / this.granuleNs) * BINS));
    this.bins[b] = this.bins[b]! + 1;
    this.n++;
  }

  get samples(): number {
    return this.n;
  }

  /** The phase (ns in [0, granule)), or 0 with fewer than 8 samples. */
  estimate(): number {
    if (this.n < 8) return 0;
    const threshold = Math.max(0, this.n * 0.02);
    let bestLen = -1;
    let bestEnd = 0;
    let run = 0;
    for (let i = 0; i < 2 * BINS; i++) {
      if (this.bins[i % BINS]! <= threshold) {
        run++;
        if (run > bestLen && run <= BINS) {
          bestLen = run;
          bestEnd = i % BINS;
        }
      } else run = 0;
    }
    if (bestLen <= 0) return 0;
    const start = (bestEnd + 1) % BINS;
    return Math.round((start * this.granuleNs) / BINS);
  }
}
