export * from './migration-runner.js';
export * from './open-database.js';
export * from './sql-client.js';
