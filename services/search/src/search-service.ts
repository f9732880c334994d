// Composition of the search service: its database (inbox, dead letters, the projection table),
// the engine, the projector consumer and the HTTP API. Used by main.ts and by the embedded host.
import { fileURLToPath } from 'node:url';
import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type Consumer,
  createLogger,
  createServiceApp,
  type Database,
  type EventTransport,
  listenServiceApp,
  openDatabase,
  ReadinessRegistry,
} from '@sti/platform';
import type { Logger } from 'pino';
import type { SearchEngine } from './engine/index.js';
import { createSearchProjector, syncEngineFromTable } from './projection/search-projector.js';
import { startTombstonePurge } from './projection/tombstone-purge.js';
import { GenerationalEmbeddedEngine } from './rebuild/generational-embedded-engine.js';
import { watchIndexGeneration } from './rebuild/index-generation-watcher.js';
import { SearchController } from './search/search.controller.js';
import { SearchService } from './search/search.service.js';

export const SEARCH_MIGRATIONS_DIR = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

export interface SearchServiceOptions {
  databaseUrl: string;
  engine: SearchEngine;
  transport: EventTransport;
  internalAuthSecret: string;
  host?: string;
  /** 0 (default) picks a free port */
  port?: number;
  logger?: Logger;
  /** SIGTERM handling by the app itself; the embedded host handles signals once for everything */
  shutdownHooks?: boolean;
  /** embedded engine: how often to look for a rebuilt projection table (default 2 s) */
  indexGenerationPollMs?: number;
  /** archived listings' tombstones and the projection log are purged after this many days (default 30) */
  tombstoneHorizonDays?: number;
}

export interface RunningSearchService {
  url: string;
  app: NestFastifyApplication;
  db: Database<undefined>;
  engine: SearchEngine;
  projector: Consumer;
  stop(): Promise<void>;
}

export async function startSearchService(options: SearchServiceOptions): Promise<RunningSearchService> {
  const logger = options.logger ?? createLogger({ service: 'search' });
  const db = await openDatabase(options.databaseUrl, { migrationsDir: SEARCH_MIGRATIONS_DIR, logger });
  const { engine, transport } = options;
  await engine.ensureIndex();
  // An embedded index built from an older table generation (a rebuild ran meanwhile) is rebuilt first.
  const watcher =
    engine instanceof GenerationalEmbeddedEngine
      ? await watchIndexGeneration({ db: db.sql, engine, logger, pollMs: options.indexGenerationPollMs })
      : undefined;
  const synced = await syncEngineFromTable(db.sql, engine);
  logger.info({ ...synced, engine: (await engine.stats()).engine }, 'search index in line with the projection table');

  const projector = createSearchProjector({ db: db.sql, engine, transport, logger });
  await projector.start();
  const purge = startTombstonePurge({ db: db.sql, horizonDays: options.tombstoneHorizonDays, logger });

  const readiness = new ReadinessRegistry();
  readiness.register('database', () => db.ping());
  readiness.register('engine', async () => {
    await engine.stats();
  });

  @Module({
    controllers: [SearchController],
    providers: [{ provide: SearchService, useValue: new SearchService(engine) }],
  })
  class SearchModule {}

  const app = await createServiceApp({
    name: 'search',
    module: SearchModule,
    config: { INTERNAL_AUTH_SECRET: options.internalAuthSecret },
    logger,
    readiness,
    shutdownHooks: options.shutdownHooks,
    openApi: {
      title: 'Tìm kiếm / Search API',
      description: 'Search across published Techmart listings and the central initiative repository',
    },
  });
  const url = await listenServiceApp(app, { HOST: options.host, PORT: options.port });
  logger.info({ url }, 'search service listening');

  return {
    url,
    app,
    db,
    engine,
    projector,
    async stop() {
      await watcher?.stop();
      await purge.stop();
      await projector.stop();
      await app.close();
      await engine.close();
      await db.close();
    },
  };
}
