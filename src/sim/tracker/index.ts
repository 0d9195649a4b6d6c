export { Tracker } from './tracker.js';
export { fileKey } from './files.js';
export type { TrackerSummary } from './summary.js';
export type { Measurements, ObservedAccumulator, ServiceHistograms } from './observed.js';
export type { AppInput } from '../inputs.js';
