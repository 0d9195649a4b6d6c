export * from './units.js';
export * from './event.js';
