// Readiness on real PostgreSQL: a team records its figures and sees what it meets and misses, the
// rules in force follow the (local) date, officers record certifications and see the pipeline,
// other startups see nothing, and level changes are published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStartup, people } from '../mentors/people-fixtures.js';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';

const base = '/api/incubation/v1';
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests
type Json = any;

const figures = {
  fiscalYear: 2025,
  facts: {
    registeredEnterprise: true,
    ownsOrLicensesStResults: true,
    stResultsRecognised: false,
    highTechProductListed: true,
    environmentAndQualityStandards: true,
  },
  figures: {
    totalRevenueVnd: '4000000000',
    stProductRevenueVnd: '1400000000',
    highTechProductRevenueVnd: '3000000000',
    rdSpendingVnd: '60000000',
    employees: '40',
    rdStaffWithDegree: '3',
  },
};

describe('readiness for S&T and high-tech certification', () => {
  let app: IncubationTestApp;
  let startupA: string;

  beforeAll(async () => {
    app = await startTestIncubation({ now: new Date('2026-12-05T03:00:00Z') });
    startupA = await insertStartup(app.handle.services.prisma, 'Nông Sản Xanh', people.founderA.userId);
    await insertStartup(app.handle.services.prisma, 'Cá Sạch Đồng Tháp', people.founderB.userId);
  });
  afterAll(() => app?.close());

  const status = (view: Json, certification: string) =>
    Object.fromEntries(
      view.results.find((r: Json) => r.certification === certification).conditions.map((c: Json) => [c.code, c.status]),
    );

  it('shows a team what it meets and what is missing, from its own figures', async () => {
    const empty = await app.request<Json>({
      url: `${base}/startups/${startupA}/readiness`,
      principal: people.founderA,
    });
    expect(empty.status).toBe(200);
    expect(status(empty.body, 'st_enterprise').st_revenue_share).toBe('missing');

    const saved = await app.request<Json>({
      method: 'PUT',
      url: `${base}/startups/${startupA}/readiness`,
      principal: people.founderA,
      body: figures,
    });
    expect(saved.status).toBe(200);
    expect(status(saved.body, 'st_enterprise')).toEqual({
      registered_enterprise: 'met',
      owns_st_results: 'met',
      st_results_recognised: 'not_met',
      st_revenue_share: 'met',
    });
    const st = saved.body.results.find((r: Json) => r.certification === 'st_enterprise');
    expect(st).toMatchObject({ level: 'close', met: 3, total: 4, ruleSetId: 'st-enterprise-nd13-2019' });
    expect(st.conditions.find((c: Json) => c.code === 'st_revenue_share')).toMatchObject({
      actualBasisPoints: 3500,
      requiredBasisPoints: 3000,
    });
    // 3 of 40 staff = 7.5% in R&D passes the 2.5% line in force; 1.5% R&D spending passes 1%; 75% high-tech revenue passes 70%.
    expect(saved.body.results.find((r: Json) => r.certification === 'high_tech')).toMatchObject({
      level: 'ready',
      ruleSetId: 'high-tech-qd10-2021',
    });
    expect(saved.body.figures.totalRevenueVnd).toBe('4000000000');
  });

  it('hides a startup’s readiness from other startups and refuses them changes', async () => {
    expect(
      (await app.request({ url: `${base}/startups/${startupA}/readiness`, principal: people.founderB })).status,
    ).toBe(404);
    expect(
      (
        await app.request({
          method: 'PUT',
          url: `${base}/startups/${startupA}/readiness`,
          principal: people.founderB,
          body: figures,
        })
      ).status,
    ).toBe(404);
    expect((await app.request({ url: `${base}/readiness/pipeline`, principal: people.founderA })).status).toBe(403);
  });

  it('publishes level changes and certifications, and counts them in the province’s pipeline', async () => {
    const recognised = { ...figures, facts: { ...figures.facts, stResultsRecognised: true } };
    const ready = await app.request<Json>({
      method: 'PUT',
      url: `${base}/startups/${startupA}/readiness`,
      principal: people.founderA,
      body: recognised,
    });
    expect(ready.body.results.find((r: Json) => r.certification === 'st_enterprise').level).toBe('ready');
    expect(
      (
        await app.request({
          method: 'PUT',
          url: `${base}/startups/${startupA}/certifications`,
          principal: people.founderA,
          body: { certification: 'st_enterprise', certified: true },
        })
      ).status,
    ).toBe(403);
    const certified = await app.request<Json>({
      method: 'PUT',
      url: `${base}/startups/${startupA}/certifications`,
      principal: people.officer,
      body: { certification: 'st_enterprise', certified: true },
    });
    expect(certified.body.results.find((r: Json) => r.certification === 'st_enterprise').certified).toBe(true);

    const events = await app.events(startupA);
    expect(
      events.map((e) => [e.message.certification, e.message.previousLevel, e.message.level, e.message.certified]),
    ).toEqual([
      ['st_enterprise', '', 'close', false],
      ['high_tech', '', 'ready', false],
      ['st_enterprise', 'close', 'ready', false],
      ['st_enterprise', 'ready', 'ready', true],
    ]);

    const pipeline = await app.request<Json>({ url: `${base}/readiness/pipeline`, principal: people.officer });
    expect(pipeline.body.rows).toEqual([
      {
        certification: 'st_enterprise',
        target: 15,
        byYear: 2030,
        certified: 1,
        ready: 0,
        close: 0,
        inProgress: 1,
        gap: 14,
      },
      {
        certification: 'high_tech',
        target: 10,
        byYear: 2030,
        certified: 0,
        ready: 1,
        close: 0,
        inProgress: 1,
        gap: 10,
      },
    ]);
  });

  it('applies the rules in force on the local date', async () => {
    const rules = await app.request<Json>({ url: `${base}/readiness/rules` });
    expect(rules.body.items.map((r: Json) => [r.id, r.inForce])).toEqual([
      ['st-enterprise-nd13-2019', true],
      ['high-tech-qd19-2015', false],
      ['high-tech-qd10-2021', true],
    ]);
    // 16:59 UTC on 14 May 2021 is still 14 May in Ho Chi Minh City (before 23:59): the 2015 rules (5%
    // R&D staff) apply; at 17:00 UTC it is 15 May locally and the 2021 rules (2.5%) take over.
    const oneInForty = { ...figures, figures: { ...figures.figures, rdStaffWithDegree: '1' } };
    await app.request({
      method: 'PUT',
      url: `${base}/startups/${startupA}/readiness`,
      principal: people.founderA,
      body: oneInForty,
    });
    app.setNow(new Date('2021-05-14T16:59:00Z'));
    const before = await app.request<Json>({
      url: `${base}/startups/${startupA}/readiness`,
      principal: people.founderA,
    });
    expect(before.body.evaluatedOn).toBe('2021-05-14');
    expect(status(before.body, 'high_tech').rd_staff_share).toBe('not_met');
    app.setNow(new Date('2021-05-14T17:00:00Z'));
    const after = await app.request<Json>({
      url: `${base}/startups/${startupA}/readiness`,
      principal: people.founderA,
    });
    expect(after.body.evaluatedOn).toBe('2021-05-15');
    expect(status(after.body, 'high_tech').rd_staff_share).toBe('met');
  });
});
