// Expiry and renewal over HTTP against PostgreSQL with a fake clock: the owner is reminded before the
// date, the listing lapses (out of the public list, page and feed; ListingExpired), and the owner's
// renewal brings it back (ListingRenewed + OfferPublished at a higher revision).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedPage } from '../exchange/exchange.schema.js';
import type { OfferView } from '../offers/offer.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';

let t: TechmartTestApp;
let now = new Date('2026-12-04T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await startTestTechmart({ clock: () => now });
});
afterAll(async () => {
  await t?.close();
});

async function publishedOffer(): Promise<string> {
  const created = await t.request<OfferView>({
    method: 'POST',
    url: '/api/techmart/v1/offers',
    principal: principals.business,
    body: offerBody(),
  });
  const id = created.body.id;
  await t.request({ method: 'POST', url: `/api/techmart/v1/offers/${id}/submit`, principal: principals.business });
  const published = await t.request({
    method: 'POST',
    url: `/api/techmart/v1/offers/${id}/publish`,
    principal: principals.officer,
  });
  expect(published.status, published.text).toBe(200);
  return id;
}

const notifications = () =>
  t.request<{ items: { kind: string; message: { vi: string; en: string } }[] }>({
    url: '/api/techmart/v1/notifications',
    principal: principals.business,
  });

describe('listing expiry and renewal', () => {
  it('reminds, lapses, and comes back on renewal', async () => {
    const id = await publishedOffer();
    const mine = await t.request<{ items: OfferView[] }>({
      url: '/api/techmart/v1/my/offers',
      principal: principals.business,
    });
    expect(mine.body.items.find((o) => o.id === id)?.expiresAt).toBe('2027-12-04T10:00:00.000Z');

    // Nothing due yet.
    expect(await t.handle.services.expiry.sweep()).toEqual({ reminded: 0, expired: 0 });

    // 30 days before: one reminder, in both languages, not repeated.
    now = new Date(Date.parse('2027-12-04T10:00:00.000Z') - 29 * DAY);
    expect(await t.handle.services.expiry.sweep()).toEqual({ reminded: 1, expired: 0 });
    expect(await t.handle.services.expiry.sweep()).toEqual({ reminded: 0, expired: 0 });
    const reminder = (await notifications()).body.items.find((n) => n.kind === 'listing_expiring');
    expect(reminder?.message.vi).toContain('04/12/2027');
    expect(reminder?.message.en).toContain('2027-12-04');
    expect((await t.request({ url: `/api/techmart/v1/offers/${id}` })).status).toBe(200);

    // At the date it lapses: gone from the public page, list and feed; the owner still sees it.
    now = new Date('2027-12-04T10:00:00.000Z');
    expect(await t.handle.services.expiry.sweep()).toEqual({ reminded: 0, expired: 1 });
    expect((await t.request({ url: `/api/techmart/v1/offers/${id}` })).status).toBe(404);
    const list = await t.request<{ items: { id: string }[] }>({ url: '/api/techmart/v1/offers' });
    expect(list.body.items.map((o) => o.id)).not.toContain(id);
    const feed = await t.request<FeedPage>({ url: '/api/techmart/v1/exchange/feed' });
    expect(feed.body.items).toEqual([expect.objectContaining({ id, change: 'tombstone', reason: 'expired' })]);
    const owners = await t.request<OfferView>({ url: `/api/techmart/v1/offers/${id}`, principal: principals.business });
    expect(owners.body.expiredAt).toBe('2027-12-04T10:00:00.000Z');
    expect((await notifications()).body.items.map((n) => n.kind)).toContain('listing_expired');
    const expired = (await t.events(id)).at(-1);
    expect(expired).toMatchObject({ type: 'sti.techmart.v1.ListingExpired', topic: 'techmart.offer.v1' });
    expect(expired?.message).toMatchObject({ listingId: id, revision: 2 });

    // Only the owner renews.
    const stranger = await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${id}/renew`,
      principal: principals.otherBusiness,
    });
    expect(stranger.status).toBe(403);
    now = new Date('2027-12-10T08:00:00.000Z');
    const renewed = await t.request<OfferView>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${id}/renew`,
      principal: principals.business,
    });
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.body).toMatchObject({ revision: 3, expiresAt: '2028-12-10T08:00:00.000Z' });
    expect(renewed.body.expiredAt).toBeUndefined();
    const publicAgain = await t.request<OfferView>({ url: `/api/techmart/v1/offers/${id}` });
    expect(publicAgain.status).toBe(200);
    expect(publicAgain.body).toMatchObject({ revision: 3, expiresAt: '2028-12-10T08:00:00.000Z' });
    expect((await t.events(id)).slice(-2).map((e) => e.type)).toEqual([
      'sti.techmart.v1.ListingRenewed',
      'sti.techmart.v1.OfferPublished',
    ]);
    const afterRenewal = await t.request<FeedPage>({ url: '/api/techmart/v1/exchange/feed' });
    expect(afterRenewal.body.items).toEqual([expect.objectContaining({ id, change: 'upsert' })]);
  });

  it('refuses to renew a draft or an archived listing', async () => {
    const draft = await t.request<OfferView>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody(),
    });
    const refused = await t.request<{ code: string; message: { vi: string } }>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${draft.body.id}/renew`,
      principal: principals.business,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('renewal_not_published');
    const id = await publishedOffer();
    await t.request({ method: 'POST', url: `/api/techmart/v1/offers/${id}/archive`, principal: principals.business });
    const archived = await t.request<{ code: string }>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${id}/renew`,
      principal: principals.business,
    });
    expect(archived.body.code).toBe('renewal_archived');
  });
});
