export * from './localized-text.js';
export * from './problem-catalogue.js';
export * from './problem-error.js';
export * from './problem-exception.filter.js';
export * from './problem-response.js';
export * from './zod-field-errors.js';
