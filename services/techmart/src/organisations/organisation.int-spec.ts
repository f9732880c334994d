// Organisations over HTTP against PostgreSQL: the officers' search, intake that never merges by
// name, and the admins' create / verify / merge / deactivate with events and an audit trail.

import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../audit/audit.schema.js';
import type { NeedView } from '../needs/need.schema.js';
import type { OfferView } from '../offers/offer.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import type { OrganisationAdminView, OrganisationSummary } from './organisation.schema.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

const needBody = (onBehalfOf: Record<string, string>) => ({
  title: 'Cần máy bóc vỏ hạt sen bán tự động',
  problem: 'Hợp tác xã đang bóc vỏ hạt sen thủ công, năng suất thấp, cần máy bán tự động cho 20 xã viên.',
  sectorCode: 'agri-processing',
  keywords: ['hạt sen'],
  locality: { provinceCode: '87', communeCode: '30268' },
  contact: { name: 'Võ Văn Tám', phone: '0918 000 111' },
  onBehalfOf,
});

const createOrganisation = async (name: string) => {
  const response = await t.request<OrganisationAdminView>({
    method: 'POST',
    url: '/api/techmart/v1/admin/organisations',
    principal: principals.admin,
    body: { name },
    headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' },
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
};

const search = (q: string, principal: Principal = principals.officer, extra = '') =>
  t.request<{ items: OrganisationSummary[]; nextCursor: string | null }>({
    url: `/api/techmart/v1/organisations?q=${encodeURIComponent(q)}${extra}`,
    principal,
  });

describe('organisations search', () => {
  it('finds organisations by name without accents, pages with a cursor, and shows only public-safe fields', async () => {
    const sen = await createOrganisation('Hợp tác xã Sen Tháp Mười');
    const senHong = await createOrganisation('Hợp tác xã Sen Hồng Đồng Tháp');
    await createOrganisation('Công ty TNHH Cơ khí Mỹ Hiệp');

    const first = await search('hop tac xa sen', principals.officer, '&limit=1');
    expect(first.status, first.text).toBe(200);
    expect(first.body.items).toEqual([{ id: senHong.id, name: 'Hợp tác xã Sen Hồng Đồng Tháp', verified: true }]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await search('hop tac xa sen', principals.officer, `&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((o) => o.id)).toEqual([sen.id]);
    expect(second.body.nextCursor).toBeNull();

    expect((await search('ĐỒNG THÁP', principals.admin)).body.items.map((o) => o.id)).toEqual([senHong.id]);
    expect((await search('100%')).body.items).toEqual([]);
  });

  it('is for officers and admins only', async () => {
    expect((await search('sen', principals.business)).status).toBe(403);
    expect((await t.request({ url: '/api/techmart/v1/organisations?q=sen' })).status).toBe(401);
  });
});

describe('intake never merges by name', () => {
  it("registers a new organisation for a name, so a namesake's users get no rights over the need", async () => {
    // The co-operative of otherBusiness is known to Techmart (it has acted).
    await t.request({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.otherBusiness,
      body: offerBody(),
    });
    const taken = await t.request<NeedView>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({ organisationName: 'hợp tác xã xoài cao lãnh' }),
    });
    expect(taken.status, taken.text).toBe(201);
    expect(taken.body.requester.id).not.toBe(principals.otherBusiness.organisationId);
    const hijack = await t.request({
      method: 'POST',
      url: `/api/techmart/v1/needs/${taken.body.id}/submit`,
      principal: principals.otherBusiness,
    });
    expect(hijack.status).toBe(403);
    // The new organisation waits for verification, with its event in the outbox.
    const registered = await t.request<OrganisationAdminView>({
      url: `/api/techmart/v1/organisations/${taken.body.requester.id}`,
      principal: principals.officer,
    });
    expect(registered.body.status).toBe('pending');
    expect((await t.events(taken.body.requester.id)).map((e) => e.type)).toEqual([
      'sti.techmart.v1.OrganisationCreated',
    ]);
  });

  it('takes in for an organisation picked by id, and refuses a deactivated one', async () => {
    const picked = await createOrganisation('Hợp tác xã Lúa sạch Tháp Mười');
    const byId = await t.request<NeedView>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({ organisationId: picked.id }),
    });
    expect(byId.status, byId.text).toBe(201);
    expect(byId.body.requester).toEqual({ id: picked.id, name: 'Hợp tác xã Lúa sạch Tháp Mười' });

    const deactivated = await t.request<OrganisationAdminView>({
      method: 'POST',
      url: `/api/techmart/v1/admin/organisations/${picked.id}/deactivate`,
      principal: principals.admin,
    });
    expect(deactivated.status, deactivated.text).toBe(200);
    expect(deactivated.body.status).toBe('deactivated');
    const refused = await t.request<{ errors: { field: string }[] }>({
      method: 'POST',
      url: '/api/techmart/v1/needs/intake',
      principal: principals.officer,
      body: needBody({ organisationId: picked.id }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]?.field).toBe('onBehalfOf.organisationId');
    expect((await search('lua sach')).body.items).toEqual([]);
  });
});

describe('organisation administration', () => {
  it('lets an officer verify a pending organisation once, with an event and an audit entry', async () => {
    const newcomer: Principal = {
      userId: '01920000-0000-7000-8000-0000000000a1',
      displayName: 'Lâm Thị Nga',
      roles: ['business'],
      organisationId: '01920000-0000-7000-8000-0000000001a1',
      organisationName: 'Cơ sở Bánh phồng Sa Đéc',
    };
    await t.request({ method: 'POST', url: '/api/techmart/v1/offers', principal: newcomer, body: offerBody() });
    const verifyUrl = `/api/techmart/v1/organisations/${newcomer.organisationId}/verify`;
    expect((await t.request({ method: 'POST', url: verifyUrl, principal: principals.business })).status).toBe(403);
    const verified = await t.request<OrganisationAdminView>({
      method: 'POST',
      url: verifyUrl,
      principal: principals.officer,
    });
    expect(verified.status, verified.text).toBe(200);
    expect(verified.body.status).toBe('verified');
    const again = await t.request<{ code: string }>({ method: 'POST', url: verifyUrl, principal: principals.officer });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_verified');
    // Recorded on its first request (pending, announced), then verified.
    const events = await t.events(newcomer.organisationId ?? '');
    expect(events.map((e) => e.type)).toEqual([
      'sti.techmart.v1.OrganisationCreated',
      'sti.techmart.v1.OrganisationVerified',
    ]);
    expect(events[0]?.message).toMatchObject({ organisation: { status: 1 }, by: { userId: 'identity-provider' } });
    expect(events[1]).toMatchObject({
      type: 'sti.techmart.v1.OrganisationVerified',
      topic: 'techmart.organisation.v1',
      message: { organisation: { id: newcomer.organisationId, status: 2 }, by: { userId: principals.officer.userId } },
    });
    const audit = await t.request<{ items: AuditEntryView[] }>({
      url: `/api/techmart/v1/admin/audit?entityType=organisation&entityId=${newcomer.organisationId}`,
      principal: principals.admin,
    });
    expect(audit.body.items).toMatchObject([
      {
        action: 'organisation.verify',
        actor: { userId: principals.officer.userId, displayName: 'Phạm Quốc Dũng', roles: ['officer'] },
        before: { status: 'pending' },
        after: { status: 'verified' },
      },
    ]);
  });

  it('merges a duplicate into a survivor in one transaction: listings move, the duplicate is marked, one event', async () => {
    const duplicateOwner: Principal = {
      userId: '01920000-0000-7000-8000-0000000000a2',
      displayName: 'Phan Văn Út',
      roles: ['business'],
      organisationId: '01920000-0000-7000-8000-0000000001a2',
      organisationName: 'Cty Nong san Song Hau (trùng)',
    };
    const offer = await t.request<OfferView>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: duplicateOwner,
      body: offerBody({ title: 'Dây chuyền sấy lạnh trái cây quy mô hộ' }),
    });
    expect(offer.status, offer.text).toBe(201);
    const survivor = await createOrganisation('Công ty TNHH Nông sản Sông Hậu (chính)');
    const mergeUrl = `/api/techmart/v1/admin/organisations/${duplicateOwner.organisationId}/merge`;
    expect(
      (
        await t.request({
          method: 'POST',
          url: mergeUrl,
          principal: principals.officer,
          body: { survivorId: survivor.id },
        })
      ).status,
    ).toBe(403);
    const merged = await t.request<OrganisationAdminView>({
      method: 'POST',
      url: mergeUrl,
      principal: principals.admin,
      body: { survivorId: survivor.id },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(merged.status, merged.text).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', mergedIntoId: survivor.id });

    const [row] = await t.handle.database.sql.query<{ owner: string }>(
      'SELECT owner_organisation_id::text AS owner FROM offers WHERE id = $1',
      [offer.body.id],
    );
    expect(row?.owner).toBe(survivor.id);
    const events = await t.events(duplicateOwner.organisationId ?? '');
    expect(events.at(-1)).toMatchObject({
      type: 'sti.techmart.v1.OrganisationMerged',
      message: { duplicate: { status: 3 }, survivor: { id: survivor.id }, movedOfferIds: [offer.body.id] },
    });
    const audit = await t.request<{ items: AuditEntryView[] }>({
      url: `/api/techmart/v1/admin/audit?entityId=${duplicateOwner.organisationId}`,
      principal: principals.admin,
    });
    expect(audit.body.items[0]).toMatchObject({
      action: 'organisation.merge',
      sourceIp: '203.0.113.9',
      after: { movedListings: { offers: [offer.body.id] } },
    });
    // The merged organisation's users can no longer act as it; merging it again is refused.
    const blocked = await t.request<{ code: string }>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: duplicateOwner,
      body: offerBody(),
    });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('organisation_inactive');
    expect(
      (
        await t.request({
          method: 'POST',
          url: mergeUrl,
          principal: principals.admin,
          body: { survivorId: survivor.id },
        })
      ).status,
    ).toBe(409);
  });

  it('keeps the audit log for admins only and append-only', async () => {
    const created = await createOrganisation('Trung tâm Ứng dụng tiến bộ KH&CN');
    const audit = await t.request<{ items: AuditEntryView[] }>({
      url: `/api/techmart/v1/admin/audit?entityId=${created.id}`,
      principal: principals.admin,
    });
    expect(audit.body.items).toMatchObject([
      { action: 'organisation.create', sourceIp: '203.0.113.7', actor: { userId: principals.admin.userId } },
    ]);
    expect((await t.request({ url: '/api/techmart/v1/admin/audit', principal: principals.officer })).status).toBe(403);
    await expect(t.handle.database.sql.query("UPDATE audit_log SET action = 'nothing'")).rejects.toThrow(/append-only/);
    await expect(t.handle.database.sql.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
