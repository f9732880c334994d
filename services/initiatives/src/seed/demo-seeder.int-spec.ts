// The demo seed on real PostgreSQL: both campaigns, 60+ initiatives, a decided campaign with
// certificates and repository records, and assignments waiting for the demo reviewer.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyJson, principals } from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';
import { seedDemoData } from './demo-seeder.js';
import { INITIATIVES_2025 } from './initiatives-2025.data.js';
import { INITIATIVES_2026 } from './initiatives-2026.data.js';

const base = '/api/initiatives/v1';

describe('demo seed', () => {
  let app: InitiativesTestApp;
  beforeAll(async () => {
    app = await startTestInitiatives({ seed: 'await' });
  }, 240_000);
  afterAll(() => app?.close());

  it('ships 60+ initiatives whose authors’ shares add up to 100', () => {
    const all = [...INITIATIVES_2025, ...INITIATIVES_2026];
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const item of all)
      expect(
        item.authors.reduce((sum, [, share]) => sum + share, 0),
        item.title,
      ).toBe(100);
    expect(new Set(all.map((i) => i.field)).size).toBeGreaterThanOrEqual(8);
  });

  it('leaves a decided campaign with certificates and published repository records', async () => {
    const prisma = app.handle.database.prisma;
    expect(await prisma.submission.count()).toBe(INITIATIVES_2025.length + INITIATIVES_2026.length);
    const decided = await prisma.campaign.findFirstOrThrow({ where: { year: 2025 } });
    expect(decided.state).toBe('decided');
    const certificates = await prisma.certificate.count();
    const recognised = await prisma.submission.count({ where: { campaignId: decided.id, state: 'recognised' } });
    expect(recognised).toBeGreaterThan(5);
    expect(certificates).toBe(recognised);
    expect(await prisma.repositoryRecord.count()).toBe(recognised);
    const [row] = await app.handle.database.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE type = 'sti.initiatives.v1.RecordPublished'",
    );
    expect(row?.n).toBe(recognised);
    expect(await prisma.submission.count({ where: { state: 'redirected_ip' } })).toBe(1);
  });

  it('has assignments waiting for phanbien in the open campaign, blind', async () => {
    const mine = await app.request<AnyJson>({ url: `${base}/my/assignments`, principal: principals.reviewer1 });
    const open = mine.body.items.filter((i: AnyJson) => !i.roundClosed);
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(open.some((i: AnyJson) => i.sheetStatus === 'none')).toBe(true);
    expect(open.some((i: AnyJson) => i.sheetStatus === 'draft')).toBe(true);
    const detail = await app.request<AnyJson>({
      url: `${base}/assignments/${open[0].id}`,
      principal: principals.reviewer1,
    });
    expect(detail.status).toBe(200);
    expect(detail.body.submission.authors).toBeNull();
    const councils = await app.request<AnyJson>({ url: `${base}/my/councils`, principal: principals.secretary });
    expect(councils.body.items.map((i: AnyJson) => i.role)).toEqual(['secretary', 'secretary']);
  });

  it('runs once', async () => {
    const again = await seedDemoData({ services: app.handle.services, logger: pino({ level: 'silent' }) });
    expect(again).toEqual({ seeded: false, items: 0 });
  });
});
