/**
 * Which inputs a log already holds, by the content hash in their capture headers, so that
 * `faultreplay ingest` can skip a file given again instead of appending a second copy under the
 * same capture id. It reads the log once (every record is decoded, so this costs about a replay's
 * read of the log); logs written before headers carried a hash simply match nothing. The same
 * read gives each capture id's input, so that another file under a taken id is refused
 * (src/log/capture-clash.ts), as the Kafka sink refuses it.
 */
import type { CaptureSource, EventLog } from '../src/log/index.js';

/** Where an input was first ingested. */
export interface IngestedCapture {
  readonly captureId: string;
  /** Log offset of its capture header. */
  readonly offset: number;
  /** Where its records end: the next capture header, or the end of the log when scanned. */
  readonly endOffset: number;
}

/** What `ingestedCaptures` found: captures by content hash, and each capture id's input. */
export interface IngestedInputs {
  /** Content hash -> the first capture with that hash. */
  readonly byHash: Map<string, IngestedCapture>;
  /** Capture id -> the input its first header names (to refuse another file under that id). */
  readonly byId: Map<string, CaptureSource>;
}

/** The capture headers in `log` before `toOffset`, by content hash and by capture id. */
export async function ingestedCaptures(log: EventLog, toOffset: number): Promise<IngestedInputs> {
  const out = new Map<string, IngestedCapture>();
  const byId = new Map<string, CaptureSource>();
  if (toOffset === 0) return { byHash: out, byId };
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
      if (!byId.has(event.captureId)) {
        byId.set(event.captureId, {
          sourceFile: event.data.sourceFile,
          contentHash: event.data.contentHash,
        });
      }
      if (event.data.contentHash !== '')
        open = { hash: event.data.contentHash, captureId: event.captureId, offset };
    }
  }
  close(toOffset);
  return { byHash: out, byId };
}
