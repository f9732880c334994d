// The batch paths on their own, against a real PostgreSQL: one consumer transaction per delivered batch
// (with the per-message fallback), the relay's read-ahead, the one-statement outbox append, the
// in-process key lanes.
import { OfferSubmittedSchema } from '@sti/contracts';
import { create, toBinary } from '@bufbuild/protobuf';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlClient, SqlExecutor } from '../database/sql-client.js';
import { cloudEventHeaders } from './cloud-events.codec.js';
import type { EventTransport, OutgoingEvent, PublishRecord, TransportMessage } from './event.types.js';
import { InProcessTransport } from './in-process.transport.js';
import { createConsumer } from './inbox.consumer.js';
import { createOutboxRelay } from './outbox.relay.js';
import { appendToOutbox } from './outbox.writer.js';
import { sqlTransactionRunner, type TransactionRunner } from './transaction.runner.js';
import { unsupportedTransportAdmin } from './transport-admin.js';
import { createEventsTestDatabase, openTestSql } from './test-support/events-test-db.js';
import { aggregateIds, sequencedEvent, sequencedHandlers, waitFor } from './test-support/pipeline.fixture.js';

const TOPIC = 'batch.offer.v1';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function database(): Promise<SqlClient> {
  const db = await createEventsTestDatabase('batch');
  cleanups.push(() => db.drop());
  const sql = await openTestSql(db.url, 6);
  cleanups.push(() => sql.close());
  return sql;
}

function toMessage(event: OutgoingEvent, offset: number): TransportMessage {
  const record: PublishRecord = { ...event, position: String(offset) };
  return {
    topic: event.topic,
    partition: 0,
    offset: String(offset),
    key: event.aggregateId,
    value: event.payload,
    headers: cloudEventHeaders(record),
  };
}

/** Counts the transactions the consumer opens. */
function countingRunner(sql: SqlClient): TransactionRunner<SqlExecutor> & { runs: number } {
  const inner = sqlTransactionRunner(sql);
  const runner = {
    runs: 0,
    run: <T>(work: Parameters<typeof inner.run<T>>[0]) => {
      runner.runs++;
      return inner.run(work);
    },
  };
  return runner;
}

async function effects(sql: SqlClient, group: string) {
  return sql.query<{ aggregate_id: string; seq: number; event_id: string }>(
    'SELECT aggregate_id, seq, event_id::text AS event_id FROM effect WHERE consumer = $1 ORDER BY aggregate_id, seq',
    [group],
  );
}

/** Every application out of sequence (seq ≠ last applied + 1) of the sequenced handlers. */
async function violations(sql: SqlClient, group: string) {
  return sql.query<{ aggregate_id: string; expected: number; got: number }>(
    'SELECT aggregate_id, expected, got FROM violation WHERE consumer = $1 ORDER BY aggregate_id, got',
    [group],
  );
}

