// Submissions and screening on real PostgreSQL: authors see only their own, the shares rule, the
// lifecycle with one outbox event per transition, the legal gates and the IP-support redirect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_GATES_PASS,
  type AnyJson,
  openCampaign,
  principals,
  screenToReview,
  submissionBody,
  submitInitiative,
} from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';

const base = '/api/initiatives/v1';

describe('submissions', () => {
  let app: InitiativesTestApp;
  let campaignId: string;
  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app);
  });
  afterAll(() => app?.close());

  it('refuses authors whose shares do not add up to exactly 100, with a Vietnamese message', async () => {
    const body = submissionBody(campaignId);
    (body.authors as AnyJson[])[1] = { ...(body.authors as AnyJson[])[1], sharePercent: 29.99 };
    const res = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions`,
      principal: principals.author,
      body,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('phải đúng 100%');
  });

  it('refuses a field that is not in the reference list', async () => {
    const res = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions`,
      principal: principals.author,
      body: submissionBody(campaignId, { fieldCode: 'astrology' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe('unknown_field');
  });

  it('shows authors only their own submissions', async () => {
    const id = await submitInitiative(app, campaignId);
    const other = await submitInitiative(
      app,
      campaignId,
      { authors: [{ fullName: 'Lê Văn Cường', sharePercent: 100 }] },
      principals.otherAuthor,
    );
    const mine = await app.request<AnyJson>({ url: `${base}/my/submissions`, principal: principals.author });
    const ids = mine.body.items.map((i: AnyJson) => i.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(other);
    expect((await app.request({ url: `${base}/submissions/${other}`, principal: principals.author })).status).toBe(404);
    // a co-author with an account sees the submission they are named on
    expect((await app.request({ url: `${base}/submissions/${id}`, principal: principals.otherAuthor })).status).toBe(
      200,
    );
    // reviewers never read the full submission (only the blind assignment view)
    expect((await app.request({ url: `${base}/submissions/${id}`, principal: principals.reviewer1 })).status).toBe(404);
    // another organisation's officer neither
    expect((await app.request({ url: `${base}/submissions/${id}`, principal: principals.otherOfficer })).status).toBe(
      404,
    );
    expect(
      (await app.request({ url: `${base}/campaigns/${campaignId}/submissions`, principal: principals.otherOfficer }))
        .status,
    ).toBe(404);
    const staff = await app.request<AnyJson>({ url: `${base}/submissions/${id}`, principal: principals.secretary });
    expect(staff.body.authors.map((a: AnyJson) => a.sharePercent)).toEqual([70, 30]);
  });

  it('edits only drafts, withdraws only before review, one outbox event per transition', async () => {
    const created = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions`,
      principal: principals.author,
      body: submissionBody(campaignId, { solution: '' }),
    });
    const id = created.body.id;
    const early = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions/${id}/submit`,
      principal: principals.author,
    });
    expect(early.status).toBe(400);
    expect(early.body.errors.map((e: AnyJson) => e.field)).toEqual(['solution']);
    await app.request({
      method: 'PATCH',
      url: `${base}/submissions/${id}`,
      principal: principals.author,
      body: { solution: 'Nội dung giải pháp đầy đủ.' },
    });
    const submitted = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions/${id}/submit`,
      principal: principals.author,
    });
    expect(submitted.body.state).toBe('submitted');
    const edit = await app.request<AnyJson>({
      method: 'PATCH',
      url: `${base}/submissions/${id}`,
      principal: principals.author,
      body: { title: 'Sửa sau khi nộp' },
    });
    expect(edit.status).toBe(409);
    const withdrawn = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions/${id}/withdraw`,
      principal: principals.author,
      body: { reason: 'Bổ sung số liệu, nộp đợt sau.' },
    });
    expect(withdrawn.body.state).toBe('withdrawn');
    const events = await app.events(id);
    expect(events.map((e) => [e.message.action, e.topic])).toEqual([
      ['create', 'initiatives.submission.v1'],
      ['submit', 'initiatives.submission.v1'],
      ['withdraw', 'initiatives.submission.v1'],
    ]);
    // events carry facts, never the authors' names
    expect(JSON.stringify(events, (_, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain('Nguyễn Thị Hoa');
  });

  it('cannot be withdrawn once under review', async () => {
    const id = await submitInitiative(app, campaignId);
    await screenToReview(app, id);
    const res = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions/${id}/withdraw`,
      principal: principals.author,
      body: {},
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });
});

describe('screening against the legal gates', () => {
  let app: InitiativesTestApp;
  let campaignId: string;
  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app);
  });
  afterAll(() => app?.close());

  const gates = (id: string, body: unknown, principal = principals.secretary) =>
    app.request<AnyJson>({ method: 'PUT', url: `${base}/submissions/${id}/gates`, principal, body });
  const decide = (id: string, outcome: string, principal = principals.secretary) =>
    app.request<AnyJson>({ method: 'POST', url: `${base}/submissions/${id}/screening`, principal, body: { outcome } });

  it('sends to review only when every gate passes', async () => {
    const id = await submitInitiative(app, campaignId);
    expect((await decide(id, 'review')).status).toBe(409); // not screened yet
    const partial = await gates(id, { answers: ALL_GATES_PASS.answers.slice(0, 4) });
    expect(partial.body.state).toBe('screening');
    expect((await decide(id, 'review')).body.code).toBe('gates_incomplete');
    const failing = ALL_GATES_PASS.answers.map((a) =>
      a.gateCode === 'd13-applied' ? { ...a, passed: false, reason: 'Chưa áp dụng thử.' } : a,
    );
    await gates(id, { answers: failing });
    expect((await decide(id, 'review')).body.code).toBe('screening_mismatch');
    const rejected = await decide(id, 'reject');
    expect(rejected.body).toMatchObject({ state: 'not_recognised', stateReason: 'Chưa áp dụng thử.' });
    expect((await app.events(id)).map((e) => e.message.action)).toEqual([
      'create',
      'submit',
      'start_screening',
      'reject',
    ]);
  });

  it('requires a reason for a failed gate', async () => {
    const id = await submitInitiative(app, campaignId);
    const res = await gates(id, { answers: [{ gateCode: 'd13-benefit', passed: false, reason: '' }] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe('reason_required');
  });

  it('points an already IP-protected solution to Techmart / IP support', async () => {
    const id = await submitInitiative(app, campaignId);
    const answers = ALL_GATES_PASS.answers.map((a) =>
      a.gateCode === 'd13-not-ip-protected'
        ? { ...a, passed: false, reason: 'Đã được cấp bằng độc quyền giải pháp hữu ích số 2-0002345.' }
        : a,
    );
    await gates(id, { answers });
    const res = await decide(id, 'redirect_ip');
    expect(res.body.state).toBe('redirected_ip');
    const seen = await app.request<AnyJson>({ url: `${base}/submissions/${id}`, principal: principals.author });
    expect(seen.body.redirect.messageVi).toContain('Techmart');
    expect(seen.body.redirect.links.map((l: AnyJson) => l.href)).toEqual(['/techmart', '/ho-tro-so-huu-tri-tue']);
    expect(seen.body.gates).toEqual([]); // the secretary's notes stay with the council
  });

  it('lets only this campaign’s secretary screen', async () => {
    const id = await submitInitiative(app, campaignId);
    expect((await gates(id, ALL_GATES_PASS, principals.otherOfficer)).status).toBe(404);
    expect((await gates(id, ALL_GATES_PASS, principals.reviewer1)).status).toBe(404);
    expect((await gates(id, ALL_GATES_PASS, principals.chair)).status).toBe(403);
    expect((await gates(id, ALL_GATES_PASS, principals.author)).status).toBe(403);
  });
});
