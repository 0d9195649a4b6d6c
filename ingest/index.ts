/**
 * The capture side: readers for ftrace text, `trace-cmd report` and `perf script` (plain or
 * gzip), the normaliser into canonical events, and the producer that appends them to an event
 * log. See pipeline.ts for how the parts fit.
 */
export {
  readEvents,
  ingestFiles,
  captureIdProblem,
  defaultCaptureId,
  CaptureReader,
  MAX_ISSUES,
  type ReadOptions,
  type IngestOptions,
  type IngestSummary,
  type IngestFileSummary,
  type DamagedFile,
  type IngestIssue,
  type IngestProgress,
  type FileStats,
  type FormatOption,
} from './pipeline.js';
export { detectFormat } from './detect.js';
export { FLAG_KERNELS, DEFAULT_FLAG_KERNEL, type FlagKernel } from './normalize/inode-flags.js';
