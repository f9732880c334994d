export * from './auth/index.js';
export * from './create-service-app.js';
