// Starts insights in one call, for the embedded host and for main.ts alike: open the database and
// apply migrations, load the shipped definitions and targets on first start, subscribe the
// projector to every producer's topics, start the HTTP app.
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
import { composeInsights, type InsightsServices } from './insights.composition.js';
import { INSIGHTS_MIGRATIONS_DIR } from './insights-migrations.js';
import { InsightsModule } from './insights.module.js';
import { createInsightsProjector, INSIGHTS_TOPICS } from './projection/insights-projector.js';
import { seedReferenceData } from './seed/reference-seeder.js';

export const SERVICE_NAME = 'insights';
export { INSIGHTS_MIGRATIONS_DIR };

export interface StartInsightsOptions {
  /** `postgres://…`, `pglite:///abs/dir`, `pglite:./rel/dir` or `pglite://memory` */
  databaseUrl: string;
  transport: EventTransport;
  internalAuthSecret: string;
  provinceCode?: string;
  /** the topics and consumer group of the projector (tests use their own) */
  topics?: string[];
  projectorGroup?: string;
  host?: string;
  /** 0 (default) picks a free port */
  port?: number;
  listen?: boolean;
  logger?: Logger;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownHooks?: boolean;
  defaultMetrics?: boolean;
  clock?: () => Date;
}

export interface InsightsHandle {
  app: NestFastifyApplication;
  url: string | undefined;
  services: InsightsServices;
  database: Database<undefined>;
  projector: Consumer;
  close(): Promise<void>;
}

export async function startInsights(options: StartInsightsOptions): Promise<InsightsHandle> {
  const logger = options.logger ?? createLogger({ service: SERVICE_NAME, level: options.logLevel ?? 'info' });
  const database = await openDatabase(options.databaseUrl, { migrationsDir: INSIGHTS_MIGRATIONS_DIR, logger });
  let projector: Consumer | undefined;
  try {
    await seedReferenceData(database.sql, logger);
    const services = composeInsights({
      db: database.sql,
      ...(options.provinceCode ? { provinceCode: options.provinceCode } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    // a producer that has not started yet (initiatives) must not keep the projector from subscribing
    await options.transport.ensureTopics(options.topics ?? INSIGHTS_TOPICS);
    projector = createInsightsProjector({
      db: database.sql,
      transport: options.transport,
      logger,
      ...(options.topics ? { topics: options.topics } : {}),
      ...(options.projectorGroup ? { group: options.projectorGroup } : {}),
    });
    await projector.start();

    const readiness = new ReadinessRegistry();
    readiness.register('database', () => database.ping());
    const app = await createServiceApp({
      name: SERVICE_NAME,
      module: InsightsModule.forService(services.insights),
      config: {
        INTERNAL_AUTH_SECRET: options.internalAuthSecret,
        ...(options.host ? { HOST: options.host } : {}),
        ...(options.port !== undefined ? { PORT: options.port } : {}),
      },
      logger,
      readiness,
      openApi: {
        title: 'Chỉ tiêu / Insights API',
        version: '1.0.0',
        description: 'Chỉ tiêu KH&CN theo xã/phường và kỳ báo cáo / indicators per commune and period',
      },
      ...(options.shutdownHooks !== undefined ? { shutdownHooks: options.shutdownHooks } : {}),
      ...(options.defaultMetrics !== undefined ? { defaultMetrics: options.defaultMetrics } : {}),
    });
    const url =
      options.listen === false
        ? undefined
        : await listenServiceApp(app, { HOST: options.host, PORT: options.port ?? 0 });
    const running = projector;
    let closed = false;
    return {
      app,
      url,
      services,
      database,
      projector: running,
      close: async () => {
        if (closed) return;
        closed = true;
        await running.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await projector?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
