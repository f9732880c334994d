// Export from one Techmart (its own PostgreSQL database), import into a second one over its import
// API: the copies are published and carry their provenance, re-importing changes nothing (no new
// revision, no new event), edits arrive as updates and a tombstone archives the copy.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferView } from '../offers/offer.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { ExchangeClientCreated, FeedItem, FeedPage, ImportReport } from './exchange.schema.js';

let source: TechmartTestApp;
let target: TechmartTestApp;
let client: ExchangeClientCreated;

const needBody = {
  title: 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện',
  problem: 'Cơ sở đang sấy xoài bằng tủ sấy điện trở, chi phí điện chiếm gần 30% giá thành.',
  sectorCode: 'agri-processing',
  keywords: ['sấy xoài'],
  desiredTrl: 7,
  budget: { minVnd: '150000000', maxVnd: '400000000' },
  locality: { provinceCode: '87', communeCode: '30268' },
  contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
};
const expertBody = {
  fullName: 'Lê Minh Châu',
  academicTitle: 'PGS.TS.',
  fieldCodes: ['agri-processing', 'energy'],
  keywords: ['sấy nông sản'],
  results: [{ title: 'Máy sấy nông sản kết hợp năng lượng mặt trời', year: 2021, kind: 'patent' }],
  availableForConsulting: true,
  biography: 'Hai mươi năm nghiên cứu công nghệ sau thu hoạch.',
  locality: { provinceCode: '92', communeCode: '31105' },
  contact: { name: 'PGS.TS. Lê Minh Châu', email: 'chau.le@vienncnn.example.vn' },
};

async function publish(
  app: TechmartTestApp,
  path: 'offers' | 'needs' | 'experts',
  body: object,
  owner: Principal,
): Promise<{ id: string }> {
  const created = await app.request<{ id: string }>({
    method: 'POST',
    url: `/api/techmart/v1/${path}`,
    principal: owner,
    body,
  });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id;
  const submitted = await app.request({
    method: 'POST',
    url: `/api/techmart/v1/${path}/${id}/submit`,
    principal: owner,
  });
  expect(submitted.status, submitted.text).toBe(200);
  const published = await app.request({
    method: 'POST',
    url: `/api/techmart/v1/${path}/${id}/publish`,
    principal: principals.officer,
  });
  expect(published.status, published.text).toBe(200);
  return { id };
}

/** Polls the source's feed from `since` to the end, `limit` items a page. */
async function poll(since: string | undefined, limit = 2): Promise<{ items: FeedItem[]; cursor: string }> {
  const items: FeedItem[] = [];
  let cursor = since;
  for (;;) {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { since: cursor } : {}) });
    const page = await source.request<FeedPage>({ url: `/api/techmart/v1/exchange/feed?${query}` });
    expect(page.status, page.text).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.cursor;
    if (!page.body.hasMore) return { items, cursor };
  }
}

function pushToTarget(items: unknown[], credentials = { id: client.id, secret: client.secret }) {
  return target.request<ImportReport>({
    method: 'POST',
    url: '/api/techmart/v1/exchange/imports',
    headers: { 'x-exchange-client-id': credentials.id, 'x-exchange-client-secret': credentials.secret },
    body: { format: 'sti-techmart-feed', version: '1', items },
  });
}

