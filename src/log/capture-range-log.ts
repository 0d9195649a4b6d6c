/**
 * A read-only `EventLog` over a range of capture-stream records (one Kafka partition range),
 * shaped for the replay engine: it yields each capture's events in seq order with
 * `offset = seq`, so a capture replays to exactly what the file log gives for it (the file
 * log's offsets are seqs too when the capture is alone in a fresh log), and it says, per
 * capture, whether the range held its end record.
 *
 * Per capture, while reading:
 * - events whose seq is below the next expected one are dropped (a batch written again by a
 *   re-run ingest, or a whole second copy of the capture): each seq is replayed once;
 * - a seq above the next expected one (a batch sent to the dead-letter topic, or a range that
 *   starts inside the capture) is a gap: the capture is replayed with what is there and
 *   `gap` is set;
 * - once the end record is seen, later records of the capture are dropped;
 * - an event a newer schema wrote (its seq in the record's `newerSeqs`) is not replayed but
 *   occupies its seq like a replayed one: it is counted in `newerEvents`, never a gap.
 * Records of the one-event-per-record format pass through with their Kafka offsets and are
 * not tracked (they have no end record); one holding an event a newer schema wrote is left
 * out and counted in `newerRecords()` (its offset is missing from the read, as the file log's
 * readers leave out such a record's). Each `read()` reads the source again from the start
 * and recomputes the states, so the engine's two passes see the same events.
 */
import { ReplayError } from '../errors.js';
import type { EventLog, LogRecord } from './event-log.js';
import type { CaptureRecord } from './kafka-event-log.js';

/** What a read found of one capture. */
export interface CaptureRangeState {
  /** Offset of the capture's first record in the range. */
  readonly firstOffset: number;
  /** The range holds the capture's end-of-capture record. */
  readonly ended: boolean;
  /** Events of the capture are missing in the range (see the module comment). */
  readonly gap: boolean;
  /** Events read (after dropping repeats). */
  readonly events: number;
  /** Events of a newer schema skipped (after dropping repeats). */
  readonly newerEvents: number;
}

export interface CaptureRangeLog extends EventLog {
  /** States of the captures the last completed read saw, in order of first appearance. */
  captures(): ReadonlyMap<string, CaptureRangeState>;
  /**
   * Records of the one-event-per-record format that the last completed read left out because
   * a newer schema wrote them (events of kinds this build does not know).
   */
  newerRecords(): number;
}

interface MutableState {
  firstOffset: number;
  ended: boolean;
  gap: boolean;
  events: number;
  newerEvents: number;
  nextSeq: number;
}

/** Takes `seq` as the capture's next one: false for a repeat, a gap noted when it jumps. */
function occupy(st: MutableState, seq: number): boolean {
  if (seq < st.nextSeq) return false;
  if (seq > st.nextSeq) st.gap = true;
  st.nextSeq = seq + 1;
  return true;
}

export function createCaptureRangeLog(
  source: () => AsyncIterable<readonly CaptureRecord[]>,
): CaptureRangeLog {
  let last = new Map<string, MutableState>();
  let lastNewerRecords = 0;
  const refuse = (what: string): Promise<never> =>
    Promise.reject(new ReplayError('RPL_CONFIG', `a capture range is read-only (${what})`));

  async function* read(): AsyncGenerator<readonly LogRecord[]> {
    const states = new Map<string, MutableState>();
    let newerRecords = 0;
    for await (const records of source()) {
      const out: LogRecord[] = [];
      for (const r of records) {
        if (r.kind === 'event') {
          out.push({ offset: r.offset, event: r.event });
          continue;
        }
        if (r.kind === 'newer-event') {
          newerRecords++;
          continue;
        }
        let st = states.get(r.captureId);
        if (st === undefined) {
          st = {
            firstOffset: r.offset,
            ended: false,
            gap: false,
            events: 0,
            newerEvents: 0,
            nextSeq: 0,
          };
          states.set(r.captureId, st);
        }
        if (st.ended) continue;
        // Events and skipped seqs merged in seq order (both ascending).
        const newer = r.newerSeqs;
        let k = 0;
        for (const e of r.events) {
          for (; k < newer.length && newer[k]! < e.seq; k++)
            if (occupy(st, newer[k]!)) st.newerEvents++;
          if (!occupy(st, e.seq)) continue;
          st.events++;
          out.push({ offset: e.seq, event: e });
        }
        for (; k < newer.length; k++) if (occupy(st, newer[k]!)) st.newerEvents++;
        if (r.endOfCapture) st.ended = true;
      }
      if (out.length > 0) yield out;
    }
    last = states;
    lastNewerRecords = newerRecords;
  }

  return {
    append: () => refuse('append'),
    flush: () => Promise.resolve(),
    read: () => ({ [Symbol.asyncIterator]: read }),
    endOffset: () => refuse('endOffset'),
    close: () => Promise.resolve(),
    captures: () => last,
    newerRecords: () => lastNewerRecords,
  };
}
