export { createModelledFlusher } from './modelled-flusher.js';
export type { FlusherParams, FlusherSummary, InputTransform } from './modelled-flusher.js';
export { kupdatePhase } from './kupdate-phase.js';
export type { KupdatePhase, KupdatePhaseSource } from './kupdate-phase.js';
