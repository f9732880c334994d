// The subsidy demo seeds through the real workflow: claims in every state, SHTT-DT about half used,
// HTQT-SC with a claim in the queue; a second start seeds nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals } from '../../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../../testing/ip-support-test-app.js';
import { DEMO_CLAIMS } from './subsidy-demo.data.js';
import { seedSubsidyDemo } from './subsidy-demo.seeder.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests
type AnyJson = any;
const base = '/api/ip-support/v1/subsidies';

describe('subsidy demo data', () => {
  let app: IpSupportTestApp;
  beforeAll(async () => {
    app = await startTestIpSupport({ now: new Date('2026-12-05T03:00:00Z') });
    const { services } = app.handle;
    const { pino } = await import('pino');
    await seedSubsidyDemo({
      prisma: services.prisma,
      subsidies: services.subsidies,
      clock: services.clock,
      logger: pino({ level: 'silent' }),
    });
  }, 120_000);
  afterAll(() => app?.close());

  it('has claims in every state and a budget about half used', async () => {
    const all = await app.request<AnyJson>({ url: `${base}/claims?limit=100`, principal: principals.officer });
    const states = new Set(all.body.items.map((c: AnyJson) => c.state));
    expect([...states].sort()).toEqual([
      'approved',
      'needs_info',
      'open',
      'paid',
      'queued',
      'rejected',
      'submitted',
      'withdrawn',
    ]);
    expect(all.body.items).toHaveLength(DEMO_CLAIMS.length);
    const budgets = (await app.request<AnyJson>({ url: `${base}/budgets`, principal: principals.officer })).body.items;
    const shtt = budgets.find((b: AnyJson) => b.programmeCode === 'SHTT-DT');
    expect(shtt).toMatchObject({
      year: 2026,
      totalVnd: 360_000_000,
      committedVnd: 91_000_000,
      paidVnd: 93_000_000,
      queuedCount: 0,
    });
    expect(shtt.usedBp).toBeGreaterThan(4500);
    expect(shtt.usedBp).toBeLessThan(5500);
    const htqt = budgets.find((b: AnyJson) => b.programmeCode === 'HTQT-SC');
    expect(htqt).toMatchObject({ paidVnd: 70_000_000, leftVnd: 30_000_000, queuedCount: 1, queuedVnd: 45_000_000 });
  });

  it('shows the co-operative of the browser journey only its own claims', async () => {
    const mine = await app.request<AnyJson>({ url: `${base}/my/claims`, principal: principals.cooperative });
    expect(mine.body.items.map((c: AnyJson) => c.organisation.name)).toEqual([
      'Hợp tác xã Xoài Cao Lãnh',
      'Hợp tác xã Xoài Cao Lãnh',
    ]);
  });

  it('does not seed twice', async () => {
    const { services } = app.handle;
    const { pino } = await import('pino');
    expect(
      await seedSubsidyDemo({
        prisma: services.prisma,
        subsidies: services.subsidies,
        clock: services.clock,
        logger: pino({ level: 'silent' }),
      }),
    ).toBe(0);
  });
});
