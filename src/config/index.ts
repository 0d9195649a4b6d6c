export * from './cost-model.js';
export * from './profiles.js';
export * from './sim-config.js';
export * from './env.js';
