// Picks the engine adapter from configuration: Meilisearch when MEILI_URL is set, else the embedded one.
import { join } from 'node:path';
import type { Logger } from 'pino';
import { EmbeddedSearchEngine, MeilisearchSearchEngine, type SearchEngine } from './engine/index.js';

export interface SearchEngineConfig {
  meiliUrl?: string;
  meiliKey?: string;
  /** where the embedded engine keeps its snapshot */
  dataDir: string;
}

export async function createSearchEngine(config: SearchEngineConfig, logger: Logger): Promise<SearchEngine> {
  if (config.meiliUrl) {
    logger.info({ host: config.meiliUrl }, 'search engine: Meilisearch');
    return new MeilisearchSearchEngine({ host: config.meiliUrl, apiKey: config.meiliKey });
  }
  const directory = join(config.dataDir, 'index');
  logger.warn({ directory }, 'search engine: embedded (MEILI_URL not set)');
  return EmbeddedSearchEngine.open({ directory, logger });
}
