export { PolicyRunner } from './policy-runner.js';
export type { RunnerOptions } from './policy-runner.js';
export type { RunFigures } from './figures.js';
export { NTERMS, TERM } from './terms.js';
