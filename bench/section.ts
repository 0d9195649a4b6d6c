/**
 * One part of `npm run bench`. Speed is measured here and never in tests; every section reports
 * its figures next to a baseline measured in the same run (a ratio is meaningful on a noisy
 * shared machine, an absolute number alone is not).
 */
export interface BenchFigure {
  /** e.g. "ingest: parse only" */
  readonly name: string;
  readonly value: number;
  /** e.g. "lines/s", "events/s", "rows/s", "MiB" */
  readonly unit: string;
  /** Optional comparison with a baseline measured in the same run. */
  readonly baseline?: { readonly name: string; readonly value: number; readonly ratio: number };
  /** Target from the issue, for the README table, e.g. ">= 1,000,000 lines/s". */
  readonly target?: string;
  readonly note?: string;
}

export interface BenchContext {
  /** A scratch directory for this run, removed afterwards. */
  readonly workDir: string;
  /** Scale factor from BENCH_SCALE (1 = default size; CI-size runs use less). */
  readonly scale: number;
  /** Progress lines go here (stderr). */
  log(message: string): void;
  /**
   * The shared large input, built once per run by the ingest section by repeating the shared
   * captures with shifted timestamps; undefined until that section has run.
   */
  largeInput?: { readonly path: string; readonly lines: number; readonly bytes: number };
}

export interface BenchSection {
  readonly name: string;
  run(ctx: BenchContext): Promise<readonly BenchFigure[]>;
}
