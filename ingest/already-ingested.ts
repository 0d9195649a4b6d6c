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
}

/** Content hash -> the first capture in `log` (before `toOffset`) with that hash. */
export async function ingestedCaptures(
  log: EventLog,
  toOffset: number,
): Promise<Map<string, IngestedCapture>> {
  const out = new Map<string, IngestedCapture>();
  if (toOffset === 0) return out;
  for await (const batch of log.read(0, { toOffset })) {
    for (const { offset, event } of batch) {
      if (event.type !== 'header' || event.data.contentHash === '') continue;
      if (!out.has(event.data.contentHash))
        out.set(event.data.contentHash, { captureId: event.captureId, offset });
    }
  }
  return out;
}
