// The capture-range log's seq bookkeeping (src/log/capture-range-log.ts): events a newer schema
// wrote occupy their seqs (no gap, counted once), repeats are dropped, a real hole is a gap.
import { describe, expect, test } from 'vitest';
import { createCaptureRangeLog } from '../../../src/log/capture-range-log.js';
import type { CaptureRecord } from '../../../src/log/kafka-event-log.js';
import { sampleEvents } from '../codec/random-events.js';

const events = sampleEvents(10, 5).map((e, seq) => ({ ...e, captureId: 'c', seq }));

/** A batch record of capture c holding `seqs`: known ones as events, `newer` ones skipped. */
function record(offset: number, seqs: number[], newer: number[], end = false): CaptureRecord {
  return {
    kind: 'batch',
    offset,
    captureId: 'c',
    firstSeq: seqs[0]!,
    endOfCapture: end,
    events: seqs.filter((s) => !newer.includes(s)).map((s) => events[s]!),
    newerSeqs: newer,
  };
}

async function readAll(
  records: CaptureRecord[],
): Promise<{ seqs: number[]; log: ReturnType<typeof createCaptureRangeLog> }> {
  const log = createCaptureRangeLog(async function* () {
    for (const r of records) yield await Promise.resolve([r]);
  });
  const seqs: number[] = [];
  for await (const batch of log.read(0)) for (const r of batch) seqs.push(r.event.seq);
  return { seqs, log };
}

describe('capture range log', () => {
  test('a newer-schema event occupies its seq: no gap, counted once across a repeated batch', async () => {
    const { seqs, log } = await readAll([
      record(0, [0, 1, 2, 3], [2]),
      record(1, [0, 1, 2, 3], [2]), // written again by a re-run ingest
      record(2, [4, 5, 6], [4, 6]),
      record(3, [7, 8], [], true),
    ]);
    expect(seqs).toEqual([0, 1, 3, 5, 7, 8]);
    expect(log.captures().get('c')).toMatchObject({
      firstOffset: 0,
      ended: true,
      gap: false,
      events: 6,
      newerEvents: 3,
    });
  });

  test('a seq missing from the range is still a gap', async () => {
    const { seqs, log } = await readAll([record(0, [0, 1], [1]), record(1, [3, 4], [], true)]);
    expect(seqs).toEqual([0, 3, 4]);
    expect(log.captures().get('c')).toMatchObject({ gap: true, events: 3, newerEvents: 1 });
  });
});
