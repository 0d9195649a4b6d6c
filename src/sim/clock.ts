/**
 * The jiffy grid. The coarse clock that c/mtime use ticks every 1/HZ, but its ticks are not
 * aligned with the trace clock, so "did the coarse clock move between these two faults" depends
 * on the grid's phase. The legacy kernel shows it: a fault updates the timestamp only if it is the
 * first after a tick, so the updates seen in faults cluster just after the ticks (ext4 steady
 * capture: update times mod 4 ms cluster at 0.94 ms). The estimator bins those residues (64 bins
 * per granule) and takes the phase at the end of the longest (circular) run of nearly empty bins,
 * i.e. where the cluster starts. Outliers (multigrain fine-grained updates after a stat) do not
 * move it.
 *
 * That works for paced stores. A bursty workload (LMDB: a burst of faults per transaction)
 * starts bursts anywhere in a granule, so its updates spread over every residue and the empty
 * run says little (XFS LMDB capture: 12 updates too many). When the faults of the followed
 * files are known with whether each updated the timestamp (`addFault`), the phase is chosen to
 * break the fewest of the rule's own constraints instead: an update must lie in a later granule
 * than the file's previous update, a fault without one in the same granule. The first
 * MAX_FAULTS faults are kept (memory stays bounded on any capture).
 */
const BINS = 64;
/** Candidate phases tried by the constraint estimate. */
const CANDIDATES = 256;
const MAX_FAULTS = 50_000;

export class PhaseEstimator {
  private readonly bins = new Float64Array(BINS);
  private readonly granuleNs: number;
  private n = 0;
  private readonly faultT: number[] = [];
  private readonly faultFile: number[] = [];
  private readonly faultUpdated: boolean[] = [];

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

  /** A write fault of followed file `file` at `tAbsNs`, and whether it updated c/mtime. */
  addFault(file: number, tAbsNs: number, updated: boolean): void {
    if (this.faultT.length >= MAX_FAULTS) return;
    this.faultT.push(tAbsNs);
    this.faultFile.push(file);
    this.faultUpdated.push(updated);
  }

  /** The phase (ns in [0, granule)), or 0 with fewer than 8 samples. */
  estimate(): number {
    if (this.n < 8) return 0;
    if (this.faultT.length > 0) return this.byConstraints();
    return this.byEmptyRun();
  }

  /** The candidate phase (lowest on ties) that breaks the fewest constraints of the rule. */
  private byConstraints(): number {
    const g = this.granuleNs;
    let best = 0;
    let bestBroken = Infinity;
    const last = new Map<number, number>();
    for (let c = 0; c < CANDIDATES; c++) {
      const phase = Math.round((c * g) / CANDIDATES);
      last.clear();
      let broken = 0;
      for (let i = 0; i < this.faultT.length; i++) {
        const granule = Math.floor((this.faultT[i]! - phase) / g);
        const prev = last.get(this.faultFile[i]!);
        if (this.faultUpdated[i]) {
          if (prev !== undefined && granule <= prev) broken++;
          last.set(this.faultFile[i]!, granule);
        } else if (prev !== undefined && granule > prev) broken++;
        if (broken >= bestBroken) break;
      }
      if (broken < bestBroken) {
        bestBroken = broken;
        best = phase;
      }
    }
    return best;
  }

  private byEmptyRun(): number {
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

/**
 * Multigrain (6.13+): a c/mtime value off the coarse clock's grid is fine-grained. The kernel
 * takes one after its old value was QUERIED (a stat), and the coarse clock is floored by the
 * latest fine-grained value given to any multigrain inode on the machine (fs/inode.c,
 * ktime_get_coarse_real_ts64_mg), so other processes' stat-and-modify of other files make updates
 * happen between ticks (the fio capture: 112 where the 4 ms grid allows 99). The grid is the
 * most common residue (µs, modulo the granule) of the values seen so far.
 */
export class CoarseGrid {
  private readonly residues = new Map<number, number>();

  /** Records the ctime nanoseconds an update set, and says whether they were fine-grained. */
  fineGrained(nsec: number, queried: boolean, granuleNs: number): boolean {
    const r = Math.floor((nsec % granuleNs) / 1000);
    this.residues.set(r, (this.residues.get(r) ?? 0) + 1);
    if (queried) return true;
    let mode = r;
    let n = 0;
    for (const [res, c] of this.residues)
      if (c > n || (c === n && res < mode)) {
        mode = res;
        n = c;
      }
    if (n < 3) return false;
    const gUs = granuleNs / 1000;
    const d = Math.abs(r - mode);
    return Math.min(d, gUs - d) > 20;
  }
}
