export * from './tags.js';
export * from './resources.js';
export * from './catalog.js';
export * from './search-text.js';
export * from './query.js';
export * from './rubrics/district.js';
export * from './rubrics/school.js';
export * from './partner-kinds.js';
