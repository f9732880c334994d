// An idea contest end to end on real PostgreSQL: eligibility at application, a jury of four with one
// juror excluded by a conflict (same organisation as a team), scoring with written feedback, ranking
// with the documented tie-break, feedback for every applicant, carry-over to the province round, and
// jurors seeing only their own assignments.
import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contestBody, createStartup, founder, jurors, officer, sheet } from '../testing/fixtures.js';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';

const API = '/api/incubation/v1';

describe('idea contest', () => {
  let app: IncubationTestApp;
  const now = new Date();
  const a = founder('Đội A');
  const b = founder('Đội B');
  const c = founder('Đội C');
  const outsider = founder('Đội xã khác');
  // a juror who works for team A's organisation: never assigned A's application
  const colleagueOfA: Principal = {
    userId: '01920000-0000-7000-8000-0000000000e9',
    displayName: 'KS. Đồng nghiệp của đội A',
    roles: ['reviewer'],
    organisationId: a.organisationId as string,
    organisationName: a.organisationName as string,
  };
  const jury = [...jurors, colleagueOfA];
  let contestId: string;
  let communeRoundId: string;
  let provinceRoundId: string;
  const apps: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestIncubation();
    const created = await app.request<{ id: string; rounds: { id: string; level: string }[] }>({
      method: 'POST',
      url: `${API}/contests`,
      principal: officer,
      body: contestBody(now),
    });
    expect(created.status, created.text).toBe(201);
    contestId = created.body.id;
    communeRoundId = created.body.rounds.find((r) => r.level === 'commune')?.id as string;
    provinceRoundId = created.body.rounds.find((r) => r.level === 'province')?.id as string;
    const open = await app.request({ method: 'POST', url: `${API}/rounds/${communeRoundId}/open`, principal: officer });
    expect(open.status, open.text).toBe(200);
  }, 60_000);
  afterAll(() => app?.close());

  const apply = (who: Principal, startupId: string, title: string) =>
    app.request<{ id: string; status: string; eligibility: { code: string }[] }>({
      method: 'POST',
      url: `${API}/rounds/${communeRoundId}/applications`,
      principal: who,
      body: { startupId, title, answers: { problem: 'Tưới tiêu tốn nước', solution: 'Cảm biến và van tự động' } },
    });

  it('checks the form and eligibility when a team applies', async () => {
    const sa = await createStartup(app, a);
    const sb = await createStartup(app, b, { name: 'Xoài sấy dẻo Mỹ Hiệp', sectorCode: 'ocop' });
    const sc = await createStartup(app, c, { name: 'Tôm sạch Tháp Mười', sectorCode: 'aquaculture' });
    const so = await createStartup(app, outsider, { name: 'Nhóm xã khác', communeCode: '29869' });

    const missing = await app.request<{ errors: { field: string; code: string }[] }>({
      method: 'POST',
      url: `${API}/rounds/${communeRoundId}/applications`,
      principal: a,
      body: { startupId: sa, title: 'Thiếu câu trả lời', answers: { problem: 'x', video: 'không phải url' } },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'answers.solution:required',
      'answers.video:invalid_url',
    ]);

    // another team's startup cannot be used
    expect((await apply(b, sa, 'Mượn nhóm khác')).status).toBe(404);

    const ra = await apply(a, sa, 'Tưới thông minh cho vườn xoài');
    const rb = await apply(b, sb, 'Xoài sấy dẻo không đường');
    const rc = await apply(c, sc, 'Nuôi tôm tuần hoàn');
    const ro = await apply(outsider, so, 'Ý tưởng của xã khác');
    expect([ra.status, rb.status, rc.status, ro.status]).toEqual([201, 201, 201, 201]);
    expect(ra.body.status).toBe('submitted');
    expect(ro.body.status).toBe('ineligible');
    expect(ro.body.eligibility.map((i) => i.code)).toEqual(['locality']);
    Object.assign(apps, { a: ra.body.id, b: rb.body.id, c: rc.body.id, outsider: ro.body.id });

    const again = await apply(a, sa, 'Lần hai');
    expect(again.status).toBe(409);
  });

  it('assigns three jurors per application, never one with a conflict, loads balanced', async () => {
    const appoint = await app.request({
      method: 'PUT',
      url: `${API}/rounds/${communeRoundId}/jury`,
      principal: officer,
      body: {
        members: jury.map((j) => ({
          userId: j.userId,
          displayName: j.displayName,
          organisationId: j.organisationId,
          organisationName: j.organisationName,
        })),
        reviewersPerItem: 3,
      },
    });
    expect(appoint.status, appoint.text).toBe(200);
    // jurors cannot appoint themselves
    const byJuror = await app.request({
      method: 'POST',
      url: `${API}/rounds/${communeRoundId}/assign`,
      principal: jurors[0],
      body: {},
    });
    expect(byJuror.status).toBe(403);

    expect(
      (await app.request({ method: 'POST', url: `${API}/rounds/${communeRoundId}/start-judging`, principal: officer }))
        .status,
    ).toBe(200);
    const run = await app.request<{ assigned: number; loads: { load: number }[]; shortages: unknown[] }>({
      method: 'POST',
      url: `${API}/rounds/${communeRoundId}/assign`,
      principal: officer,
      body: { seed: 'test' },
    });
    expect(run.status, run.text).toBe(200);
    // three eligible applications × 3 jurors; the ineligible one is not judged
    expect(run.body.assigned).toBe(9);
    expect(run.body.shortages).toEqual([]);
    const loads = run.body.loads.map((l) => l.load);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    const colleague = await app.request<{ items: { applicationId: string }[] }>({
      url: `${API}/jury/assignments`,
      principal: colleagueOfA,
    });
    expect(colleague.body.items.map((i) => i.applicationId)).not.toContain(apps.a);
    expect(colleague.body.items.length).toBeGreaterThan(0);
  });

  it('shows each juror only their own assignments', async () => {
    const mine = await app.request<{ items: { id: string }[] }>({
      url: `${API}/jury/assignments`,
      principal: jurors[0],
    });
    const theirs = await app.request<{ items: { id: string }[] }>({
      url: `${API}/jury/assignments`,
      principal: jurors[1],
    });
    const foreign = theirs.body.items.find((t) => !mine.body.items.some((m) => m.id === t.id));
    expect(foreign).toBeDefined();
    const peek = await app.request({ url: `${API}/jury/assignments/${foreign?.id}`, principal: jurors[0] });
    expect(peek.status).toBe(404);
    const write = await app.request({
      method: 'PUT',
      url: `${API}/jury/assignments/${foreign?.id}/sheet`,
      principal: jurors[0],
      body: sheet(0.5),
    });
    expect(write.status).toBe(404);
    // a founder sees no assignments
    const founderView = await app.request<{ items: unknown[] }>({ url: `${API}/jury/assignments`, principal: a });
    expect(founderView.body.items).toEqual([]);
  });

  it('refuses a final sheet without written feedback and results while sheets are open', async () => {
    const mine = await app.request<{ items: { id: string }[] }>({
      url: `${API}/jury/assignments`,
      principal: jurors[0],
    });
    const first = mine.body.items[0]?.id as string;
    const bare = await app.request<{ errors: { field: string; code: string }[] }>({
      method: 'PUT',
      url: `${API}/jury/assignments/${first}/sheet`,
      principal: jurors[0],
      body: { ...sheet(0.6), feedback: 'Tốt.' },
    });
    expect(bare.status).toBe(400);
    expect(bare.body.errors.map((e) => e.code)).toContain('feedback_required');
    const early = await app.request<{ code: string }>({
      method: 'POST',
      url: `${API}/rounds/${communeRoundId}/publish-results`,
      principal: officer,
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('results_incomplete');
  });

  it('ranks with the documented tie-break and returns feedback to every applicant', async () => {
    // A scores highest; B and C get identical sheets, so B (submitted earlier) ranks above C
    const share: Record<string, number> = { [apps.a as string]: 0.9, [apps.b as string]: 0.6, [apps.c as string]: 0.6 };
    for (const juror of jury) {
      const mine = await app.request<{ items: { id: string; applicationId: string }[] }>({
        url: `${API}/jury/assignments`,
        principal: juror,
      });
      for (const assignment of mine.body.items) {
        const res = await app.request({
          method: 'PUT',
          url: `${API}/jury/assignments/${assignment.id}/sheet`,
          principal: juror,
          body: sheet(
            share[assignment.applicationId] ?? 0.5,
            `Nhận xét số ${jury.indexOf(juror) + 1}: cần bổ sung số liệu thị trường.`,
          ),
        });
        expect(res.status, res.text).toBe(200);
      }
    }
    const published = await app.request({
      method: 'POST',
      url: `${API}/rounds/${communeRoundId}/publish-results`,
      principal: officer,
    });
    expect(published.status, published.text).toBe(200);

    const ranking = await app.request<{
      items: { applicationId: string; rank: number; tieBreak: string | null; award: string | null }[];
    }>({
      url: `${API}/rounds/${communeRoundId}/ranking`,
    });
    expect(ranking.status).toBe(200);
    expect(ranking.body.items.map((i) => i.applicationId)).toEqual([apps.a, apps.b, apps.c]);
    expect(ranking.body.items[2]?.tieBreak).toBe('submittedAt');
    expect(ranking.body.items[0]?.award).toBe('Giải Nhất');

    for (const [key, who] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      const view = await app.request<{ feedback: { juror: string; comment: string }[]; rank: number }>({
        url: `${API}/contest-applications/${apps[key]}`,
        principal: who,
      });
      expect(view.status).toBe(200);
      expect(view.body.feedback).toHaveLength(3);
      expect(view.body.feedback.every((f) => f.comment.length >= 20 && f.juror.startsWith('Giám khảo'))).toBe(true);
      // jurors stay unnamed: no juror's account or name travels with the feedback
      const text = JSON.stringify(view.body);
      for (const j of jury) expect(text).not.toContain(j.userId);
      expect(text).not.toContain('Võ Thanh Giang');
    }
    const ineligible = await app.request<{ status: string; eligibility: { message: { vi: string } }[] }>({
      url: `${API}/contest-applications/${apps.outsider}`,
      principal: outsider,
    });
    expect(ineligible.body.status).toBe('ineligible');
    expect(ineligible.body.eligibility[0]?.message.vi).toContain('xã');
    // another team does not see A's application
    expect((await app.request({ url: `${API}/contest-applications/${apps.a}`, principal: b })).status).toBe(404);
  });

  it('carries the top commune entries on to the province round, not the others', async () => {
    await app.request({ method: 'POST', url: `${API}/rounds/${provinceRoundId}/open`, principal: officer });
    const carried = await app.request<{ roundId: string; carriedFromId: string; status: string; title: string }>({
      method: 'POST',
      url: `${API}/contest-applications/${apps.a}/carry-over`,
      principal: a,
      body: { roundId: provinceRoundId },
    });
    expect(carried.status, carried.text).toBe(201);
    expect(carried.body).toMatchObject({ roundId: provinceRoundId, carriedFromId: apps.a, status: 'submitted' });
    const third = await app.request<{ code: string }>({
      method: 'POST',
      url: `${API}/contest-applications/${apps.c}/carry-over`,
      principal: c,
      body: { roundId: provinceRoundId },
    });
    expect(third.status).toBe(409);
    expect(third.body.code).toBe('not_advancing');
    const events = await app.events(communeRoundId);
    expect(events.map((e) => e.type)).toContain('sti.incubation.v1.ContestResultsPublished');
    expect(contestId).toBeTruthy();
  });
});
