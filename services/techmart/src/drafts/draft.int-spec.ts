// Half-filled drafts over HTTP against PostgreSQL: saved with whatever is filled in, checked as a
// whole at submit (field errors in Vietnamese and English), and private to the owner organisation.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { DraftView, SubmittedDraftView } from './draft.schema.js';

interface Problem {
  status: number;
  code: string;
  errors?: { field: string; code: string; message: { vi: string; en: string } }[];
}

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

async function call<T = DraftView>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  principal?: Principal,
  body?: unknown,
) {
  return t.request<T>({ method, url: `/api/techmart/v1${url}`, ...(principal ? { principal } : {}), body });
}

describe('drafts', () => {
  it('saves with nothing or only a title filled in, and lists them for the organisation', async () => {
    const empty = await call('POST', '/drafts', principals.business, { type: 'offer', input: {} });
    expect(empty.status, empty.text).toBe(201);
    expect(empty.body.title).toBeUndefined();
    expect(empty.body.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['title', 'summary']));

    const titled = await call('POST', '/drafts', principals.business, {
      type: 'offer',
      input: { kind: 'equipment', title: '  Máy   ép viên  ', contact: { email: 'chưa đúng' } },
    });
    expect(titled.status, titled.text).toBe(201);
    expect(titled.body).toMatchObject({ type: 'offer', title: 'Máy ép viên', input: { kind: 'equipment' } });

    const mine = await call<{ items: DraftView[] }>('GET', '/my/drafts', principals.business);
    expect(mine.body.items.map((d) => d.id)).toEqual([titled.body.id, empty.body.id]);
    const colleague = { ...principals.business, userId: 'colleague' };
    expect((await call('GET', `/drafts/${empty.body.id}`, colleague)).status).toBe(200);
  });

  it('refuses an incomplete draft at submit with field errors in both languages, then submits it once complete', async () => {
    const draft = await call('POST', '/drafts', principals.business, {
      type: 'offer',
      input: { title: 'Máy sấy nông sản năng lượng mặt trời' },
    });
    const refused = await call<Problem>('POST', `/drafts/${draft.body.id}/submit`, principals.business);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('validation_failed');
    const summary = refused.body.errors?.find((e) => e.field === 'summary');
    expect(summary?.message.vi).toBeTruthy();
    expect(summary?.message.en).toBeTruthy();
    expect(refused.body.errors?.map((e) => e.field)).not.toContain('title');
    expect(await t.count('offers')).toBe(0);

    const saved = await call('PUT', `/drafts/${draft.body.id}`, principals.business, { input: offerBody() });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.problems).toEqual([]);

    const submitted = await call<SubmittedDraftView>('POST', `/drafts/${draft.body.id}/submit`, principals.business);
    expect(submitted.status, submitted.text).toBe(200);
    expect(submitted.body).toMatchObject({
      type: 'offer',
      listing: {
        status: 'submitted',
        title: 'Máy sấy nông sản năng lượng mặt trời',
        price: { amountVnd: '185000000' },
      },
    });
    const events = await t.events(submitted.body.listing.id);
    expect(events.map((e) => e.type)).toEqual(['sti.techmart.v1.OfferCreated', 'sti.techmart.v1.OfferSubmitted']);
    // The draft became the listing: it is gone, and submitting it again creates nothing.
    expect((await call('GET', `/drafts/${draft.body.id}`, principals.business)).status).toBe(404);
    expect((await call('POST', `/drafts/${draft.body.id}/submit`, principals.business)).status).toBe(404);
    expect(await t.count('offers')).toBe(1);
  });

  it('checks reference codes at submit and keeps the draft when they are wrong', async () => {
    const draft = await call('POST', '/drafts', principals.otherBusiness, {
      type: 'need',
      input: {
        title: 'Cần máy tách hạt sen tươi',
        problem: 'Tách hạt sen bằng tay mất nhiều công, cần máy tách công suất 100 kg/giờ.',
        sectorCode: 'no-such-sector',
        locality: { provinceCode: '87' },
        contact: { name: 'Trần Thị Bích' },
      },
    });
    const refused = await call<Problem>('POST', `/drafts/${draft.body.id}/submit`, principals.otherBusiness);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((e) => e.field)).toContain('sectorCode');
    expect((await call('GET', `/drafts/${draft.body.id}`, principals.otherBusiness)).status).toBe(200);
  });

  it('is private to the owner organisation, and for those who may create that listing type', async () => {
    const draft = await call('POST', '/drafts', principals.business, { type: 'offer', input: { title: 'Bí mật' } });
    for (const [method, url, body] of [
      ['GET', `/drafts/${draft.body.id}`, undefined],
      ['PUT', `/drafts/${draft.body.id}`, { input: {} }],
      ['DELETE', `/drafts/${draft.body.id}`, undefined],
      ['POST', `/drafts/${draft.body.id}/submit`, undefined],
    ] as const) {
      expect((await call(method, url, principals.otherBusiness, body)).status, `${method} ${url}`).toBe(404);
    }
    const others = await call<{ items: DraftView[] }>('GET', '/my/drafts', principals.otherBusiness);
    expect(others.body.items.map((d) => d.id)).not.toContain(draft.body.id);
    expect((await call('POST', '/drafts', principals.business, { type: 'expert', input: {} })).status).toBe(403);
    expect((await call('POST', '/drafts', undefined, { type: 'offer', input: {} })).status).toBe(401);
    const huge = await call('POST', '/drafts', principals.business, {
      type: 'offer',
      input: { description: 'x'.repeat(70_000) },
    });
    expect(huge.status).toBe(400);

    expect((await call('DELETE', `/drafts/${draft.body.id}`, principals.business)).status).toBe(204);
    expect((await call('GET', `/drafts/${draft.body.id}`, principals.business)).status).toBe(404);
  });
});
