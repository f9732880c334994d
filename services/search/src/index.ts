export * from './engine/index.js';
export * from './text/index.js';
export * from './projection/listing-document.mapper.js';
export * from './projection/search-projector.js';
export * from './search/search-query.schema.js';
export * from './search-engine.factory.js';
export * from './search-service.js';
