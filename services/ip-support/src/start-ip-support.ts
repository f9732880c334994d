// Starts the IP-support service in one call, for the embedded host and for main.ts alike: open the
// database and apply migrations, build the services, start the HTTP app, publish the outbox to the
// transport, consume the platform events it projects, and seed the demo data on first start.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MAX_ATTACHMENT_BYTES } from '@sti/attachments';
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
  prismaTransactionRunner,
  ReadinessRegistry,
} from '@sti/platform';
import type { Logger } from 'pino';
import { IP_SUPPORT_TOPICS } from './events/event-messages.js';
import { PrismaClient } from './generated/prisma/client.js';
import { startDeadlineTicker } from './deadlines/deadlines.composition.js';
import { composeIpSupport, type IpSupportServices } from './ip-support.composition.js';
import { IpSupportModule } from './ip-support.module.js';
import type { IpSupportHooks } from './shared/hooks.js';
import { createSubjectProjector, SUBJECT_PROJECTOR_GROUP, SUBJECT_TOPICS } from './subjects/subject-projector.js';
import { type SeedResult, seedDemoData } from './seed/demo-seeder.js';
import type { Db } from './shared/db.js';
import { createSubsidyConsumer, SUBSIDY_CONSUMER_GROUP } from './subsidies/filing-subsidy.consumer.js';

export const SERVICE_NAME = 'ip-support';
export { IP_SUPPORT_TOPICS };

/** prisma/migrations, found from src/ (tsx, vitest) and from dist/ (built) alike. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');

export interface StartIpSupportOptions {
  /** `postgres://…`, `pglite:///abs/dir`, `pglite:./rel/dir` or `pglite://memory` */
  databaseUrl: string;
  /** the service's own files (dossier documents) go under it */
  dataDir: string;
  /** verifies the gateway's signed identity headers */
  internalAuthSecret: string;
  /** when given, an outbox relay publishes the service's events to it and projections consume from it */
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
  /** tests move time (deadlines, reminders) */
  clock?: () => Date;
  /** root CA certificates for PDF signature verification (see trust/README.md) */
  trustedRootsDir?: string;
  /** prefixed to this service's Kafka consumer groups (environments sharing one cluster; tests) */
  consumerGroupPrefix?: string;
  /** tests replace single hooks (signature verdicts, deadline and grant observers) */
  hooks?: IpSupportHooks;
}

export interface IpSupportHandle {
  app: NestFastifyApplication;
  url: string | undefined;
  services: IpSupportServices;
  database: Database<PrismaClient>;
  relay: OutboxRelay | undefined;
  seeding: Promise<SeedResult>;
  close(): Promise<void>;
}

export async function startIpSupport(options: StartIpSupportOptions): Promise<IpSupportHandle> {
  const logger = options.logger ?? createLogger({ service: SERVICE_NAME, level: options.logLevel ?? 'info' });
  const database = await openDatabase(options.databaseUrl, {
    migrationsDir: MIGRATIONS_DIR,
    prismaClient: PrismaClient,
    logger,
  });
  const closers: (() => Promise<void>)[] = [];
  try {
    const services = await composeIpSupport({
      prisma: database.prisma,
      dataDir: options.dataDir,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.trustedRootsDir ? { trustedRootsDir: options.trustedRootsDir } : {}),
      ...(options.hooks ? { hooks: options.hooks } : {}),
    });
    const readiness = new ReadinessRegistry();
    readiness.register('database', () => database.ping());

    const app = await createServiceApp({
      name: SERVICE_NAME,
      module: IpSupportModule.forServices(services),
      config: {
        INTERNAL_AUTH_SECRET: options.internalAuthSecret,
        ...(options.host ? { HOST: options.host } : {}),
        ...(options.port !== undefined ? { PORT: options.port } : {}),
      },
      logger,
      readiness,
      openApi: {
        title: 'IP Support API',
        version: '1.0.0',
        description:
          'Hỗ trợ đăng ký quyền sở hữu trí tuệ: yêu cầu, hồ sơ, đơn và thời hạn, lệ phí, hỗ trợ chi phí, chữ ký số, OCOP',
      },
      ...(options.shutdownHooks !== undefined ? { shutdownHooks: options.shutdownHooks } : {}),
      ...(options.defaultMetrics !== undefined ? { defaultMetrics: options.defaultMetrics } : {}),
      configureFastify: async (fastify) => {
        // one file per request; each route checks its own limit (dossier documents: 10 MB)
        await fastify.register(multipart, {
          limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 4, parts: 6 },
        });
      },
    });

    let relay: OutboxRelay | undefined;
    if (options.transport) {
      // In-process consumers that rebuild a projection (fromBeginning) replay history from our outbox.
      if (options.transport instanceof InProcessTransport) options.transport.attachOutbox(database.sql);
      await options.transport.ensureTopics([...IP_SUPPORT_TOPICS, ...SUBJECT_TOPICS]);
      relay = createOutboxRelay({ sql: database.sql, transport: options.transport, name: SERVICE_NAME, logger });
      await relay.start();
      // Techmart offers and recognised initiatives a request can link to, from their events.
      const subjects = createSubjectProjector({
        prisma: database.prisma,
        transport: options.transport,
        logger: logger.child({ consumer: 'subjects' }),
        group: `${options.consumerGroupPrefix ?? ''}${SUBJECT_PROJECTOR_GROUP}`,
      });
      await subjects.start();
      closers.push(() => subjects.stop());
      // Subsidies: a granted certificate (or an accepted application) opens the claims the policy offers.
      const subsidyConsumer = createSubsidyConsumer({
        claims: services.subsidies.claims,
        clock: services.clock,
        transport: options.transport,
        transactions: prismaTransactionRunner<Db>(database.prisma),
        logger,
        group: `${options.consumerGroupPrefix ?? ''}${SUBSIDY_CONSUMER_GROUP}`,
      });
      await subsidyConsumer.start();
      closers.push(() => subsidyConsumer.stop());
    }

    const url =
      options.listen === false ? undefined : await listenServiceApp(app, { HOST: options.host, PORT: options.port });

    // reminders, weekly digests, scheduled holiday/rule versions (not in tests: they call tick())
    if (options.listen !== false) closers.push(startDeadlineTicker(services.rules, logger));

    const seedMode = options.seed ?? 'background';
    const stopSeeding = new AbortController();
    const seeding: Promise<SeedResult> =
      seedMode === 'off'
        ? Promise.resolve({ seeded: false, items: 0 })
        : seedDemoData({ services, logger, signal: stopSeeding.signal });
    if (seedMode === 'await') await seeding;
    // In the background a failure is logged, not thrown (a seed that failed before writing runs again).
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
        for (const close of closers.reverse()) await close().catch(() => {});
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
