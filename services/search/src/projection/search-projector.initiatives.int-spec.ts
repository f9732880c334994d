// The central initiative repository (initiatives.repository.v1) projected into search on real
// PostgreSQL, with each engine: a published record becomes searchable as type `initiative`, a newer
// revision replaces it, an older one arriving late is ignored, a withdrawal leaves a tombstone, and
// replaying the history (redelivery, copies, a rebuild from the producer's outbox) changes nothing.
import {
  appendToOutbox,
  createInProcessTransport,
  createLogger,
  createOutboxRelay,
  EVENTS_TABLES_SQL,
  type OutgoingEvent,
  openDatabase,
  type SqlClient,
} from '@sti/platform';
import { createTestDatabase } from '@sti/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine, INITIATIVE_FACETS, type SearchEngine } from '../engine/index.js';
import { MeilisearchSearchEngine } from '../engine/meilisearch.search-engine.js';
import { rebuildSearchIndex } from '../rebuild/rebuild-search-index.js';
import { SEARCH_MIGRATIONS_DIR } from '../search-service.js';
import { projectionHistory } from './projection-history.repository.js';
import { SearchDocumentRepository } from './search-document.repository.js';
import { createSearchProjector, SEARCH_TOPICS, syncEngineFromTable } from './search-projector.js';
import {
  EDUCATION_FIELD,
  INITIATIVES_REPOSITORY_TOPIC,
  recordId,
  recordPublished,
  recordWithdrawn,
  repositoryRecord,
} from './testing/initiative-records.js';

interface EngineCase {
  name: string;
  open(): Promise<{ engine: SearchEngine; cleanup(): Promise<void> }>;
}

const meiliUrl = process.env.MEILI_URL;
const engines: EngineCase[] = [
  {
    name: 'embedded',
    async open() {
      const engine = new EmbeddedSearchEngine();
      return { engine, cleanup: () => engine.close() };
    },
  },
];
if (meiliUrl) {
  engines.push({
    name: 'meilisearch',
    async open() {
      const engine = new MeilisearchSearchEngine({
        host: meiliUrl,
        apiKey: process.env.MEILI_MASTER_KEY,
        indexUid: `projection_initiatives_${Date.now()}_${process.pid}`,
      });
      return { engine, cleanup: () => engine.dropIndex().catch(() => undefined) };
    },
  });
} else {
  describe('initiative projection: meilisearch', () => {
    it.skip('needs a Meilisearch server: set MEILI_URL (and MEILI_MASTER_KEY) to run this suite', () => {});
  });
}

const logger = createLogger({ service: 'search-initiatives-test', level: 'warn' });
const WAITING = 'Sáng kiến giảm thời gian chờ khám bệnh tại khoa khám bệnh';

it('search subscribes to the initiative repository topic', () => {
  expect(SEARCH_TOPICS).toContain(INITIATIVES_REPOSITORY_TOPIC);
});

