/**
 * The EventLog contract (src/log/event-log.ts), run against every adapter (STYLE.md §19, hono
 * `router/common.case.test.ts`): memory and file in `unit`, Kafka in `integration`.
 *
 *     runEventLogContract('file', {
 *       create: async () => createFileEventLog({ dir: await freshDir() }),
 *       reopen: async (closed) => createFileEventLog({ dir: dirOf(closed) }),
 *     });
 *
 * `create` returns a fresh, empty log; `reopen` (persistent adapters only) gets a log the suite
 * has closed and returns a new log over the same storage. The suite closes every log it gets.
 * Expected values are derived independently of the adapter: from the events the test appended
 * and from their encoded bytes, never from what the log returns.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { CanonicalEvent } from '../../src/events/index.js';
import { isReplayError } from '../../src/errors.js';
import { EncodedBatchWriter, type EncodedBatch } from '../../src/codec/index.js';
import { appendEncoded } from '../../src/log/index.js';
import type { EventLog, LogRecord, ReadOptions } from '../../src/log/index.js';
import { RandomEvents, Rng, sampleEvents } from '../unit/codec/random-events.js';

export interface EventLogContractOptions {
  /** A fresh, empty log. */
  readonly create: () => Promise<EventLog>;
  /** A new log over the storage of `closed` (already closed by the suite). */
  readonly reopen?: (closed: EventLog) => Promise<EventLog>;
  /** Events for the "large batch" tests. @default 20000 */
  readonly largeCount?: number;
}

export async function readAll(
  log: EventLog,
  from = 0,
  options?: ReadOptions,
): Promise<{ records: LogRecord[]; batches: number[] }> {
  const records: LogRecord[] = [];
  const batches: number[] = [];
  for await (const batch of log.read(from, options)) {
    batches.push(batch.length);
    records.push(...batch);
  }
  return { records, batches };
}

