// The rebuild against real PostgreSQL: a running search service (its live projector keeps consuming and
// more offers are published while the rebuild runs), the in-process transport replaying the producer's
// outbox, and Kafka from offset 0. After the projection table and the index were damaged, the rebuild
// restores exactly the published set.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendToOutbox,
  createInProcessTransport,
  createKafkaTransport,
  createLogger,
  createOutboxRelay,
  EVENTS_TABLES_SQL,
  type EventTransport,
  openDatabase,
  type OutboxRelay,
  type OutgoingEvent,
  type SqlClient,
} from '@sti/platform';
import { createTestDatabase, type TestDatabase } from '@sti/platform/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine/index.js';
import { createSearchProjector } from '../projection/search-projector.js';
import { createSearchEngine } from '../search-engine.factory.js';
import { type RunningSearchService, SEARCH_MIGRATIONS_DIR, startSearchService } from '../search-service.js';
import { GenerationalEmbeddedEngine } from './generational-embedded-engine.js';
import { readIndexGeneration } from './index-state.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';
import {
  BOGUS_ID,
  bogusDocument,
  corruptProjectionTable,
  type HistoryTopics,
  listingId,
  offerPublished,
  TECHMART_TOPICS,
  techmartHistory,
} from './testing/techmart-history.js';

const logger = createLogger({ service: 'search-rebuild-test', level: 'warn' });
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function producerDatabase(): Promise<SqlClient> {
  const database = await createTestDatabase('search_rebuild_producer');
  cleanups.push(() => database.drop());
  const { sql } = await openDatabase(database.url);
  cleanups.push(() => sql.close());
  await sql.query(EVENTS_TABLES_SQL);
  return sql;
}

async function searchDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase('search_rebuild');
  cleanups.push(() => database.drop());
  return database;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'search-rebuild-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function publish(producer: SqlClient, events: OutgoingEvent[]): Promise<void> {
  await producer.transaction((tx) => appendToOutbox(tx, events));
}

