// Retention: the relay prunes published outbox rows after the window (Kafka holds the history; the
// in-process transport keeps them, its rebuilds replay the outbox); consumers prune old inbox rows and
// replayed dead letters; nothing pending is ever deleted.
import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlClient, SqlExecutor } from '../database/sql-client.js';
import type { EventTransport } from './event.types.js';
import { createInProcessTransport } from './in-process.transport.js';
import { createConsumer } from './inbox.consumer.js';
import { createKafkaTransport } from './kafka.transport.js';
import { createOutboxRelay } from './outbox.relay.js';
import { DAY_MS, pruneOutbox } from './retention.js';
import { prismaTransactionRunner, sqlTransactionRunner, type TransactionRunner } from './transaction.runner.js';
import { createPrismaAdapter } from '../database/open-database.js';
import { PrismaClient } from '../testing/prisma-fixture/generated/client.js';
import { createEventsTestDatabase, KAFKA_BROKERS, openTestSql, uniqueName } from './test-support/events-test-db.js';
import { waitFor } from './test-support/pipeline.fixture.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function database(): Promise<SqlClient> {
  const db = await createEventsTestDatabase('retention');
  cleanups.push(() => db.drop());
  const sql = await openTestSql(db.url, 4);
  cleanups.push(() => sql.close());
  return sql;
}

/** Outbox rows: `published` days ago (null: not published), all written `age` days ago. */
async function outboxRow(sql: SqlExecutor, topic: string, publishedDaysAgo: number | null, ageDays = 10) {
  await sql.query(
    `INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, type, source, occurred_at, payload, published_at)
     VALUES ($1::uuid, $2, 'test.retention', 'agg-1', 'sti.techmart.v1.OfferSubmitted', '/sti/test',
             now() - make_interval(days => $3), '\\x'::bytea,
             CASE WHEN $4::int IS NULL THEN NULL ELSE now() - make_interval(days => $4::int) END)`,
    [uuidv7(), topic, ageDays, publishedDaysAgo],
  );
}

async function outboxAges(sql: SqlExecutor): Promise<string[]> {
  const rows = await sql.query<{ state: string }>(
    `SELECT CASE WHEN published_at IS NULL THEN 'pending'
                 WHEN published_at > now() - interval '1 hour' THEN 'published now'
                 ELSE extract(day FROM now() - published_at)::int || 'd' END AS state
     FROM outbox ORDER BY position`,
  );
  return rows.map((r) => r.state);
}

