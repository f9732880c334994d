// The projection end to end inside one process: a producer's outbox → relay → in-process transport →
// projector (inbox + table) → engine. PGlite databases, like the embedded mode.
import { create } from '@bufbuild/protobuf';
import {
  ListingExpiredSchema,
  ListingType,
  OfferArchivedSchema,
  OfferKind,
  OfferPublishedSchema,
  OfferSchema,
} from '@sti/contracts';
import {
  appendToOutbox,
  createInProcessTransport,
  createOutboxRelay,
  EVENTS_TABLES_SQL,
  event,
  openDatabase,
  type OutboxRelay,
  type SqlClient,
} from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../engine/index.js';
import { SEARCH_MIGRATIONS_DIR } from '../search-service.js';
import { createSearchProjector, syncEngineFromTable } from './search-projector.js';

const offer = (id: string, revision: number, title: string) =>
  create(OfferSchema, {
    id,
    kind: OfferKind.TECHNOLOGY,
    title,
    summary: 'Giải pháp cho hợp tác xã',
    sector: { code: 'agri-processing', nameVi: 'Chế biến nông sản', nameEn: 'Agricultural processing' },
    trl: 6,
    revision,
    publishedAt: new Date().toISOString(),
  });

describe('search projection (embedded pipeline)', () => {
  let producer: SqlClient;
  let search: Awaited<ReturnType<typeof openDatabase>>;
  let relay: OutboxRelay;
  const engine = new EmbeddedSearchEngine();
  const transport = createInProcessTransport();
  let running: ReturnType<typeof createSearchProjector>;

  const publish = async (events: Parameters<typeof appendToOutbox>[1]) => {
    await producer.transaction((tx) => appendToOutbox(tx, events));
    await relay.whenIdle();
  };

  beforeAll(async () => {
    producer = (await openDatabase('pglite://memory')).sql;
    await producer.query(EVENTS_TABLES_SQL);
    search = await openDatabase('pglite://memory', { migrationsDir: SEARCH_MIGRATIONS_DIR });
    await engine.ensureIndex();
    transport.attachOutbox(producer);
    running = createSearchProjector({ db: search.sql, engine, transport });
    relay = createOutboxRelay({ sql: producer, transport, name: 'producer' });
    await running.start();
    await relay.start();
  });

  afterAll(async () => {
    await relay.stop();
    await running.stop();
    await producer.close();
    await search.close();
  });

  it('indexes a published offer so an accentless query finds it', async () => {
    const id = '01936d3e-0000-7000-8000-000000000001';
    await publish([
      event(
        OfferPublishedSchema,
        { offer: offer(id, 1, 'Máy sấy nông sản năng lượng mặt trời') },
        { aggregateType: 'techmart.offer', aggregateId: id },
      ),
    ]);
    const result = await engine.search({ q: 'may say nong san' });
    expect(result.hits.map((h) => h.id)).toEqual([id]);
  });

  it('applies a redelivered event once and never lets an older revision overwrite a newer one', async () => {
    const id = '01936d3e-0000-7000-8000-000000000002';
    const v2 = event(
      OfferPublishedSchema,
      { offer: offer(id, 2, 'Hệ thống tưới tiết kiệm nước') },
      { aggregateType: 'techmart.offer', aggregateId: id },
    );
    await publish([v2]);
    await transport.publish([{ ...v2, position: '999999' }]); // redelivered: the inbox skips it
    await publish([
      event(
        OfferPublishedSchema,
        { offer: offer(id, 1, 'Bản cũ') },
        { aggregateType: 'techmart.offer', aggregateId: id },
      ),
    ]);
    const rows = await search.sql.query<{ consumer: string }>('SELECT consumer FROM inbox WHERE event_id = $1', [
      v2.id,
    ]);
    expect(rows).toHaveLength(1);
    const hits = (await engine.search({ q: 'tuoi tiet kiem' })).hits;
    expect(hits.map((h) => [h.id, h.title])).toEqual([[id, 'Hệ thống tưới tiết kiệm nước']]);
    expect((await engine.search({ q: 'ban cu' })).total).toBe(0);
  });

  it('removes an archived listing from search', async () => {
    const id = '01936d3e-0000-7000-8000-000000000003';
    await publish([
      event(
        OfferPublishedSchema,
        { offer: offer(id, 1, 'Chế phẩm vi sinh xử lý ao nuôi tôm') },
        { aggregateType: 'techmart.offer', aggregateId: id },
      ),
    ]);
    expect((await engine.search({ q: 'che pham vi sinh' })).total).toBe(1);
    await publish([event(OfferArchivedSchema, { offerId: id }, { aggregateType: 'techmart.offer', aggregateId: id })]);
    // Other listings may still match some of the words (fallback); the archived one must be gone.
    expect((await engine.search({ q: 'che pham vi sinh' })).hits.map((hit) => hit.id)).not.toContain(id);
  });

  it('re-syncs a fresh engine from the projection table (a lost index write or a restart)', async () => {
    const fresh = new EmbeddedSearchEngine();
    await fresh.ensureIndex();
    const synced = await syncEngineFromTable(search.sql, fresh);
    expect(synced.documents).toBe(2);
    expect((await fresh.search({ q: 'may say' })).total).toBe(1);
    expect((await fresh.search({ q: 'che pham vi sinh' })).hits.map((hit) => hit.title)).not.toContain(
      'Chế phẩm vi sinh xử lý ao nuôi tôm',
    );
  });

  it('drops an expired listing and takes it back when its renewal republishes it', async () => {
    const id = '01936d3e-0000-7000-8000-000000000009';
    const published = (revision: number) =>
      event(
        OfferPublishedSchema,
        { offer: offer(id, revision, 'Lò sấy trấu cho hạt sen') },
        { aggregateType: 'techmart.offer', aggregateId: id },
      );
    const found = async () => (await engine.search({ q: 'lo say trau hat sen' })).hits.map((hit) => hit.id);
    await publish([published(1)]);
    expect(await found()).toContain(id);
    await publish([
      event(
        ListingExpiredSchema,
        { listingType: ListingType.OFFER, listingId: id, revision: 2, expiredAt: new Date().toISOString() },
        { aggregateType: 'techmart.offer', aggregateId: id },
      ),
    ]);
    expect(await found()).not.toContain(id);
    await publish([published(3)]);
    expect(await found()).toContain(id);
  });

  it('parks an undecodable message and keeps projecting', async () => {
    await transport.publishRaw('techmart.offer.v1', [
      {
        key: 'x',
        value: new Uint8Array([0xff, 0x01]),
        headers: {
          ce_id: '01936d3e-0000-7000-8000-0000000000ff',
          ce_type: 'sti.techmart.v1.OfferPublished',
          ce_source: '/sti/techmart',
          ce_specversion: '1.0',
          ce_time: new Date().toISOString(),
        },
      },
    ]);
    const parked = await search.sql.query<{ reason: string }>('SELECT reason FROM dead_letter');
    expect(parked.map((p) => p.reason)).toEqual(['undecodable']);
    const id = '01936d3e-0000-7000-8000-000000000004';
    await publish([
      event(
        OfferPublishedSchema,
        { offer: offer(id, 1, 'Phần mềm quản lý hợp tác xã') },
        { aggregateType: 'techmart.offer', aggregateId: id },
      ),
    ]);
    expect((await engine.search({ q: 'phan mem quan ly' })).total).toBe(1);
  });
});
