// The public home page over HTTP against PostgreSQL: live figures count only what the public can
// see, the latest listings per type, and the listings officers featured.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { HomeView } from './home.schema.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

async function call<T = { id: string }>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  principal?: Principal,
  body?: unknown,
) {
  return t.request<T>({ method, url: `/api/techmart/v1${url}`, ...(principal ? { principal } : {}), body });
}

async function listing(path: string, principal: Principal, body: Record<string, unknown>, publish = true) {
  const created = await call('POST', `/${path}`, principal, body);
  expect(created.status, created.text).toBe(201);
  await call('POST', `/${path}/${created.body.id}/submit`, principal);
  if (publish) await call('POST', `/${path}/${created.body.id}/publish`, principals.officer);
  return created.body.id;
}

const home = async () => {
  const response = await call<HomeView>('GET', '/home');
  expect(response.status, response.text).toBe(200);
  return response.body;
};

describe('home page', () => {
  it('starts empty', async () => {
    expect(await home()).toEqual({
      figures: { offers: 0, equipment: 0, needs: 0, experts: 0, organisations: 0 },
      latest: { offers: [], equipment: [], needs: [], experts: [] },
      featured: [],
    });
  });

  const ids: Record<string, string> = {};

  it('counts and shows only what the public sees, newest first', async () => {
    ids.first = await listing('offers', principals.business, offerBody({ title: 'Máy sấy xoài bơm nhiệt' }));
    ids.second = await listing('offers', principals.otherBusiness, offerBody({ title: 'Quy trình ủ phân hữu cơ' }));
    ids.equipment = await listing(
      'offers',
      principals.business,
      offerBody({
        kind: 'equipment',
        title: 'Máy ép viên phân hữu cơ đã qua sử dụng',
        equipment: { specifications: [{ name: 'Công suất', value: '12 kW' }], condition: 'used_good', quantity: 2 },
      }),
    );
    ids.need = await listing('needs', principals.otherBusiness, {
      title: 'Cần công nghệ sấy xoài giữ màu',
      problem: 'Cơ sở đang sấy xoài bằng tủ sấy điện trở, chi phí điện chiếm gần 30% giá thành.',
      sectorCode: 'agri-processing',
      locality: { provinceCode: '87' },
      contact: { name: 'Trần Thị Bích' },
    });
    ids.expert = await listing('experts', principals.researcher, {
      fullName: 'Lê Minh Châu',
      fieldCodes: ['agri-processing'],
      results: [],
      availableForConsulting: true,
      locality: { provinceCode: '87' },
      contact: { name: 'PGS.TS. Lê Minh Châu' },
    });
    ids.pending = await listing('offers', principals.business, offerBody({ title: 'Chưa duyệt' }), false);
    ids.archived = await listing('offers', principals.business, offerBody({ title: 'Đã lưu trữ' }));
    await call('POST', `/offers/${ids.archived}/archive`, principals.business);

    const page = await home();
    expect(page.figures).toEqual({ offers: 2, equipment: 1, needs: 1, experts: 1, organisations: 3 });
    expect(page.latest.offers.map((o) => o.title)).toEqual(['Quy trình ủ phân hữu cơ', 'Máy sấy xoài bơm nhiệt']);
    expect(page.latest.equipment.map((o) => o.id)).toEqual([ids.equipment]);
    expect(page.latest.needs.map((n) => n.id)).toEqual([ids.need]);
    expect(page.latest.experts.map((e) => e.fullName)).toEqual(['Lê Minh Châu']);
  });

  it('shows what officers featured, most recent first, until it is archived or unfeatured', async () => {
    expect((await call('PUT', `/featured/offer/${ids.first}`, principals.officer)).status).toBe(204);
    expect((await call('PUT', `/featured/need/${ids.need}`, principals.officer)).status).toBe(204);
    const featured = (await home()).featured;
    expect(featured.map((f) => [f.type, f.listing.id])).toEqual([
      ['need', ids.need],
      ['offer', ids.first],
    ]);
    expect(featured[1]).toMatchObject({ listing: { title: 'Máy sấy xoài bơm nhiệt', status: 'published' } });

    const draft = await call<{ code: string }>('PUT', `/featured/offer/${ids.pending}`, principals.officer);
    expect(draft.status).toBe(409);
    expect(draft.body.code).toBe('not_published');
    expect((await call('PUT', `/featured/offer/${ids.second}`, principals.business)).status).toBe(403);
    expect((await call('PUT', `/featured/offer/${ids.second}`)).status).toBe(401);
    expect((await call('PUT', `/featured/listing/${ids.second}`, principals.officer)).status).toBe(400);

    await call('POST', `/needs/${ids.need}/archive`, principals.otherBusiness);
    expect((await home()).featured.map((f) => f.listing.id)).toEqual([ids.first]);
    expect((await call('DELETE', `/featured/offer/${ids.first}`, principals.officer)).status).toBe(204);
    expect((await home()).featured).toEqual([]);
  });
});
