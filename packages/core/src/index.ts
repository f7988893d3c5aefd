export * from './errors.js';
export * from './dates.js';
