// "Nhu cầu đã tiếp nhận": the needs an officer took in for businesses, listed for that officer with
// their status, and followed up (edited, resubmitted) by the officer while a draft or returned.

import type { Principal } from '@sti/platform';
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

/** The commune office's officer (canbo.xa), apart from the Department's. */
const communeOfficer: Principal = {
  userId: 'officer-my-hiep',
  displayName: 'Võ Thành Đạt',
  roles: ['officer'],
  organisationId: '0190a000-0000-7000-8000-00000000c0de',
  organisationName: 'UBND xã Mỹ Hiệp',
};

const intakeBody = (title: string, organisationName: string) => ({
  title,
  problem: 'Hợp tác xã cần thiết bị để giảm công lao động thủ công trong khâu sơ chế.',
  sectorCode: 'agri-processing',
  locality: { provinceCode: '87', communeCode: '30268' },
  contact: { name: 'Nguyễn Văn Tư', phone: '0918 111 222' },
  onBehalfOf: { organisationName },
});

async function call<T = NeedView>(method: 'GET' | 'POST' | 'PUT', url: string, principal: Principal, body?: unknown) {
  const response = await t.request<T>({ method, url: `/api/techmart/v1${url}`, principal, body });
  return response;
}

async function takeIn(officer: Principal, title: string, organisationName: string): Promise<NeedView> {
  const response = await call('POST', '/needs/intake', officer, intakeBody(title, organisationName));
  expect(response.status, response.text).toBe(201);
  return response.body;
}

const intakes = async (officer: Principal, query = '') => {
  const response = await call<{ items: NeedView[]; nextCursor: string | null }>('GET', `/my/intakes${query}`, officer);
  expect(response.status, response.text).toBe(200);
  return response.body;
};

describe("an officer's intakes", () => {
  it('lists the needs this officer took in, newest first, with status and on whose behalf', async () => {
    const first = await takeIn(communeOfficer, 'Cần máy tách hạt sen tươi', 'Hợp tác xã Sen Tháp Mười');
    const second = await takeIn(communeOfficer, 'Cần lò sấy lúa quy mô hộ', 'Hộ kinh doanh Nguyễn Văn Tư');
    const someoneElses = await takeIn(principals.officer, 'Cần kho lạnh bảo quản xoài', 'Hợp tác xã Xoài Mỹ Xương');
    await call('POST', `/needs/${first.id}/submit`, communeOfficer);

    const mine = await intakes(communeOfficer);
    expect(mine.items.map((n) => n.id)).toEqual([second.id, first.id]);
    expect(mine.items[0]).toMatchObject({
      status: 'draft',
      requester: { name: 'Hộ kinh doanh Nguyễn Văn Tư' },
      intake: { enteredBy: { userId: communeOfficer.userId }, onBehalfOf: { name: 'Hộ kinh doanh Nguyễn Văn Tư' } },
    });
    expect(mine.items[1]?.status).toBe('submitted');
    expect((await intakes(principals.officer)).items.map((n) => n.id)).toEqual([someoneElses.id]);
    expect((await intakes(communeOfficer, '?status=submitted')).items.map((n) => n.id)).toEqual([first.id]);

    const paged = await intakes(communeOfficer, '?limit=1');
    expect(paged.items.map((n) => n.id)).toEqual([second.id]);
    const rest = await intakes(communeOfficer, `?limit=1&cursor=${encodeURIComponent(paged.nextCursor ?? '')}`);
    expect(rest.items.map((n) => n.id)).toEqual([first.id]);
    expect(rest.nextCursor).toBeNull();
  });

  it('lets the officer follow an intake up: edit the draft, resubmit it once returned', async () => {
    const need = await takeIn(communeOfficer, 'Cần máy đóng gói bánh phồng tôm', 'Cơ sở bánh phồng Sa Giang');
    const edited = await call('PUT', `/needs/${need.id}`, communeOfficer, {
      ...intakeBody('Cần máy đóng gói bánh phồng tôm tự động', ''),
      onBehalfOf: undefined,
      revision: need.revision,
    });
    expect(edited.status, edited.text).toBe(200);
    await call('POST', `/needs/${need.id}/submit`, communeOfficer);
    await call('POST', `/needs/${need.id}/return`, principals.officer, {
      reason: 'Xin ghi rõ công suất đóng gói mong muốn (gói/giờ).',
    });
    const heard = await call<{ items: { kind: string; listing: { id: string }; reason?: string }[] }>(
      'GET',
      '/notifications',
      communeOfficer,
    );
    expect(heard.body.items).toMatchObject([
      {
        kind: 'listing_returned',
        listing: { id: need.id },
        reason: 'Xin ghi rõ công suất đóng gói mong muốn (gói/giờ).',
      },
    ]);
    const returned = (await intakes(communeOfficer)).items.find((n) => n.id === need.id);
    expect(returned).toMatchObject({
      status: 'returned',
      title: 'Cần máy đóng gói bánh phồng tôm tự động',
      returnReason: 'Xin ghi rõ công suất đóng gói mong muốn (gói/giờ).',
    });
    const fixed = await call('PUT', `/needs/${need.id}`, communeOfficer, {
      ...intakeBody('Cần máy đóng gói bánh phồng tôm 1.200 gói/giờ', ''),
      onBehalfOf: undefined,
      revision: returned?.revision,
    });
    expect(fixed.status, fixed.text).toBe(200);
    expect((await call('POST', `/needs/${need.id}/submit`, communeOfficer)).body.status).toBe('submitted');
    // The Department officer who returned it belongs to neither organisation: nothing for them.
    const department = await call<{ items: unknown[] }>('GET', '/notifications', principals.officer);
    expect(department.body.items).toEqual([]);
  });

  it('is for officers only', async () => {
    const response = await call('GET', '/my/intakes', principals.business);
    expect(response.status).toBe(403);
    expect((await t.request({ url: '/api/techmart/v1/my/intakes' })).status).toBe(401);
  });
});
