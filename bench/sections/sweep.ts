/**
 * Benchmark: the cost of a sweep's grid (issue 16), `BENCH_ONLY=sweep`.
 *
 * Cost model. A sweep replays the whole grid in one pass over the log (engine
 * `replayVariants`): the log is read and decoded once (twice with the clock-phase pre-pass),
 * one tracker turns it into inputs for the baseline and every combination alike (they share
 * the jiffy grid), and each combination's flusher and policy runners take them; replaying
 * each of the 12 cells alone is 12 replays (each with legacy beside its policy, as `replay`
 * does), each reading, decoding and tracking the log again. The ratio says what the shared
 * read and tracker save, and what the baseline's runners cost.
 *
 * On the steady ext4 capture (modelled flusher, as the expire-age axis needs), in a file event
 * log, nothing stored: best of a few runs of each (a shared machine's noise only ever adds).
 * Figures: cells per second of the whole sweep, and the sweep's time against the 12 replays'.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestFiles } from '../../ingest/index.js';
import type { SimOptions } from '../../src/config/index.js';
import { createFileEventLog } from '../../src/log/index.js';
import type { EventLog } from '../../src/log/index.js';
import { gridOf, replayLog, runSweep } from '../../src/sim/index.js';
import type { SweepAxis } from '../../src/sim/index.js';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';

const STEADY = [
  process.env['BENCH_EXT4_STEADY'],
  'test/fixtures/captures/ext4-steady-rand-msync-async.trace.gz',
].find((p): p is string => p !== undefined && p.length > 0 && existsSync(p));

/** The capture's own tunables (test/fixtures/captures/README.md), every cell's starting point. */
const CAPTURED: SimOptions = { dirtyExpireMs: 1000, writebackIntervalMs: 500 };
const AXES: readonly SweepAxis[] = [
  { param: 'dirtyExpireMs', values: [1000, 5000, 30000] },
  { param: 'commitIntervalMs', values: [1000, 5000] },
];
const POLICIES = ['legacy', 'lazytime'];

/** Best wall time of `runs` calls of `f`, in ms. */
async function best(runs: number, f: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    await f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** The grid's 12 cells replayed one by one, each as `replay` with that cell's values would. */
async function cellsAlone(log: EventLog): Promise<number> {
  let n = 0;
  for (const params of gridOf(AXES)) {
    for (const policy of POLICIES) {
      await replayLog(log, {
        sim: { ...CAPTURED, ...params, writeback: 'modelled' },
        policies: [policy],
      });
      n++;
    }
  }
  return n;
}

export const section: BenchSection = {
  name: 'sweep: a 3 x 2 grid x 2 policies against its 12 cells replayed alone',
  async run(ctx: BenchContext): Promise<readonly BenchFigure[]> {
    if (STEADY === undefined)
      throw new Error('sweep bench needs the steady ext4 capture (set BENCH_EXT4_STEADY)');
    const log = await createFileEventLog({ dir: join(ctx.workDir, 'sweep-log') });
    try {
      await ingestFiles([STEADY], log, { captureId: 'bench-sweep' });
      await log.flush();
      const runs = ctx.scale < 1 ? 2 : 3;
      const sweep = () => runSweep(log, { sim: CAPTURED, axes: AXES, policies: POLICIES });
      const cells = (await sweep()).cells.length; // also warms the JIT
      const sweepMs = await best(runs, sweep);
      const aloneMs = await best(runs, () => cellsAlone(log));
      ctx.log(
        `bench: sweep ${cells} cells ${sweepMs.toFixed(0)} ms, alone ${aloneMs.toFixed(0)} ms`,
      );
      return [
        {
          name: `sweep: ${cells}-cell grid`,
          value: cells / (sweepMs / 1000),
          unit: 'cells/s',
          baseline: {
            name: `${cells} replays alone`,
            value: cells / (aloneMs / 1000),
            ratio: aloneMs / sweepMs,
          },
          note: `one sweep (one pass: baseline + ${gridOf(AXES).length} combinations) ${sweepMs.toFixed(0)} ms, ${cells} separate replays ${aloneMs.toFixed(0)} ms; ratio > 1: the sweep is faster`,
        },
        {
          name: `sweep: one sweep / ${cells} replays`,
          value: sweepMs / aloneMs,
          unit: 'time ratio',
        },
      ];
    } finally {
      await log.close();
    }
  },
};
