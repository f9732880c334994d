// Separation of duties over HTTP: who may moderate what, and a queue that lists only that.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedView } from '../needs/need.schema.js';
import type { OfferView } from '../offers/offer.schema.js';
import { DEMO_ORGANISATION_IDS } from '../seed/demo-organisations.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';

type P = (typeof principals)[keyof typeof principals];

const needBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Cần máy tách hạt sen năng suất cao',
  problem: 'Hợp tác xã đang tách hạt sen thủ công, mỗi ngày chỉ được vài chục ký, cần máy bán tự động.',
  sectorCode: 'agri-processing',
  keywords: ['hạt sen'],
  locality: { provinceCode: '87', communeCode: '30268' },
  contact: { name: 'Võ Văn Tám', phone: '0918 000 111' },
  ...overrides,
});

async function submittedOffer(t: TechmartTestApp, communeCode: string): Promise<string> {
  const created = await t.request<OfferView>({
    method: 'POST',
    url: '/api/techmart/v1/offers',
    principal: principals.business,
    body: offerBody({ locality: { provinceCode: '87', communeCode } }),
  });
  expect(created.status, created.text).toBe(201);
  await t.request({
    method: 'POST',
    url: `/api/techmart/v1/offers/${created.body.id}/submit`,
    principal: principals.business,
  });
  return created.body.id;
}

async function submittedIntake(t: TechmartTestApp, by: P, onBehalfOf: Record<string, string>): Promise<string> {
  const created = await t.request<NeedView>({
    method: 'POST',
    url: '/api/techmart/v1/needs/intake',
    principal: by,
    body: needBody({ onBehalfOf }),
  });
  expect(created.status, created.text).toBe(201);
  await t.request({ method: 'POST', url: `/api/techmart/v1/needs/${created.body.id}/submit`, principal: by });
  return created.body.id;
}

async function queueIds(t: TechmartTestApp, type: 'offer' | 'need', principal: P): Promise<string[]> {
  const response = await t.request<{ items: { id: string }[] }>({
    url: `/api/techmart/v1/moderation/queue?type=${type}&limit=50`,
    principal,
  });
  expect(response.status, response.text).toBe(200);
  return response.body.items.map((item) => item.id);
}

const publish = (t: TechmartTestApp, collection: 'offers' | 'needs', id: string, principal: P) =>
  t.request<{ code?: string }>({ method: 'POST', url: `/api/techmart/v1/${collection}/${id}/publish`, principal });

describe('separation of duties (commune officers moderate their commune)', () => {
  let t: TechmartTestApp;
  let inMyHiep: string;
  let elsewhere: string;
  let ownIntake: string;
  let departmentOwned: string;

  beforeAll(async () => {
    t = await startTestTechmart();
    inMyHiep = await submittedOffer(t, '30268');
    elsewhere = await submittedOffer(t, '30223');
    // The Department as a listing owner (as the seed records it).
    await t.handle.database.sql.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [
      DEMO_ORGANISATION_IDS.department,
      'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
    ]);
    ownIntake = await submittedIntake(t, principals.officer, { organisationName: 'Hợp tác xã Sen Tháp Mười' });
    departmentOwned = await submittedIntake(t, principals.communeOfficer, {
      organisationId: DEMO_ORGANISATION_IDS.department,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows each officer only what they may moderate', async () => {
    expect(await queueIds(t, 'offer', principals.officer)).toEqual([inMyHiep, elsewhere]);
    expect(await queueIds(t, 'offer', principals.communeOfficer)).toEqual([inMyHiep]);
    // Neither their own intake nor their own organisation's need.
    expect(await queueIds(t, 'need', principals.officer)).toEqual([]);
    expect(await queueIds(t, 'need', principals.otherOfficer)).toEqual([ownIntake]);
    expect(await queueIds(t, 'need', principals.communeOfficer)).toEqual([ownIntake]);
  });

  it('refuses the queue and publication to admins and businesses', async () => {
    expect(
      (await t.request({ url: '/api/techmart/v1/moderation/queue?type=offer', principal: principals.admin })).status,
    ).toBe(403);
    expect((await publish(t, 'offers', elsewhere, principals.admin)).status).toBe(403);
    expect((await publish(t, 'offers', elsewhere, principals.business)).status).toBe(403);
  });

  it('refuses an officer their own intake and their own organisation’s listing; a colleague elsewhere may', async () => {
    expect((await publish(t, 'needs', ownIntake, principals.officer)).status).toBe(403);
    expect((await publish(t, 'needs', departmentOwned, principals.otherOfficer)).status).toBe(403);
    expect((await publish(t, 'needs', departmentOwned, principals.officer)).status).toBe(403);
    const byColleague = await publish(t, 'needs', ownIntake, principals.otherOfficer);
    expect(byColleague.status, JSON.stringify(byColleague.body)).toBe(200);
  });

  it("limits a commune officer to their commune's listings; provincial officers take the rest", async () => {
    const outside = await publish(t, 'offers', elsewhere, principals.communeOfficer);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('forbidden');
    expect((await publish(t, 'offers', inMyHiep, principals.communeOfficer)).status).toBe(200);
    expect((await publish(t, 'offers', elsewhere, principals.officer)).status).toBe(200);
    const returned = await t.request({
      method: 'POST',
      url: `/api/techmart/v1/needs/${departmentOwned}/return`,
      principal: principals.communeOfficer,
      body: { reason: 'Xin bổ sung ảnh chụp thực tế của dây chuyền hiện tại.' },
    });
    // Their own intake: not even returning it.
    expect(returned.status).toBe(403);
  });
});

describe('separation of duties (COMMUNE_OFFICER_MODERATION=none)', () => {
  let t: TechmartTestApp;
  beforeAll(async () => {
    t = await startTestTechmart({ communeOfficerModeration: 'none' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives commune officers an empty queue and no publication; provincial officers moderate', async () => {
    const id = await submittedOffer(t, '30268');
    expect(await queueIds(t, 'offer', principals.communeOfficer)).toEqual([]);
    expect((await publish(t, 'offers', id, principals.communeOfficer)).status).toBe(403);
    expect(await queueIds(t, 'offer', principals.officer)).toEqual([id]);
    expect((await publish(t, 'offers', id, principals.officer)).status).toBe(200);
  });
});
