// Campaign setup on real PostgreSQL: who may create and manage, the frozen rubric version, the
// council's rules, and the events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyJson, campaignBody, councilBody, principals } from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';

const base = '/api/initiatives/v1';

describe('campaigns', () => {
  let app: InitiativesTestApp;
  beforeAll(async () => {
    app = await startTestInitiatives();
  });
  afterAll(() => app?.close());

  const create = (principal = principals.officer, body = campaignBody()) =>
    app.request<AnyJson>({ method: 'POST', url: `${base}/campaigns`, principal, body });

  it('lets an officer create a draft campaign for their own organisation with the default rubric', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      state: 'draft',
      organisation: { id: principals.officer.organisationId },
      rubric: { id: 'sang-kien-100', version: 1 },
      reviewsPerSubmission: 3,
      blind: true,
      canManage: true,
    });
    const events = await app.events(res.body.id);
    expect(events.map((e) => e.type)).toEqual(['sti.initiatives.v1.CampaignCreated']);
    expect(events[0]?.topic).toBe('initiatives.campaign.v1');
  });

  it('refuses business users, anonymous visitors and fewer than 3 reviews per submission', async () => {
    expect((await create(principals.author)).status).toBe(403);
    expect((await app.request({ method: 'POST', url: `${base}/campaigns`, body: campaignBody() })).status).toBe(401);
    expect((await create(principals.officer, campaignBody({ reviewsPerSubmission: 2 }))).status).toBe(400);
  });

  it('keeps another organisation’s officer and secretary out of the campaign', async () => {
    const id = (await create()).body.id;
    await app.request({
      method: 'PUT',
      url: `${base}/campaigns/${id}/council`,
      principal: principals.officer,
      body: councilBody(),
    });
    for (const [method, url, body] of [
      ['PATCH', `${base}/campaigns/${id}`, { title: 'Đợt xét bị chiếm quyền' }],
      ['PUT', `${base}/campaigns/${id}/council`, councilBody()],
      ['POST', `${base}/campaigns/${id}/open`, undefined],
    ] as const) {
      const res = await app.request<AnyJson>({ method, url, principal: principals.otherOfficer, body });
      expect([403, 404], `${method} ${url}`).toContain(res.status);
    }
    // the draft is invisible to them, and its title unchanged
    expect((await app.request({ url: `${base}/campaigns/${id}`, principal: principals.otherOfficer })).status).toBe(
      404,
    );
    const mine = await app.request<AnyJson>({ url: `${base}/campaigns/${id}`, principal: principals.officer });
    expect(mine.body.title).toBe(campaignBody().title);
  });

  it('revises the rubric while a draft (new version) and freezes it once open', async () => {
    const id = (await create()).body.id;
    const rubric = (await app.request<AnyJson>({ url: `${base}/campaigns/${id}`, principal: principals.officer })).body
      .rubric;
    const { id: _i, version: _v, ...revision } = rubric;
    const badWeights = { ...revision, criteria: revision.criteria.map((c: AnyJson) => ({ ...c, weight: 10 })) };
    const bad = await app.request<AnyJson>({
      method: 'PUT',
      url: `${base}/campaigns/${id}/rubric`,
      principal: principals.officer,
      body: badWeights,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('rubric.weights_sum');

    const revised = await app.request<AnyJson>({
      method: 'PUT',
      url: `${base}/campaigns/${id}/rubric`,
      principal: principals.officer,
      body: { ...revision, title: { vi: 'Phiếu chấm 2026', en: 'Score sheet 2026' } },
    });
    expect(revised.status).toBe(200);
    expect(revised.body.rubric.version).toBe(2);

    await app.request({
      method: 'PUT',
      url: `${base}/campaigns/${id}/council`,
      principal: principals.officer,
      body: councilBody(),
    });
    const opened = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/campaigns/${id}/open`,
      principal: principals.officer,
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ state: 'open', rubric: { version: 2 } });
    const frozen = await app.request<AnyJson>({
      method: 'PUT',
      url: `${base}/campaigns/${id}/rubric`,
      principal: principals.secretary,
      body: revision,
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('rubric_frozen');
    const types = (await app.events(id)).map((e) => e.type);
    expect(types).toEqual([
      'sti.initiatives.v1.CampaignCreated',
      'sti.initiatives.v1.CouncilAppointed',
      'sti.initiatives.v1.CampaignOpened',
    ]);
  });

  it('opens only with a chair, a secretary and enough reviewers', async () => {
    const id = (await create(principals.officer, campaignBody({ reviewsPerSubmission: 4 }))).body.id;
    const noOpen = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/campaigns/${id}/open`,
      principal: principals.officer,
    });
    expect(noOpen.body.code).toBe('council_incomplete');
    await app.request({
      method: 'PUT',
      url: `${base}/campaigns/${id}/council`,
      principal: principals.officer,
      body: councilBody(),
    });
    expect(
      (await app.request({ method: 'POST', url: `${base}/campaigns/${id}/open`, principal: principals.officer }))
        .status,
    ).toBe(409);
    const twoChairs = councilBody();
    twoChairs.members[1] = { ...twoChairs.members[1], role: 'chair' } as (typeof twoChairs.members)[number];
    const refused = await app.request<AnyJson>({
      method: 'PUT',
      url: `${base}/campaigns/${id}/council`,
      principal: principals.officer,
      body: twoChairs,
    });
    expect(refused.status).toBe(400);
  });

  it('shows the council to its members and managers only, and lists my councils with my role', async () => {
    const id = (await create()).body.id;
    await app.request({
      method: 'PUT',
      url: `${base}/campaigns/${id}/council`,
      principal: principals.officer,
      body: councilBody(),
    });
    await app.request({ method: 'POST', url: `${base}/campaigns/${id}/open`, principal: principals.officer });
    const asAuthor = await app.request<AnyJson>({ url: `${base}/campaigns/${id}`, principal: principals.author });
    expect(asAuthor.status).toBe(200);
    expect(asAuthor.body.council).toEqual([]);
    const asReviewer = await app.request<AnyJson>({ url: `${base}/campaigns/${id}`, principal: principals.reviewer1 });
    expect(asReviewer.body.council).toHaveLength(5);
    expect(asReviewer.body.myRole).toBe('reviewer');
    const councils = await app.request<AnyJson>({ url: `${base}/my/councils`, principal: principals.chair });
    expect(councils.body.items.find((i: AnyJson) => i.campaign.id === id)?.role).toBe('chair');
    const open = await app.request<AnyJson>({ url: `${base}/campaigns?state=open`, principal: principals.author });
    expect(open.body.items.map((c: AnyJson) => c.id)).toContain(id);
    expect(open.body.items.every((c: AnyJson) => c.state === 'open')).toBe(true);
  });
});