async function liveRows(sql: SqlClient): Promise<Map<string, string>> {
  const rows = await sql.query<{ id: string; title: string }>(
    "SELECT id, document->>'title' AS title FROM search_document WHERE NOT deleted ORDER BY id",
  );
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Every indexed listing, page by page (how many get published during a rebuild depends on its speed). */
async function indexed(engine: SearchEngine): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (let page = 1; ; page++) {
    const result = await engine.search({ limit: 100, page, sort: 'newest' });
    for (const hit of result.hits) all.set(hit.id, hit.title);
    if (result.hits.length < 100) {
      expect(all.size).toBe(result.total);
      return all;
    }
  }
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('rebuild-index over the in-process transport, with a running search service', () => {
  let producer: SqlClient;
  let relay: OutboxRelay;
  let transport: ReturnType<typeof createInProcessTransport>;
  let service: RunningSearchService;
  let engine: GenerationalEmbeddedEngine;
  let dataDir: string;
  let searchUrl: string;

  beforeAll(async () => {
    producer = await producerDatabase();
    const database = await searchDatabase();
    searchUrl = database.url;
    dataDir = await tempDir();
    transport = createInProcessTransport({ outboxes: [producer] });
    engine = (await createSearchEngine({ dataDir }, logger)) as GenerationalEmbeddedEngine;
    service = await startSearchService({
      databaseUrl: database.url,
      engine,
      transport,
      internalAuthSecret: 'x'.repeat(32),
      logger,
      shutdownHooks: false,
      indexGenerationPollMs: 100,
    });
    cleanups.push(() => service.stop());
    relay = createOutboxRelay({ sql: producer, transport, name: 'producer', pollIntervalMs: 200 });
    await relay.start();
    cleanups.push(() => relay.stop());
  });

  it('restores exactly the published set while the service keeps serving and projecting', async () => {
    const history = techmartHistory();
    await publish(producer, history.events);
    // a longer history (revisions of one offer), so the replay is still running while offers are published
    const revised = listingId(5);
    const title = history.expected.get(revised) ?? '';
    for (let start = 2; start < 3000; start += 500) {
      const revisions = Array.from({ length: 500 }, (_, i) =>
        offerPublished(TECHMART_TOPICS, revised, start + i, title),
      );
      await publish(producer, revisions);
    }
    await relay.whenIdle();
    expect(await indexed(engine)).toEqual(history.expected);

    // damage the table and the index
    await corruptProjectionTable(service.db.sql);
    await engine.clear();
    await engine.upsert([bogusDocument()]);
    expect((await indexed(engine)).has(BOGUS_ID)).toBe(true);

    // a separate connection, as the command has; offers keep being published meanwhile
    const { sql: commandDb } = await openDatabase(searchUrl, { migrationsDir: SEARCH_MIGRATIONS_DIR });
    cleanups.push(() => commandDb.close());
    const during = new Map<string, string>();
    let publishing = true;
    const publisher = (async () => {
      for (let n = 0; publishing || n < 5; n++) {
        const id = listingId(1000 + n);
        const title = `Thiết bị quan trắc môi trường số ${n}`;
        during.set(id, title);
        await publish(producer, [offerPublished(TECHMART_TOPICS, id, 1, title)]);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    const report = await rebuildSearchIndex({
      db: commandDb,
      transport,
      engine: { kind: 'services' },
      logger,
      progressEveryMs: 0,
    });
    publishing = false;
    await publisher;
    await relay.whenIdle();

    const expected = new Map([...history.expected, ...during]);
    expect(report.generation).toBe(1);
    expect(report.parkedMessages).toBe(0);
    expect(report.replayedMessages).toBeGreaterThan(3000);
    expect(await liveRows(service.db.sql)).toEqual(expected);
    for (const id of [...history.absent, BOGUS_ID]) expect((await liveRows(service.db.sql)).has(id)).toBe(false);

    // the running service swaps in an index built from the rebuilt table
    await eventually(async () => engine.generation === report.generation);
    await relay.whenIdle();
    expect(await indexed(engine)).toEqual(expected);
    expect((await engine.search({ q: 'lo dot trau' })).total).toBe(0);
    expect((await engine.search({ q: 'may say nong san the he 2' })).total).toBe(1);

    // nothing of the rebuild is left behind: no shadow table, no replay inbox rows, indexes named as before
    const leftovers = await service.db.sql.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'search_document%'",
    );
    expect(leftovers.map((r) => r.name)).toEqual(['search_document']);
    const indexes = await service.db.sql.query<{ name: string }>(
      "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'search_document' ORDER BY 1",
    );
    expect(indexes.map((r) => r.name)).toEqual(['search_document_pkey', 'search_document_updated_at_idx']);
    const inbox = await service.db.sql.query("SELECT 1 FROM inbox WHERE consumer LIKE 'search.rebuild.%'");
    expect(inbox).toHaveLength(0);
    expect(await readIndexGeneration(service.db.sql)).toBe(1);

    // the live projector goes on writing the new table
    const after = listingId(2000);
    await publish(producer, [offerPublished(TECHMART_TOPICS, after, 1, 'Robot thu hoạch thanh long')]);
    await relay.whenIdle();
    expect((await liveRows(service.db.sql)).get(after)).toBe('Robot thu hoạch thanh long');
    expect((await engine.search({ q: 'robot thu hoach' })).hits.map((h) => h.id)).toEqual([after]);
  });

  it('refuses a second rebuild while one holds the lease, and leaves the live table untouched on failure', async () => {
    const before = await liveRows(service.db.sql);
    await service.db.sql.query(
      "UPDATE search_index_state SET rebuild_owner = 'search.rebuild.other', rebuild_heartbeat = now()",
    );
    await expect(
      rebuildSearchIndex({
        db: service.db.sql,
        transport,
        engine: { kind: 'services' },
        logger,
      }),
    ).rejects.toThrow(/another rebuild \(search\.rebuild\.other/);
    await service.db.sql.query('UPDATE search_index_state SET rebuild_owner = NULL, rebuild_heartbeat = NULL');

    // a replay that cannot finish in time (a transport that delivers nothing): nothing is swapped
    const stalled: EventTransport = {
      kind: 'in-process',
      topicOffsets: (topic) => transport.topicOffsets(topic),
      committedOffsets: (group, topics) => transport.committedOffsets(group, topics),
      describeGroup: (group) => transport.describeGroup(group),
      listGroups: () => transport.listGroups(),
      deleteGroup: (group) => transport.deleteGroup(group),
      publish: (records) => transport.publish(records),
      publishRaw: (topic, messages) => transport.publishRaw(topic, messages),
      ensureTopics: async () => {},
      subscribe: async () => ({ stop: async () => {} }),
      deadLetterStore: (sql) => transport.deadLetterStore(sql),
      close: async () => {},
    };
    await expect(
      rebuildSearchIndex({
        db: service.db.sql,
        transport: stalled,
        engine: { kind: 'services' },
        logger,
        timeoutMs: 300,
      }),
    ).rejects.toThrow(/did not reach the end of the history/);
    expect(await liveRows(service.db.sql)).toEqual(before);
    expect(await readIndexGeneration(service.db.sql)).toBe(1);
    const shadow = await service.db.sql.query("SELECT 1 FROM pg_tables WHERE tablename = 'search_document_rebuild'");
    expect(shadow).toHaveLength(0);
  });
});

describe('rebuild-index from Kafka (topics from offset 0)', () => {
  const run = Date.now().toString(36);
  const topics: HistoryTopics = {
    offer: `test-rebuild-${run}.offer.v1`,
    need: `test-rebuild-${run}.need.v1`,
    expert: `test-rebuild-${run}.expert.v1`,
  };
  const topicList = [topics.offer, topics.need, topics.expert];
  const liveGroup = `test-rebuild-${run}.projector`;
  let kafka: EventTransport;

  afterEach(async () => {
    await kafka?.close();
  });

  it('replays the retained topics into a new table and a new embedded index generation', async () => {
    const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
    kafka = createKafkaTransport({ brokers, clientId: 'search-rebuild-test', partitions: 3 });
    const producer = await producerDatabase();
    const database = await searchDatabase();
    const search = await openDatabase(database.url, { migrationsDir: SEARCH_MIGRATIONS_DIR });
    cleanups.push(() => search.close());
    const dataDir = await tempDir();
    const index = await GenerationalEmbeddedEngine.open({ dataDir, logger });
    await index.ensureIndex();

    const live = createSearchProjector({
      db: search.sql,
      engine: index,
      transport: kafka,
      group: liveGroup,
      topics: topicList,
      logger,
    });
    await live.start();
    const relay = createOutboxRelay({ sql: producer, transport: kafka, name: 'producer', pollIntervalMs: 200 });
    await relay.start();
    try {
      const history = techmartHistory(topics);
      await publish(producer, history.events);
      await relay.whenIdle();
      await eventually(async () => (await liveRows(search.sql)).size === history.expected.size);
      await corruptProjectionTable(search.sql);
      await index.clear();

      await live.stop();
      await index.close(); // the command owns the index directory now (as with the platform stopped)
      const report = await rebuildSearchIndex({
        db: search.sql,
        transport: kafka,
        topics: topicList,
        liveGroup,
        engine: { kind: 'embedded', dataDir },
        logger,
        progressEveryMs: 0,
      });
      expect(report.replayedMessages).toBe(history.events.length);
      expect(report.documents).toMatchObject({ live: history.expected.size, tombstones: 2 });
      expect(await liveRows(search.sql)).toEqual(history.expected);

      // the command wrote generation 1 under dataDir; a service opening it finds it in line
      const reopened = await GenerationalEmbeddedEngine.open({ dataDir, logger });
      cleanups.push(() => reopened.close());
      expect(reopened.generation).toBe(report.generation);
      expect(await indexed(reopened)).toEqual(history.expected);
      for (const id of [...history.absent, BOGUS_ID]) expect((await indexed(reopened)).has(id)).toBe(false);
    } finally {
      await relay.stop();
      await live.stop();
      await index.close();
    }
  });
});