describe('consumer batch path', () => {
  it('applies a clean batch in one transaction, each event once, in order', async () => {
    const sql = await database();
    const runner = countingRunner(sql);
    const consumer = createConsumer<SqlExecutor>({
      group: 'batch.clean',
      topics: [TOPIC],
      handlers: sequencedHandlers('batch.clean'),
      transactions: runner,
      transport: new InProcessTransport(),
      registry: new Registry(),
    });
    const events = aggregateIds(5).flatMap((id) => [1, 2, 3].map((seq) => sequencedEvent(TOPIC, id, seq)));
    await consumer.handleBatch(events.map(toMessage));
    expect(runner.runs).toBe(1);
    const rows = await effects(sql, 'batch.clean');
    expect(rows).toHaveLength(15);
    for (const id of aggregateIds(5)) {
      expect(rows.filter((r) => r.aggregate_id === id).map((r) => r.seq)).toEqual([1, 2, 3]);
    }
    expect(await violations(sql, 'batch.clean')).toEqual([]);
    // a redelivery of the whole batch is one transaction again and changes nothing
    await consumer.handleBatch(events.map(toMessage));
    expect(runner.runs).toBe(2);
    expect(await effects(sql, 'batch.clean')).toHaveLength(15);
  });

  it('a batch with an already applied event, a duplicate, a poison and a malformed message: exactly once, ordered, poison parked', async () => {
    const sql = await database();
    const group = 'batch.mixed';
    const registry = new Registry();
    const attempts = new Map<string, number>();
    const handlers = sequencedHandlers(group, {
      failWhen: (e) => {
        const key = `${e.message.offerId}#${e.message.revision}`;
        attempts.set(key, (attempts.get(key) ?? 0) + 1);
        return key === 'a#3';
      },
    });
    const consumer = createConsumer<SqlExecutor>({
      group,
      topics: [TOPIC],
      handlers,
      transactions: sqlTransactionRunner(sql),
      transport: new InProcessTransport(),
      retry: { attempts: 3, initialDelayMs: 5 },
      registry,
    });
    const a = [1, 2, 3, 4, 5].map((seq) => sequencedEvent(TOPIC, 'a', seq));
    const b = [1, 2].map((seq) => sequencedEvent(TOPIC, 'b', seq));
    const [a1, a2, a3, a4, a5] = a as [OutgoingEvent, OutgoingEvent, OutgoingEvent, OutgoingEvent, OutgoingEvent];
    const [b1, b2] = b as [OutgoingEvent, OutgoingEvent];
    // a#1 was applied by an earlier delivery
    await consumer.handleBatch([toMessage(a1, 1)]);
    const malformed: TransportMessage = {
      topic: TOPIC,
      partition: 0,
      offset: '99',
      key: 'a',
      value: toBinary(OfferSubmittedSchema, create(OfferSubmittedSchema, { offerId: 'a', revision: 99 })),
      headers: { ce_type: OfferSubmittedSchema.typeName },
    };
    await consumer.handleBatch([
      toMessage(a1, 1),
      toMessage(a2, 2),
      toMessage(b1, 3),
      toMessage(a2, 4), // the same event twice in one batch
      toMessage(a3, 5), // poison
      malformed,
      toMessage(a4, 6),
      toMessage(b2, 7),
      toMessage(a5, 8),
    ]);

    const rows = await effects(sql, group);
    expect(rows.filter((r) => r.aggregate_id === 'a').map((r) => r.seq)).toEqual([1, 2, 4, 5]);
    expect(rows.filter((r) => r.aggregate_id === 'b').map((r) => r.seq)).toEqual([1, 2]);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(rows.length);
    // applied in order: the only gap is the parked a#3
    expect(await violations(sql, group)).toEqual([{ aggregate_id: 'a', expected: 3, got: 4 }]);
    // the poison is retried on its own (the batch attempt counts as its first try), then parked
    expect(attempts.get('a#3')).toBe(1 + 3);
    const parked = (await consumer.deadLetters.list(group, [TOPIC], {})).items;
    expect(parked.map((p) => [p.reason, p.eventId ?? p.message.offset, p.attempts]).sort()).toEqual(
      [
        ['handler-failed', a3.id, 3],
        ['malformed', '99', 1],
      ].sort(),
    );
    const [inbox] = await sql.query<{ n: string }>('SELECT count(*)::text AS n FROM inbox WHERE consumer = $1', [
      group,
    ]);
    expect(Number(inbox?.n)).toBe(6);
    const consumed = (await registry.getSingleMetric('sti_events_consumed_total')?.get())?.values ?? [];
    const outcome = (name: string) =>
      consumed.filter((v) => v.labels.outcome === name).reduce((n, v) => n + Number(v.value), 0);
    expect(outcome('applied')).toBe(6);
    expect(outcome('duplicate')).toBe(2);
    expect(outcome('dead-lettered')).toBe(2);

    // replayed once the handler is fixed: applied once, the second replay is a duplicate
    attempts.clear();
    const fixed = createConsumer<SqlExecutor>({
      group,
      topics: [TOPIC],
      handlers: sequencedHandlers(group),
      transactions: sqlTransactionRunner(sql),
      transport: new InProcessTransport(),
      registry,
    });
    const [poison] = parked.filter((p) => p.reason === 'handler-failed');
    expect(poison && (await fixed.applyParked(poison))).toEqual({ ok: true, outcome: 'applied' });
    expect(poison && (await fixed.applyParked(poison))).toEqual({ ok: true, outcome: 'duplicate' });
    expect((await effects(sql, group)).filter((r) => r.aggregate_id === 'a')).toHaveLength(5);
  });
});

describe('outbox append', () => {
  it('writes one call in the given order, also for repeated aggregates, in one statement', async () => {
    const sql = await database();
    const events = [
      sequencedEvent(TOPIC, 'x', 1),
      sequencedEvent(TOPIC, 'y', 1),
      sequencedEvent(TOPIC, 'x', 2),
      sequencedEvent(TOPIC, 'x', 3),
      sequencedEvent(TOPIC, 'z', 1),
      sequencedEvent(TOPIC, 'y', 2),
    ];
    let statements = 0;
    await sql.transaction((tx) =>
      appendToOutbox(
        {
          query: (text, params) => {
            statements++;
            return tx.query(text, params);
          },
        },
        events,
      ),
    );
    expect(statements).toBe(1);
    const rows = await sql.query<{ id: string; trace_id: string | null; payload: Uint8Array; occurred_at: Date }>(
      'SELECT id::text AS id, trace_id, payload, occurred_at FROM outbox ORDER BY position',
    );
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(rows.map((r) => Buffer.from(r.payload).toString('hex'))).toEqual(
      events.map((e) => Buffer.from(e.payload).toString('hex')),
    );
    expect(rows.map((r) => new Date(r.occurred_at).getTime())).toEqual(events.map((e) => e.occurredAt.getTime()));
    expect(rows.every((r) => r.trace_id === null)).toBe(true);
  });

  it('makes a second writer of the same aggregate wait for the first one to commit', async () => {
    const sql = await database();
    let releaseFirst: () => void = () => {};
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const e1 = sequencedEvent(TOPIC, 'k', 1);
    const e2 = sequencedEvent(TOPIC, 'k', 2);
    const first = sql.transaction(async (tx) => {
      await appendToOutbox(tx, [e1]);
      await firstHolds; // commit later
    });
    await new Promise((r) => setTimeout(r, 100));
    const second = sql.transaction((tx) => appendToOutbox(tx, [e2, sequencedEvent(TOPIC, 'other', 1)]));
    await new Promise((r) => setTimeout(r, 200));
    const [{ n } = { n: '0' }] = await sql.query<{ n: string }>('SELECT count(*)::text AS n FROM outbox');
    expect(n).toBe('0'); // the second writer waits for the first one's lock
    releaseFirst();
    await Promise.all([first, second]);
    const rows = await sql.query<{ id: string }>(
      "SELECT id::text AS id FROM outbox WHERE aggregate_id = 'k' ORDER BY position",
    );
    expect(rows.map((r) => r.id)).toEqual([e1.id, e2.id]);
  });
});

