// The one contract suite both EventTransport adapters pass, against a real PostgreSQL.
import { OfferSubmittedSchema } from '@sti/contracts';
import { toBinary, create } from '@bufbuild/protobuf';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlClient, SqlExecutor } from '../../database/sql-client.js';
import { replayDeadLetters } from '../dead-letter.replay.js';
import type { EventTransport } from '../event.types.js';
import { InProcessTransport } from '../in-process.transport.js';
import { type Consumer, createConsumer } from '../inbox.consumer.js';
import { createOutboxRelay, type OutboxRelay } from '../outbox.relay.js';
import { sqlTransactionRunner } from '../transaction.runner.js';
import { createEventsTestDatabase, openTestSql, type TestDatabase, uniqueName } from './events-test-db.js';
import { aggregateIds, checkPipeline, sequencedHandlers, waitFor, writeSequencedEvents } from './pipeline.fixture.js';

export interface TransportHarness {
  create(): Promise<EventTransport>;
  /** how long a run of 10,000 events may take */
  timeoutMs: number;
}

export function defineTransportContract(name: string, harness: TransportHarness): void {
  describe(`EventTransport contract: ${name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
    });

    async function setup() {
      const db: TestDatabase = await createEventsTestDatabase('evt');
      cleanups.push(() => db.drop());
      const sql = await openTestSql(db.url);
      cleanups.push(() => sql.close());
      const transport = await harness.create();
      cleanups.push(() => transport.close());
      if (transport instanceof InProcessTransport) transport.attachOutbox(sql);
      const topic = `${uniqueName('t').replace(/_/g, '-')}.offer.v1`;
      const group = uniqueName('g');
      const consumer = (
        options: {
          failWhen?: NonNullable<Parameters<typeof sequencedHandlers>[1]>['failWhen'];
          fromBeginning?: boolean;
          group?: string;
        } = {},
      ) => {
        const c = createConsumer<SqlExecutor>({
          group: options.group ?? group,
          topics: [topic],
          handlers: sequencedHandlers(options.group ?? group, { failWhen: options.failWhen }),
          transactions: sqlTransactionRunner(sql),
          transport,
          retry: { attempts: 3, initialDelayMs: 20 },
          fromBeginning: options.fromBeginning,
        });
        cleanups.push(() => c.stop());
        return c;
      };
      const relay = (batchSize = 500): OutboxRelay => {
        const r = createOutboxRelay({ sql, transport, batchSize, standbyRetryMs: 200, pollIntervalMs: 1_000 });
        cleanups.push(() => r.stop());
        return r;
      };
      await transport.ensureTopics([topic]);
      return { db, sql, transport, topic, group, consumer, relay };
    }

    it(
      'applies 10,000 events over 100 aggregates exactly once, in order per aggregate',
      async () => {
        const { sql, topic, group, consumer, relay } = await setup();
        const members = [consumer(), consumer()];
        await Promise.all(members.map((m) => m.start()));
        await relay().start();
        await writeSequencedEvents(sql, { topic, aggregates: aggregateIds(100), perAggregate: 100, writers: 2 });
        await waitFor(
          () => checkPipeline(sql, group),
          (c) => c.effects >= 10_000 && c.unpublished === 0,
          harness.timeoutMs,
          '10,000 effects',
        );
        await sleep(300);
        expect(await checkPipeline(sql, group)).toEqual({
          effects: 10_000,
          distinctEvents: 10_000,
          violations: 0,
          unpublished: 0,
        });
      },
      harness.timeoutMs + 30_000,
    );

    it('parks a poison message after N attempts while the rest flows, then replays it once', async () => {
      const { sql, topic, group, consumer, relay } = await setup();
      let broken = true;
      const poison = (e: { message: { offerId: string; revision: number } }) =>
        broken && e.message.offerId === 'agg-0003' && e.message.revision === 5;
      const c = consumer({ failWhen: poison });
      await c.start();
      await relay().start();
      await writeSequencedEvents(sql, { topic, aggregates: aggregateIds(20), perAggregate: 10 });
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 199 && p.unpublished === 0,
        60_000,
        '199 effects',
      );
      const parked = await waitFor(
        async () => (await c.deadLetters.list(group, [topic], {})).items,
        (l) => l.length >= 1,
        30_000,
        'a parked message',
      );
      expect(parked).toHaveLength(1);
      expect(parked[0]).toMatchObject({
        consumer: group,
        reason: 'handler-failed',
        attempts: 3,
        eventType: 'sti.techmart.v1.OfferSubmitted',
      });
      expect(parked[0]?.error).toContain('poison: agg-0003#5');
      // the aggregate's later events flowed past the parked one (one recorded gap)
      expect(await checkPipeline(sql, group)).toMatchObject({ effects: 199, violations: 1 });

      broken = false;
      const first = await replayDeadLetters({ consumer: c });
      expect(first).toMatchObject({ considered: 1, applied: 1, failed: [] });
      const second = await replayDeadLetters({ consumer: c });
      expect(second.applied).toBe(0);
      expect(await checkPipeline(sql, group)).toMatchObject({ effects: 200, distinctEvents: 200 });
    }, 120_000);

    it('dead-letters malformed bytes, unknown types and missing headers without retrying, and keeps consuming', async () => {
      const { sql, transport, topic, group, consumer, relay } = await setup();
      const c = consumer();
      await c.start();
      const headers = (type: string) => ({
        ce_specversion: '1.0',
        ce_id: uuidv7(),
        ce_type: type,
        ce_source: '/sti/test',
        ce_time: new Date().toISOString(),
        ce_subject: 'agg-x',
        'content-type': 'application/protobuf',
      });
      const valid = toBinary(OfferSubmittedSchema, create(OfferSubmittedSchema, { offerId: 'agg-x', revision: 1 }));
      await transport.publishRaw(topic, [
        {
          key: 'agg-x',
          value: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]),
          headers: headers('sti.techmart.v1.OfferSubmitted'),
        },
        { key: 'agg-x', value: valid, headers: headers('sti.nowhere.v1.Nothing') },
        { key: 'agg-x', value: valid, headers: {} },
        { key: 'agg-x', value: null, headers: headers('sti.techmart.v1.OfferSubmitted') },
      ]);
      await relay().start();
      await writeSequencedEvents(sql, { topic, aggregates: aggregateIds(5), perAggregate: 4 });
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 20,
        60_000,
        '20 effects',
      );
      const parked = await waitFor(
        async () => (await c.deadLetters.list(group, [topic], {})).items,
        (l) => l.length >= 4,
        30_000,
        '4 parked',
      );
      expect(parked.map((p) => p.reason).sort()).toEqual(['malformed', 'malformed', 'undecodable', 'unknown-type']);
      expect(parked.every((p) => p.attempts === 1)).toBe(true);
      expect(parked.find((p) => p.reason === 'unknown-type')?.error).toContain('sti.nowhere.v1.Nothing');
      expect(parked.find((p) => p.message.value === null || p.message.value.length === 0)?.error).toContain(
        'empty value',
      );
      expect(await checkPipeline(sql, group)).toMatchObject({ effects: 20, violations: 0 });
    }, 120_000);

    it(
      'keeps order and exactly-once with two relays on one database, across a failover',
      async () => {
        const { sql, topic, group, consumer, relay } = await setup();
        await consumer().start();
        const relays = [relay(200), relay(200)];
        await Promise.all(relays.map((r) => r.start()));
        const writing = writeSequencedEvents(sql, {
          topic,
          aggregates: aggregateIds(50),
          perAggregate: 100,
          pauseMs: 5,
        });
        await waitFor(
          () => checkPipeline(sql, group),
          (p) => p.effects >= 1_000,
          60_000,
          'first 1,000 effects',
        );
        const leader = relays.find((r) => r.isLeader);
        expect(leader).toBeDefined();
        expect(relays.filter((r) => r.isLeader)).toHaveLength(sql.kind === 'postgres' ? 1 : 2);
        await leader?.stop();
        await writing;
        await waitFor(
          () => checkPipeline(sql, group),
          (p) => p.effects >= 5_000 && p.unpublished === 0,
          harness.timeoutMs,
          '5,000 effects',
        );
        await sleep(300);
        expect(await checkPipeline(sql, group)).toEqual({
          effects: 5_000,
          distinctEvents: 5_000,
          violations: 0,
          unpublished: 0,
        });
        expect(relays.find((r) => r !== leader)?.isLeader).toBe(true);
      },
      harness.timeoutMs + 30_000,
    );

    it(
      'stops gracefully mid-stream and resumes without loss or double effects',
      async () => {
        const { sql, topic, group, consumer, relay } = await setup();
        const first = consumer();
        await first.start();
        await relay().start();
        const writing = writeSequencedEvents(sql, {
          topic,
          aggregates: aggregateIds(20),
          perAggregate: 150,
          pauseMs: 2,
        });
        await waitFor(
          () => checkPipeline(sql, group),
          (p) => p.effects >= 500,
          60_000,
          '500 effects',
        );
        await first.stop();
        const second = consumer();
        await second.start();
        await writing;
        await waitFor(
          () => checkPipeline(sql, group),
          (p) => p.effects >= 3_000 && p.unpublished === 0,
          harness.timeoutMs,
          '3,000 effects',
        );
        await sleep(300);
        expect(await checkPipeline(sql, group)).toEqual({
          effects: 3_000,
          distinctEvents: 3_000,
          violations: 0,
          unpublished: 0,
        });
      },
      harness.timeoutMs + 30_000,
    );

    it('replays the whole history into a fresh consumer group (projection rebuild)', async () => {
      const { sql, topic, group, consumer, relay } = await setup();
      await consumer().start();
      const r = relay();
      await r.start();
      await writeSequencedEvents(sql, { topic, aggregates: aggregateIds(10), perAggregate: 100 });
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 1_000 && p.unpublished === 0,
        60_000,
        'first group',
      );
      const rebuild = uniqueName('rebuild');
      const fresh: Consumer = consumer({ group: rebuild, fromBeginning: true });
      await fresh.start();
      await writeSequencedEvents(sql, { topic, aggregates: aggregateIds(10), perAggregate: 10, fromSeq: 101 });
      await waitFor(
        () => checkPipeline(sql, rebuild),
        (p) => p.effects >= 1_100,
        60_000,
        'rebuilt group',
      );
      await sleep(300);
      expect(await checkPipeline(sql, rebuild)).toMatchObject({ effects: 1_100, distinctEvents: 1_100, violations: 0 });
    }, 150_000);
  });
}

export type { SqlClient };

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
