// Starts Techmart in one call, for the embedded host and for main.ts alike: open the database and
// apply migrations, build the services, start the HTTP app, publish the outbox to the transport,
// and seed the demo data on first start.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MAX_ATTACHMENT_BYTES } from '@sti/attachments';
import {
  type Consumer,
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
import type { CommuneOfficerModeration } from './moderation/listing-ownership.policy.js';
import type { Db } from './moderation/listing-workflow.js';
import type { ExchangeSource } from './exchange/exchange.service.js';
import type { ExpiryPolicy } from './expiry/listing-expiry.js';
import { EXPERT_TOPIC } from './experts/expert.events.js';
import { PrismaClient } from './generated/prisma/client.js';
import { NEED_TOPIC } from './needs/need.events.js';
import { OFFER_TOPIC } from './offers/offer.events.js';
import { ORGANISATION_TOPIC } from './organisations/organisation.events.js';
import { CONNECTION_TOPIC } from './connections/connection.events.js';
import { createIpCertificateConsumer, IP_FILING_TOPIC } from './ip-certificates/ip-certificate.consumer.js';
import { createMatchingConsumer } from './matching/matching.consumer.js';
import { MATCH_TOPIC } from './matching/matching.service.js';
import { seedDemoConnections } from './seed/connection-seeder.js';
import { type SeedResult, seedDemoData } from './seed/demo-seeder.js';
import { composeTechmart, type TechmartServices } from './techmart.composition.js';
import { TechmartModule } from './techmart.module.js';

export const SERVICE_NAME = 'techmart';
export const TECHMART_TOPICS = [
  OFFER_TOPIC,
  NEED_TOPIC,
  EXPERT_TOPIC,
  ORGANISATION_TOPIC,
  CONNECTION_TOPIC,
  MATCH_TOPIC,
] as const;

/** prisma/migrations, found from src/ (tsx, vitest) and from dist/ (built) alike. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');

export interface StartTechmartOptions {
  /** `postgres://…`, `pglite:///abs/dir`, `pglite:./rel/dir` or `pglite://memory` */
  databaseUrl: string;
  /** attachments are stored under `<dataDir>/attachments` */
  dataDir: string;
  /** whether commune officers moderate their commune's listings (default) or none */
  communeOfficerModeration?: CommuneOfficerModeration | undefined;
  /** this platform as a source in its export feed (EXCHANGE_SOURCE_*) */
  exchangeSource?: ExchangeSource | undefined;
  /** LISTING_EXPIRY_MONTHS / LISTING_EXPIRY_REMINDER_DAYS */
  expiryPolicy?: ExpiryPolicy | undefined;
  /** how often reminders and expiries are swept (default hourly; 0 = never, tests sweep by hand) */
  expirySweepIntervalMs?: number | undefined;
  /** the time source of every rule (tests move a fake clock) */
  clock?: (() => Date) | undefined;
  /** verifies the gateway's signed identity headers */
  internalAuthSecret: string;
  /** when given, an outbox relay publishes Techmart's events to it (in-process or Kafka) */
  transport?: EventTransport;
  /** bind address and port; port 0 picks a free one. `listen: false` leaves binding to the caller. */
  host?: string;
  port?: number;
  listen?: boolean;
  /** demo data on first start: 'background' (default; the API is up at once), 'await', or 'off' */
  seed?: 'background' | 'await' | 'off';
  logger?: Logger;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** SIGTERM/SIGINT handling by Nest; the embedded host turns it off and closes the handle itself */
  shutdownHooks?: boolean;
  /** Node default metrics; the embedded host enables them once, not per service */
  defaultMetrics?: boolean;
}

export interface TechmartHandle {
  app: NestFastifyApplication;
  /** the base URL when listening (`http://127.0.0.1:port`) */
  url: string | undefined;
  services: TechmartServices;
  /** the database (raw SQL client and Prisma); an in-process transport is attached to its outbox */
  database: Database<PrismaClient>;
  relay: OutboxRelay | undefined;
  /** settles when the demo seed has finished or was skipped */
  seeding: Promise<SeedResult>;
  close(): Promise<void>;
}

