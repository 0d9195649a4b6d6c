// What ingest skipped travels with the capture (#15): its end record's bad_lines and
// payload_mismatch_lines become RunResult.skipped.badLines / payloadMismatchLines. Unknown (no
// end record, or one an older ingest wrote without them) is never reported as 0.
import { describe, expect, it } from 'vitest';
import type { CanonicalEvent, CaptureEnd } from '../../../src/events/index.js';
import { ingestCountsKnown, replayEvents } from '../../../src/sim/index.js';
import type { RunResult } from '../../../src/sim/index.js';
import { APP, scenario } from './given.js';

/** A small capture that writes two pages, its header promising an end record. */
function capture(end: Omit<CaptureEnd, 'events'> | undefined): CanonicalEvent[] {
  const s = scenario().mmap(4).at(1).fault(0).at(2).fault(1);
  // The end record counts the events before it (its own seq), as ingest writes it.
  if (end !== undefined) s.push('capture_end', APP, { events: s.events.length, ...end });
  const [header, ...rest] = s.events;
  if (header?.type !== 'header') throw new Error('no header');
  return [{ ...header, data: { ...header.data, endsWithCaptureEnd: true } }, ...rest];
}

async function replayed(end: Omit<CaptureEnd, 'events'> | undefined): Promise<RunResult> {
  const events = capture(end);
  return replayEvents(() => events, { policies: ['legacy'] });
}

const END = { inputBytes: 100, inputDamaged: false };

describe('what ingest skipped, from the end record', () => {
  it('bad lines and payload mismatches are in skipped, the run still complete', async () => {
    const r = await replayed({ ...END, badLines: 3, payloadMismatchLines: 2 });
    expect(r.completeness).toBe('complete');
    expect(r.skipped).toEqual({
      damagedRecords: 0,
      tracerLostEvents: 0,
      unattributedFaults: 0,
      badLines: 3,
      payloadMismatchLines: 2,
    });
    expect(ingestCountsKnown(r)).toBe(true);
  });

  it('zeros leave skipped out, and the counts are known to be 0', async () => {
    const r = await replayed({ ...END, badLines: 0, payloadMismatchLines: 0 });
    expect(r.completeness).toBe('complete');
    expect(r.skipped).toBeUndefined();
    expect(ingestCountsKnown(r)).toBe(true);
  });

  it('an end record an older ingest wrote (no counts) says so: skipped without them', async () => {
    const r = await replayed(END);
    expect(r.completeness).toBe('complete');
    expect(r.skipped).toEqual({ damagedRecords: 0, tracerLostEvents: 0, unattributedFaults: 0 });
    expect(ingestCountsKnown(r)).toBe(false);
  });

  it('no end record (a torn tail, a killed ingest): the counts are unknown', async () => {
    const r = await replayed(undefined);
    expect([r.completeness, r.incompleteReason]).toEqual(['incomplete', 'no-end-record']);
    expect(r.skipped).toBeUndefined();
    expect(ingestCountsKnown(r)).toBe(false);
  });
});
