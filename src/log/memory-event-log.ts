/**
 * The in-memory event log: for tests and small in-process runs. It stores each event encoded
 * (through the same codec as the file log), so it has the same semantics as a persistent
 * adapter: an event that cannot be encoded rejects the whole append, and what a read returns is
 * what was stored, not the caller's (possibly later mutated) object.
 */
import type { CanonicalEvent } from '../events/index.js';
import { ReplayError } from '../errors.js';
import { createEventReader, encodeEvent, readEvent } from '../codec/index.js';
import type { AppendResult, EventLog, LogRecord, ReadOptions } from './event-log.js';

/** Default `ReadOptions.batchSize`. */
export const DEFAULT_READ_BATCH = 4096;

/**
 * Validates a read's arguments against the end of the log at the time the read starts and
 * returns the half-open range to read (empty when `fromOffset` is at or past the end). Shared
 * by the adapters so they agree on edge cases.
 */
export function resolveReadRange(
  fromOffset: number,
  options: ReadOptions,
  endOffset: number,
): { from: number; to: number; batchSize: number } {
  if (!Number.isSafeInteger(fromOffset) || fromOffset < 0) {
    throw new ReplayError(
      'RPL_INPUT',
      `read: fromOffset must be an integer >= 0, got ${fromOffset}`,
    );
  }
  const { toOffset, batchSize = DEFAULT_READ_BATCH } = options;
  if (toOffset !== undefined && (!Number.isSafeInteger(toOffset) || toOffset < 0)) {
    throw new ReplayError('RPL_INPUT', `read: toOffset must be an integer >= 0, got ${toOffset}`);
  }
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new ReplayError('RPL_INPUT', `read: batchSize must be an integer >= 1, got ${batchSize}`);
  }
  const to = Math.min(endOffset, toOffset ?? endOffset);
  return { from: Math.min(fromOffset, to), to, batchSize };
}

export function createMemoryEventLog(): EventLog {
  const records: Uint8Array[] = [];
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new ReplayError('RPL_LOG_IO', 'memory event log is closed');
  };

  return {
    append(events: readonly CanonicalEvent[]): Promise<AppendResult> {
      try {
        assertOpen();
        // Encode the whole batch before storing any of it: all or nothing.
        const encoded = events.map((e) => encodeEvent(e));
        const firstOffset = records.length;
        for (const bytes of encoded) records.push(bytes);
        return Promise.resolve({ firstOffset, nextOffset: records.length });
      } catch (err) {
        return Promise.reject(err as Error);
      }
    },

    flush(): Promise<void> {
      try {
        assertOpen();
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err as Error);
      }
    },

    read(fromOffset: number, options: ReadOptions = {}): AsyncIterable<readonly LogRecord[]> {
      // Snapshot the end now: records appended during the read are not seen.
      const { from, to, batchSize } = resolveReadRange(fromOffset, options, records.length);
      return {
        async *[Symbol.asyncIterator]() {
          assertOpen();
          const reader = createEventReader();
          for (let start = from; start < to; start += batchSize) {
            const end = Math.min(to, start + batchSize);
            const batch: LogRecord[] = [];
            for (let offset = start; offset < end; offset++) {
              const bytes = records[offset]!;
              batch.push({ offset, event: readEvent(reader, bytes, 0, bytes.length) });
            }
            yield batch;
            // Let appends and other readers interleave, as a real adapter would.
            await Promise.resolve();
          }
        },
      };
    },

    endOffset(): Promise<number> {
      try {
        assertOpen();
        return Promise.resolve(records.length);
      } catch (err) {
        return Promise.reject(err as Error);
      }
    },

    close(): Promise<void> {
      closed = true;
      return Promise.resolve();
    },
  };
}
