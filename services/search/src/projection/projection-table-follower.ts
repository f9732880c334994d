// Replicas of the search service share one database but, with the embedded engine, each has its own
// index, while Kafka gives each event to one replica only. Every replica therefore follows the shared
// projection table: rows changed since its last look (with an overlap for transactions that committed
// late) are applied to its engine, which ignores versions it already holds. Meilisearch replicas share
// one index, yet follow too: a replica killed between its commit and its index write leaves a row the
// index never got, and the redelivered event is a duplicate to the replica that takes over.
import type { SqlExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import type { SearchEngine } from '../engine/index.js';
import { syncEngineFromTable } from './search-projector.js';

export interface ProjectionTableFollower {
  stop(): Promise<void>;
}

export function followProjectionTable(
  db: SqlExecutor,
  engine: SearchEngine,
  options: { intervalMs: number; since: Date },
  logger: Logger,
): ProjectionTableFollower {
  const overlapMs = Math.max(10_000, options.intervalMs * 5);
  // the start-up sync covered every row changed before `since`
  let since = options.since;
  let running: Promise<void> | undefined;
  const tick = async () => {
    const [clock] = await db.query<{ now: Date }>('SELECT clock_timestamp() AS now');
    await syncEngineFromTable(db, engine, { changedSince: new Date(since.getTime() - overlapMs) });
    since = clock?.now ?? since;
  };
  const timer = setInterval(() => {
    running ??= tick()
      .catch((err: unknown) => logger.warn({ err }, 'following the projection table failed; retrying'))
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs);
  logger.info({ intervalMs: options.intervalMs }, 'search engine follows the projection table');
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