describe.each(engines)('initiative projection ($name engine, PostgreSQL)', (engineCase) => {
  let producer: SqlClient;
  let search: Awaited<ReturnType<typeof openDatabase>>;
  let drop: () => Promise<unknown>;
  let engine: SearchEngine;
  let cleanupEngine: () => Promise<void>;
  let relay: ReturnType<typeof createOutboxRelay>;
  let projector: ReturnType<typeof createSearchProjector>;
  const transport = createInProcessTransport();
  const repository = new SearchDocumentRepository();
  const history: OutgoingEvent[] = [];

  const publish = async (...events: OutgoingEvent[]) => {
    history.push(...events);
    await producer.transaction((tx) => appendToOutbox(tx, events));
    await relay.whenIdle();
  };
  const initiatives = async (q: string) =>
    (await engine.search({ q, filters: { type: ['initiative'] } })).hits.map((hit) => hit.title);
  const found = async (id: string, q: string) =>
    (await engine.search({ q, filters: { type: ['initiative'] } })).hits.some((hit) => hit.id === id);
  const tableRows = () =>
    search.sql.query<{ id: string; type: string; version: number; deleted: boolean; title: string | null }>(
      `SELECT id, type, version, deleted, document->>'title' AS title FROM search_document
       WHERE type = 'initiative' ORDER BY id`,
    );

  beforeAll(async () => {
    producer = (await openDatabase('pglite://memory')).sql;
    await producer.query(EVENTS_TABLES_SQL);
    const database = await createTestDatabase(`search_initiatives_${engineCase.name}`);
    drop = () => database.drop();
    search = await openDatabase(database.url, { migrationsDir: SEARCH_MIGRATIONS_DIR });
    ({ engine, cleanup: cleanupEngine } = await engineCase.open());
    await engine.ensureIndex();
    transport.attachOutbox(producer);
    projector = createSearchProjector({ db: search.sql, engine, transport });
    relay = createOutboxRelay({ sql: producer, transport, name: 'initiatives' });
    await projector.start();
    await relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await projector?.stop();
    await cleanupEngine?.();
    await producer?.close();
    await search?.close();
    await drop?.();
  });

  it('makes a published record searchable as an initiative, accent-insensitively', async () => {
    const id = recordId(1);
    await publish(recordPublished(repositoryRecord({ id, revision: 1 })));
    expect(await initiatives('sang kien giam thoi gian cho kham')).toEqual([WAITING]);
    const [hit] = (await engine.search({ q: 'tran thi mai', filters: { type: ['initiative'] } })).hits;
    expect(hit).toMatchObject({
      id,
      type: 'initiative',
      ownerName: 'Sở Y tế Đồng Tháp',
      initiative: { year: 2025, origin: 'campaign', hasCertificate: true, unitName: expect.stringContaining('Khoa') },
    });
    // not in Techmart's listing search
    const listings = await engine.search({
      q: 'sang kien',
      filters: { type: ['offer', 'equipment', 'need', 'expert'] },
    });
    expect(listings.total).toBe(0);
    expect(await repository.find(search.sql, id)).toMatchObject({ deleted: false, version: 1 });
  });

  it('replaces a record with its newer revision and ignores an older one arriving late', async () => {
    const id = recordId(2);
    const v1 = repositoryRecord({
      id,
      revision: 1,
      title: 'Ứng dụng bảng tương tác trong dạy học',
      field: EDUCATION_FIELD,
    });
    const v2 = repositoryRecord({ ...v1, revision: 2, title: 'Ứng dụng bảng tương tác và học liệu số trong dạy học' });
    await publish(recordPublished(v2));
    await publish(recordPublished(v1)); // out of order: the older revision after the newer
    expect(await initiatives('bang tuong tac')).toEqual(['Ứng dụng bảng tương tác và học liệu số trong dạy học']);
    expect(await repository.find(search.sql, id)).toMatchObject({ version: 2, deleted: false });
    expect((await projectionHistory(search.sql, id)).map((row) => [row.version, row.outcome])).toEqual([
      [2, 'upserted'],
      [1, 'stale'],
    ]);
    const v3 = repositoryRecord({ ...v1, revision: 3, year: 2026, title: 'Học liệu số cho dạy học lớp 5' });
    await publish(recordPublished(v3));
    expect(await initiatives('hoc lieu so')).toEqual(['Học liệu số cho dạy học lớp 5']);
    const { facets } = await engine.search({ q: '', filters: { type: ['initiative'] }, facets: INITIATIVE_FACETS });
    expect(facets.year).toEqual({ '2025': 1, '2026': 1 });
    expect(facets.field).toEqual({ 'y-te': 1, 'giao-duc': 1 });
  });

  it('withdraws a record with a tombstone that late or replayed copies cannot lift', async () => {
    const id = recordId(3);
    const v1 = repositoryRecord({ id, revision: 1, title: 'Rút ngắn thời gian giải quyết hồ sơ một cửa' });
    await publish(recordPublished(v1));
    expect(await initiatives('ho so mot cua')).toEqual(['Rút ngắn thời gian giải quyết hồ sơ một cửa']);
    await publish(recordWithdrawn(id, 2));
    // other records may share a word (the fallback); the withdrawn one is gone
    expect(await found(id, 'ho so mot cua')).toBe(false);
    expect(await repository.find(search.sql, id)).toMatchObject({ deleted: true, version: 2, document: null });
    // a copy of the publication at the withdrawn revision or below changes nothing
    await publish(recordPublished({ ...v1, revision: 2 }));
    await publish(recordPublished(v1));
    expect(await found(id, 'ho so mot cua')).toBe(false);
    // a withdrawal that overtakes its publication (revision 5 before 4) keeps it out as well
    const early = recordId(4);
    await publish(recordWithdrawn(early, 5));
    await publish(recordPublished(repositoryRecord({ id: early, revision: 4, title: 'Mô hình tổ tự quản sớm' })));
    expect(await found(early, 'to tu quan')).toBe(false);
    expect(await repository.find(search.sql, early)).toMatchObject({ deleted: true, version: 5 });
    // a re-import after the withdrawal is a newer revision: it comes back
    await publish(
      recordPublished({ ...v1, revision: 3, title: 'Rút ngắn thời gian giải quyết hồ sơ một cửa (bản sửa)' }),
    );
    expect(await initiatives('ho so mot cua')).toEqual(['Rút ngắn thời gian giải quyết hồ sơ một cửa (bản sửa)']);
    expect((await projectionHistory(search.sql, id)).map((row) => row.outcome)).toEqual([
      'upserted',
      'deleted',
      'stale',
      'stale',
      'upserted',
    ]);
  });

  it('parks an undecodable repository event in the dead letters and keeps projecting', async () => {
    await transport.publishRaw(INITIATIVES_REPOSITORY_TOPIC, [
      {
        key: recordId(9),
        value: new Uint8Array([0xff, 0x01]),
        headers: {
          ce_id: '01936d3e-5000-7000-8000-0000000000ff',
          ce_type: 'sti.initiatives.v1.RecordPublished',
          ce_source: '/sti/initiatives',
          ce_specversion: '1.0',
          ce_time: new Date().toISOString(),
        },
      },
    ]);
    const parked = await search.sql.query<{ reason: string; topic: string }>(
      'SELECT reason, topic FROM dead_letter WHERE event_id = $1',
      ['01936d3e-5000-7000-8000-0000000000ff'],
    );
    expect(parked).toEqual([{ reason: 'undecodable', topic: INITIATIVES_REPOSITORY_TOPIC }]);
    expect(await repository.find(search.sql, recordId(9))).toBeNull();
    const next = recordId(5);
    await publish(recordPublished(repositoryRecord({ id: next, title: 'Sổ tay điện tử cho y tá trực đêm' })));
    expect(await found(next, 'so tay dien tu')).toBe(true);
  });

  it('replaying the history changes nothing: redelivery, copies, and a rebuild from the outbox', async () => {
    const before = await tableRows();
    const logBefore = await search.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM search_projection_log');
    const searchBefore = await engine.search({ q: '', filters: { type: ['initiative'] }, facets: INITIATIVE_FACETS });

    // the same events again (the inbox absorbs them: no effect, no log row)
    await transport.publish(history.map((event, i) => ({ ...event, position: String(900_000 + i) })));
    expect(await search.sql.query('SELECT count(*)::int AS n FROM search_projection_log')).toEqual(logBefore);
    // copies with new event ids (a producer re-sending): every one is stale
    const copies = history.map((event) => ({ ...event, id: crypto.randomUUID() }));
    await publish(...copies);
    const outcomes = await search.sql.query<{ outcome: string }>(
      'SELECT outcome FROM search_projection_log WHERE event_id = ANY($1::uuid[])',
      [copies.map((event) => event.id)],
    );
    expect(outcomes).toHaveLength(copies.length);
    expect(new Set(outcomes.map((row) => row.outcome))).toEqual(new Set(['stale']));
    expect(await tableRows()).toEqual(before);
    const searchAfter = await engine.search({ q: '', filters: { type: ['initiative'] }, facets: INITIATIVE_FACETS });
    expect(searchAfter.facets).toEqual(searchBefore.facets);
    expect(searchAfter.hits.map((hit) => [hit.id, hit.title])).toEqual(
      searchBefore.hits.map((hit) => [hit.id, hit.title]),
    );

    // the table damaged, then rebuilt from the event history: the same records and tombstones
    await search.sql.query("DELETE FROM search_document WHERE type = 'initiative' AND id <> $1", [recordId(1)]);
    const report = await rebuildSearchIndex({
      db: search.sql,
      transport,
      engine: { kind: 'services' },
      progressEveryMs: 0,
      logger,
    });
    expect(report.parkedMessages).toBe(0);
    expect(report.documents.byType.initiative).toBe(4);
    expect(await tableRows()).toEqual(before);
    const fresh = new EmbeddedSearchEngine();
    await fresh.ensureIndex();
    await syncEngineFromTable(search.sql, fresh);
    const rebuilt = await fresh.search({ q: '', filters: { type: ['initiative'] }, facets: INITIATIVE_FACETS });
    expect(rebuilt.facets).toEqual(searchBefore.facets);
    expect((await fresh.search({ q: 'ho so mot cua' })).hits.map((hit) => hit.title)).toEqual([
      'Rút ngắn thời gian giải quyết hồ sơ một cửa (bản sửa)',
    ]);
  });
});
