// Starts the initiatives service in one call, for the embedded host and for main.ts alike: open the
// database and apply migrations, build the services, start the HTTP app, publish the outbox to the
// transport, and seed the demo data on first start.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createLogger,
  createOutboxRelay,
  createServiceApp,
  type Database,
  type EventTransport,
  InProcessTransport,
  listenServiceApp,
  type OutboxRelay,
  openDatabase,
  ReadinessRegistry,
} from '@sti/platform';
import type { Logger } from 'pino';
import { INITIATIVES_TOPICS } from './events/event-messages.js';
import { PrismaClient } from './generated/prisma/client.js';
import { composeInitiatives, type InitiativesServices } from './initiatives.composition.js';
import { InitiativesModule } from './initiatives.module.js';
import { MAX_IMPORT_BYTES } from './repository/import/repository-import.service.js';
import { type SeedResult, seedDemoData } from './seed/demo-seeder.js';

export const SERVICE_NAME = 'initiatives';
export { INITIATIVES_TOPICS };

/** prisma/migrations, found from src/ (tsx, vitest) and from dist/ (built) alike. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');

export interface StartInitiativesOptions {
  /** `postgres://…`, `pglite:///abs/dir`, `pglite:./rel/dir` or `pglite://memory` */
  databaseUrl: string;
  /** the service's own files (attachments, certificates) go under it */
  dataDir: string;
  /** verifies the gateway's signed identity headers */
  internalAuthSecret: string;
  /** the portal's public address, for certificate QR codes */
  publicUrl?: string;
  /** signs certificate verification codes (≥ 32 characters); set it in production */
  certificateSecret?: string;
  /** when given, an outbox relay publishes the service's events to it (in-process or Kafka) */
  transport?: EventTransport;
  host?: string;
  port?: number;
  listen?: boolean;
  /** demo data on first start: 'background' (default), 'await', or 'off' */
  seed?: 'background' | 'await' | 'off';
  logger?: Logger;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownHooks?: boolean;
  defaultMetrics?: boolean;
  /** tests move time (appeal windows, due dates) */
  clock?: () => Date;
}

export interface InitiativesHandle {
  app: NestFastifyApplication;
  url: string | undefined;
  services: InitiativesServices;
  database: Database<PrismaClient>;
  relay: OutboxRelay | undefined;
  seeding: Promise<SeedResult>;
  close(): Promise<void>;
}

export async function startInitiatives(options: StartInitiativesOptions): Promise<InitiativesHandle> {
  const logger = options.logger ?? createLogger({ service: SERVICE_NAME, level: options.logLevel ?? 'info' });
  const database = await openDatabase(options.databaseUrl, {
    migrationsDir: MIGRATIONS_DIR,
    prismaClient: PrismaClient,
    logger,
  });
  try {
    const services = await composeInitiatives({
      prisma: database.prisma,
      dataDir: options.dataDir,
      ...(options.clock ? { clock: options.clock } : {}),
      internalAuthSecret: options.internalAuthSecret,
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      ...(options.certificateSecret ? { certificateSecret: options.certificateSecret } : {}),
    });
    const readiness = new ReadinessRegistry();
    readiness.register('database', () => database.ping());

    const app = await createServiceApp({
      name: SERVICE_NAME,
      module: InitiativesModule.forServices(services),
      config: {
        INTERNAL_AUTH_SECRET: options.internalAuthSecret,
        ...(options.host ? { HOST: options.host } : {}),
        ...(options.port !== undefined ? { PORT: options.port } : {}),
      },
      logger,
      readiness,
      openApi: {
        title: 'Initiatives API',
        version: '1.0.0',
        description: 'Sáng kiến: đợt xét công nhận, hội đồng chấm kín, quyết định, giấy chứng nhận, kho dữ liệu',
      },
      ...(options.shutdownHooks !== undefined ? { shutdownHooks: options.shutdownHooks } : {}),
      ...(options.defaultMetrics !== undefined ? { defaultMetrics: options.defaultMetrics } : {}),
      configureFastify: async (fastify) => {
        // one file per request; each route sets its own size limit (repository imports: 20 MB)
        await fastify.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4, parts: 6 } });
      },
    });

    let relay: OutboxRelay | undefined;
    if (options.transport) {
      // In-process consumers that rebuild a projection (fromBeginning) replay history from our outbox.
      if (options.transport instanceof InProcessTransport) options.transport.attachOutbox(database.sql);
      await options.transport.ensureTopics([...INITIATIVES_TOPICS]);
      relay = createOutboxRelay({ sql: database.sql, transport: options.transport, name: SERVICE_NAME, logger });
      await relay.start();
    }

    const url =
      options.listen === false ? undefined : await listenServiceApp(app, { HOST: options.host, PORT: options.port });

    const seedMode = options.seed ?? 'background';
    const seeding: Promise<SeedResult> =
      seedMode === 'off' ? Promise.resolve({ seeded: false, items: 0 }) : seedDemoData({ services, logger });
    if (seedMode === 'await') await seeding;
    // In the background a failure is logged, not thrown: the next start runs the seed again.
    seeding.catch((error: unknown) =>
      logger.error({ err: error }, 'demo seed failed; it runs again on the next start'),
    );

    let closed = false;
    return {
      app,
      url,
      services,
      database,
      relay,
      seeding,
      close: async () => {
        if (closed) return;
        closed = true;
        await seeding.catch(() => {});
        await app.close();
        await relay?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
