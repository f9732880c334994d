// Withdrawing a submission and editing a published listing, over HTTP against PostgreSQL: the owner
// takes a submission back to a draft, and while an edit is pending the public keeps the published
// version and the owner's view says so.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferView } from '../offers/offer.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

async function call<T = OfferView>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  principal: Principal | undefined,
  body?: unknown,
) {
  return t.request<T>({ method, url: `/api/techmart/v1${url}`, ...(principal ? { principal } : {}), body });
}

async function submitted(title: string): Promise<OfferView> {
  const created = await call('POST', '/offers', principals.business, offerBody({ title }));
  expect(created.status, created.text).toBe(201);
  const sent = await call('POST', `/offers/${created.body.id}/submit`, principals.business);
  return sent.body;
}

describe('withdrawing a submission', () => {
  it('takes it back to a draft the owner can edit and submit again, with OfferWithdrawn in the outbox', async () => {
    const offer = await submitted('Máy bóc vỏ hạt điều');
    const withdrawn = await call('POST', `/offers/${offer.id}/withdraw`, principals.business);
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'draft', revision: offer.revision });
    expect(withdrawn.body.pendingRevision).toBeUndefined();

    const edited = await call(
      'PUT',
      `/offers/${offer.id}`,
      principals.business,
      offerBody({ title: 'Máy bóc vỏ hạt điều bán tự động', revision: withdrawn.body.revision }),
    );
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.status).toBe('draft');
    expect((await call('POST', `/offers/${offer.id}/submit`, principals.business)).body.status).toBe('submitted');

    const events = await t.events(offer.id);
    expect(events.map((e) => e.type)).toEqual([
      'sti.techmart.v1.OfferCreated',
      'sti.techmart.v1.OfferSubmitted',
      'sti.techmart.v1.OfferWithdrawn',
      'sti.techmart.v1.OfferUpdated',
      'sti.techmart.v1.OfferSubmitted',
    ]);
    expect(events[2]).toMatchObject({
      topic: 'techmart.offer.v1',
      message: { offerId: offer.id, revision: offer.revision, by: { userId: principals.business.userId } },
    });
  });

  it('is the owner’s alone, and only before an officer decides', async () => {
    const offer = await submitted('Hệ thống tưới nhỏ giọt');
    const stranger = await call<{ code: string }>('POST', `/offers/${offer.id}/withdraw`, principals.otherBusiness);
    expect(stranger.status).toBe(403);
    expect((await call('POST', `/offers/${offer.id}/withdraw`, undefined)).status).toBe(401);
    await call('POST', `/offers/${offer.id}/return`, principals.officer, { reason: 'Thiếu thông số kỹ thuật chính.' });
    const late = await call<{ code: string; message: { vi: string } }>(
      'POST',
      `/offers/${offer.id}/withdraw`,
      principals.business,
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
    expect(late.body.message.vi).toContain('rút lại');
  });
});

describe('a pending edit of a published listing', () => {
  it('leaves the published version public and tells the owner so, also once withdrawn', async () => {
    const offer = await submitted('Chế phẩm vi sinh xử lý rơm rạ');
    const published = await call('POST', `/offers/${offer.id}/publish`, principals.officer);
    expect(published.body.status).toBe('published');
    expect(published.body.pendingRevision).toBeUndefined();

    const edit = await call(
      'PUT',
      `/offers/${offer.id}`,
      principals.business,
      offerBody({ title: 'Chế phẩm vi sinh xử lý rơm rạ thế hệ 2', revision: published.body.revision }),
    );
    expect(edit.body).toMatchObject({
      status: 'submitted',
      title: 'Chế phẩm vi sinh xử lý rơm rạ thế hệ 2',
      publishedVersion: { title: 'Chế phẩm vi sinh xử lý rơm rạ' },
      pendingRevision: {
        status: 'submitted',
        publicRevision: published.body.revision,
        publishedAt: published.body.publishedAt,
        message: { vi: expect.stringContaining('Công chúng vẫn thấy phiên bản đã công bố') },
      },
    });
    const publicView = await call('GET', `/offers/${offer.id}`, undefined);
    expect(publicView.body.title).toBe('Chế phẩm vi sinh xử lý rơm rạ');
    expect(publicView.body.pendingRevision).toBeUndefined();

    const mine = await call<{ items: OfferView[] }>('GET', '/my/offers?limit=100', principals.business);
    expect(mine.body.items.find((o) => o.id === offer.id)?.pendingRevision?.status).toBe('submitted');

    const withdrawn = await call('POST', `/offers/${offer.id}/withdraw`, principals.business);
    expect(withdrawn.body).toMatchObject({ status: 'draft', pendingRevision: { status: 'draft' } });
    expect((await call('GET', `/offers/${offer.id}`, undefined)).body).toMatchObject({
      status: 'published',
      title: 'Chế phẩm vi sinh xử lý rơm rạ',
    });
    const listed = await call<{ items: { id: string }[] }>('GET', '/offers?limit=100', undefined);
    expect(listed.body.items.map((o) => o.id)).toContain(offer.id);
  });

  it('works the same for needs and expert profiles', async () => {
    const need = await call<{ id: string }>('POST', '/needs', principals.otherBusiness, {
      title: 'Cần máy tách hạt sen tươi',
      problem: 'Tách hạt sen bằng tay mất nhiều công, cần máy tách công suất 100 kg/giờ.',
      sectorCode: 'agri-processing',
      locality: { provinceCode: '87' },
      contact: { name: 'Trần Thị Bích' },
    });
    await call('POST', `/needs/${need.body.id}/submit`, principals.otherBusiness);
    const back = await call<{ status: string }>('POST', `/needs/${need.body.id}/withdraw`, principals.otherBusiness);
    expect(back.body.status).toBe('draft');
    expect((await t.events(need.body.id)).at(-1)?.type).toBe('sti.techmart.v1.NeedWithdrawn');

    const expert = await call<{ id: string }>('POST', '/experts', principals.researcher, {
      fullName: 'Nguyễn Thị Hoa',
      fieldCodes: ['agri-processing'],
      results: [],
      availableForConsulting: true,
      locality: { provinceCode: '87' },
      contact: { name: 'Nguyễn Thị Hoa' },
    });
    await call('POST', `/experts/${expert.body.id}/submit`, principals.researcher);
    const expertBack = await call<{ status: string }>(
      'POST',
      `/experts/${expert.body.id}/withdraw`,
      principals.researcher,
    );
    expect(expertBack.body.status).toBe('draft');
    expect((await t.events(expert.body.id)).at(-1)?.type).toBe('sti.techmart.v1.ExpertWithdrawn');
  });
});
