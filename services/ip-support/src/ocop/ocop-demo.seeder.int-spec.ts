// The OCOP demo seed on real PostgreSQL: a dozen products spread over the stages of readiness,
// with the indicator events a real walk-through would leave, and never seeded twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { DEMO_OCOP_PRODUCTS } from './ocop-demo.data.js';
import { seedOcopDemo } from './ocop-demo.seeder.js';

describe('OCOP demo seed', () => {
  let t: IpSupportTestApp;
  beforeAll(async () => {
    t = await startTestIpSupport();
  });
  afterAll(() => t?.close());

  it('enrols a dozen products at different stages, with their events, once', async () => {
    expect(await seedOcopDemo(t.handle.services)).toBe(12);
    expect(await seedOcopDemo(t.handle.services)).toBe(0);

    const all = await t.request<{
      items: { readinessPercent: number; readyForTarget: boolean; openHelpCount: number }[];
    }>({
      url: '/api/ip-support/v1/ocop/products?limit=100',
      principal: principals.officer,
    });
    expect(all.body.items).toHaveLength(12);
    const percents = new Set(all.body.items.map((p) => p.readinessPercent));
    expect(percents.has(0)).toBe(true);
    expect(percents.has(100)).toBe(true);
    expect(percents.size).toBeGreaterThanOrEqual(4);
    expect(all.body.items.filter((p) => p.openHelpCount > 0)).toHaveLength(4);

    const inReview = await t.request<{ items: unknown[] }>({
      url: '/api/ip-support/v1/ocop/products?itemStatus=ready_for_review&limit=100',
      principal: principals.officer,
    });
    expect(inReview.body.items.length).toBeGreaterThanOrEqual(4);

    const own = await t.request<{ items: { name: string }[] }>({
      url: '/api/ip-support/v1/ocop/products',
      principal: principals.cooperative,
    });
    expect(own.body.items.map((p) => p.name).sort()).toEqual(['Xoài cát Hòa Lộc Cao Lãnh', 'Xoài sấy dẻo Cao Lãnh']);

    const rows = await t.handle.database.sql.query<{ type: string; n: string }>(
      "SELECT type, count(*)::text AS n FROM outbox WHERE topic = 'ipsupport.ocop.v1' GROUP BY type",
    );
    const counts = Object.fromEntries(rows.map((r) => [r.type.replace('sti.ipsupport.v1.', ''), Number(r.n)]));
    const doneOf = (code: 'barcode' | 'ip_right') => DEMO_OCOP_PRODUCTS.filter((p) => p.items[code] === 'done').length;
    expect(counts.OcopProductEnrolled).toBe(12);
    expect(counts.OcopBarcodeIssued).toBe(doneOf('barcode'));
    expect(counts.OcopMarkRegistered).toBe(doneOf('ip_right'));
  });
});
