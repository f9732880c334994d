export * from './search-engine.port.js';
export { EmbeddedSearchEngine, type EmbeddedSearchEngineOptions } from './embedded.search-engine.js';
export {
  MEILI_FACET_ATTRIBUTES,
  MeilisearchSearchEngine,
  type MeilisearchSearchEngineOptions,
  meilisearchFilter,
  meilisearchSettings,
  meilisearchSynonyms,
} from './meilisearch.search-engine.js';
export { searchDocumentSchema, validateDocument } from './search-document.js';
export { FIELD_WEIGHTS } from './document-fields.js';
