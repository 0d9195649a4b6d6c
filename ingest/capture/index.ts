/** `faultreplay capture`: tracefs recording into ftrace text files or, live, into the event log. */
export {
  CAPTURE_SET,
  FilterKind,
  parseEventList,
  parseKernelRelease,
  selectEvents,
  type CaptureEventSpec,
  type DeviceFilter,
  type EventSelection,
  type SelectedEvent,
  type SelectOptions,
} from './event-set.js';
export {
  CAPTURE_HEADER_PREFIX,
  CAPTURE_HEADER_VERSION,
  formatCaptureHeader,
  parseCaptureHeader,
  type CaptureFileHeader,
} from './header.js';
export { readCaptureTunables, TUNABLE_KEYS, type CaptureTunables } from './tunables.js';
export { CAPTURE_USAGE, compactUtc, parseCaptureArgs, type CaptureParams } from './options.js';
export { TracePipeReader, parseLostLine, type LostLine } from './pipe-reader.js';
export {
  describeSummary,
  recordCapture,
  totalLost,
  type CaptureReporter,
  type CaptureSink,
  type CaptureSummary,
  type RecordOptions,
  type StopReason,
} from './recorder.js';
export { createFileSink, openTraceOutput } from './file-sink.js';
export { FS_NEEDS, missingFsEvents, type FsNeed } from './fs-needs.js';
export { mountOf, mountOfDevice, parseMountInfo, type MountEntry } from './mount-table.js';
export {
  DEFAULT_RUN_DIR,
  lockPath,
  prepareRunDir,
  startGuardian,
  sweepStaleInstances,
  type InstanceGuardian,
  type SweepResult,
} from './instance-guard.js';
export {
  createLiveSink,
  type LiveSink,
  type LiveSinkOptions,
  type LiveStats,
} from './live-sink.js';
export {
  decodeStDev,
  expandPids,
  kernelDev,
  processAlive,
  resolveDevice,
  spawnStopped,
  type DeviceSources,
  type StoppedChild,
} from './target.js';
export {
  formatToolCommands,
  perfRecordCommand,
  shellQuote,
  traceCmdRecordCommand,
  type ToolCommandOptions,
} from './tool-commands.js';
export {
  DEFAULT_TRACEFS,
  INSTANCE_PREFIX,
  TracefsInstance,
  createInstance,
  instanceName,
  locateTracefs,
  parseCpuStats,
  readAvailableEvents,
  readEventFields,
  readKernelHz,
  tracefsCandidates,
  type CpuLoss,
} from './tracefs.js';