beforeAll(async () => {
  [source, target] = await Promise.all([startTestTechmart(), startTestTechmart()]);
  const created = await target.request<ExchangeClientCreated>({
    method: 'POST',
    url: '/api/techmart/v1/exchange/clients',
    principal: principals.admin,
    body: {
      name: 'Sàn Đồng Tháp (thử nghiệm)',
      sourceCode: 'dongthap',
      sourceName: { vi: 'Sàn giao dịch công nghệ tỉnh Đồng Tháp', en: 'Dong Thap Technology Exchange' },
    },
  });
  expect(created.status, created.text).toBe(201);
  client = created.body;
}, 60_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

describe('export → import round trip', () => {
  let offerId: string;
  let needId: string;
  let firstCursor: string;
  let firstItems: FeedItem[];

  it('exports published listings in change order with stable ids, tombstones for archived ones, never drafts', async () => {
    offerId = (await publish(source, 'offers', offerBody(), principals.business)).id;
    needId = (await publish(source, 'needs', needBody, principals.otherBusiness)).id;
    await publish(source, 'experts', expertBody, principals.researcher);
    const gone = await publish(
      source,
      'offers',
      offerBody({ title: 'Dây chuyền đóng gói đã ngừng bán' }),
      principals.business,
    );
    const archived = await source.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${gone.id}/archive`,
      principal: principals.business,
    });
    expect(archived.status, archived.text).toBe(200);
    // A draft never enters the feed.
    await source.request({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody(),
    });

    const { items, cursor } = await poll(undefined);
    firstItems = items;
    firstCursor = cursor;
    expect(items.map((i) => [i.type, i.change])).toEqual([
      ['offer', 'upsert'],
      ['need', 'upsert'],
      ['expert', 'upsert'],
      ['offer', 'tombstone'],
    ]);
    const sequences = items.map((i) => BigInt(i.sequence));
    expect([...sequences].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequences);
    expect(items[0]).toMatchObject({
      id: offerId,
      owner: { id: principals.business.organisationId, name: 'Công ty TNHH Nông sản Sông Hậu' },
      listing: { title: offerBody().title, sectorCode: 'agri-processing', price: { amountVnd: '185000000' } },
    });
    expect(items[3]).toMatchObject({ id: gone.id, change: 'tombstone', reason: 'archived' });
    // The need's contact as its owner published it (a phone, no e-mail); nothing about moderation.
    const need = items[1] as Extract<FeedItem, { change: 'upsert' }>;
    expect(need.listing.contact).toEqual({ name: 'Trần Thị Bích', phone: '0918 245 377' });
    expect(JSON.stringify(items)).not.toMatch(/returnReason|intake|publishedVersion|createdBy/);

    // Polling again from the cursor returns nothing new.
    const again = await poll(cursor);
    expect(again.items).toEqual([]);
    expect(again.cursor).toBe(cursor);
  });

  it('refuses a feed cursor it did not issue', async () => {
    const response = await source.request<{ code: string }>({ url: '/api/techmart/v1/exchange/feed?since=abc' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('imports into the second exchange as published listings with their provenance and the usual events', async () => {
    const response = await pushToTarget(firstItems);
    expect(response.status, response.text).toBe(200);
    expect(response.body.counts).toEqual({ created: 3, updated: 0, unchanged: 1, archived: 0, rejected: 0 });
    const offerCopy = response.body.records[0]?.listingId as string;
    expect(offerCopy).toBeDefined();

    const publicView = await target.request<OfferView>({ url: `/api/techmart/v1/offers/${offerCopy}` });
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({
      status: 'published',
      title: offerBody().title,
      provenance: {
        sourceCode: 'dongthap',
        sourceName: { vi: 'Sàn giao dịch công nghệ tỉnh Đồng Tháp' },
        externalId: offerId,
      },
    });
    const list = await target.request<{ items: { id: string }[] }>({ url: '/api/techmart/v1/offers' });
    expect(list.body.items.map((i) => i.id)).toContain(offerCopy);
    // Search and every other consumer learn of it as of a local publication.
    expect((await target.events(offerCopy)).map((e) => e.type)).toEqual([
      'sti.techmart.v1.OfferCreated',
      'sti.techmart.v1.OfferPublished',
    ]);
    // An imported copy is not exported again (it would echo back to its source).
    const targetFeed = await target.request<FeedPage>({ url: '/api/techmart/v1/exchange/feed' });
    expect(targetFeed.body.items).toEqual([]);
  });

  it('re-importing the same records changes nothing: no new revision, no new event', async () => {
    const outboxBefore = await target.count('outbox');
    const offersBefore = await target.count('offers');
    const response = await pushToTarget(firstItems);
    expect(response.body.counts).toEqual({ created: 0, updated: 0, unchanged: 4, archived: 0, rejected: 0 });
    expect(await target.count('outbox')).toBe(outboxBefore);
    expect(await target.count('offers')).toBe(offersBefore);
    const copy = await target.request<OfferView>({
      url: `/api/techmart/v1/offers/${response.body.records[0]?.listingId}`,
    });
    expect(copy.body.revision).toBe(1);
  });

  it('brings an edit over as an update and a tombstone archives the copy', async () => {
    const edited = await source.request<{ revision: number }>({
      method: 'PUT',
      url: `/api/techmart/v1/needs/${needId}`,
      principal: principals.otherBusiness,
      body: { ...needBody, title: 'Cần công nghệ sấy xoài bơm nhiệt giữ màu', revision: 1 },
    });
    expect(edited.status, edited.text).toBe(200);
    // The edit waits in moderation: the feed shows nothing new until it is published.
    expect((await poll(firstCursor)).items).toEqual([]);
    const published = await source.request({
      method: 'POST',
      url: `/api/techmart/v1/needs/${needId}/publish`,
      principal: principals.officer,
    });
    expect(published.status, published.text).toBe(200);
    const archived = await source.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offerId}/archive`,
      principal: principals.business,
    });
    expect(archived.status, archived.text).toBe(200);

    const { items } = await poll(firstCursor);
    expect(items.map((i) => [i.id, i.change])).toEqual([
      [needId, 'upsert'],
      [offerId, 'tombstone'],
    ]);
    const response = await pushToTarget(items);
    expect(response.body.counts).toEqual({ created: 0, updated: 1, unchanged: 0, archived: 1, rejected: 0 });
    const [needCopy, offerCopy] = response.body.records.map((r) => r.listingId as string);

    const need = await target.request<{ title: string; revision: number }>({
      url: `/api/techmart/v1/needs/${needCopy}`,
    });
    expect(need.body).toMatchObject({ title: 'Cần công nghệ sấy xoài bơm nhiệt giữ màu', revision: 2 });
    expect((await target.request({ url: `/api/techmart/v1/offers/${offerCopy}` })).status).toBe(404);
    expect((await target.events(offerCopy as string)).map((e) => e.type).at(-1)).toBe('sti.techmart.v1.OfferArchived');

    // The tombstone again: already archived, nothing happens.
    const repeat = await pushToTarget(items.slice(1));
    expect(repeat.body.counts.unchanged).toBe(1);
  });

  it('reports each invalid record in Vietnamese and English and imports the valid ones', async () => {
    const valid = {
      ...firstItems[0],
      id: 'external-42',
      listing: { ...(firstItems[0] as { listing: object }).listing, title: 'Máy sấy tầng sôi cho hạt sen' },
    };
    const badSector = { ...valid, id: 'external-43', listing: { ...valid.listing, sectorCode: 'no-such-sector' } };
    const noTitle = { ...valid, id: 'external-44', listing: { ...valid.listing, title: undefined } };
    const response = await pushToTarget([valid, badSector, noTitle, { change: 'upsert' }]);
    expect(response.body.counts).toMatchObject({ created: 1, rejected: 3 });
    const [, sector, title, envelope] = response.body.records;
    expect(sector).toMatchObject({ externalId: 'external-43', outcome: 'rejected' });
    expect(sector?.problems[0]).toMatchObject({ field: 'listing.sectorCode' });
    expect(sector?.problems[0]?.message.vi).toMatch(/\S/);
    expect(sector?.problems[0]?.message.en).toMatch(/\S/);
    expect(title?.problems).toEqual([
      expect.objectContaining({
        field: 'listing.title',
        code: 'required',
        message: expect.objectContaining({ vi: 'Trường này là bắt buộc.' }),
      }),
    ]);
    expect(envelope?.outcome).toBe('rejected');
  });

  it('accepts only a valid, unrevoked client; only admins manage clients', async () => {
    expect((await pushToTarget([], { id: client.id, secret: 'tmx_wrong' })).status).toBe(401);
    expect((await pushToTarget([], { id: 'not-a-uuid', secret: client.secret })).status).toBe(401);
    const asOfficer = await target.request({ url: '/api/techmart/v1/exchange/clients', principal: principals.officer });
    expect(asOfficer.status).toBe(403);
    const listed = await target.request<{ items: { id: string; lastUsedAt?: string }[] }>({
      url: '/api/techmart/v1/exchange/clients',
      principal: principals.admin,
    });
    expect(listed.body.items[0]).toMatchObject({ id: client.id, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toContain(client.secret);
    const stored = await target.handle.database.sql.query<{ secret_hash: string }>(
      'SELECT secret_hash FROM exchange_clients',
    );
    expect(stored[0]?.secret_hash).toMatch(/^scrypt\$/);
    expect(stored[0]?.secret_hash).not.toContain(client.secret.slice(4));

    const revoked = await target.request({
      method: 'POST',
      url: `/api/techmart/v1/exchange/clients/${client.id}/revoke`,
      principal: principals.admin,
    });
    expect(revoked.status, revoked.text).toBe(200);
    expect((await pushToTarget([])).status).toBe(401);
  });
});