const ATTACHMENT_SWEEP_INTERVAL_MS = 15 * 60 * 1000;
const REFERENCE_RELOAD_INTERVAL_MS = 5 * 60 * 1000;
const EXPIRY_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export async function startTechmart(options: StartTechmartOptions): Promise<TechmartHandle> {
  const logger = options.logger ?? createLogger({ service: SERVICE_NAME, level: options.logLevel ?? 'info' });
  const database = await openDatabase(options.databaseUrl, {
    migrationsDir: MIGRATIONS_DIR,
    prismaClient: PrismaClient,
    logger,
  });
  try {
    const services = await composeTechmart({
      prisma: database.prisma,
      dataDir: options.dataDir,
      communeOfficerModeration: options.communeOfficerModeration,
      exchangeSource: options.exchangeSource,
      expiryPolicy: options.expiryPolicy,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    const readiness = new ReadinessRegistry();
    readiness.register('database', () => database.ping());

    const app = await createServiceApp({
      name: SERVICE_NAME,
      module: TechmartModule.forServices(services),
      config: {
        INTERNAL_AUTH_SECRET: options.internalAuthSecret,
        ...(options.host ? { HOST: options.host } : {}),
        ...(options.port !== undefined ? { PORT: options.port } : {}),
      },
      logger,
      readiness,
      openApi: {
        title: 'Techmart API',
        version: '1.0.0',
        description: 'Sàn giao dịch công nghệ / technology exchange',
      },
      ...(options.shutdownHooks !== undefined ? { shutdownHooks: options.shutdownHooks } : {}),
      ...(options.defaultMetrics !== undefined ? { defaultMetrics: options.defaultMetrics } : {}),
      configureFastify: async (fastify) => {
        // One file per request; the size is checked again on the bytes.
        await fastify.register(multipart, {
          limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 4, parts: 6 },
        });
      },
    });

    let relay: OutboxRelay | undefined;
    let matchingConsumer: Consumer | undefined;
    let ipCertificateConsumer: Consumer | undefined;
    if (options.transport) {
      // In-process consumers that rebuild a projection (fromBeginning) replay history from our outbox.
      if (options.transport instanceof InProcessTransport) options.transport.attachOutbox(database.sql);
      await options.transport.ensureTopics([...TECHMART_TOPICS]);
      relay = createOutboxRelay({ sql: database.sql, transport: options.transport, name: SERVICE_NAME, logger });
      await relay.start();
      // Matching follows Techmart's own listing events (see matching.consumer.ts for why).
      matchingConsumer = createMatchingConsumer({
        matching: services.matching,
        transport: options.transport,
        transactions: prismaTransactionRunner<Db>(database.prisma),
        logger,
      });
      await matchingConsumer.start();
      // Protection titles granted for an offer, from IP support's events.
      await options.transport.ensureTopics([IP_FILING_TOPIC]);
      ipCertificateConsumer = createIpCertificateConsumer({
        repository: services.ipCertificateRepository,
        transport: options.transport,
        transactions: prismaTransactionRunner<Db>(database.prisma),
        logger,
      });
      await ipCertificateConsumer.start();
    }

    const url =
      options.listen === false ? undefined : await listenServiceApp(app, { HOST: options.host, PORT: options.port });

    const seedMode = options.seed ?? 'background';
    const stopSeeding = new AbortController();
    const seeding: Promise<SeedResult> =
      seedMode === 'off'
        ? Promise.resolve({ seeded: false, items: 0 })
        : seedDemoData({
            prisma: database.prisma,
            dataDir: options.dataDir,
            logger,
            reference: services.reference,
            signal: stopSeeding.signal,
          }).then(async (result) => {
            // Suggestions and connections over the listings (skipped once done).
            if (!stopSeeding.signal.aborted) {
              await seedDemoConnections({
                prisma: database.prisma,
                dataDir: options.dataDir,
                reference: services.reference,
                logger,
              });
            }
            return result;
          });
    if (seedMode === 'await') await seeding;
    // In the background a failure is logged, not thrown: the next start resumes the seed.
    seeding.catch((error: unknown) => logger.error({ err: error }, 'demo seed failed; it resumes on the next start'));

    // Temporary uploads and files whose edit failed are swept now and then (every instance may sweep).
    const sweepAttachments = () =>
      services.attachments
        .sweep()
        .catch((error: unknown) => logger.warn({ err: error }, 'attachment sweep failed; retried later'));
    void sweepAttachments();
    const sweepTimer = setInterval(sweepAttachments, ATTACHMENT_SWEEP_INTERVAL_MS);
    sweepTimer.unref();
    // Owners are reminded before their listings lapse, and lapsed ones leave the public record.
    const sweepExpiry = () =>
      services.expiry
        .sweep()
        .then((result) => {
          if (result.expired + result.reminded > 0) logger.info(result, 'listing expiry sweep');
        })
        .catch((error: unknown) => logger.warn({ err: error }, 'expiry sweep failed; retried later'));
    const expiryInterval = options.expirySweepIntervalMs ?? EXPIRY_SWEEP_INTERVAL_MS;
    const expiryTimer = expiryInterval > 0 ? setInterval(sweepExpiry, expiryInterval) : undefined;
    expiryTimer?.unref();
    // Reference edits made through another instance reach this one within a few minutes.
    const referenceTimer = setInterval(
      () =>
        services.reference
          .reload()
          .catch((error: unknown) => logger.warn({ err: error }, 'reference reload failed; retried later')),
      REFERENCE_RELOAD_INTERVAL_MS,
    );
    referenceTimer.unref();

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
        clearInterval(sweepTimer);
        clearInterval(referenceTimer);
        if (expiryTimer) clearInterval(expiryTimer);
        await seeding.catch(() => {});
        await app.close();
        await matchingConsumer?.stop();
        await ipCertificateConsumer?.stop();
        await relay?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
