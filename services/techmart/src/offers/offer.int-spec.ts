// Offers end to end over HTTP against a real PostgreSQL database: the lifecycle, the events
// written with each change, and hostile input.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { OfferView } from './offer.schema.js';

interface Problem {
  status: number;
  code: string;
  message: { vi: string; en: string };
  errors?: { field: string; code: string; message: { vi: string; en: string } }[];
}

let t: TechmartTestApp;

beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

async function createOffer(
  overrides: Record<string, unknown> = {},
  principal: Principal = principals.business,
): Promise<OfferView> {
  const response = await t.request<OfferView>({
    method: 'POST',
    url: '/api/techmart/v1/offers',
    principal,
    body: offerBody(overrides),
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

describe('offer lifecycle', () => {
  it('creates a draft owned by the caller’s organisation and writes OfferCreated with it', async () => {
    const offer = await createOffer();
    expect(offer).toMatchObject({
      status: 'draft',
      revision: 1,
      owner: { id: principals.business.organisationId, name: 'Công ty TNHH Nông sản Sông Hậu' },
      sector: { code: 'agri-processing', nameVi: 'Chế biến và bảo quản nông sản' },
      locality: { provinceCode: '87', provinceName: 'Đồng Tháp', communeCode: '30223', communeName: 'Phường Sa Đéc' },
      price: { amountVnd: '185000000' },
    });
    const events = await t.events(offer.id);
    expect(events.map((e) => e.type)).toEqual(['sti.techmart.v1.OfferCreated']);
    expect(events[0]?.topic).toBe('techmart.offer.v1');
    expect(events[0]?.message).toMatchObject({
      offer: { id: offer.id, title: offer.title, price: { value: { case: 'amountVnd', value: 185000000n } } },
    });
  });

  it('runs draft → submitted → published, the public sees it only once published', async () => {
    const offer = await createOffer({ title: 'Quy trình chế biến xoài sấy dẻo không đường' });
    const anonymousBefore = await t.request({ url: `/api/techmart/v1/offers/${offer.id}` });
    expect(anonymousBefore.status).toBe(404);

    const submitted = await t.request<OfferView>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.business,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    const queue = await t.request<{ items: { id: string }[] }>({
      url: '/api/techmart/v1/moderation/queue?type=offer',
      principal: principals.officer,
    });
    expect(queue.body.items.map((i) => i.id)).toContain(offer.id);

    const published = await t.request<OfferView>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/publish`,
      principal: principals.officer,
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.publishedAt).toBeDefined();

    const anonymous = await t.request<OfferView>({ url: `/api/techmart/v1/offers/${offer.id}` });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.title).toBe('Quy trình chế biến xoài sấy dẻo không đường');

    const list = await t.request<{ items: { id: string }[] }>({ url: '/api/techmart/v1/offers?kind=technology' });
    expect(list.body.items.map((i) => i.id)).toContain(offer.id);

    const events = await t.events(offer.id);
    expect(events.map((e) => e.type)).toEqual([
      'sti.techmart.v1.OfferCreated',
      'sti.techmart.v1.OfferSubmitted',
      'sti.techmart.v1.OfferPublished',
    ]);
    expect(events[2]?.message).toMatchObject({
      offer: { id: offer.id, publishedAt: published.body.publishedAt },
      by: { userId: principals.officer.userId },
    });
  });

  it('keeps the published version public while an edit waits in moderation', async () => {
    const offer = await createOffer({ title: 'Lò sấy lúa tầng sôi đốt trấu' });
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.business,
    });
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/publish`,
      principal: principals.officer,
    });

    const edited = await t.request<OfferView>({
      method: 'PUT',
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
      body: offerBody({ title: 'Lò sấy lúa tầng sôi đốt trấu thế hệ 2', revision: 1 }),
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'submitted',
      revision: 2,
      title: 'Lò sấy lúa tầng sôi đốt trấu thế hệ 2',
    });
    expect(edited.body.publishedVersion?.title).toBe('Lò sấy lúa tầng sôi đốt trấu');

    const publicView = await t.request<OfferView>({ url: `/api/techmart/v1/offers/${offer.id}` });
    expect(publicView.body.title).toBe('Lò sấy lúa tầng sôi đốt trấu');
    expect(publicView.body.publishedVersion).toBeUndefined();

    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/publish`,
      principal: principals.officer,
    });
    const after = await t.request<OfferView>({ url: `/api/techmart/v1/offers/${offer.id}` });
    expect(after.body.title).toBe('Lò sấy lúa tầng sôi đốt trấu thế hệ 2');

    const types = (await t.events(offer.id)).map((e) => e.type.replace('sti.techmart.v1.', ''));
    expect(types).toEqual([
      'OfferCreated',
      'OfferSubmitted',
      'OfferPublished',
      'OfferUpdated',
      'OfferSubmitted',
      'OfferPublished',
    ]);
  });

  it('returns with the officer’s reason; the owner edits and submits again', async () => {
    const offer = await createOffer({ title: 'Bánh phồng tôm không chất bảo quản' });
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.business,
    });
    const tooShort = await t.request<Problem>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/return`,
      principal: principals.officer,
      body: { reason: 'ngắn' },
    });
    expect(tooShort.status).toBe(400);
    const reason = 'Đề nghị bổ sung hình ảnh thực tế của sản phẩm.';
    const returned = await t.request<OfferView>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/return`,
      principal: principals.officer,
      body: { reason },
    });
    expect(returned.body).toMatchObject({ status: 'returned', returnReason: reason });

    const edited = await t.request<OfferView>({
      method: 'PUT',
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
      body: offerBody({ title: 'Bánh phồng tôm Sa Giang không chất bảo quản', revision: 1 }),
    });
    expect(edited.body).toMatchObject({ status: 'returned', revision: 2 });
    const resubmitted = await t.request<OfferView>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.business,
    });
    expect(resubmitted.body.status).toBe('submitted');
    expect(resubmitted.body.returnReason).toBeUndefined();
    const returnedEvent = (await t.events(offer.id)).find((e) => e.type === 'sti.techmart.v1.OfferReturned');
    expect(returnedEvent?.message).toMatchObject({ offerId: offer.id, reason, revision: 1 });
  });

  it('refuses transitions the lifecycle does not allow (409) and moderation by non-officers (403)', async () => {
    const offer = await createOffer({ title: 'Máy tách hạt và lấy tim sen tự động' });
    const publishDraft = await t.request<Problem>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/publish`,
      principal: principals.officer,
    });
    expect(publishDraft.status).toBe(409);
    expect(publishDraft.body.code).toBe('invalid_transition');
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.business,
    });
    const selfPublish = await t.request<Problem>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/publish`,
      principal: principals.business,
    });
    expect(selfPublish.status).toBe(403);
    const queue = await t.request<Problem>({
      url: '/api/techmart/v1/moderation/queue',
      principal: principals.business,
    });
    expect(queue.status).toBe(403);
  });

  it('archives: the owner or an officer; the public stops seeing it', async () => {
    const offer = await createOffer({ title: 'Trà hoa sen sấy thăng hoa' });
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.business,
    });
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/publish`,
      principal: principals.officer,
    });
    const archived = await t.request<OfferView>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/archive`,
      principal: principals.officer,
    });
    expect(archived.body.status).toBe('archived');
    expect((await t.request({ url: `/api/techmart/v1/offers/${offer.id}` })).status).toBe(404);
    const archivedEvent = (await t.events(offer.id)).at(-1);
    expect(archivedEvent?.type).toBe('sti.techmart.v1.OfferArchived');
    // the revision lets search keep a tombstone no older or replayed Published can undo
    expect(archivedEvent?.message).toMatchObject({ offerId: offer.id, revision: archived.body.revision });
    expect(archived.body.revision).toBeGreaterThan(0);
  });

  it('lists the organisation’s own offers in any status, paged by cursor', async () => {
    for (let i = 0; i < 3; i++)
      await createOffer({ title: `Thiết bị thử phân trang số ${i + 1}` }, principals.researcher);
    const first = await t.request<{ items: OfferView[]; nextCursor: string | null }>({
      url: '/api/techmart/v1/my/offers?limit=2',
      principal: principals.researcher,
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await t.request<{ items: OfferView[]; nextCursor: string | null }>({
      url: `/api/techmart/v1/my/offers?limit=2&cursor=${first.body.nextCursor}`,
      principal: principals.researcher,
    });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect(new Set([...first.body.items, ...second.body.items].map((o) => o.owner.id))).toEqual(
      new Set([principals.researcher.organisationId]),
    );
    const tooMany = await t.request<Problem>({
      url: '/api/techmart/v1/my/offers?limit=1000',
      principal: principals.researcher,
    });
    expect(tooMany.status).toBe(400);
  });
});

describe('hostile input', () => {
  it('answers 400 naming each invalid field in Vietnamese and English, and stores nothing', async () => {
    const before = await t.count('offers');
    const response = await t.request<Problem>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({
        title: 'abc',
        trl: 12,
        price: { amountVnd: '12.5' },
        transferModes: [],
        contact: { name: 'A', email: 'not-an-email' },
      }),
    });
    expect(response.status).toBe(400);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.body.code).toBe('validation_failed');
    const fields = Object.fromEntries((response.body.errors ?? []).map((e) => [e.field, e.message]));
    for (const field of ['title', 'trl', 'transferModes', 'contact.name', 'contact.email']) {
      expect(fields[field], `${field} in ${JSON.stringify(response.body.errors)}`).toBeDefined();
      expect(fields[field]?.vi).toBeTruthy();
      expect(fields[field]?.en).toBeTruthy();
    }
    expect(Object.keys(fields).some((f) => f.startsWith('price'))).toBe(true);
    expect(await t.count('offers')).toBe(before);
  });

  it('rejects unknown reference codes by field', async () => {
    const response = await t.request<Problem>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({ sectorCode: 'khong-ton-tai', locality: { provinceCode: '87', communeCode: '31105' } }),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.field).sort()).toEqual(['locality.communeCode', 'sectorCode']);
  });

  it('requires equipment details exactly for equipment offers', async () => {
    const response = await t.request<Problem>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({ kind: 'equipment' }),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ field: 'equipment' });
    const ok = await createOffer({
      kind: 'equipment',
      equipment: { specifications: [{ name: 'Công suất', value: '12 kW' }], condition: 'used_good', quantity: 2 },
    });
    expect(ok.equipment).toEqual({
      specifications: [{ name: 'Công suất', value: '12 kW' }],
      condition: 'used_good',
      quantity: 2,
    });
  });

  it('stores a used machine without TRL and IP status, and refuses a new one without them', async () => {
    const machine = (condition: string) => ({
      kind: 'equipment',
      trl: null,
      ipStatus: null,
      equipment: { specifications: [], condition, quantity: 1 },
    });
    const refused = await t.request<Problem>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody(machine('new')),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['trl', 'ipStatus']);
    const used = await createOffer(machine('used_fair'));
    expect(used).toMatchObject({ trl: null, ipStatus: null });
    const read = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${used.id}`,
      principal: principals.business,
    });
    expect(read.body).toMatchObject({ trl: null, ipStatus: null });
    // events have no null: 0 and UNSPECIFIED, which search indexes as unknown
    expect((await t.events(used.id))[0]?.message).toMatchObject({ offer: { trl: 0, ipStatus: 0 } });
  });

  it('answers 401 to anonymous writes', async () => {
    const create = await t.request<Problem>({ method: 'POST', url: '/api/techmart/v1/offers', body: offerBody() });
    expect(create.status).toBe(401);
    expect(create.body.code).toBe('unauthenticated');
    const offer = await createOffer();
    const edit = await t.request<Problem>({
      method: 'PUT',
      url: `/api/techmart/v1/offers/${offer.id}`,
      body: offerBody({ revision: 1 }),
    });
    expect(edit.status).toBe(401);
  });

  it('answers 403 when another organisation edits, and changes nothing', async () => {
    const offer = await createOffer({ title: 'Chế phẩm Trichoderma phòng bệnh thối rễ' });
    const eventsBefore = await t.events(offer.id);
    const response = await t.request<Problem>({
      method: 'PUT',
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.otherBusiness,
      body: offerBody({ title: 'Bị sửa bởi tổ chức khác', revision: 1 }),
    });
    expect(response.status).toBe(403);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.body.message.vi).toBeTruthy();
    const submit = await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/submit`,
      principal: principals.otherBusiness,
    });
    expect(submit.status).toBe(403);
    const after = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
    });
    expect(after.body).toMatchObject({
      title: 'Chế phẩm Trichoderma phòng bệnh thối rễ',
      revision: 1,
      status: 'draft',
    });
    expect(await t.events(offer.id)).toHaveLength(eventsBefore.length);
    // Another organisation cannot even see the draft.
    expect(
      (await t.request({ url: `/api/techmart/v1/offers/${offer.id}`, principal: principals.otherBusiness })).status,
    ).toBe(404);
  });

  it('answers 409 to an edit based on a stale revision', async () => {
    const offer = await createOffer();
    const first = await t.request({
      method: 'PUT',
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
      body: offerBody({ title: 'Bản sửa thứ nhất', revision: 1 }),
    });
    expect(first.status).toBe(200);
    const stale = await t.request<Problem & { currentRevision: number }>({
      method: 'PUT',
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
      body: offerBody({ title: 'Bản sửa dựa trên dữ liệu cũ', revision: 1 }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_revision');
    expect(stale.body.currentRevision).toBe(2);
    const current = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
    });
    expect(current.body.title).toBe('Bản sửa thứ nhất');
  });

  it('stores markup verbatim as text and returns it as JSON, never as HTML', async () => {
    const script = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
    const offer = await createOffer({ title: `Máy sấy ${script}`, description: `Mô tả ${script}\n<b>đậm</b>` });
    expect(offer.title).toBe(`Máy sấy ${script}`);
    const read = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
    });
    expect(String(read.headers['content-type'])).toContain('application/json');
    expect(read.body.description).toBe(`Mô tả ${script}\n<b>đậm</b>`);
    const [row] = await t.handle.database.sql.query<{ title: string }>('SELECT title FROM offers WHERE id = $1', [
      offer.id,
    ]);
    expect(row?.title).toBe(`Máy sấy ${script}`);
  });

  it('normalises text to NFC', async () => {
    const decomposed = 'Ma\u0301y sa\u0302\u0301y xoa\u0300i'.normalize('NFD');
    const offer = await createOffer({ title: `  ${decomposed}   cải tiến ` });
    expect(offer.title).toBe('Máy sấy xoài cải tiến'.normalize('NFC'));
    expect(offer.title).toBe(offer.title.normalize('NFC'));
  });

  it('answers 404 for an id that is not a UUID', async () => {
    expect((await t.request({ url: '/api/techmart/v1/offers/not-a-uuid' })).status).toBe(404);
  });

  it('writes the state change and its event in one transaction: a failing outbox write changes nothing', async () => {
    const offer = await createOffer({ title: 'Hệ thống tưới tiết kiệm nước nhỏ giọt' });
    const sql = t.handle.database.sql;
    await sql.query(
      `CREATE OR REPLACE FUNCTION techmart_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$`,
    );
    await sql.query(
      'CREATE TRIGGER techmart_test_fail BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION techmart_test_fail()',
    );
    try {
      const submit = await t.request({
        method: 'POST',
        url: `/api/techmart/v1/offers/${offer.id}/submit`,
        principal: principals.business,
      });
      expect(submit.status).toBe(500);
    } finally {
      await sql.query('DROP TRIGGER techmart_test_fail ON outbox');
    }
    const after = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
    });
    expect(after.body.status).toBe('draft');
    expect((await t.events(offer.id)).map((e) => e.type)).toEqual(['sti.techmart.v1.OfferCreated']);
  });
});
