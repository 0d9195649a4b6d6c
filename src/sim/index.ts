export * from './results.js';
export * from './policy.js';
export * from './registry.js';
export {
  replayCaptures,
  replayVariants,
  replayLog,
  onlyRun,
  replayEvents,
  selectPolicies,
  ENGINE_VERSION,
  DELTA_METRICS,
  metricValue,
  canonicalJson,
} from './engine.js';
export type { ReplayOptions, ReplayDiagnostics, ReplayVariant } from './engine.js';
export { resultToJson } from './json.js';
export * from './sweep/index.js';
