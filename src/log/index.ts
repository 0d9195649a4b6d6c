export type { EventLog, LogRecord, AppendResult, ReadOptions } from './event-log.js';
