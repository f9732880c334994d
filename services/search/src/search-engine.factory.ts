// Picks the engine adapter from configuration: Meilisearch when MEILI_URL is set, else the embedded one
// (held by generation, so a rebuild can swap a new index in while the current one answers).
import type { Logger } from 'pino';
import { MeilisearchSearchEngine, type SearchEngine } from './engine/index.js';
import { GenerationalEmbeddedEngine } from './rebuild/generational-embedded-engine.js';

export interface SearchEngineConfig {
  meiliUrl?: string;
  meiliKey?: string;
  /** the Meilisearch index (default `listings`) */
  meiliIndexUid?: string;
  /** where the embedded engine keeps its index generations (`<dataDir>/index…`) */
  dataDir: string;
}

export async function createSearchEngine(config: SearchEngineConfig, logger: Logger): Promise<SearchEngine> {
  if (config.meiliUrl) {
    logger.info({ host: config.meiliUrl, indexUid: config.meiliIndexUid }, 'search engine: Meilisearch');
    return new MeilisearchSearchEngine({
      host: config.meiliUrl,
      apiKey: config.meiliKey,
      indexUid: config.meiliIndexUid,
    });
  }
  const engine = await GenerationalEmbeddedEngine.open({ dataDir: config.dataDir, logger });
  logger.warn(
    { directory: engine.directory, generation: engine.generation },
    'search engine: embedded (MEILI_URL not set)',
  );
  return engine;
}
