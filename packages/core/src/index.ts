export * from './errors.js';
export * from './dates.js';
export * from './resource.js';
