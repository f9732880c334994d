export * from './auth.guard.js';
export * from './principal.js';
export * from './actor.js';
