// The officers' moderation queue over HTTP against PostgreSQL: one counted queue across offers,
// equipment, needs and experts, its filters, paging, and what a resubmission shows.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { ModerationQueuePage } from './moderation.schema.js';

let t: TechmartTestApp;

const ids: Record<'solar' | 'equipment' | 'need' | 'expert' | 'resubmitted' | 'draft', string> = {
  solar: '',
  equipment: '',
  need: '',
  expert: '',
  resubmitted: '',
  draft: '',
};

async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, principal: Principal, body?: unknown) {
  const response = await t.request<T>({ method, url: `/api/techmart/v1${url}`, principal, body });
  expect(response.status, `${method} ${url}: ${response.text}`).toBeLessThan(300);
  return response.body;
}

async function submitted(path: string, principal: Principal, body: Record<string, unknown>): Promise<string> {
  const created = await call<{ id: string }>('POST', `/${path}`, principal, body);
  await call('POST', `/${path}/${created.id}/submit`, principal);
  return created.id;
}

const queue = (query: string, principal: Principal = principals.officer) =>
  t.request<ModerationQueuePage>({ url: `/api/techmart/v1/moderation/queue${query}`, principal });

beforeAll(async () => {
  t = await startTestTechmart();
  ids.solar = await submitted('offers', principals.business, offerBody());
  // Submitted ten days ago: the oldest item, and the only one past an age filter of 5 days.
  await t.handle.database.sql.query(
    "UPDATE offers SET submitted_at = now() - interval '10 days 1 hour' WHERE id = $1",
    [ids.solar],
  );
  ids.equipment = await submitted(
    'offers',
    principals.otherBusiness,
    offerBody({
      kind: 'equipment',
      title: 'Máy ép viên phân hữu cơ đã qua sử dụng',
      locality: { provinceCode: '87', communeCode: '30268' },
      equipment: { specifications: [{ name: 'Công suất', value: '12 kW' }], condition: 'used_good', quantity: 2 },
    }),
  );
  ids.need = await submitted('needs', principals.otherBusiness, {
    title: 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện',
    problem: 'Cơ sở đang sấy xoài bằng tủ sấy điện trở, chi phí điện chiếm gần 30% giá thành.',
    sectorCode: 'agri-processing',
    locality: { provinceCode: '87', communeCode: '30268' },
    contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
  });
  ids.expert = await submitted('experts', principals.researcher, {
    fullName: 'Lê Minh Châu',
    fieldCodes: ['agri-processing'],
    results: [],
    availableForConsulting: true,
    biography: 'Hai mươi năm nghiên cứu công nghệ sau thu hoạch.',
    locality: { provinceCode: '87', communeCode: '30268' },
    contact: { name: 'PGS.TS. Lê Minh Châu' },
  });
  // Returned with a reason, fixed (new title, price, photos asked for) and sent again.
  ids.resubmitted = await submitted(
    'offers',
    principals.business,
    offerBody({ title: 'Quy trình chế biến xoài sấy dẻo', locality: { provinceCode: '87', communeCode: '30268' } }),
  );
  await call('POST', `/offers/${ids.resubmitted}/return`, principals.officer, {
    reason: 'Xin bổ sung tên đầy đủ của quy trình và giá tham khảo.',
  });
  const returned = await call<{ revision: number }>('GET', `/offers/${ids.resubmitted}`, principals.business);
  await call(
    'PUT',
    `/offers/${ids.resubmitted}`,
    principals.business,
    offerBody({
      title: 'Quy trình chế biến xoài sấy dẻo không đường',
      price: { negotiable: true },
      locality: { provinceCode: '87', communeCode: '30268' },
      revision: returned.revision,
    }),
  );
  await call('POST', `/offers/${ids.resubmitted}/submit`, principals.business);
  ids.draft = (await call<{ id: string }>('POST', '/offers', principals.business, offerBody())).id;
});
afterAll(async () => {
  await t?.close();
});

