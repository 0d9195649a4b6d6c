/**
 * Which inputs a log already holds, by the content hash in their capture headers, so that
 * `faultreplay ingest` can skip a file given again instead of appending a second copy under the
 * same capture id. It reads the log once (every record is decoded, so this costs about a replay's
 * read of the log); logs written before headers carried a hash simply match nothing.
 */
import type { EventLog } from '../src/log/index.js';

/** Where an input was first ingested. */
export interface IngestedCapture {
  readonly captureId: string;
  /** Log offset of its capture header. */
  readonly offset: number;
  /** Where its records end: the next capture header, or the end of the log when scanned. */
  readonly endOffset: number;
}

/** Content hash -> the first capture in `log` (before `toOffset`) with that hash. */
export async function ingestedCaptures(
  log: EventLog,
  toOffset: number,
): Promise<Map<string, IngestedCapture>> {
  const out = new Map<string, IngestedCapture>();
  if (toOffset === 0) return out;
  // Every header ends the capture before it (hashed or not); the last one ends at toOffset.
  let open: { hash: string; captureId: string; offset: number } | undefined;
  const close = (end: number): void => {
    if (open !== undefined && !out.has(open.hash))
      out.set(open.hash, { captureId: open.captureId, offset: open.offset, endOffset: end });
    open = undefined;
  };
  for await (const batch of log.read(0, { toOffset })) {
    for (const { offset, event } of batch) {
      if (event.type !== 'header') continue;
      close(offset);
      if (event.data.contentHash !== '')
        open = { hash: event.data.contentHash, captureId: event.captureId, offset };
    }
  }
  close(toOffset);
  return out;
}
