export type { EventLog, LogRecord, AppendResult, ReadOptions } from './event-log.js';
export { createMemoryEventLog } from './memory-event-log.js';
