export { createModelledFlusher } from './modelled-flusher.js';
export type { FlusherParams, FlusherSummary, InputTransform } from './modelled-flusher.js';