describe('retention of the event tables', () => {
  it('the relay prunes published outbox rows past the window, in batches, never a pending row', async () => {
    const sql = await database();
    const transport = createInProcessTransport();
    cleanups.push(() => transport.close());
    for (const days of [9, 8, 8, 30, 12, 1, 2]) await outboxRow(sql, 'test.retention.v1', days);
    await outboxRow(sql, 'test.retention.v1', null, 30);
    // a row not yet published stays, however old
    expect(await pruneOutbox(sql, { olderThanMs: 7 * DAY_MS, batchSize: 2 })).toBe(5);
    expect(await outboxAges(sql)).toEqual(['1d', '2d', 'pending']);
    await sql.query('DELETE FROM outbox');
    for (const days of [9, 8, 8, 30, 12, 1, 2]) await outboxRow(sql, 'test.retention.v1', days);
    const relay = createOutboxRelay({
      sql,
      transport,
      outboxRetentionMs: 7 * DAY_MS,
      pruneBatchSize: 2,
      pollIntervalMs: 200,
    });
    await relay.start();
    cleanups.push(() => relay.stop());
    await waitFor(
      () => outboxAges(sql),
      (ages) => ages.length === 2,
      30_000,
      'old rows pruned',
    );
    expect(await outboxAges(sql)).toEqual(['1d', '2d']);
  });

  it.runIf(process.env.KAFKA_BROKERS !== 'none')(
    'prunes after 7 days by default on Kafka; keeps the outbox on the in-process transport (its history)',
    async () => {
      const kafka = createKafkaTransport({ brokers: KAFKA_BROKERS, clientId: `ret-${randomBytes(3).toString('hex')}` });
      cleanups.push(() => kafka.close());
      const inProcess = createInProcessTransport();
      cleanups.push(() => inProcess.close());
      const run = async (transport: EventTransport) => {
        const sql = await database();
        for (const days of [8, 6]) await outboxRow(sql, 'test.retention.v1', days);
        const relay = createOutboxRelay({ sql, transport, pollIntervalMs: 200 });
        await relay.start();
        cleanups.push(() => relay.stop());
        await relay.whenIdle();
        await relay.whenIdle();
        return outboxAges(sql);
      };
      expect(await run(kafka)).toEqual(['6d']);
      expect(await run(inProcess)).toEqual(['8d', '6d']);
    },
  );

  it.each(['sql', 'prisma'] as const)(
    'a consumer (%s runner) prunes its own old inbox rows and replayed dead letters, never pending ones',
    async (runner) => {
      const sql = await database();
      const group = uniqueName('g');
      const other = uniqueName('other');
      const inbox = async (consumer: string, days: number) =>
        sql.query(
          `INSERT INTO inbox (consumer, event_id, event_type, processed_at)
         VALUES ($1, $2::uuid, 't', now() - make_interval(days => $3))`,
          [consumer, uuidv7(), days],
        );
      for (const days of [200, 130, 121, 119, 1]) await inbox(group, days);
      await inbox(other, 300);
      const deadLetter = async (replayedDaysAgo: number | null, ageDays: number) =>
        sql.query(
          `INSERT INTO dead_letter (id, consumer, topic, reason, error, attempts, created_at, replayed_at)
         VALUES ($1::uuid, $2, 't', 'handler-failed', 'x', 1, now() - make_interval(days => $3),
                 CASE WHEN $4::int IS NULL THEN NULL ELSE now() - make_interval(days => $4::int) END)`,
          [uuidv7(), group, ageDays, replayedDaysAgo],
        );
      await deadLetter(40, 50);
      await deadLetter(1, 50);
      await deadLetter(null, 400);
      const transport = createInProcessTransport();
      cleanups.push(() => transport.close());
      let transactions: TransactionRunner<unknown> = sqlTransactionRunner(sql);
      if (runner === 'prisma') {
        const prisma = new PrismaClient({ adapter: createPrismaAdapter(sql) });
        cleanups.push(() => prisma.$disconnect());
        transactions = prismaTransactionRunner(prisma);
      }
      const consumer = createConsumer<unknown>({
        group,
        topics: ['test.retention.v1'],
        handlers: {},
        transactions,
        transport,
        retention: { batchSize: 2 },
      });
      await consumer.start();
      cleanups.push(() => consumer.stop());
      const ages = () =>
        sql.query<{ consumer: string; days: number }>(
          `SELECT consumer, extract(day FROM now() - processed_at)::int AS days FROM inbox ORDER BY processed_at`,
        );
      await waitFor(ages, (rows) => rows.length === 3, 30_000, 'inbox pruned');
      expect(await ages()).toEqual([
        { consumer: other, days: 300 },
        { consumer: group, days: 119 },
        { consumer: group, days: 1 },
      ]);
      const replayedDays = () =>
        sql.query<{ replayed: number | null }>(
          `SELECT extract(day FROM now() - replayed_at)::int AS replayed FROM dead_letter ORDER BY created_at`,
        );
      // dead letters are pruned after the inbox, in the same round
      const letters = await waitFor(replayedDays, (rows) => rows.length === 2, 30_000, 'dead letters pruned');
      expect(letters.map((l) => l.replayed)).toEqual([null, 1]);
      // the pending one is still listed, a page of one
      const page = await consumer.deadLetters.list(group, [], { limit: 1 });
      expect(page.items.map((p) => p.consumer)).toEqual([group]);
      expect(page.nextCursor).toBeUndefined();
    },
  );
});
