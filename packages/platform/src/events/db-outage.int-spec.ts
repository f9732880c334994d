// The consumer's PostgreSQL stops mid-stream (its own cluster, never the shared one): what was in flight
// is redelivered once the database is back, nothing is parked, every event is applied once and in order.
import { randomBytes } from 'node:crypto';
import { OfferSubmittedSchema } from '@sti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database/open-database.js';
import { PrismaClient } from '../testing/prisma-fixture/generated/client.js';
import { createConsumer, on } from './inbox.consumer.js';
import { createKafkaTransport, type KafkaTransport } from './kafka.transport.js';
import { createOutboxRelay } from './outbox.relay.js';
import { prismaTxExecutor } from './prisma.executor.js';
import { EVENTS_TABLES_SQL } from './sql/events-tables.sql.js';
import { EFFECT_TABLES_SQL, KAFKA_BROKERS, uniqueName } from './test-support/events-test-db.js';
import {
  aggregateIds,
  applySequenced,
  checkPipeline,
  waitFor,
  writeSequencedEvents,
} from './test-support/pipeline.fixture.js';
import {
  type PrivatePostgres,
  privatePostgresAvailable,
  startPrivatePostgres,
} from './test-support/private-postgres.js';

type Client = InstanceType<typeof PrismaClient>;

describe.runIf(privatePostgresAvailable() && process.env.KAFKA_BROKERS !== 'none')(
  'a database outage under a Prisma consumer on Kafka',
  () => {
    let postgres: PrivatePostgres;
    let db: Database<Client>;
    let transport: KafkaTransport;
    const stops: (() => Promise<void>)[] = [];

    beforeAll(async () => {
      postgres = await startPrivatePostgres();
      db = await openDatabase<Client>(postgres.url, {
        prismaFactory: (adapter) => new PrismaClient({ adapter }),
        poolMax: 6,
      });
      await db.sql.query(EVENTS_TABLES_SQL);
      await db.sql.query(EFFECT_TABLES_SQL);
      transport = createKafkaTransport({
        brokers: KAFKA_BROKERS,
        clientId: `outage-${randomBytes(3).toString('hex')}`,
        partitions: 3,
        sessionTimeoutMs: 6_000,
      });
    }, 120_000);

    afterAll(async () => {
      for (const stop of stops.reverse()) await stop().catch(() => {});
      await transport?.close();
      await db?.close().catch(() => {});
      await postgres?.destroy();
    });

    it('redelivers instead of parking, and applies everything once after PostgreSQL is back', async () => {
      const topic = `${uniqueName('outage').replace(/_/g, '-')}.offer.v1`;
      const group = uniqueName('g');
      const consumer = createConsumer({
        group,
        topics: [topic],
        handlers: on(OfferSubmittedSchema, async (event, tx: Parameters<Parameters<Client['$transaction']>[0]>[0]) => {
          await applySequenced(prismaTxExecutor(tx), group, event);
          // slow enough that the outage lands mid-stream
          await new Promise((r) => setTimeout(r, 2));
        }),
        transactions: {
          run: (work) =>
            db.prisma.$transaction((tx) => work({ tx, sql: prismaTxExecutor(tx) }), {
              maxWait: 2_000,
              timeout: 10_000,
            }),
        },
        transport,
        retry: { attempts: 3, initialDelayMs: 20 },
        maxBatchSize: 50,
      });
      await consumer.start();
      stops.push(() => consumer.stop());
      const relay = createOutboxRelay({ sql: db.sql, transport, standbyRetryMs: 200, pollIntervalMs: 500 });
      await relay.start();
      stops.push(() => relay.stop());

      await writeSequencedEvents(db.sql, { topic, aggregates: aggregateIds(20), perAggregate: 100 });
      const before = await waitFor(
        () => checkPipeline(db.sql, group),
        (p) => p.effects >= 200,
        60_000,
        '200 effects',
      );
      expect(before.effects).toBeLessThan(2_000);
      await postgres.stop('immediate');
      await new Promise((r) => setTimeout(r, 5_000));
      await postgres.start();

      const probe = () =>
        checkPipeline(db.sql, group).catch(() => ({
          effects: -1,
          distinctEvents: -1,
          violations: -1,
          unpublished: -1,
        }));
      await waitFor(probe, (p) => p.effects >= 2_000 && p.unpublished === 0, 180_000, '2,000 effects');
      await new Promise((r) => setTimeout(r, 500));
      expect(await checkPipeline(db.sql, group)).toEqual({
        effects: 2_000,
        distinctEvents: 2_000,
        violations: 0,
        unpublished: 0,
      });
      expect((await consumer.deadLetters.list(group, [topic], {})).items).toEqual([]);
    }, 300_000);
  },
);
