// Runs the SearchEngine contract against a real Meilisearch when MEILI_URL (and MEILI_MASTER_KEY)
// is set, e.g. the one docker-compose.yml starts; skipped, and named as skipped, otherwise.
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { MeilisearchSearchEngine } from './meilisearch.search-engine.js';
import { describeSearchEngineContract } from './testing/search-engine.contract.js';

const host = process.env.MEILI_URL;
const apiKey = process.env.MEILI_MASTER_KEY;

if (host) {
  describeSearchEngineContract(`meilisearch at ${host}`, async () => {
    // an index of its own per suite run, so parallel runs against one server never collide
    const indexUid = `contract_${randomUUID()}`;
    const open = () => new MeilisearchSearchEngine({ host, apiKey, indexUid });
    let engine = open();
    return {
      engine,
      async reopen() {
        await engine.close();
        engine = open();
        return engine;
      },
      async cleanup() {
        await engine.dropIndex().catch(() => undefined);
      },
    };
  });
} else {
  describe('SearchEngine contract: meilisearch', () => {
    it.skip('needs a Meilisearch server: set MEILI_URL (and MEILI_MASTER_KEY) to run this suite', () => {});
  });
}
