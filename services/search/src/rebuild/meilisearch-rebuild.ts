// Distributed mode with Meilisearch: fill a shadow index from the (rebuilt) projection table, then swap
// it with the live index in one Meilisearch task, so searches never see a half-filled index.
import type { SqlExecutor } from '@sti/platform';
import { Meilisearch, type IndexSwap } from 'meilisearch';
import type { Logger } from 'pino';
import { MeilisearchSearchEngine } from '../engine/index.js';
import { syncEngineFromTable } from '../projection/search-projector.js';
import { SWAP_CATCH_UP_MARGIN_SECONDS } from './generational-embedded-engine.js';
import { databaseTimeMinus } from './index-state.js';

export interface MeilisearchTarget {
  host: string;
  apiKey?: string;
  /** the live index (default `listings`, as MeilisearchSearchEngine) */
  indexUid?: string;
}

export async function rebuildMeilisearchIndex(
  db: SqlExecutor,
  target: MeilisearchTarget,
  logger: Logger,
): Promise<{ indexUid: string; documents: number }> {
  const indexUid = target.indexUid ?? 'listings';
  const shadowUid = `${indexUid}__rebuild`;
  const client = new Meilisearch({ host: target.host, apiKey: target.apiKey });
  const finish = async (task: ReturnType<Meilisearch['deleteIndex']>, allowMissing = false) => {
    const done = await task.waitTask({ timeout: 600_000 });
    const code = (done.error as { code?: string } | null | undefined)?.code;
    if (done.status !== 'succeeded' && !(allowMissing && code === 'index_not_found')) {
      throw new Error(`Meilisearch task ${done.status}: ${JSON.stringify(done.error)}`);
    }
  };

  await finish(client.deleteIndex(shadowUid), true); // a copy left by an interrupted run
  const since = await databaseTimeMinus(db, SWAP_CATCH_UP_MARGIN_SECONDS);
  const shadow = new MeilisearchSearchEngine({ host: target.host, apiKey: target.apiKey, indexUid: shadowUid });
  await shadow.ensureIndex();
  const filled = await syncEngineFromTable(db, shadow);
  logger.info({ shadowUid, ...filled }, 'search rebuild: Meilisearch copy filled');

  const live = new MeilisearchSearchEngine({ host: target.host, apiKey: target.apiKey, indexUid });
  await live.ensureIndex();
  // `rename` is left out so servers older than 1.18 (which do not know it) accept the swap
  await finish(client.swapIndexes([{ indexes: [indexUid, shadowUid] } as IndexSwap]));
  await finish(client.deleteIndex(shadowUid), true);
  // what the live projector wrote to the old index while the copy was filling
  await syncEngineFromTable(db, live, { changedSince: since });
  const stats = await live.stats();
  return { indexUid, documents: stats.documents };
}
