// Time going backwards inside a task's fault episode (a CPU clock that jumped, events out of
// order) must never become a fault latency: the episode is dropped and counted (tracker/episodes.ts).
import { describe, expect, it } from 'vitest';
import type { CanonicalEvent, TimestampNs } from '../../../src/events/index.js';
import { given, scenario } from './given.js';

/** Three write faults; with `jumpS`, the last event of the second one is `jumpS` seconds late. */
function threeFaults(jumpS: number): CanonicalEvent[] {
  const s = scenario().create().mmap(4).at(1).fault(0);
  s.at(2).fault(1);
  const last = s.events[s.events.length - 1] as { ts: bigint };
  last.ts = (last.ts + BigInt(jumpS * 1e9)) as TimestampNs;
  return s.at(3).fault(2).events;
}

describe('time going backwards inside a fault episode', () => {
  it('is counted, and the fault is dropped from every count and latency', async () => {
    const r = await given(threeFaults(5)).replayWith('legacy').result();
    expect(r.timeBackwards).toEqual({ droppedFaults: 1, syscallsWithoutDuration: 0 });
    const p = r.policies['legacy']!;
    expect(p.writeFaults).toBe(2);
    expect(p.faultLatencyUs.count).toBe(2);
    // No 5-second sample, simulated or observed.
    expect(p.faultLatencyUs.max).toBeLessThan(1000);
    expect(p.observed!.writeFaults).toBe(2);
    expect(p.observed!.faultLatencyUs.max).toBeLessThan(1000);
  });

  it('is absent from results of a capture whose clock never went back', async () => {
    const r = await given(threeFaults(0)).replayWith('legacy').result();
    expect('timeBackwards' in r).toBe(false);
    expect(r.policies['legacy']!.writeFaults).toBe(3);
    expect(r.policies['legacy']!.observed!.faultLatencyUs.count).toBe(3);
  });
});

describe('an msync that exits before it enters', () => {
  /** One write fault, then an MS_SYNC msync whose exit is `durUs` after its entry. */
  const faultThenMsync = (durUs: number): CanonicalEvent[] =>
    scenario().create().mmap(4).at(1).fault(0).at(2).msync(4, 4, durUs).events;

  it('is counted, has no latency sample, and is charged the modelled cost', async () => {
    const r = await given(faultThenMsync(-5000)).replayWith('legacy').result();
    expect(r.timeBackwards).toEqual({ droppedFaults: 0, syscallsWithoutDuration: 1 });
    const p = r.policies['legacy']!;
    expect(p.msyncCalls).toBe(1);
    expect(p.observed!.msyncCalls).toBe(1);
    expect(p.observed!.msyncLatencyUs.count).toBe(0);
    // The simulated msync took the modelled cost: never a negative latency.
    expect(p.msyncLatencyUs.count).toBe(1);
    expect(p.msyncLatencyUs.mean).toBeGreaterThan(0);
  });

  it('with a normal exit keeps its traced duration and no report', async () => {
    const r = await given(faultThenMsync(40)).replayWith('legacy').result();
    expect('timeBackwards' in r).toBe(false);
    expect(r.policies['legacy']!.observed!.msyncLatencyUs.count).toBe(1);
  });
});
