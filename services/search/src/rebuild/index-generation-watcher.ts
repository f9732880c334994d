// A search service holding an embedded index follows the projection table's generation: when a rebuild
// has swapped in a new table (`npm run rebuild-index`), the service builds a new index generation from
// it in the background and swaps it in; until then, searches are answered by the current one.
import type { SqlExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import type { GenerationalEmbeddedEngine } from './generational-embedded-engine.js';
import { readIndexGeneration } from './index-state.js';

export interface IndexGenerationWatcher {
  stop(): Promise<void>;
}

export async function watchIndexGeneration(options: {
  db: SqlExecutor;
  engine: GenerationalEmbeddedEngine;
  logger: Logger;
  pollMs?: number;
}): Promise<IndexGenerationWatcher> {
  const { db, engine, logger } = options;
  let running: Promise<void> | undefined;
  let stopped = false;

  const check = async () => {
    const generation = await readIndexGeneration(db);
    if (generation === engine.generation || stopped) return;
    logger.info(
      { from: engine.generation, to: generation },
      'search projection rebuilt: building a new index generation from the table',
    );
    await engine.rebuildFromTable(generation, db);
  };

  await check(); // at start, before the service answers
  const timer = setInterval(() => {
    if (running) return; // a build in progress: the next tick looks again
    running = check()
      .catch((err) => logger.error({ err }, 'search index generation check failed; retrying'))
      .finally(() => {
        running = undefined;
      });
  }, options.pollMs ?? 2_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
