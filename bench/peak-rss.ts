/**
 * Peak RSS of the process while an operation runs, for the bench's memory figures: sampled
 * every 20 ms (and once at the end) after a GC, so `before` is what the operation starts from.
 */
export interface PeakRss {
  readonly before: number;
  /** Stops sampling; returns the peak seen, in bytes. */
  stop(): number;
}

export function samplePeakRss(): PeakRss {
  globalThis.gc?.();
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
