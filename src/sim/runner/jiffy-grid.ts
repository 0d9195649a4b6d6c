/**
 * The coarse clock of the c/mtime updates: relative trace times mapped onto the jiffy grid
 * (granule = 1/HZ), offset by the grid's estimated phase against the trace clock.
 */
export class JiffyGrid {
  readonly granuleNs: number;
  /** Absolute trace time of relative t = 0, ns. */
  readonly t0Abs: number;
  /** Offset of the jiffy grid against the trace clock, ns. */
  readonly phaseNs: number;

  constructor(hz: number, t0Abs: number, phaseNs: number) {
    this.granuleNs = 1e9 / hz;
    this.t0Abs = t0Abs;
    this.phaseNs = phaseNs;
  }

  /** The granule holding relative time `t`. */
  granule(t: number): number {
    return Math.floor((this.t0Abs + t - this.phaseNs) / this.granuleNs);
  }
}
