export * from './errors.js';
export * from './dates.js';
export * from './resource.js';
export * from './csv.js';
export * from './rubric.js';
export * from './assessment.js';
