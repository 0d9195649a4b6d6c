// Time going backwards inside a task's fault episode (a CPU clock that jumped, events out of
// order) must never become a fault latency: the episode is dropped and counted (tracker.ts).
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
    expect(r.timeBackwards).toEqual({ droppedFaults: 1 });
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
