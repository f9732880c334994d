export * from './embedded-host.js';
export * from './host.config.js';
