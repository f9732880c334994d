// In-app notifications over HTTP against PostgreSQL: an organisation hears about its own listings'
// decisions (and never another organisation's), each user with their own read marks.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { NotificationPage } from './notification.schema.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

/** A second member of the business's organisation. */
const colleague: Principal = { ...principals.business, userId: 'colleague-user', displayName: 'Lê Thị Cúc' };

async function call<T>(method: 'GET' | 'POST', url: string, principal: Principal | undefined, body?: unknown) {
  return t.request<T>({ method, url: `/api/techmart/v1${url}`, ...(principal ? { principal } : {}), body });
}

async function submittedOffer(title: string, principal: Principal = principals.business): Promise<string> {
  const created = await call<{ id: string }>('POST', '/offers', principal, offerBody({ title }));
  expect(created.status, created.text).toBe(201);
  await call('POST', `/offers/${created.body.id}/submit`, principal);
  return created.body.id;
}

const inbox = async (principal: Principal, query = '') => {
  const response = await call<NotificationPage>('GET', `/notifications${query}`, principal);
  expect(response.status, response.text).toBe(200);
  return response.body;
};

describe('notifications', () => {
  it('tells the owner organisation its listing was published or returned, with the reason', async () => {
    const published = await submittedOffer('Máy sấy xoài bơm nhiệt');
    const returned = await submittedOffer('Lò đốt trấu cải tiến');
    expect((await inbox(principals.business)).items).toEqual([]);

    await call('POST', `/offers/${published}/publish`, principals.officer);
    await call('POST', `/offers/${returned}/return`, principals.officer, {
      reason: 'Xin bổ sung hình ảnh thực tế của lò.',
    });

    const page = await inbox(principals.business);
    expect(page.unreadCount).toBe(2);
    expect(page.items).toMatchObject([
      {
        kind: 'listing_returned',
        listing: { type: 'offer', id: returned, title: 'Lò đốt trấu cải tiến' },
        reason: 'Xin bổ sung hình ảnh thực tế của lò.',
        message: { vi: 'Tin “Lò đốt trấu cải tiến” bị trả lại: Xin bổ sung hình ảnh thực tế của lò.' },
        read: false,
      },
      {
        kind: 'listing_published',
        listing: { type: 'offer', id: published, title: 'Máy sấy xoài bơm nhiệt' },
        message: { en: '“Máy sấy xoài bơm nhiệt” was approved and published.' },
        read: false,
      },
    ]);
    expect(page.items[1]?.reason).toBeUndefined();
  });

  it('never shows one organisation another organisation’s notifications, nor lets it mark them', async () => {
    const theirs = await submittedOffer('Dây chuyền đóng gói xoài', principals.otherBusiness);
    await call('POST', `/offers/${theirs}/publish`, principals.officer);

    const other = await inbox(principals.otherBusiness);
    expect(other.items.map((n) => n.listing.id)).toEqual([theirs]);
    expect(other.unreadCount).toBe(1);
    const mine = await inbox(principals.business);
    expect(mine.items.map((n) => n.listing.id)).not.toContain(theirs);

    const foreignId = mine.items[0]?.id ?? '';
    const attempt = await call<{ code: string }>('POST', `/notifications/${foreignId}/read`, principals.otherBusiness);
    expect(attempt.status).toBe(404);
    expect((await inbox(principals.business)).unreadCount).toBe(mine.unreadCount);
    // The officer who decided belongs to the Department, not to the owner: nothing for them.
    expect((await inbox(principals.officer)).items).toEqual([]);
  });

  it('keeps read marks per user: a colleague still sees as unread what one member read', async () => {
    const before = await inbox(principals.business);
    const first = before.items[0];
    const marked = await call<{ unreadCount: number }>('POST', `/notifications/${first?.id}/read`, principals.business);
    expect(marked.status, marked.text).toBe(200);
    expect(marked.body.unreadCount).toBe(before.unreadCount - 1);
    // Marking again changes nothing.
    await call('POST', `/notifications/${first?.id}/read`, principals.business);

    const after = await inbox(principals.business);
    expect(after.items.find((n) => n.id === first?.id)).toMatchObject({ read: true, readAt: expect.any(String) });
    expect(after.unreadCount).toBe(before.unreadCount - 1);
    expect((await inbox(principals.business, '?unread=true')).items.map((n) => n.id)).not.toContain(first?.id);
    expect((await inbox(colleague)).unreadCount).toBe(before.unreadCount);

    const all = await call<{ unreadCount: number }>('POST', '/notifications/read-all', colleague);
    expect(all.body.unreadCount).toBe(0);
    expect((await inbox(colleague)).unreadCount).toBe(0);
    expect((await inbox(colleague, '?unread=true')).items).toEqual([]);
  });

  it('writes a notification only when the decision happens', async () => {
    const draft = await call<{ id: string }>('POST', '/offers', principals.business, offerBody({ title: 'Bản nháp' }));
    const before = await inbox(principals.business);
    const refused = await call('POST', `/offers/${draft.body.id}/publish`, principals.officer);
    expect(refused.status).toBe(409);
    const after = await inbox(principals.business);
    expect(after.items.map((n) => n.id)).toEqual(before.items.map((n) => n.id));
  });

  it('pages newest first with a cursor and a maximum page size; signed-in users only', async () => {
    const all = await inbox(principals.business, '?limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: NotificationPage = await inbox(principals.business, `?limit=1${suffix}`);
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((n) => n.id));
    expect((await call('GET', '/notifications?limit=101', principals.business)).status).toBe(400);
    expect((await call('GET', '/notifications', undefined)).status).toBe(401);
  });
});