export function runEventLogContract(name: string, options: EventLogContractOptions): void {
  const { create, reopen } = options;
  const largeCount = options.largeCount ?? 20000;

  describe(`EventLog contract: ${name}`, () => {
    const opened: EventLog[] = [];
    const fresh = async (): Promise<EventLog> => {
      const log = await create();
      opened.push(log);
      return log;
    };
    afterEach(async () => {
      for (const log of opened.splice(0)) await log.close();
    });

    const events = (n: number, seed = 1, firstSeq = 0): CanonicalEvent[] =>
      sampleEvents(n, seed, firstSeq);
    const eventsOf = (rs: readonly LogRecord[]): CanonicalEvent[] => rs.map((r) => r.event);
    const offsetsOf = (rs: readonly LogRecord[]): number[] => rs.map((r) => r.offset);
    const range = (a: number, b: number): number[] =>
      Array.from({ length: b - a }, (_v, i) => a + i);

    test('an empty log has end 0 and reads nothing', async () => {
      const log = await fresh();
      expect(await log.endOffset()).toBe(0);
      expect((await readAll(log)).records).toEqual([]);
      expect((await readAll(log, 5)).records).toEqual([]);
    });

    test('appends get dense offsets from 0 and read back in order, equal to what was appended', async () => {
      const log = await fresh();
      const a = events(10, 1, 0);
      const b = events(7, 2, 10);
      expect(await log.append(a)).toEqual({ firstOffset: 0, nextOffset: 10 });
      expect(await log.append(b)).toEqual({ firstOffset: 10, nextOffset: 17 });
      expect(await log.endOffset()).toBe(17);
      const { records } = await readAll(log);
      expect(offsetsOf(records)).toEqual(range(0, 17));
      expect(eventsOf(records)).toEqual([...a, ...b]);
    });

    test('every event kind with random values survives the log exactly', async () => {
      const log = await fresh();
      const gen = new RandomEvents(new Rng(4242));
      const all = Array.from({ length: 500 }, () => gen.event());
      await log.append(all);
      expect(eventsOf((await readAll(log)).records)).toEqual(all);
    });

    test('an empty append changes nothing', async () => {
      const log = await fresh();
      await log.append(events(3));
      expect(await log.append([])).toEqual({ firstOffset: 3, nextOffset: 3 });
      expect(await log.endOffset()).toBe(3);
    });

    test('read from the middle, with toOffset, and past the end', async () => {
      const log = await fresh();
      const all = events(100);
      await log.append(all);
      const mid = await readAll(log, 37);
      expect(offsetsOf(mid.records)).toEqual(range(37, 100));
      expect(eventsOf(mid.records)).toEqual(all.slice(37));
      const window = await readAll(log, 20, { toOffset: 45 });
      expect(offsetsOf(window.records)).toEqual(range(20, 45));
      expect(eventsOf(window.records)).toEqual(all.slice(20, 45));
      expect((await readAll(log, 50, { toOffset: 50 })).records).toEqual([]);
      expect((await readAll(log, 60, { toOffset: 10 })).records).toEqual([]);
      expect(offsetsOf((await readAll(log, 90, { toOffset: 1000 })).records)).toEqual(
        range(90, 100),
      );
      expect((await readAll(log, 100)).records).toEqual([]);
      expect((await readAll(log, 1000)).records).toEqual([]);
    });

    test('batches respect batchSize and cover every offset once', async () => {
      const log = await fresh();
      await log.append(events(1000));
      const { records, batches } = await readAll(log, 3, { batchSize: 64 });
      expect(offsetsOf(records)).toEqual(range(3, 1000));
      expect(Math.max(...batches)).toBeLessThanOrEqual(64);
      expect(batches.reduce((s, n) => s + n, 0)).toBe(997);
    });

    test('invalid read arguments are rejected', async () => {
      const log = await fresh();
      await log.append(events(3));
      await expect(async () => readAll(log, -1)).rejects.toThrow();
      await expect(async () => readAll(log, 1.5)).rejects.toThrow();
      await expect(async () => readAll(log, 0, { batchSize: 0 })).rejects.toThrow();
    });

    test('reading does not consume, and reads see the end as it was when they started', async () => {
      const log = await fresh();
      const first = events(300, 1, 0);
      await log.append(first);
      const iter = log.read(0, { batchSize: 50 })[Symbol.asyncIterator]();
      const got: LogRecord[] = [];
      const step = await iter.next();
      expect(step.done).toBe(false);
      if (step.done !== true) got.push(...step.value);
      // Appended while the read is under way: not part of this read.
      await log.append(events(200, 2, 300));
      for (let s = await iter.next(); s.done !== true; s = await iter.next()) got.push(...s.value);
      expect(offsetsOf(got)).toEqual(range(0, 300));
      expect(eventsOf(got)).toEqual(first);
      // A new read sees everything, and the first read did not consume anything.
      expect(offsetsOf((await readAll(log)).records)).toEqual(range(0, 500));
    });

    test('concurrent reads each get every record, in order', async () => {
      const log = await fresh();
      const all = events(3000);
      await log.append(all);
      const results = await Promise.all(
        [0, 0, 1000, 2999].map((from, i) => readAll(log, from, { batchSize: 100 + i * 37 })),
      );
      expect(eventsOf(results[0]!.records)).toEqual(all);
      expect(eventsOf(results[1]!.records)).toEqual(all);
      expect(eventsOf(results[2]!.records)).toEqual(all.slice(1000));
      expect(offsetsOf(results[3]!.records)).toEqual([2999]);
    });

    test('concurrent appends are not interleaved within a batch', async () => {
      const log = await fresh();
      const a = events(500, 1, 0);
      const b = events(500, 2, 500);
      const [ra, rb] = await Promise.all([log.append(a), log.append(b)]);
      const { records } = await readAll(log);
      expect(records.length).toBe(1000);
      const first = ra.firstOffset === 0 ? a : b;
      const second = ra.firstOffset === 0 ? b : a;
      expect([ra.firstOffset, rb.firstOffset].sort((x, y) => x - y)).toEqual([0, 500]);
      expect(eventsOf(records)).toEqual([...first, ...second]);
    });

    test(`large batches (${largeCount} events, across segment boundaries where there are any)`, async () => {
      const log = await fresh();
      const all = events(largeCount, 3);
      const half = Math.floor(largeCount / 2);
      await log.append(all.slice(0, half));
      await log.append(all.slice(half));
      await log.flush();
      expect(await log.endOffset()).toBe(largeCount);
      const { records } = await readAll(log, 0, { batchSize: 4096 });
      expect(offsetsOf(records)).toEqual(range(0, largeCount));
      expect(eventsOf(records)).toEqual(all);
      // Every 997th offset as a start point: all reads line up with the appended events.
      for (let from = 0; from < largeCount; from += 997) {
        const part = await readAll(log, from, { toOffset: Math.min(largeCount, from + 50) });
        expect(eventsOf(part.records)).toEqual(all.slice(from, from + 50));
      }
    });

    /** `evs` as the ingest pipeline hands them over: one encoded batch. */
    const encoded = (evs: readonly CanonicalEvent[]): EncodedBatch => {
      const w = new EncodedBatchWriter(64);
      for (const e of evs) w.add(e);
      return w.take();
    };

    test('encoded batches (the ingest path) store the same records as append, in order with it', async () => {
      const log = await fresh();
      const gen = new RandomEvents(new Rng(77));
      const a = Array.from({ length: 300 }, () => gen.event());
      const b = events(largeCount, 5);
      const c = Array.from({ length: 40 }, () => gen.event());
      expect(await appendEncoded(log, encoded(a))).toEqual({ firstOffset: 0, nextOffset: 300 });
      await log.append(c);
      const end = 340 + largeCount;
      expect(await appendEncoded(log, encoded(b))).toEqual({ firstOffset: 340, nextOffset: end });
      expect(await appendEncoded(log, encoded([]))).toEqual({ firstOffset: end, nextOffset: end });
      await log.flush();
      const { records } = await readAll(log);
      expect(offsetsOf(records)).toEqual(range(0, end));
      expect(eventsOf(records)).toEqual([...a, ...c, ...b]);
      for (let from = 0; from < end; from += 1231) {
        const part = await readAll(log, from, { toOffset: Math.min(end, from + 20) });
        expect(eventsOf(part.records)).toEqual([...a, ...c, ...b].slice(from, from + 20));
      }
    });

    test('a failed append stores nothing of its batch', async () => {
      const log = await fresh();
      const good = events(20);
      await log.append(good);
      const bad = events(10, 9, 20);
      // An out-of-range value in the middle of the batch: pid is int32.
      bad[6] = { ...bad[6]!, pid: 2 ** 40 };
      let error: unknown;
      try {
        await log.append(bad);
      } catch (err) {
        error = err;
      }
      expect(isReplayError(error)).toBe(true);
      expect(await log.endOffset()).toBe(20);
      expect(eventsOf((await readAll(log)).records)).toEqual(good);
      // The log stays usable, and the next append continues at the right offset.
      const more = events(5, 10, 20);
      expect(await log.append(more)).toEqual({ firstOffset: 20, nextOffset: 25 });
      expect(eventsOf((await readAll(log)).records)).toEqual([...good, ...more]);
    });

    test('flush then close; close is idempotent; a closed log rejects appends', async () => {
      const log = await fresh();
      await log.append(events(5));
      await log.flush();
      await log.close();
      await log.close();
      await expect(log.append(events(1))).rejects.toThrow();
    });

    if (reopen !== undefined) {
      test('reopen keeps the data, and appends continue at the end', async () => {
        const log = await fresh();
        const a = events(1234, 5);
        await log.append(a);
        await log.close();
        const again = await reopen(log);
        opened.push(again);
        expect(await again.endOffset()).toBe(1234);
        expect(eventsOf((await readAll(again)).records)).toEqual(a);
        const b = events(10, 6, 1234);
        expect(await again.append(b)).toEqual({ firstOffset: 1234, nextOffset: 1244 });
        expect(eventsOf((await readAll(again, 1230)).records)).toEqual([...a.slice(1230), ...b]);
      });

      test('close without an explicit flush still persists everything', async () => {
        const log = await fresh();
        const a = events(77, 8);
        await log.append(a);
        await log.close();
        const again = await reopen(log);
        opened.push(again);
        expect(eventsOf((await readAll(again)).records)).toEqual(a);
      });
    }
  });
}
