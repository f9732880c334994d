// The demo matching data against PostgreSQL: suggestions for the demo needs, introductions in every
// state across communes, signed deals with values, new suggestions waiting on the workbench.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionPage } from '../connections/connection.schema.js';
import type { MatchingDashboard, WorkbenchPage } from '../matching/matching.schema.js';
import { principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import { DEMO_CONNECTIONS_SEED_NAME, seedDemoConnections } from './connection-seeder.js';

let t: TechmartTestApp;
beforeAll(async () => {
  t = await startTestTechmart({ seed: 'await' });
}, 900_000);
afterAll(async () => {
  await t?.close();
});

describe('demo suggestions and connections', () => {
  it('has connections in every state across communes, and 8+ signed deals with values', async () => {
    const page = await t.request<ConnectionPage>({
      url: '/api/techmart/v1/connections?limit=100',
      principal: principals.officer,
    });
    const items = page.body.items;
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(new Set(items.map((c) => c.state))).toEqual(
      new Set(['proposed', 'accepted', 'negotiating', 'signed', 'declined', 'closed']),
    );
    expect(new Set(items.map((c) => c.locality.communeCode ?? c.locality.provinceCode)).size).toBeGreaterThanOrEqual(4);
    const signed = items.filter((c) => c.state === 'signed');
    expect(signed.length).toBeGreaterThanOrEqual(8);
    for (const deal of signed) expect(BigInt(deal.deal?.valueVnd ?? '0')).toBeGreaterThan(0n);
    const dashboard = await t.request<MatchingDashboard>({
      url: '/api/techmart/v1/matching/dashboard',
      principal: principals.officer,
    });
    expect(dashboard.body.dealsSigned).toBe(signed.length);
    expect(BigInt(dashboard.body.dealsValueVnd)).toBe(signed.reduce((s, c) => s + BigInt(c.deal?.valueVnd ?? '0'), 0n));
  });

  it('leaves needs with new suggestions on the workbench', async () => {
    const page = await t.request<WorkbenchPage>({
      url: '/api/techmart/v1/matching/workbench?newOnly=true&limit=50',
      principal: principals.officer,
    });
    expect(page.body.total).toBeGreaterThanOrEqual(5);
    expect(page.body.items[0]?.top[0]?.factors.length).toBeGreaterThan(2);
  });

  it('seeds once', async () => {
    const again = await seedDemoConnections({
      prisma: t.handle.database.prisma,
      dataDir: t.dataDir,
      reference: t.handle.services.reference,
    });
    expect(again).toBe(0);
    const [run] = await t.handle.database.sql.query<{ item_count: number }>(
      'SELECT item_count FROM seed_runs WHERE name = $1',
      [DEMO_CONNECTIONS_SEED_NAME],
    );
    expect(run?.item_count).toBe(26);
  });
});