describe('relay read-ahead', () => {
  function fakeTransport(publish: (records: PublishRecord[]) => Promise<void>): EventTransport {
    return {
      ...unsupportedTransportAdmin,
      kind: 'in-process',
      publish,
      subscribe: async () => ({ stop: async () => {} }),
      deadLetterStore: () => {
        throw new Error('not used by the relay');
      },
      publishRaw: async () => {},
      ensureTopics: async () => {},
      close: async () => {},
    };
  }

  it('publishes every row in position order across full batches and a failed publish, and marks them all', async () => {
    const sql = await database();
    for (let seq = 1; seq <= 10; seq++) {
      await sql.transaction((tx) =>
        appendToOutbox(
          tx,
          aggregateIds(10).map((id) => sequencedEvent(TOPIC, id, seq)),
        ),
      );
    }
    const published: PublishRecord[][] = [];
    let calls = 0;
    const transport = fakeTransport(async (records) => {
      await new Promise((r) => setTimeout(r, 20));
      if (++calls === 3) throw new Error('broker hiccup'); // while the read-ahead runs
      published.push(records);
    });
    const relay = createOutboxRelay({
      sql,
      transport,
      batchSize: 15,
      initialBackoffMs: 10,
      pollIntervalMs: 200,
      registry: new Registry(),
    });
    cleanups.push(() => relay.stop());
    await relay.start();
    await waitFor(
      async () =>
        (await sql.query<{ n: string }>('SELECT count(*)::text AS n FROM outbox WHERE published_at IS NULL'))[0],
      (row) => row?.n === '0',
      20_000,
      'everything marked',
    );
    await relay.stop();
    const positions = published.flat().map((r) => Number(r.position));
    // each batch in position order, batches one after the other; the failed one is re-read from the start
    for (const batch of published) {
      const p = batch.map((r) => Number(r.position));
      expect(p).toEqual([...p].sort((x, y) => x - y));
    }
    const firstSeen = [...new Set(positions)];
    expect(firstSeen).toEqual([...firstSeen].sort((x, y) => x - y));
    expect(firstSeen).toHaveLength(100);
    expect(published.every((b) => b.length <= 15)).toBe(true);
  });

  it('never publishes a row twice when nothing fails', async () => {
    const sql = await database();
    const published: PublishRecord[] = [];
    const transport = fakeTransport(async (records) => {
      await new Promise((r) => setTimeout(r, 5));
      published.push(...records);
    });
    const relay = createOutboxRelay({ sql, transport, batchSize: 7, pollIntervalMs: 200, registry: new Registry() });
    cleanups.push(() => relay.stop());
    await relay.start();
    for (let seq = 1; seq <= 5; seq++) {
      await sql.transaction((tx) =>
        appendToOutbox(
          tx,
          aggregateIds(20).map((id) => sequencedEvent(TOPIC, id, seq)),
        ),
      );
    }
    await waitFor(
      async () => published.length,
      (n) => n >= 100,
      20_000,
      '100 published',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(published).toHaveLength(100);
    expect(new Set(published.map((r) => r.id)).size).toBe(100);
  });
});

describe('in-process key lanes', () => {
  it('applies lanes of one delivery concurrently, each key in order, and completes when all lanes have', async () => {
    const transport = new InProcessTransport({ lanes: 3 });
    let active = 0;
    let maxActive = 0;
    const seen = new Map<string, number[]>();
    await transport.subscribe({
      group: 'lanes',
      topics: [TOPIC],
      onBatch: async (messages) => {
        active++;
        maxActive = Math.max(maxActive, active);
        for (const m of messages) {
          const list = seen.get(m.key ?? '') ?? [];
          list.push(Number(m.offset));
          seen.set(m.key ?? '', list);
          await new Promise((r) => setImmediate(r));
        }
        active--;
      },
    });
    const records: PublishRecord[] = [];
    let position = 0;
    for (let seq = 1; seq <= 5; seq++) {
      for (const id of aggregateIds(12))
        records.push({ ...sequencedEvent(TOPIC, id, seq), position: String(++position) });
    }
    await transport.publish(records.slice(0, 30));
    await transport.publish(records.slice(30));
    expect(active).toBe(0);
    expect(maxActive).toBeGreaterThan(1);
    expect([...seen.values()].flat()).toHaveLength(60);
    for (const offsets of seen.values()) expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    await transport.close();
  });
});
