export {
  capturedValues,
  gridOf,
  paramValues,
  parseSweepSet,
  runSweep,
  SWEEP_METRICS,
  SWEEP_PARAMS,
} from './sweep.js';
export type {
  SweepAxis,
  SweepCell,
  SweepDelta,
  SweepOptions,
  SweepParam,
  SweepResult,
} from './sweep.js';
