// Kafka dead letters: a replayed dead letter is recorded (compacted `<topic>.dlq.replayed`) and skipped by
// every later listing and replay, also from another process; listings come in pages.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../database/sql-client.js';
import { listDeadLetters, replayDeadLetters } from './dead-letter.replay.js';
import type { ParkedMessage } from './event.types.js';
import { createConsumer } from './inbox.consumer.js';
import { createKafkaTransport, type KafkaTransport, topicConfig } from './kafka.transport.js';
import { createOutboxRelay } from './outbox.relay.js';
import { sqlTransactionRunner } from './transaction.runner.js';
import { createEventsTestDatabase, KAFKA_BROKERS, openTestSql, uniqueName } from './test-support/events-test-db.js';
import {
  aggregateIds,
  checkPipeline,
  sequencedHandlers,
  waitFor,
  writeSequencedEvents,
} from './test-support/pipeline.fixture.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

function kafka(): KafkaTransport {
  const transport = createKafkaTransport({
    brokers: KAFKA_BROKERS,
    clientId: `dlq-${randomBytes(3).toString('hex')}`,
    partitions: 3,
    sessionTimeoutMs: 6_000,
  });
  cleanups.push(() => transport.close());
  return transport;
}

describe.runIf(process.env.KAFKA_BROKERS !== 'none')('Kafka dead letters', () => {
  it('pages the listing, replays each dead letter once, and skips replayed ones from then on', async () => {
    const db = await createEventsTestDatabase('dlq');
    cleanups.push(() => db.drop());
    const sql = await openTestSql(db.url, 4);
    cleanups.push(() => sql.close());
    const transport = kafka();
    const topic = `${uniqueName('dlq').replace(/_/g, '-')}.offer.v1`;
    const group = uniqueName('g');
    let broken = true;
    const consumer = createConsumer<SqlExecutor>({
      group,
      topics: [topic],
      // revision 3 of the first five aggregates fails until "fixed"
      handlers: sequencedHandlers(group, {
        failWhen: (e) => broken && e.message.revision === 3 && e.message.offerId < 'agg-0005',
      }),
      transactions: sqlTransactionRunner(sql),
      transport,
      retry: { attempts: 2, initialDelayMs: 10 },
    });
    await consumer.start();
    cleanups.push(() => consumer.stop());
    const relay = createOutboxRelay({ sql, transport, pollIntervalMs: 500 });
    await relay.start();
    cleanups.push(() => relay.stop());
    await writeSequencedEvents(sql, { topic, aggregates: aggregateIds(10), perAggregate: 4 });
    await waitFor(
      () => checkPipeline(sql, group),
      (p) => p.effects >= 35 && p.unpublished === 0,
      60_000,
      '35 effects',
    );

    // pages of two: 2 + 2 + 1, disjoint, the last without a cursor
    const pages: ParkedMessage[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listDeadLetters(consumer, {}, { cursor, limit: 2 });
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    const refs = pages.flat().map((p) => p.ref);
    expect(new Set(refs).size).toBe(5);
    expect(
      pages
        .flat()
        .map((p) => p.message.key)
        .sort(),
    ).toEqual(aggregateIds(5));

    broken = false;
    expect(await replayDeadLetters({ consumer, pageSize: 2 })).toMatchObject({ considered: 5, applied: 5, failed: [] });
    // replayed: neither listed nor considered again
    expect(await replayDeadLetters({ consumer })).toMatchObject({ considered: 0, applied: 0, duplicates: 0 });
    expect((await listDeadLetters(consumer)).items).toEqual([]);
    expect(await checkPipeline(sql, group)).toMatchObject({ effects: 40, distinctEvents: 40 });

    // another process (a fresh transport and store) reads the replay records from Kafka
    const elsewhere = kafka().deadLetterStore();
    expect((await elsewhere.list(group, [topic], {})).items).toEqual([]);
  }, 180_000);

  it('keeps event topics forever and dead letters for a window, replay records compacted', () => {
    expect(topicConfig('techmart.offer.v1')).toContainEqual({ name: 'retention.ms', value: '-1' });
    expect(topicConfig('techmart.offer.v1.dlq', 86_400_000)).toEqual([
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'retention.ms', value: '86400000' },
    ]);
    expect(topicConfig('techmart.offer.v1.dlq.replayed', 86_400_000)).toEqual([
      { name: 'cleanup.policy', value: 'compact,delete' },
      { name: 'retention.ms', value: '86400000' },
    ]);
  });
});
