// The demo data on first start: a finished commune round with feedback for every applicant, a province
// round in judging with the demo reviewer on the jury, a cohort of 12 startups with 9 months of KPIs,
// open calls; a second start seeds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';
import { seedDemoData } from './demo-seeder.js';
import { DEMO_PRINCIPALS } from './demo-people.js';

const API = '/api/incubation/v1';

describe('incubation demo seed', () => {
  let app: IncubationTestApp;
  beforeAll(async () => {
    app = await startTestIncubation({ seed: 'await' });
  }, 300_000);
  afterAll(() => app?.close());

  it('has a finished commune round and a province round in judging with phanbien on the jury', async () => {
    const contests = await app.request<{
      items: { title: string; rounds: { id: string; level: string; status: string }[] }[];
    }>({
      url: `${API}/contests`,
    });
    const c2026 = contests.body.items.find((c) => c.title.includes('2026'));
    expect(c2026?.rounds.map((r) => [r.level, r.status])).toEqual([
      ['commune', 'results_published'],
      ['province', 'judging'],
    ]);
    const commune = c2026?.rounds[0]?.id as string;
    const ranking = await app.request<{ items: { startupName: string; award: string | null }[] }>({
      url: `${API}/rounds/${commune}/ranking`,
    });
    expect(ranking.body.items[0]).toMatchObject({ startupName: 'Sen Hồng AgriTech', award: 'Giải Nhất' });

    const mine = await app.request<{
      items: { id: string; status: string; level: string; feedback: unknown[]; canCarryOver: boolean }[];
    }>({
      url: `${API}/contest-applications/mine`,
      principal: DEMO_PRINCIPALS.khoinghiep,
    });
    const communeApp = mine.body.items.find((a) => a.level === 'commune');
    expect(communeApp?.status).toBe('advanced');
    expect(communeApp?.feedback.length).toBeGreaterThanOrEqual(3);
    expect(mine.body.items.find((a) => a.level === 'province')?.status).toBe('in_review');

    const jury = await app.request<{ items: { status: string; open: boolean; kind: string }[] }>({
      url: `${API}/jury/assignments`,
      principal: DEMO_PRINCIPALS.phanbien,
    });
    expect(jury.body.items.filter((a) => a.open && a.status === 'assigned').length).toBeGreaterThan(0);
  });

  it('has a cohort of 12 startups in five sectors with 9 months of KPIs', async () => {
    const cohorts = await app.request<{ items: { id: string; startups: { sectorCode: string }[] }[] }>({
      url: `${API}/cohorts/mine`,
      principal: DEMO_PRINCIPALS.canbo,
    });
    const cohort = cohorts.body.items[0];
    expect(cohort?.startups).toHaveLength(12);
    expect(new Set(cohort?.startups.map((s) => s.sectorCode))).toEqual(
      new Set(['agritech', 'ocop', 'aquaculture', 'it', 'education']),
    );
    const dashboard = await app.request<{ totals: { month: string; reporting: number }[] }>({
      url: `${API}/cohorts/${cohort?.id}/kpis`,
      principal: DEMO_PRINCIPALS.canbo,
    });
    expect(dashboard.body.totals).toHaveLength(9);
    expect(dashboard.body.totals.every((t) => t.reporting === 12)).toBe(true);
    const milestones = await app.request<{ items: { status: string }[] }>({
      url: `${API}/cohorts/${cohort?.id}/milestones`,
      principal: DEMO_PRINCIPALS.canbo,
    });
    expect(new Set(milestones.body.items.map((m) => m.status))).toEqual(
      new Set(['open', 'submitted', 'signed_off', 'returned']),
    );
  });

  it('has an open contest round, an open programme call and a public startup directory', async () => {
    const programmes = await app.request<{ items: { status: string }[] }>({ url: `${API}/programmes` });
    expect(programmes.body.items.map((p) => p.status).sort()).toEqual(['call_open', 'running']);
    const contests = await app.request<{ items: { rounds: { status: string }[] }[] }>({ url: `${API}/contests` });
    expect(contests.body.items.flatMap((c) => c.rounds.map((r) => r.status))).toContain('open');
    const directory = await app.request<{
      items: { name: string }[];
      facets: { stage: Record<string, number>; sector: Record<string, number> };
    }>({
      url: `${API}/public/startups?limit=100`,
    });
    expect(directory.body.items.length).toBeGreaterThanOrEqual(8);
    const agritech = await app.request<{ items: { sectorCode: string }[]; facets: { sector: Record<string, number> } }>(
      {
        url: `${API}/public/startups?sector=agritech`,
      },
    );
    expect(agritech.body.items.every((s) => s.sectorCode === 'agritech')).toBe(true);
    // the sector facet ignores its own filter: the other sectors keep their counts
    expect(agritech.body.facets.sector).toEqual(directory.body.facets.sector);
    expect(Object.keys(directory.body.facets.stage).length).toBeGreaterThan(1);
  });

  it('seeds only once', async () => {
    const again = await seedDemoData({
      services: app.handle.services,
      logger: (await import('pino')).pino({ level: 'silent' }),
    });
    expect(again.seeded).toBe(false);
  });
});
