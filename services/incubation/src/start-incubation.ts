// Starts the incubation service in one call, for the embedded host and for main.ts alike: open the
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
import { INCUBATION_TOPICS } from './events/event-messages.js';
import { PrismaClient } from './generated/prisma/client.js';
import { composeIncubation, type IncubationServices } from './incubation.composition.js';
import { IncubationModule } from './incubation.module.js';
import { type SeedResult, seedDemoData } from './seed/demo-seeder.js';

export const SERVICE_NAME = 'incubation';
export { INCUBATION_TOPICS };

/** prisma/migrations, found from src/ (tsx, vitest) and from dist/ (built) alike. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');

/** Largest evidence file a startup may attach to a milestone. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export interface StartIncubationOptions {
  /** `postgres://…`, `pglite:///abs/dir`, `pglite:./rel/dir` or `pglite://memory` */
  databaseUrl: string;
  /** milestone evidence files go under it */
  dataDir: string;
  /** verifies the gateway's signed identity headers */
  internalAuthSecret: string;
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
  /** tests move time (call deadlines, due dates) */
  clock?: () => Date;
}

export interface IncubationHandle {
  app: NestFastifyApplication;
  url: string | undefined;
  services: IncubationServices;
  database: Database<PrismaClient>;
  relay: OutboxRelay | undefined;
  seeding: Promise<SeedResult>;
  close(): Promise<void>;
}

export async function startIncubation(options: StartIncubationOptions): Promise<IncubationHandle> {
  const logger = options.logger ?? createLogger({ service: SERVICE_NAME, level: options.logLevel ?? 'info' });
  const database = await openDatabase(options.databaseUrl, {
    migrationsDir: MIGRATIONS_DIR,
    prismaClient: PrismaClient,
    logger,
  });
  try {
    const services = await composeIncubation({
      prisma: database.prisma,
      dataDir: options.dataDir,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    const readiness = new ReadinessRegistry();
    readiness.register('database', () => database.ping());

    const app = await createServiceApp({
      name: SERVICE_NAME,
      module: IncubationModule.forServices(services),
      config: {
        INTERNAL_AUTH_SECRET: options.internalAuthSecret,
        ...(options.host ? { HOST: options.host } : {}),
        ...(options.port !== undefined ? { PORT: options.port } : {}),
      },
      logger,
      readiness,
      openApi: {
        title: 'Incubation API',
        version: '1.0.0',
        description:
          'Khởi nghiệp: nhóm khởi nghiệp, cuộc thi ý tưởng, chương trình ươm tạo, khóa, chỉ số, cố vấn, nhà đầu tư',
      },
      ...(options.shutdownHooks !== undefined ? { shutdownHooks: options.shutdownHooks } : {}),
      ...(options.defaultMetrics !== undefined ? { defaultMetrics: options.defaultMetrics } : {}),
      configureFastify: async (fastify) => {
        // one evidence file per request
        await fastify.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 4, parts: 6 } });
      },
    });

    let relay: OutboxRelay | undefined;
    if (options.transport) {
      // In-process consumers that rebuild a projection (fromBeginning) replay history from our outbox.
      if (options.transport instanceof InProcessTransport) options.transport.attachOutbox(database.sql);
      await options.transport.ensureTopics([...INCUBATION_TOPICS]);
      relay = createOutboxRelay({ sql: database.sql, transport: options.transport, name: SERVICE_NAME, logger });
      await relay.start();
    }

    const url =
      options.listen === false ? undefined : await listenServiceApp(app, { HOST: options.host, PORT: options.port });

    const seedMode = options.seed ?? 'background';
    const stopSeeding = new AbortController();
    const seeding: Promise<SeedResult> =
      seedMode === 'off'
        ? Promise.resolve({ seeded: false, items: 0 })
        : seedDemoData({ services, logger, signal: stopSeeding.signal });
    if (seedMode === 'await') await seeding;
    seeding.catch((error: unknown) =>
      stopSeeding.signal.aborted
        ? logger.info('demo seed stopped by shutdown')
        : logger.error({ err: error }, 'demo seed failed'),
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
        stopSeeding.abort();
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
