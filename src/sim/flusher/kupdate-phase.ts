/**
 * The kupdate work's phase in a capture. The kernel arms the flusher's delayed work when the
 * bdi first gets a dirty inode (fs/fs-writeback.c __mark_inode_dirty -> wb_wakeup_delayed, a
 * queue_delayed_work: no-op while pending) and wb_workfn re-arms it after each run while the
 * bdi has dirty io. Dirt from before the capture (the workload's setup, other files) can leave
 * it pending when the capture starts, so "armed at the first dirtying" runs it too late:
 * ext4-tunables-expire1500 dirties at 1543.07 s and the kernel's periodic run is at 1548.00 s,
 * 4.93 s later with a 5 s interval; the model ran past the capture's end and wrote nothing.
 *
 * The capture's own first periodic (kupdate) writeback says when the pending work was armed:
 * that run's time minus the interval in force at capture time (with the timer wheel's mean
 * lateness, which the model adds back, so at the captured interval the model runs exactly
 * when the kernel did). Without a periodic run, or without the captured interval (a header
 * without tunables), the model keeps the first-dirtying rule, and the result says which.
 */
import { kupdateDelayNs } from './modelled-flusher.js';

/** Where the modelled flusher's first kupdate run comes from (stored in the run's config). */
export type KupdatePhaseSource = 'captured-periodic-run' | 'first-dirtying';

export interface KupdatePhase {
  readonly source: KupdatePhaseSource;
  /** Arm time, ns relative to the capture's first event; with 'captured-periodic-run' only. */
  readonly armedNs?: number;
}

/**
 * The arm time from the capture's first periodic run `firstRunNs` (undefined: none seen) at the
 * captured `intervalMs` (undefined: the header did not record it).
 */
export function kupdatePhase(
  firstRunNs: number | undefined,
  intervalMs: number | undefined,
  hz: number,
): KupdatePhase {
  if (firstRunNs === undefined || intervalMs === undefined || intervalMs <= 0)
    return { source: 'first-dirtying' };
  return { source: 'captured-periodic-run', armedNs: firstRunNs - kupdateDelayNs(intervalMs, hz) };
}
