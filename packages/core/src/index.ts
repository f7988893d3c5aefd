export * from './errors.js';
export * from './dates.js';
export * from './resource.js';
export * from './csv.js';
export * from './rubric.js';
export * from './assessment.js';
export * from './scoring.js';
export * from './readiness.js';
