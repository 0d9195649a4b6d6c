/**
 * One capture id, one input file. Ingest resumes or skips a capture the log already holds
 * under its id; that is only right when it is the same file again. Two different files given
 * the same `--capture-id` would otherwise be merged into one stream (Kafka's resume appends
 * the second file's events after the first's seq) or stored as two captures under one id (the
 * file log), and every result keyed by capture id would mix them. Both logs refuse the second
 * file with the error built here, so the message is the same whichever log is used.
 */
import { ReplayError } from '../errors.js';

/** What a capture header says of its input (`CaptureHeader.sourceFile` / `contentHash`). */
export interface CaptureSource {
  readonly sourceFile: string;
  /** '' for streamed input or headers written before hashes. */
  readonly contentHash: string;
}

/**
 * Whether `incoming` is a different input than `held`: by content hash when both have one
 * (the same file under another path is the same input), else by source file name.
 */
export function isOtherSource(held: CaptureSource, incoming: CaptureSource): boolean {
  if (held.contentHash !== '' && incoming.contentHash !== '') {
    return held.contentHash !== incoming.contentHash;
  }
  return held.sourceFile !== incoming.sourceFile;
}

const describe = (s: CaptureSource): string =>
  s.contentHash === '' ? s.sourceFile : `${s.sourceFile} (content ${s.contentHash})`;

/** The refusal: names the capture id, where it is held, and both files. */
export function captureClashError(
  captureId: string,
  where: string,
  held: CaptureSource,
  incoming: CaptureSource,
): ReplayError {
  return new ReplayError(
    'RPL_CONFIG',
    `capture id ${captureId} in ${where} already holds ${describe(held)}; refusing ` +
      `${describe(incoming)} under the same id (a different file): give it another --capture-id`,
    {
      details: {
        captureClash: true,
        captureId,
        heldSourceFile: held.sourceFile,
        heldContentHash: held.contentHash,
        sourceFile: incoming.sourceFile,
        contentHash: incoming.contentHash,
      },
    },
  );
}

/** Whether `e` is the refusal of `captureClashError` (ingest skips that file, goes on). */
export function isCaptureClash(e: unknown): e is ReplayError {
  return e instanceof ReplayError && e.details['captureClash'] === true;
}
