export * from './metrics.js';
export * from './observability.routes.js';
export * from './readiness.registry.js';
export * from './request-context.hooks.js';
