/**
 * Live mode: `trace_pipe` -> lines -> the ingest normaliser -> batched appends to the event log.
 * (Wired to the ingest helper's streaming API once it exists; see the capture report.)
 */
import { ReplayError } from '../../src/errors.js';
import type { CaptureParams } from './options.js';
import type { CaptureSink } from './recorder.js';

export interface LiveSinkOptions {
  readonly params: CaptureParams;
  readonly captureId: string;
  readonly note: (msg: string) => void;
}

export interface LiveSink extends CaptureSink {
  /** Where the events go, for messages (`file log /x` or `kafka host:9092 topic t`). */
  readonly target: string;
}

export function createLiveSink(opts: LiveSinkOptions): Promise<LiveSink> {
  opts.note('live mode: not wired to the ingest normaliser yet');
  return Promise.reject(new ReplayError('RPL_CAPTURE', 'live mode is not wired yet'));
}
