// Embedded mode end to end: PGlite database, relay, in-process transport, consumer, dead_letter table.
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlClient, type SqlClient, type SqlExecutor } from '../database/sql-client.js';
import { replayDeadLetters } from './dead-letter.replay.js';
import { createInProcessTransport } from './in-process.transport.js';
import { createConsumer } from './inbox.consumer.js';
import { createOutboxRelay } from './outbox.relay.js';
import { EVENTS_TABLES_SQL } from './sql/events-tables.sql.js';
import { EFFECT_TABLES_SQL } from './test-support/events-test-db.js';
import {
  aggregateIds,
  checkPipeline,
  sequencedHandlers,
  waitFor,
  writeSequencedEvents,
} from './test-support/pipeline.fixture.js';
import { sqlTransactionRunner } from './transaction.runner.js';

describe('embedded mode on PGlite', () => {
  let sql: SqlClient | undefined;
  afterEach(async () => {
    await sql?.close();
  });

  it('relays, applies once in order, parks and replays', async () => {
    sql = await openSqlClient('pglite://memory');
    await sql.query(EVENTS_TABLES_SQL);
    await sql.query(EFFECT_TABLES_SQL);
    const transport = createInProcessTransport({ outboxes: [sql] });
    const registry = new Registry();
    let broken = true;
    const consumer = createConsumer<SqlExecutor>({
      group: 'search.offers',
      topics: ['techmart.offer.v1'],
      handlers: sequencedHandlers('search.offers', {
        failWhen: (e) => broken && e.message.offerId === 'agg-0001' && e.message.revision === 2,
      }),
      transactions: sqlTransactionRunner(sql),
      transport,
      retry: { attempts: 2, initialDelayMs: 10 },
      registry,
    });
    await consumer.start();
    const relay = createOutboxRelay({ sql, transport, batchSize: 100, name: 'techmart', registry });
    await relay.start();
    const db = sql;
    await writeSequencedEvents(db, { topic: 'techmart.offer.v1', aggregates: aggregateIds(10), perAggregate: 20 });
    await waitFor(
      () => checkPipeline(db, 'search.offers'),
      (p) => p.effects >= 199 && p.unpublished === 0,
      60_000,
      'effects',
    );
    expect(
      (await consumer.deadLetters.list('search.offers', ['techmart.offer.v1'], {})).items.map((p) => p.reason),
    ).toEqual(['handler-failed']);
    broken = false;
    expect(await replayDeadLetters({ consumer })).toMatchObject({ applied: 1 });
    expect(await checkPipeline(db, 'search.offers')).toMatchObject({
      effects: 200,
      distinctEvents: 200,
      unpublished: 0,
    });
    const metrics = await registry.metrics();
    expect(metrics).toContain('sti_outbox_published_total{outbox="techmart"} 200');
    expect(metrics).toContain('sti_outbox_backlog{outbox="techmart"} 0');
    expect(metrics).toContain('sti_outbox_oldest_unpublished_age_seconds{outbox="techmart"} 0');
    expect(metrics).toContain('sti_events_dead_lettered_total{consumer="search.offers",reason="handler-failed"} 1');
    expect(metrics).toMatch(/sti_events_consumed_total\{consumer="search.offers",outcome="applied"\} 200/);
    await relay.stop();
    await consumer.stop();
  }, 120_000);
});
