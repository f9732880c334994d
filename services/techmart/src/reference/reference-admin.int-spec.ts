// Admin edits of reference data over HTTP: effective dates decide what forms and validation use
// today, old listings keep their names, every edit is audited, and the shipped-list sync at start
// does not undo an admin's edit.

import { prismaTransactionRunner } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../audit/audit.schema.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { OfferView } from '../offers/offer.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import { todayInVietnam } from './reference-validity.js';
import { ReferenceRepository } from './reference.repository.js';
import type { ProvinceView, SectorView } from './reference.schema.js';
import { ReferenceService } from './reference.service.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart();
});
afterAll(async () => {
  await t?.close();
});

const day = (offset: number) => {
  const date = new Date(`${todayInVietnam()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

const publicSectors = async () =>
  (await t.request<SectorView[]>({ url: '/api/techmart/v1/reference/sectors' })).body.map((s) => s.code);

describe('reference data administration', () => {
  it('uses a new sector from its first day in force, not before', async () => {
    const future = await t.request({
      method: 'PUT',
      url: '/api/techmart/v1/admin/reference/sectors/green-hydrogen',
      principal: principals.admin,
      body: { nameVi: 'Hydro xanh', nameEn: 'Green hydrogen', validFrom: day(1) },
    });
    expect(future.status, future.text).toBe(200);
    expect(future.body).toMatchObject({ code: 'green-hydrogen', inForce: false, adminEdited: true });
    expect(await publicSectors()).not.toContain('green-hydrogen');
    const early = await t.request({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({ sectorCode: 'green-hydrogen' }),
    });
    expect(early.status).toBe(400);

    await t.request({
      method: 'PUT',
      url: '/api/techmart/v1/admin/reference/sectors/green-hydrogen',
      principal: principals.admin,
      body: { nameVi: 'Hydro xanh', nameEn: 'Green hydrogen', validFrom: day(0) },
    });
    expect(await publicSectors()).toContain('green-hydrogen');
    const accepted = await t.request<OfferView>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({ sectorCode: 'green-hydrogen' }),
    });
    expect(accepted.status, accepted.text).toBe(201);
    expect(accepted.body.sector).toEqual({ code: 'green-hydrogen', nameVi: 'Hydro xanh', nameEn: 'Green hydrogen' });
  });

  it('retires a commune after its last day: new listings cannot use it, old ones keep its name', async () => {
    const old = await t.request<OfferView>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({ locality: { provinceCode: '87', communeCode: '30223' } }),
    });
    expect(old.status, old.text).toBe(201);
    const communeName = old.body.locality.communeName;
    const retired = await t.request({
      method: 'PUT',
      url: '/api/techmart/v1/admin/reference/communes/30223',
      principal: principals.admin,
      body: { provinceCode: '87', name: communeName, validTo: day(-1) },
    });
    expect(retired.status, retired.text).toBe(200);
    const localities = await t.request<ProvinceView[]>({ url: '/api/techmart/v1/reference/localities' });
    expect(localities.body[0]?.communes.map((c) => c.code)).not.toContain('30223');
    const refused = await t.request<{ errors: { field: string; code: string }[] }>({
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody({ locality: { provinceCode: '87', communeCode: '30223' } }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'locality.communeCode', code: 'unknown_commune' });
    const again = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${old.body.id}`,
      principal: principals.business,
    });
    expect(again.body.locality.communeName).toBe(communeName);
  });

  it('audits every edit with before and after, and keeps edits away from non-admins', async () => {
    const renamed = await t.request({
      method: 'PUT',
      url: '/api/techmart/v1/admin/reference/sectors/agri-processing',
      principal: principals.admin,
      body: { nameVi: 'Chế biến nông sản, thực phẩm', nameEn: 'Agricultural and food processing' },
      headers: { 'x-forwarded-for': '198.51.100.4' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const audit = await t.request<{ items: AuditEntryView[] }>({
      url: '/api/techmart/v1/admin/audit?entityType=sector&entityId=agri-processing',
      principal: principals.admin,
    });
    expect(audit.body.items).toMatchObject([
      {
        action: 'reference.sector.update',
        actor: { userId: principals.admin.userId },
        before: { adminEdited: false },
        after: { nameVi: 'Chế biến nông sản, thực phẩm', adminEdited: true },
        sourceIp: '198.51.100.4',
      },
    ]);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: '/api/techmart/v1/admin/reference/sectors/agri-processing',
          principal: principals.officer,
          body: { nameVi: 'X y', nameEn: 'X y' },
        })
      ).status,
    ).toBe(403);
    const inverted = await t.request({
      method: 'PUT',
      url: '/api/techmart/v1/admin/reference/sectors/agri-processing',
      principal: principals.admin,
      body: { nameVi: 'Chế biến', nameEn: 'Processing', validFrom: day(2), validTo: day(1) },
    });
    expect(inverted.status).toBe(400);

    // The next start syncs the shipped lists but leaves the admin's edit alone.
    const prisma = t.handle.database.prisma;
    const restarted = await ReferenceService.load(prismaTransactionRunner<Db>(prisma), new ReferenceRepository());
    expect(restarted.catalog.sector('agri-processing').nameVi).toBe('Chế biến nông sản, thực phẩm');
  });
});
