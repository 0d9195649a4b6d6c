// The simulated legacy fault latency against the ground truth's tail. Every traced write fault
// happens inside one user-space store that the workload timed (`*.lat.csv`, op `w`), so no
// simulated fault may be slower than the slowest measured store (plus the small constant the
// model adds for exception entry/exit). Regression: episodes used to run on into the task's
// later, unrelated work (a write() to another file 70 ms on), giving a 16 ms p99 against a
// measured maximum of 357 µs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readEvents } from '../../../ingest/index.js';
import { replayEvents } from '../../../src/sim/index.js';
import { capturesDir } from '../../helpers/shared.js';

const CAPTURES = [
  ['ext4-small-steady.trace.gz', 'ext4-small-steady.lat.csv.gz'],
  ['ext4-steady-rand-msync-async.trace.gz', 'ext4-steady-rand-msync-async.lat.csv.gz'],
  ['ext4-fault512-sparse.trace.gz', 'ext4-fault512-sparse.lat.csv.gz'],
  ['ext4-fault512-prealloc.trace.gz', 'ext4-fault512-prealloc.lat.csv.gz'],
  ['ext4-perf-steady.perfscript.gz', 'ext4-perf-steady.lat.csv.gz'],
] as const;

function storeLatenciesUs(csv: string): number[] {
  return gunzipSync(readFileSync(csv))
    .toString('utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.endsWith(',w'))
    .map((l) => Number(l.split(',')[2]) / 1000)
    .sort((a, b) => a - b);
}

describe('legacy fault latency tail vs the measured stores', () => {
  for (const [trace, csv] of CAPTURES) {
    it(`${trace}: no simulated fault is slower than the slowest measured store`, async () => {
      const dir = capturesDir;
      const r = await replayEvents(
        async function* () {
          for await (const b of readEvents(join(dir, trace))) yield* b;
        },
        { policies: ['legacy'] },
      );
      const sim = r.policies['legacy']!.faultLatencyUs;
      const measured = storeLatenciesUs(join(dir, csv));
      const slowest = measured.at(-1)!;
      expect(sim.count).toBeGreaterThan(0);
      // 5 µs: the model's exception entry/return constant plus timestamp rounding (µs clock).
      expect(sim.max).toBeLessThanOrEqual(slowest + 5);
      // and the body of the distribution is where the stores that faulted are
      expect(sim.p99).toBeLessThanOrEqual(slowest);
    }, 60_000);
  }
});
