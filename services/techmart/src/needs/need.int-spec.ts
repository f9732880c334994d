// Needs over HTTP against PostgreSQL, with the officer's intake on behalf of a business.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { NeedView } from './need.schema.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

const needBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện',
  problem: 'Cơ sở đang sấy xoài bằng tủ sấy điện trở, chi phí điện chiếm gần 30% giá thành.',
  sectorCode: 'agri-processing',
  keywords: ['sấy xoài'],
  desiredTrl: 8,
  budget: { minVnd: '150000000', maxVnd: '400.000.000' },
  wantedBy: '2027-03-31',
  locality: { provinceCode: '87', communeCode: '30268' },
  contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
  ...overrides,
});

describe('needs', () => {
  it('creates, submits and publishes a need with its events', async () => {
    const created = await t.request<NeedView>({
      method: 'POST',
      url: '/api/techmart/v1/needs',
      principal: principals.otherBusiness,
      body: needBody(),
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      budget: { minVnd: '150000000', maxVnd: '400000000' },
      wantedBy: '2027-03-31',
      requester: { id: principals.otherBusiness.organisationId, name: 'Hợp tác xã Xoài Cao Lãnh' },
      locality: { communeName: 'Xã Mỹ Hiệp' },
    });
    expect(created.body.intake).toBeUndefined();
    const id = created.body.id;
    await t.request({
      method: 'POST',
      url: `/api/techmart/v1/needs/${id}/submit`,
      principal: principals.otherBusiness,
    });
    await t.request({ method: 'POST', url: `/api/techmart/v1/needs/${id}/publish`, principal: principals.officer });
    const publicView = await t.request<NeedView>({ url: `/api/techmart/v1/needs/${id}` });
    expect(publicView.body.status).toBe('published');
    const events = await t.events(id);
    expect(events.map((e) => e.type.replace('sti.techmart.v1.', ''))).toEqual([
      'NeedCreated',
      'NeedSubmitted',
      'NeedPublished',
    ]);
    expect(events[0]?.topic).toBe('techmart.need.v1');
    expect(events[2]?.message).toMatchObject({
      need: { id, budgetMinVnd: 150_000_000n, budgetMaxVnd: 400_000_000n, wantedBy: '2027-03-31' },
    });
  });

  it('lets an officer record a need on behalf of a co-operative without an account, and shows who entered it', async () => {
    const response = await t.request<NeedView>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({
        title: 'Cần máy tách hạt sen năng suất cao',
        onBehalfOf: { organisationName: 'Hợp tác xã Sen Tháp Mười' },
      }),
    });
    expect(response.status, response.text).toBe(201);
    expect(response.body.requester.name).toBe('Hợp tác xã Sen Tháp Mười');
    expect(response.body.intake).toEqual({
      enteredBy: { userId: principals.officer.userId, displayName: 'Phạm Quốc Dũng' },
      onBehalfOf: response.body.requester,
    });
    // The officer keeps managing it: submit, then another officer action publishes.
    const submit = await t.request<NeedView>({
      method: 'POST',
      url: `/api/techmart/v1/needs/${response.body.id}/submit`,
      principal: principals.officer,
    });
    expect(submit.status).toBe(200);
    const [created] = await t.events(response.body.id);
    expect(created?.message).toMatchObject({
      need: {
        intake: { enteredBy: { userId: principals.officer.userId }, onBehalfOf: { name: 'Hợp tác xã Sen Tháp Mười' } },
      },
    });

    // The same name again registers another organisation: never merged by name (item 1.8).
    const again = await t.request<NeedView>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({
        title: 'Cần kho lạnh bảo quản hạt sen',
        onBehalfOf: { organisationName: 'hợp tác xã sen tháp mười' },
      }),
    });
    expect(again.body.requester.id).not.toBe(response.body.requester.id);
  });

  it('takes in for an existing organisation by id, and refuses intake by non-officers', async () => {
    const byId = await t.request<NeedView>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({ onBehalfOf: { organisationId: principals.otherBusiness.organisationId } }),
    });
    expect(byId.status, byId.text).toBe(201);
    expect(byId.body.requester.id).toBe(principals.otherBusiness.organisationId);
    // The business sees it among its own needs.
    const mine = await t.request<{ items: NeedView[] }>({
      url: '/api/techmart/v1/my/needs',
      principal: principals.otherBusiness,
    });
    expect(mine.body.items.map((n) => n.id)).toContain(byId.body.id);

    const unknown = await t.request<{ errors: { field: string }[] }>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({ onBehalfOf: { organisationId: '01920000-0000-7000-8000-0000000009ff' } }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]?.field).toBe('onBehalfOf.organisationId');

    const byBusiness = await t.request({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.business,
      body: needBody({ onBehalfOf: { organisationName: 'HTX khác' } }),
    });
    expect(byBusiness.status).toBe(403);
  });

  it('refuses an inverted budget by field', async () => {
    const response = await t.request<{ errors: { field: string; message: { vi: string; en: string } }[] }>({
      method: 'POST',
      url: '/api/techmart/v1/needs',
      principal: principals.business,
      body: needBody({ budget: { minVnd: '500000000', maxVnd: '100000000' } }),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        field: 'budget.maxVnd',
        code: 'invalid',
        message: {
          vi: 'Ngân sách tối đa phải lớn hơn hoặc bằng mức tối thiểu.',
          en: 'The maximum budget must be at least the minimum.',
        },
      },
    ]);
  });
});