describe('moderation queue', () => {
  it('lists every submitted listing across types, oldest first, with a total, ages and previews', async () => {
    const response = await queue('');
    expect(response.status, response.text).toBe(200);
    const page = response.body;
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.id)).toEqual([
      ids.solar,
      ids.equipment,
      ids.need,
      ids.expert,
      ids.resubmitted,
    ]);
    const [solar, equipment, need, expert] = page.items;
    expect(solar).toMatchObject({
      type: 'offer',
      queueType: 'offer',
      title: 'Máy sấy nông sản năng lượng mặt trời',
      summary: 'Máy sấy kết hợp bộ thu nhiệt mặt trời, tiết kiệm 40–60% điện năng khi sấy xoài và lúa.',
      owner: { name: 'Công ty TNHH Nông sản Sông Hậu' },
      locality: { communeName: 'Phường Sa Đéc' },
      ageDays: 10,
      resubmission: false,
      pendingRevision: false,
    });
    expect(solar?.previousReturn).toBeUndefined();
    expect(equipment).toMatchObject({ type: 'offer', queueType: 'equipment', ageDays: 0 });
    expect(need).toMatchObject({ type: 'need', queueType: 'need', summary: expect.stringContaining('sấy xoài') });
    expect(expert).toMatchObject({ type: 'expert', title: 'Lê Minh Châu', summary: expect.stringContaining('Hai') });
  });

  it('shows a resubmission with the previous return reason and what changed since', async () => {
    const page = (await queue('?resubmitted=true')).body;
    expect(page.total).toBe(1);
    expect(page.items).toHaveLength(1);
    const [item] = page.items;
    expect(item).toMatchObject({
      id: ids.resubmitted,
      resubmission: true,
      previousReturn: { reason: 'Xin bổ sung tên đầy đủ của quy trình và giá tham khảo.', revision: 1 },
    });
    expect(item?.changes).toEqual([
      {
        field: 'title',
        change: 'changed',
        before: 'Quy trình chế biến xoài sấy dẻo',
        after: 'Quy trình chế biến xoài sấy dẻo không đường',
        valuesOmitted: false,
      },
      { field: 'price', change: 'changed', before: '185000000 đ', after: 'Thỏa thuận', valuesOmitted: false },
    ]);
  });

  it('filters by type, commune, age and title text (accents optional), and counts what matches', async () => {
    const ofType = async (type: string) => (await queue(`?type=${type}`)).body;
    expect((await ofType('offer')).items.map((i) => i.id)).toEqual([ids.solar, ids.resubmitted]);
    expect((await ofType('equipment')).items.map((i) => i.id)).toEqual([ids.equipment]);
    expect((await ofType('need')).total).toBe(1);
    expect((await ofType('expert')).items.map((i) => i.id)).toEqual([ids.expert]);

    const inSaDec = (await queue('?communeCode=30223')).body;
    expect(inSaDec.items.map((i) => i.id)).toEqual([ids.solar]);
    expect(inSaDec.total).toBe(1);

    const old = (await queue('?olderThanDays=5')).body;
    expect(old.items.map((i) => i.id)).toEqual([ids.solar]);
    expect((await queue('?olderThanDays=0')).body.total).toBe(5);

    const search = (await queue(`?q=${encodeURIComponent('may SAY')}`)).body;
    expect(search.items.map((i) => i.id)).toEqual([ids.solar]);
    expect((await queue(`?q=${encodeURIComponent('xoài sấy')}`)).body.items.map((i) => i.id)).toEqual([
      ids.resubmitted,
    ]);
    // LIKE wildcards are text here, not patterns.
    expect((await queue(`?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
    const combined = (await queue(`?type=offer&communeCode=30268&q=${encodeURIComponent('quy trinh')}`)).body;
    expect(combined.items.map((i) => i.id)).toEqual([ids.resubmitted]);
  });

  it('pages with a cursor: every item once, the total on each page, and a maximum page size', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: ModerationQueuePage = (await queue(`?limit=2${suffix}`)).body;
      expect(page.total).toBe(5);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.solar, ids.equipment, ids.need, ids.expert, ids.resubmitted]);
    expect((await queue('?limit=101')).status).toBe(400);
    expect((await queue('?cursor=garbage')).status).toBe(400);
    expect((await queue('?olderThanDays=-1')).status).toBe(400);
  });

  it('drops a withdrawn submission from the queue and refuses the queue to non-officers', async () => {
    await call('POST', `/offers/${ids.equipment}/withdraw`, principals.otherBusiness);
    const page = (await queue('')).body;
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.id)).not.toContain(ids.equipment);
    expect((await queue('', principals.business)).status).toBe(403);
  });

  it('documents the filters and the new endpoints in the OpenAPI document', async () => {
    const response = await t.request<{ paths: Record<string, { get?: { parameters?: { name: string }[] } }> }>({
      url: '/api/techmart/openapi.json',
    });
    expect(response.status).toBe(200);
    const parameters = response.body.paths['/api/techmart/v1/moderation/queue']?.get?.parameters?.map((p) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['type', 'communeCode', 'olderThanDays', 'resubmitted', 'q', 'cursor', 'limit']),
    );
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/techmart/v1/offers/{id}/withdraw',
        '/api/techmart/v1/notifications',
        '/api/techmart/v1/notifications/{id}/read',
        '/api/techmart/v1/my/intakes',
        '/api/techmart/v1/my/drafts',
        '/api/techmart/v1/drafts/{id}/submit',
        '/api/techmart/v1/home',
        '/api/techmart/v1/featured/{type}/{id}',
      ]),
    );
  });

  it('marks listings of a self-registered business still awaiting verification, and stops once verified', async () => {
    // a first-time business lists before an officer has verified it: allowed, and the officer can tell
    const newcomer: Principal = {
      userId: '01900000-0000-7000-8000-00000000fe01',
      displayName: 'Lê Văn Sấy',
      roles: ['business'],
      organisationId: '01900000-0000-7000-8000-00000000fe02',
      organisationName: 'HTX Sấy Lạnh Mới',
      pending: true,
    };
    const id = await submitted('offers', newcomer, offerBody({ title: 'Máy sấy lạnh của hợp tác xã mới' }));
    const before = (await queue(`?q=${encodeURIComponent('hop tac xa moi')}`)).body.items;
    expect(before.map((item) => [item.id, item.owner])).toEqual([
      [id, { id: newcomer.organisationId, name: 'HTX Sấy Lạnh Mới', verified: false }],
    ]);
    await call('POST', `/organisations/${newcomer.organisationId}/verify`, principals.officer);
    const after = (await queue(`?q=${encodeURIComponent('hop tac xa moi')}`)).body.items;
    expect(after[0]?.owner.verified).toBe(true);
  });
});
