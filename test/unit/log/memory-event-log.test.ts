/** Memory-log behaviour beyond the contract, and the shared read-range rules. */
import { describe, expect, test } from 'vitest';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { createMemoryEventLog } from '../../../src/log/index.js';
import { resolveReadRange } from '../../../src/log/memory-event-log.js';
import { readAll } from '../../contracts/event-log.contract.js';
import { sampleEvents } from '../codec/random-events.js';

describe('memory event log', () => {
  test('stores what was appended, not the caller object (later mutation is not seen)', async () => {
    const log = createMemoryEventLog();
    const events = sampleEvents(3);
    const copy = structuredClone(events);
    await log.append(events);
    (events[1] as { comm: string }).comm = 'changed';
    expect((await readAll(log)).records.map((r) => r.event)).toEqual(copy);
    await log.close();
  });

  test('a closed log rejects every call', async () => {
    const log = createMemoryEventLog();
    await log.close();
    await expect(log.append([] as CanonicalEvent[])).rejects.toThrow(/closed/);
    await expect(log.endOffset()).rejects.toThrow(/closed/);
    await expect(log.flush()).rejects.toThrow(/closed/);
  });
});

describe('resolveReadRange', () => {
  test('clamps to the end and never goes backwards', () => {
    expect(resolveReadRange(0, {}, 10)).toEqual({ from: 0, to: 10, batchSize: 4096 });
    expect(resolveReadRange(3, { toOffset: 7, batchSize: 2 }, 10)).toEqual({
      from: 3,
      to: 7,
      batchSize: 2,
    });
    expect(resolveReadRange(3, { toOffset: 70 }, 10)).toMatchObject({ from: 3, to: 10 });
    expect(resolveReadRange(12, {}, 10)).toMatchObject({ from: 10, to: 10 });
    expect(resolveReadRange(8, { toOffset: 5 }, 10)).toMatchObject({ from: 5, to: 5 });
  });

  test('rejects negative, fractional and unsafe arguments with RPL_INPUT', () => {
    for (const [from, opts] of [
      [-1, {}],
      [0.5, {}],
      [Number.NaN, {}],
      [0, { toOffset: -2 }],
      [0, { batchSize: 0 }],
      [0, { batchSize: 1.5 }],
    ] as const) {
      expect(() => resolveReadRange(from, opts, 10)).toThrow(/must be an integer/);
    }
  });
});
