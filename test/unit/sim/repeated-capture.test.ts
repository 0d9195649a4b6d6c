// A capture ingested twice (or `faultreplay run` repeated on one file) sits in the log twice with
// the same capture id. Each copy must replay as its own run with the figures of a single copy,
// never merged into one run with doubled (and time-travelling) events.
import { describe, expect, it } from 'vitest';
import { readEvents } from '../../../ingest/index.js';
import { createMemoryEventLog } from '../../../src/log/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { replayCaptures, resultToJson } from '../../../src/sim/index.js';
import type { RunResult } from '../../../src/sim/index.js';
import { repoRoot } from '../../helpers/shared.js';

const CAPTURE = `${repoRoot}/test/fixtures/captures/ext4-small-steady.trace.gz`;

async function captureEvents(): Promise<CanonicalEvent[]> {
  const out: CanonicalEvent[] = [];
  for await (const b of readEvents(CAPTURE)) out.push(...b);
  return out;
}

/** The figures of a run without what legitimately differs between copies (ids, offsets). */
const figures = (r: RunResult): string => resultToJson(r.policies);

describe('a capture present twice in the log', () => {
  it('replays as two runs, each equal to a replay of one copy', async () => {
    const events = await captureEvents();
    const once = createMemoryEventLog();
    await once.append(events);
    const [single] = await replayCaptures(once, { policies: ['legacy', 'deferred'] });

    const twice = createMemoryEventLog();
    await twice.append(events);
    await twice.append(events);
    const runs = await replayCaptures(twice, { policies: ['legacy', 'deferred'] });

    expect(runs).toHaveLength(2);
    expect(runs.map((r) => r.captureId)).toEqual([single!.captureId, single!.captureId]);
    expect(runs[0]!.fromOffset).toBe(0);
    expect(runs[1]!.fromOffset).toBe(events.length);
    expect(runs[0]!.runId).not.toBe(runs[1]!.runId);
    expect(figures(runs[0]!)).toBe(figures(single!));
    expect(figures(runs[1]!)).toBe(figures(single!));
  });

  it('a range covering only the second copy replays that copy alone', async () => {
    const events = await captureEvents();
    const log = createMemoryEventLog();
    await log.append(events);
    await log.append(events);
    const runs = await replayCaptures(log, {
      policies: ['legacy'],
      fromOffset: events.length,
      toOffset: 2 * events.length,
    });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.fromOffset).toBe(events.length);
    expect(runs[0]!.policies['legacy']!.writeFaults).toBeGreaterThan(0);
  });
});
