// The first start's demo data on real PostgreSQL: 40+ requests across every right and stage, OCOP
// collective marks and a geographical indication for co-operatives, filings with office-action
// responses due in the coming weeks; a second run adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import { IP_RIGHTS } from '../reference/reference.schema.js';
import { REQUEST_STATES } from '../requests/request-lifecycle.js';
import { seedDemoData } from './demo-seeder.js';
import { pino } from 'pino';

describe('demo seed', () => {
  let t: IpSupportTestApp;
  const started = Date.now();
  let seedMs = 0;
  beforeAll(async () => {
    t = await startTestIpSupport({ seed: 'await' });
    seedMs = Date.now() - started;
  }, 300_000);
  afterAll(() => t?.close());

  it('creates 40+ requests over every right and every state', async () => {
    const prisma = t.handle.services.prisma;
    const requests = await prisma.supportRequest.findMany();
    expect(requests.length).toBeGreaterThanOrEqual(40);
    expect(new Set(requests.map((r) => r.right))).toEqual(new Set(IP_RIGHTS));
    expect(new Set(requests.map((r) => r.state))).toEqual(new Set(REQUEST_STATES));
    const coopMarks = requests.filter((r) => r.right === 'collective_mark' && r.subjectKind === 'ocop_product');
    expect(coopMarks.length).toBeGreaterThanOrEqual(5);
    expect(requests.filter((r) => r.right === 'geographical_indication')).toHaveLength(1);
    console.info(`demo seed: ${requests.length} requests in ${seedMs} ms`);
  });

  it('has office-action responses falling due in the coming weeks', async () => {
    const today = new Date();
    const in60 = new Date(today.getTime() + 60 * 86_400_000);
    const due = await t.handle.services.prisma.filingMilestone.findMany({
      where: { kind: 'office_action', responseDueOn: { gte: today, lte: in60 } },
    });
    expect(due.length).toBeGreaterThanOrEqual(4);
  });

  it('shows the co-operative account its own requests in several states', async () => {
    const res = await t.request<{ items: { state: string; organisation: { id: string } }[] }>({
      url: '/api/ip-support/v1/requests?limit=100',
      principal: principals.cooperative,
    });
    expect(res.body.items.length).toBeGreaterThanOrEqual(3);
    expect(res.body.items.every((r) => r.organisation.id === principals.cooperative.organisationId)).toBe(true);
  });

  it('adds nothing on a second run', async () => {
    const before = await t.handle.services.prisma.supportRequest.count();
    const again = await seedDemoData({ services: t.handle.services, logger: pino({ level: 'silent' }) });
    expect(again.seeded).toBe(false);
    expect(await t.handle.services.prisma.supportRequest.count()).toBe(before);
  });
});
