export type { EventLog, LogRecord, AppendResult, ReadOptions } from './event-log.js';
export { appendEncoded } from './event-log.js';
export { createMemoryEventLog } from './memory-event-log.js';
export { createFileEventLog } from './file-event-log.js';
export type {
  FileEventLog,
  FileEventLogOptions,
  LogRecovery,
  UnknownRecord,
} from './file-event-log.js';
export type { CaptureSource } from './capture-clash.js';
export { captureClashError, isCaptureClash, isOtherSource } from './capture-clash.js';
