export * from './config/index.js';
export * from './database/index.js';
export * from './http/problem/index.js';
export * from './http/validation/index.js';
export * from './logging/index.js';
export * from './nest/index.js';
export * from './observability/index.js';
export * from './events/index.js';
