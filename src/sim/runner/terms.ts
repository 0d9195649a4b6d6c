/**
 * Cost terms: a latency sample is a vector of multipliers of the named cost parameters (one
 * slot each, in COST_PARAM_NAMES order) plus a measured continuous part (stats.ts), so the
 * values can be resolved after the replay, once the trace has measured them.
 */
import type { CostParamName } from '../../config/index.js';
import { COST_PARAM_NAMES } from '../../config/index.js';

export const NTERMS = COST_PARAM_NAMES.length;
export const TERM = Object.fromEntries(COST_PARAM_NAMES.map((n, i) => [n, i])) as Record<
  CostParamName,
  number
>;
