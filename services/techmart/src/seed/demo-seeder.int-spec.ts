// The demo seed against PostgreSQL: through the services (events in the outbox), once, resumable.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferView } from '../offers/offer.schema.js';
import { startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import { buildDemoCatalogue } from './demo-catalogue.js';
import { DEMO_SEED_NAME, seedDemoData } from './demo-seeder.js';

let t: TechmartTestApp;
const total = buildDemoCatalogue().length;

beforeAll(async () => {
  t = await startTestTechmart({ seed: 'await' });
}, 600_000);
afterAll(async () => {
  await t?.close();
});

describe('demo seed', () => {
  it('seeds every listing through the services, with their events', async () => {
    const listings = (await t.count('offers')) + (await t.count('needs')) + (await t.count('experts'));
    expect(listings).toBe(total);
    const [run] = await t.handle.database.sql.query<{ item_count: number; finished_at: Date | null }>(
      'SELECT item_count, finished_at FROM seed_runs WHERE name = $1',
      [DEMO_SEED_NAME],
    );
    expect(run?.item_count).toBe(total);
    expect(run?.finished_at).not.toBeNull();
    const [published] = await t.handle.database.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE type LIKE 'sti.techmart.v1.%Published'",
    );
    expect(published?.n).toBeGreaterThanOrEqual(200);
  });

  it('publishes the solar dryer for the public', async () => {
    const page = await t.request<{ items: OfferView[]; nextCursor: string | null }>({
      url: '/api/techmart/v1/offers?limit=100&kind=technology',
    });
    const all = [...page.body.items];
    let cursor = page.body.nextCursor;
    while (cursor) {
      const next = await t.request<{ items: OfferView[]; nextCursor: string | null }>({
        url: `/api/techmart/v1/offers?limit=100&kind=technology&cursor=${cursor}`,
      });
      all.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    const dryer = all.find((o) => o.title === 'Máy sấy nông sản năng lượng mặt trời');
    expect(dryer).toMatchObject({
      status: 'published',
      owner: { name: 'Viện Nghiên cứu Nông nghiệp' },
      sector: { code: 'agri-processing' },
    });
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
  });

  it('leaves work for the moderators, including pending revisions of published listings', async () => {
    const { principals } = await import('../testing/techmart-test-app.js');
    const queue = await t.request<{ items: { pendingRevision: boolean }[] }>({
      url: '/api/techmart/v1/moderation/queue?type=offer&limit=100',
      principal: principals.officer,
    });
    expect(queue.body.items.length).toBeGreaterThan(10);
    expect(queue.body.items.some((item) => item.pendingRevision)).toBe(true);
  });

  it('runs once: a second start skips', async () => {
    const before = await t.count('outbox');
    const again = await seedDemoData({ prisma: t.handle.database.prisma, dataDir: '/tmp' });
    expect(again).toEqual({ seeded: false, items: 0 });
    expect(await t.count('outbox')).toBe(before);
  });
});

describe('demo seed, when the catalogue grows', () => {
  it('seeds only the new tail on the next start, once', async () => {
    const app = await startTestTechmart();
    try {
      const catalogue = buildDemoCatalogue();
      const prisma = app.handle.database.prisma;
      const listings = async () =>
        (await app.count('offers')) + (await app.count('needs')) + (await app.count('experts'));
      expect(await seedDemoData({ prisma, dataDir: '/tmp', catalogue: catalogue.slice(0, 12) })).toEqual({
        seeded: true,
        items: 12,
      });
      expect(await listings()).toBe(12);
      // a later release appends listings: the finished run reopens and seeds just those
      expect(await seedDemoData({ prisma, dataDir: '/tmp', catalogue: catalogue.slice(0, 20) })).toEqual({
        seeded: true,
        items: 8,
      });
      expect(await listings()).toBe(20);
      expect(await seedDemoData({ prisma, dataDir: '/tmp', catalogue: catalogue.slice(0, 20) })).toEqual({
        seeded: false,
        items: 0,
      });
      expect(await listings()).toBe(20);
      const titles = await app.handle.database.sql.query<{ title: string }>('SELECT title FROM offers');
      expect(new Set(titles.map((t) => t.title)).size).toBe(titles.length);
    } finally {
      await app.close();
    }
  });
});

describe('demo seed, after a seed version bump', () => {
  it('replaces the earlier version’s listings (archived for search, then removed) and keeps what people added', async () => {
    const app = await startTestTechmart();
    try {
      const { principals } = await import('../testing/techmart-test-app.js');
      const catalogue = buildDemoCatalogue();
      const prisma = app.handle.database.prisma;
      const sql = app.handle.database.sql;
      // an install seeded by the previous version (its listings in every state, an intake among them)
      const previous = catalogue.slice(60, 100);
      for (const type of ['offer', 'need', 'need-intake', 'expert'])
        expect(previous.some((item) => item.type === type)).toBe(true);
      await seedDemoData({ prisma, dataDir: '/tmp', catalogue: previous, name: 'techmart-demo-v1' });
      const oldOffers = await sql.query<{ id: string; status: string }>('SELECT id, status FROM offers');
      const published = oldOffers.find((offer) => offer.status === 'published');
      expect(published).toBeDefined();
      // then the demo user of Sông Hậu adds a listing of their own
      const template = catalogue.find((item) => item.type === 'offer' && item.owner === 'songHau');
      if (template?.type !== 'offer') throw new Error('no Sông Hậu offer in the catalogue');
      const own = await app.request<{ id: string }>({
        method: 'POST',
        url: '/api/techmart/v1/offers',
        principal: principals.business,
        body: { ...template.input, title: 'Dây chuyền rửa và phân loại khoai lang của chúng tôi' },
      });
      expect(own.status, own.text).toBe(201);

      // the new version starts: the old listings go, the new ones come, the user's listing stays
      const next = catalogue.slice(200, 210);
      expect(await seedDemoData({ prisma, dataDir: '/tmp', catalogue: next })).toEqual({ seeded: true, items: 10 });
      const titles = async (table: 'offers' | 'needs') =>
        (await sql.query<{ title: string }>(`SELECT title FROM ${table}`)).map((row) => row.title).sort();
      const titleOf = (item: (typeof catalogue)[number]) =>
        'title' in item.input ? item.input.title : item.input.fullName;
      const names = (await sql.query<{ full_name: string }>('SELECT full_name FROM experts')).map((r) => r.full_name);
      expect([...(await titles('offers')), ...(await titles('needs')), ...names].sort()).toEqual(
        [...next.map(titleOf), 'Dây chuyền rửa và phân loại khoai lang của chúng tôi'].sort(),
      );
      // search learns through the outbox that the published old listing is gone
      const events = await app.events(published?.id ?? '');
      expect(events.at(-1)?.type).toBe('sti.techmart.v1.OfferArchived');
      // the businesses the officer took needs in for went with their needs
      const [orphans] = await sql.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM offers WHERE owner_organisation_id = o.id) AND NOT EXISTS (SELECT 1 FROM needs WHERE owner_organisation_id = o.id) AND NOT EXISTS (SELECT 1 FROM experts WHERE owner_organisation_id = o.id) AND o.id::text NOT LIKE $1 AND o.id::text NOT LIKE $2',
        ['01920000-%', '0193a1c0-%'],
      );
      expect(orphans?.n).toBe(0);
      const runs = await sql.query<{ name: string }>('SELECT name FROM seed_runs');
      expect(runs.map((run) => run.name)).toEqual([DEMO_SEED_NAME]);
      // and the next start does nothing
      expect(await seedDemoData({ prisma, dataDir: '/tmp', catalogue: next })).toEqual({ seeded: false, items: 0 });
    } finally {
      await app.close();
    }
  });
});
