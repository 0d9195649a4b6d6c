/**
 * The modelled flusher against the kernel's: with the tunables in force at capture time
 * (ext4-steady-rand-msync-async: vm.dirty_expire_centisecs=100, dirty_writeback_centisecs=50,
 * test/fixtures/captures), re-timed writeback must come within 10% of the captured
 * writeback counts (pages written, writeback calls), so that a sweep's other cells are credible.
 */
import { describe, expect, test } from 'vitest';
import type { ReplayDiagnostics, RunResult } from '../../../../src/sim/index.js';
import type { SimOptions } from '../../../../src/config/index.js';
import { flat, replayLegacy } from './replay.js';

const CAPTURE = 'test/fixtures/captures/ext4-steady-rand-msync-async.trace.gz';
const CAPTURED = { dirtyExpireMs: 1000, writebackIntervalMs: 500 } as const;

function replay(sim: SimOptions): Promise<{ r: RunResult; d: ReplayDiagnostics }> {
  return replayLegacy(() => flat(CAPTURE), sim);
}

function within10(actual: number, expected: number): void {
  expect(expected).toBeGreaterThan(0);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.1 * expected);
}

describe('modelled flusher', () => {
  test('with the captured tunables it writes what the kernel wrote, in as many calls', async () => {
    const { r, d } = await replay({ ...CAPTURED, writeback: 'modelled' });
    const legacy = r.policies['legacy']!;
    // the capture's own counts: pages its writepages wrote, flusher calls it made
    within10(legacy.dataPagesWritten, legacy.observed!.dataPagesWritten!);
    expect(d.flusher!.capturedWritebacks).toBe(9);
    within10(d.flusher!.modelledWritebacks, d.flusher!.capturedWritebacks);
    expect(JSON.parse(r.configJson)).toMatchObject({ writeback: 'modelled' });
  });

  test('captured writeback is replayed as is unless re-timing is asked for', async () => {
    const { r, d } = await replay(CAPTURED);
    expect(d.flusher).toBeUndefined();
    expect(r.policies['legacy']!.dataPagesWritten).toBe(
      r.policies['legacy']!.observed!.dataPagesWritten,
    );
  });

  test('a longer expire interval writes fewer pages of this rewrite-heavy workload', async () => {
    const short = await replay({ ...CAPTURED, writeback: 'modelled' });
    const long = await replay({ ...CAPTURED, dirtyExpireMs: 3000, writeback: 'modelled' });
    expect(long.r.policies['legacy']!.dataPagesWritten).toBeLessThan(
      short.r.policies['legacy']!.dataPagesWritten,
    );
    expect(long.d.flusher!.modelledWritebacks).toBeLessThan(short.d.flusher!.modelledWritebacks);
  });
});
