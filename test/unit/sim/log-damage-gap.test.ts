// A record `log repair` replaced (a `lost` event of kind log_damage) may have been any task's
// event: no fault episode open before it is timed to an event after it (tracker/episodes.ts), whereas the
// tracer's own loss, one CPU's buffer, is carried across.
import { describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { APP, DEV, INO, BASE, given, scenario } from './given.js';

/** A write fault on page 0 whose dirtying comes 500 µs later, with `gap` between the two. */
function faultAcrossGap(gap: 'log_damage' | 'lost' | 'none'): CanonicalEvent[] {
  const s = scenario().create().mmap(4).at(1);
  s.push('page_fault', APP, { address: BASE + 8n, ip: 0x1000n, errorCode: 0x6, user: true });
  s.push('filemap_fault', APP, { dev: DEV, ino: INO, offset: 0, endOffset: 0, mapPages: false });
  s.after(2);
  if (gap !== 'none') s.push('lost', 0, { cpu: 1, count: 1, countKnown: true, kind: gap });
  s.after(500);
  s.push('page_dirtied', APP, { dev: DEV, ino: INO, index: 0, legacyPageEvent: false });
  return s.after(1).at(2).fault(1).events;
}

const observedMaxUs = async (events: CanonicalEvent[]): Promise<number> => {
  const r = await given(events).replayWith('legacy').result();
  return r.policies['legacy']!.observed!.faultLatencyUs.max;
};

describe('a fault episode across a log_damage record', () => {
  it('ends at the gap: never timed to an event after it', async () => {
    expect(await observedMaxUs(faultAcrossGap('log_damage'))).toBeLessThan(100);
  });

  it('is carried across the tracer loss and with no gap (the 500 µs are its latency)', async () => {
    expect(await observedMaxUs(faultAcrossGap('lost'))).toBeGreaterThanOrEqual(500);
    expect(await observedMaxUs(faultAcrossGap('none'))).toBeGreaterThanOrEqual(500);
  });
});
