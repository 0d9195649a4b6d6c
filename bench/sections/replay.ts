/**
 * Benchmark: replay throughput per policy and memory on the large input.
 *
 * Cost model. The target is 3,000,000 events/s per policy on one core, i.e. ~330 ns per event
 * for the tracker (VMA lookup, episode segmentation: shared by all policies) plus one policy run.
 * Most events of a real capture are irrelevant to the followed files (faults of other processes,
 * other inodes) and cost a Map lookup; the write faults of followed files cost a policy decision,
 * page-state updates and a latency sample (a few hundred ns).
 *
 * 1. Simulation only: the events of the steady ext4 capture decoded once into memory, replayed
 *    under one policy at a time (no legacy alongside), best of several runs; baseline = the
 *    tracker alone (no policy), so the ratio shows what a policy adds.
 * 2. End to end on `ctx.largeInput` (or the steady capture when absent): ingested into a file
 *    event log, then replayed from the log (read + decode + every policy) with the heap sampled
 *    after each batch; replaying the first tenth of the log and then all of it shows whether
 *    memory stays flat as the input grows 10x.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';
import { ingestFiles, readEvents } from '../../ingest/index.js';
import type { CanonicalEvent } from '../../src/events/index.js';
import type { EventLog, LogRecord, ReadOptions } from '../../src/log/index.js';
import { createFileEventLog } from '../../src/log/index.js';
import { BUILT_IN_POLICIES, replayCaptures, replayEvents } from '../../src/sim/index.js';

const STEADY = [
  process.env['BENCH_EXT4_STEADY'],
  'test/fixtures/captures/ext4-steady-rand-msync-async.trace.gz',
].find((p): p is string => p !== undefined && p.length > 0 && existsSync(p));

const TARGET = '>= 3,000,000 events/s';

async function loadEvents(path: string): Promise<CanonicalEvent[]> {
  const out: CanonicalEvent[] = [];
  for await (const b of readEvents(path)) for (const e of b) out.push(e);
  return out;
}

/**
 * Events/s of replaying `events` under `policies` (without legacy): replays back to back for at
 * least `seconds` and divides (one 150k-event replay takes only tens of ms, too short to time
 * alone on a shared machine).
 */
async function rate(
  events: readonly CanonicalEvent[],
  policies: string[],
  seconds: number,
): Promise<number> {
  globalThis.gc?.();
  const t = performance.now();
  let n = 0;
  do {
    await replayEvents(events, { policies, withLegacy: false, sim: { clockPhaseNs: 0 } });
    n += events.length;
  } while (performance.now() - t < seconds * 1000);
  return n / ((performance.now() - t) / 1000);
}

/**
 * Wraps a log and samples the live heap while it is read: every 32nd batch a full GC (when
 * `--expose-gc`) and then `heapUsed`, so the figure is retained state, not garbage that V8 has
 * not collected yet (whose peak depends only on how long the run lasts).
 */
function sampled(log: EventLog, peak: { bytes: number }): EventLog {
  let n = 0;
  return {
    append: (e) => log.append(e),
    flush: () => log.flush(),
    endOffset: () => log.endOffset(),
    close: () => log.close(),
    async *read(from: number, options?: ReadOptions): AsyncIterable<readonly LogRecord[]> {
      for await (const batch of log.read(from, options)) {
        yield batch;
        if (n++ % 32 !== 0) continue;
        globalThis.gc?.();
        const h = process.memoryUsage().heapUsed;
        if (h > peak.bytes) peak.bytes = h;
      }
    },
  };
}

export const section: BenchSection = {
  name: 'replay: events/s per policy (one core), memory on the large input',
  async run(ctx: BenchContext): Promise<readonly BenchFigure[]> {
    const figures: BenchFigure[] = [];
    if (STEADY === undefined)
      throw new Error('replay bench needs the steady ext4 capture (set BENCH_EXT4_STEADY)');
    const events = await loadEvents(STEADY);
    // The JIT needs a few runs: warm up, then time each configuration for a few seconds.
    const seconds = Math.max(1, 3 * Math.min(1, ctx.scale));
    await rate(events, ['legacy'], 1);
    const base = await rate(events, [], seconds);
    figures.push({
      name: 'replay: tracker only (no policy)',
      value: base,
      unit: 'events/s',
      note: `${events.length} events of ${STEADY}`,
    });
    for (const p of BUILT_IN_POLICIES) {
      await rate(events, [p.id], 0.3);
      const v = await rate(events, [p.id], seconds);
      figures.push({
        name: `replay: ${p.id}`,
        value: v,
        unit: 'events/s',
        target: TARGET,
        baseline: { name: 'tracker only', value: base, ratio: v / base },
      });
      ctx.log(`bench: replay ${p.id}: ${Math.round(v).toLocaleString('en-US')} events/s`);
    }

    events.length = 0; // let the in-memory copy go before measuring memory

    // End to end from a file log.
    const input = ctx.largeInput?.path ?? STEADY;
    const dir = join(ctx.workDir, 'replay-log');
    const log = await createFileEventLog({ dir });
    await ingestFiles([input], log, { captureId: 'bench' });
    await log.flush();
    const end = await log.endOffset();
    const policyIds = BUILT_IN_POLICIES.map((p) => p.id);
    const measure = async (toOffset: number): Promise<{ rate: number; peak: number }> => {
      globalThis.gc?.();
      const peak = { bytes: process.memoryUsage().heapUsed };
      const t = performance.now();
      await replayCaptures(sampled(log, peak), {
        policies: policyIds,
        toOffset,
        sim: { clockPhaseNs: 0 },
      });
      return { rate: toOffset / ((performance.now() - t) / 1000), peak: peak.bytes };
    };
    const tenth = await measure(Math.max(1, Math.floor(end / 10)));
    const full = await measure(end);
    await log.close();
    figures.push({
      name: 'replay: from file log, all 8 policies',
      value: full.rate,
      unit: 'events/s',
      note: `${end.toLocaleString('en-US')} events (${input}); read + decode + tracker + 8 policy runs in one pass`,
    });
    figures.push({
      name: 'replay: peak live heap, full input',
      value: full.peak / 2 ** 20,
      unit: 'MiB',
      baseline: {
        name: 'first tenth of the input',
        value: tenth.peak / 2 ** 20,
        ratio: full.peak / tenth.peak,
      },
      target: 'flat: ratio ~1 for 10x the input',
    });
    return figures;
  },
};
