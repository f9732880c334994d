// The fee schedule as data on real PostgreSQL: quotes from the seeded table, an admin's new version
// in force from its date (a mid-year change), and the estimate the dossier shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import type { FeeQuoteView } from './fee.schema.js';

const API = '/api/ip-support/v1';

describe('fees', () => {
  let t: IpSupportTestApp;
  beforeAll(async () => {
    t = await startTestIpSupport({ now: new Date('2026-12-07T03:00:00Z') });
  });
  afterAll(() => t?.close());

  const quote = (query: string) =>
    t.request<FeeQuoteView>({ url: `${API}/fees/quote?${query}`, principal: principals.cooperative });

  it('quotes a one-class mark at 1,000,000 VND to examination and counts items beyond six', async () => {
    const one = await quote('right=trademark&itemsPerClass=6&stages=filing,examination');
    expect(one.status).toBe(200);
    expect(one.body.totalVnd).toBe('1000000');
    expect(one.body.on).toBe('2026-12-07');
    const two = await quote('right=collective_mark&itemsPerClass=8,3&on=2026-03-02');
    const line = (code: string) => two.body.lines.find((l) => l.code === code);
    expect(line('mark.search')?.quantity).toBe(2);
    expect(line('mark.examination.extra_items')?.amountVnd).toBe('240000');
    expect(Number(two.body.totalVnd)).toBe(
      150_000 + 120_000 + 2 * 180_000 + 2 * 30_000 + 2 * 550_000 + 2 * 120_000 + 2 * 120_000,
    );
  });

  it('refuses hostile or impossible queries', async () => {
    expect((await quote('right=trademark&itemsPerClass=<script>')).status).toBe(400);
    expect((await quote('right=copyright')).status).toBe(400);
    expect((await quote('right=patent&on=2026-02-30')).status).toBe(400);
    expect((await quote('right=patent&on=2010-01-01')).status).toBe(422);
    expect((await t.request({ url: `${API}/fees/quote?right=patent` })).status).toBe(401);
  });

  it('applies a new version from its effective date, mid-year, published by an admin only', async () => {
    const tables = await t.request<{ items: { items: { code: string; unitVnd: number }[] }[] }>({
      url: `${API}/fees/tables`,
      principal: principals.admin,
    });
    const items = (tables.body.items[0]?.items ?? []).map((i) =>
      i.code === 'filing' ? { ...i, unitVnd: 200_000 } : i,
    );
    const body = { effectiveFrom: '2027-07-01', legalBasis: 'Thông tư <i>mới</i> (thử)', items };
    expect(
      (await t.request({ method: 'POST', url: `${API}/fees/tables`, principal: principals.officer, body })).status,
    ).toBe(403);
    const published = await t.request<{ version: number; legalBasis: string }>({
      method: 'POST',
      url: `${API}/fees/tables`,
      principal: principals.admin,
      body,
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, legalBasis: 'Thông tư <i>mới</i> (thử)' });
    const before = await quote('right=patent&on=2027-06-30');
    const after = await quote('right=patent&on=2027-07-01');
    expect([before.body.tableVersion, after.body.tableVersion]).toEqual([1, 2]);
    expect(Number(after.body.totalVnd) - Number(before.body.totalVnd)).toBe(50_000);
    const again = await t.request({ method: 'POST', url: `${API}/fees/tables`, principal: principals.admin, body });
    expect(again.status).toBe(422);
  });

  it('gives the dossier its estimate through the hook', async () => {
    const estimate = await t.handle.services.hooks.estimateFee?.({
      right: 'industrial_design',
      niceClasses: [],
      claimCount: null,
      designCount: 2,
      on: '2026-12-07',
    });
    expect(estimate?.totalVnd).toBe(String(150_000 + 120_000 + 2 * 480_000 + 2 * 700_000 + 2 * 120_000));
    expect(estimate?.lines.find((l) => l.code === 'design.examination')?.labelVi).toBe(
      'Phí thẩm định nội dung (mỗi phương án)',
    );
  });
});
