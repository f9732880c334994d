export * from './config-error.js';
export * from './config-fields.js';
export * from './load-config.js';
