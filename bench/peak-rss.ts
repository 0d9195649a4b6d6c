/**
 * Peak RSS of the process while an operation runs, for the bench's memory figures: sampled
 * every 20 ms (and once at the end). With `collect`, after a forced GC, so `before` is what the
 * operation starts from; but a forced GC shrinks the heap, and an allocation-heavy operation
 * timed right after it pays for growing it again (the Kafka produce ran 2-6x slower after one).
 */
export interface PeakRss {
  readonly before: number;
  /** Stops sampling; returns the peak seen, in bytes. */
  stop(): number;
}

export function samplePeakRss(opts: { readonly collect: boolean }): PeakRss {
  if (opts.collect) globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    before,
    stop() {
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      return peak;
    },
  };
}
