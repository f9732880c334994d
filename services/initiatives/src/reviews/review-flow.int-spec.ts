// The council's whole journey on real PostgreSQL: submit → screen → auto-assign 3 → 3 blind reviews →
// close the round → draft the decision → approve → certificate + repository record event; plus the
// blind-leakage walk over every reviewer-facing endpoint, authorisation, conflicts, re-opening and
// an appeal.
import { foldVietnamese } from '@sti/review';
import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnyJson,
  councilBody,
  openCampaign,
  principals,
  screenToReview,
  sheet,
  submitInitiative,
} from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';

const base = '/api/initiatives/v1';

/** What must never reach a reviewer of the test submission, in any spelling. */
const IDENTIFYING = [
  'Nguyễn Thị Hoa',
  'Trương Văn Bình',
  'Trường THPT Thống Linh',
  'Tổ Sử – Địa',
  'Công ty TNHH Nông sản Sông Hậu',
  'hoa.nguyen@thongling.example.edu.vn',
  '0912 345 678',
  '0277 3850 123',
  'Lê Thị Mỹ',
  'UBND xã Tân Phú',
  'my.le@tanphu.example.gov.vn',
];

function expectBlind(body: unknown, where: string) {
  const folded = foldVietnamese(JSON.stringify(body));
  for (const term of IDENTIFYING) expect(folded, `${where} leaks “${term}”`).not.toContain(foldVietnamese(term));
}

const REVIEWERS = [principals.reviewer1, principals.reviewer2, principals.reviewer3];

describe('the council’s journey', () => {
  let app: InitiativesTestApp;
  let campaignId: string;
  let strong: string;
  let weak: string;
  const assignmentOf = new Map<string, string>(); // `${reviewer}/${submission}` → assignment id

  const req = <T = AnyJson>(
    principal: Principal | undefined,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
  ) =>
    app.request<T>({
      method,
      url: `${base}${url}`,
      ...(principal ? { principal } : {}),
      ...(body !== undefined ? { body } : {}),
    });

  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app, {}, councilBody([principals.reviewer4]));
    strong = await submitInitiative(app, campaignId);
    weak = await submitInitiative(app, campaignId, {
      title: 'Sắp xếp lại tủ hồ sơ một cửa theo mã màu',
      unitName: 'Bộ phận một cửa, UBND xã Tân Phú',
      fieldCode: 'administrative-reform',
      identifyingFields: [],
      problem:
        'Hồ sơ một cửa xếp theo ngày nhận nên tìm lại mất 10–15 phút mỗi lượt; chị Le Thi My đếm trong một tháng.',
      solution: 'Dán nhãn màu theo lĩnh vực và số cuối mã hồ sơ; bảng tra cứu treo cạnh tủ.',
      novelty: 'Chưa áp dụng ở các xã lân cận.',
      applicationPlace: 'Bộ phận một cửa UBND xã Tân Phú',
      benefitText: 'Thời gian tìm hồ sơ còn dưới 2 phút.',
      contact: { email: 'my.le@tanphu.example.gov.vn' },
      authors: [
        { fullName: 'Lê Thị Mỹ', sharePercent: 100, organisationId: 'org-tan-phu', unitName: 'UBND xã Tân Phú' },
      ],
    });
    for (const id of [strong, weak]) await screenToReview(app, id);
  });
  afterAll(() => app?.close());

  it('assigns 3 conflict-free reviewers per submission automatically, balanced, with due dates', async () => {
    const res = await req(principals.secretary, 'POST', `/campaigns/${campaignId}/assignments/auto`);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(6);
    expect(res.body.shortages).toEqual([]);
    const board = res.body.board;
    for (const s of board.submissions) expect(s.reviewers).toHaveLength(3);
    const loads = board.reviewers.map((r: AnyJson) => r.assigned);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    // the commune reviewer never gets the commune office's own initiative… (same organisation name as unit)
    // …and the author's co-author works at Sông Hậu, which no reviewer does: every pair is conflict-free
    const events = await app.events(strong);
    expect(events.filter((e) => e.type === 'sti.initiatives.v1.ReviewersAssigned')).toHaveLength(1);
    for (const s of board.submissions) {
      for (const r of s.reviewers) assignmentOf.set(`${r.reviewerUserId}/${s.submissionId}`, r.assignmentId);
    }
    const notes = await req(principals.reviewer1, 'GET', '/notifications');
    if (board.reviewers.find((r: AnyJson) => r.userId === principals.reviewer1.userId)?.assigned > 0) {
      expect(notes.body.items[0].kind).toBe('assignment');
    }
  });

  it('refuses a manual assignment against the conflict rules', async () => {
    // an author's own organisation: a reviewer from Sông Hậu would conflict; the commune reviewer works at
    // "UBND xã Mỹ Hiệp", so make the clash explicit with the earlier co-author rule instead
    const res = await req(principals.secretary, 'POST', `/campaigns/${campaignId}/assignments`, {
      submissionId: strong,
      reviewerUserId: 'not-on-the-council',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_a_reviewer');
  });

  it('shows each reviewer only their own assignments', async () => {
    for (const reviewer of REVIEWERS) {
      const mine = await req(reviewer, 'GET', '/my/assignments');
      const ids = mine.body.items.map((i: AnyJson) => i.id);
      const expected = [...assignmentOf].filter(([k]) => k.startsWith(`${reviewer.userId}/`)).map(([, v]) => v);
      expect(ids.sort()).toEqual(expected.sort());
      const foreign = [...assignmentOf].find(([k]) => !k.startsWith(`${reviewer.userId}/`))?.[1];
      expect((await req(reviewer, 'GET', `/assignments/${foreign}`)).status).toBe(404);
      expect((await req(reviewer, 'PUT', `/assignments/${foreign}/sheet`, sheet(10, 10, 10, 5))).status).toBe(404);
    }
  });

  it('scores blind: drafts, final sheets validated against the rubric bands, others hidden until the round closes', async () => {
    const holders = (submissionId: string) =>
      [...assignmentOf]
        .filter(([k]) => k.endsWith(`/${submissionId}`))
        .map(([k, v]) => ({ userId: k.split('/')[0], id: v }));
    const principalOf = (userId: string | undefined) =>
      [principals.reviewer1, principals.reviewer2, principals.reviewer3, principals.reviewer4].find(
        (p) => p.userId === userId,
      ) as Principal;

    const scores: Record<string, number[][]> = {
      [strong]: [
        [25, 20, 24, 12],
        [26, 21, 26, 12],
        [28, 22, 26, 13],
      ],
      [weak]: [
        [8, 10, 9, 4],
        [10, 12, 10, 5],
        [9, 9, 8, 4],
      ],
    };
    for (const submissionId of [strong, weak]) {
      for (const [i, { userId, id }] of holders(submissionId).entries()) {
        const who = principalOf(userId);
        const [n, a, e, s] = scores[submissionId]?.[i] ?? [];
        const draft = await req(who, 'PUT', `/assignments/${id}/sheet`, {
          scores: [{ criterion: 'novelty', score: n }],
        });
        expect(draft.status).toBe(200);
        expect(draft.body.sheet.status).toBe('draft');
        const incomplete = await req(who, 'POST', `/assignments/${id}/submit`, {
          scores: [{ criterion: 'novelty', score: n }],
        });
        expect(incomplete.status).toBe(400);
        const outOfBand = await req(who, 'POST', `/assignments/${id}/submit`, sheet(31, a ?? 0, e ?? 0, s ?? 0));
        expect(outOfBand.status).toBe(400);
        const final = await req(who, 'POST', `/assignments/${id}/submit`, sheet(n ?? 0, a ?? 0, e ?? 0, s ?? 0));
        expect(final.status).toBe(200);
        expect(final.body.sheet.status).toBe('final');
        expect(final.body.otherReviews).toBeNull();
        expectBlind(final.body, 'POST /assignments/:id/submit');
        const again = await req(who, 'PUT', `/assignments/${id}/sheet`, sheet(1, 1, 1, 1));
        expect(again.body.code).toBe('sheet_final');
      }
    }
    expect((await req(principals.reviewer1, 'GET', `/campaigns/${campaignId}/results`)).status).toBe(403);
    const secretaryView = await req(principals.secretary, 'GET', `/campaigns/${campaignId}/results`);
    const strongResult = secretaryView.body.items.find((r: AnyJson) => r.submissionId === strong);
    expect(strongResult).toMatchObject({ finalSheets: 3, aboveThreshold: true, score: 85 });
    expect(strongResult.aggregate).toMatchObject({ mean: 85, trimmedMean: 85, spread: 8, needsDiscussion: false });
  });

  it('closes the round; reviewers then see the aggregated results and other totals (never names)', async () => {
    const closed = await req(principals.secretary, 'POST', `/campaigns/${campaignId}/round/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.roundClosed).toBe(true);
    expect((await app.events(campaignId)).map((e) => e.type)).toContain('sti.initiatives.v1.RoundClosed');
    const id = [...assignmentOf].find(([k]) => k.startsWith(`${principals.reviewer1.userId}/`))?.[1];
    const detail = await req(principals.reviewer1, 'GET', `/assignments/${id}`);
    expect(detail.body.otherReviews).toHaveLength(2);
    expect(detail.body.otherReviews[0].label).toMatch(/^Thành viên \d/);
    const results = await req(principals.reviewer1, 'GET', `/campaigns/${campaignId}/results`);
    expect(results.status).toBe(200);
  });

  it('never shows a reviewer an author’s name, unit, organisation or contact, on any endpoint', async () => {
    for (const reviewer of REVIEWERS) {
      const mine = await req(reviewer, 'GET', '/my/assignments');
      expectBlind(mine.body, 'GET /my/assignments');
      for (const item of mine.body.items) {
        const detail = await req(reviewer, 'GET', `/assignments/${item.id}`);
        expect(detail.status).toBe(200);
        expectBlind(detail.body, 'GET /assignments/:id');
        if (item.submission.id === strong) {
          // the marked field is replaced whole, and names in free text are redacted, accents or not
          expect(detail.body.submission.applicationPlace).toBe('[đã ẩn]');
          expect(detail.body.submission.problem).toContain('cô [đã ẩn] khảo sát');
          expect(detail.body.submission.solution).toContain('Thầy [đã ẩn] hướng dẫn');
          expect(detail.body.submission.authors).toBeNull();
          expect(detail.body.submission.unitName).toBeNull();
        }
      }
      for (const url of [
        `/campaigns/${campaignId}`,
        `/campaigns/${campaignId}/results`,
        '/campaigns?state=open',
        '/my/councils',
        '/notifications',
      ]) {
        const res = await req(reviewer, 'GET', url);
        expect(res.status, url).toBe(200);
        expectBlind(res.body, `GET ${url}`);
      }
      // the full submission is not theirs to read
      for (const url of [
        `/submissions/${strong}`,
        `/campaigns/${campaignId}/submissions`,
        `/campaigns/${campaignId}/assignments`,
      ]) {
        const res = await req(reviewer, 'GET', url);
        expect(res.status, url).toBe(404);
        expectBlind(res.body, `GET ${url}`);
      }
    }
  });

  it('re-opens one submission’s scoring: its sheets become editable drafts again', async () => {
    const res = await req(principals.chair, 'POST', `/submissions/${weak}/scoring/reopen`, {
      reason: 'Chênh lệch điểm cần thảo luận lại.',
    });
    expect(res.status).toBe(200);
    const weakResult = res.body.items.find((r: AnyJson) => r.submissionId === weak);
    expect(weakResult.finalSheets).toBe(0);
    const [key, id] = [...assignmentOf].find(([k]) => k.endsWith(`/${weak}`)) ?? [];
    const who = [principals.reviewer1, principals.reviewer2, principals.reviewer3, principals.reviewer4].find((p) =>
      key?.startsWith(p.userId),
    ) as Principal;
    const resubmitted = await req(who, 'POST', `/assignments/${id}/submit`, sheet(10, 10, 10, 5));
    expect(resubmitted.status).toBe(200);
    // the other sheets of the weak submission are re-submitted as they were
    for (const [k, other] of [...assignmentOf].filter(([k2]) => k2.endsWith(`/${weak}`) && k2 !== key)) {
      const p = [principals.reviewer1, principals.reviewer2, principals.reviewer3, principals.reviewer4].find((x) =>
        k.startsWith(x.userId),
      ) as Principal;
      expect((await req(p, 'POST', `/assignments/${other}/submit`, sheet(9, 10, 9, 4))).status).toBe(200);
    }
    // sheets of submissions not re-opened stay closed
    const [sKey, strongId] = [...assignmentOf].find(([k]) => k.endsWith(`/${strong}`)) ?? [];
    const sWho = [principals.reviewer1, principals.reviewer2, principals.reviewer3, principals.reviewer4].find((p) =>
      sKey?.startsWith(p.userId),
    ) as Principal;
    expect((await req(sWho, 'PUT', `/assignments/${strongId}/sheet`, sheet(1, 1, 1, 1))).status).toBe(409);
  });

  it('drafts the decision from the scores and the chair’s approval issues certificates and repository records', async () => {
    expect(
      (
        await req(principals.reviewer1, 'POST', `/campaigns/${campaignId}/decision`, {
          number: '1/QĐ-X',
          decidedOn: '2026-12-01',
        })
      ).status,
    ).toBe(404);
    const drafted = await req(principals.secretary, 'POST', `/campaigns/${campaignId}/decision`, {
      number: '125/QĐ-SKHCN',
      decidedOn: '2026-12-01',
    });
    expect(drafted.status).toBe(201);
    expect(drafted.body.entries.map((e: AnyJson) => [e.submissionId, e.recognised])).toEqual([
      [strong, true],
      [weak, false],
    ]);
    expect((await req(principals.secretary, 'POST', `/campaigns/${campaignId}/decision/approve`)).status).toBe(403);
    expect((await req(principals.admin, 'POST', `/campaigns/${campaignId}/decision/approve`)).status).toBe(403);
    const approved = await req(principals.chair, 'POST', `/campaigns/${campaignId}/decision/approve`);
    expect(approved.status).toBe(200);
    const code = approved.body.entries[0].certificateCode;
    // ini-files' issuer: 6 id symbols, 7 signature symbols, 2 check symbols (Crockford base32)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){2}$/);
    expect(approved.body.entries[1].certificateCode).toBeNull();

    const certificate = await app.handle.database.prisma.certificate.findUnique({ where: { code } });
    expect(certificate?.submissionId).toBe(strong);
    expect(certificate?.snapshot).toMatchObject({
      decisionNumber: '125/QĐ-SKHCN',
      authors: [
        { name: 'Nguyễn Thị Hoa', sharePercent: 70 },
        { name: 'Trương Văn Bình', sharePercent: 30 },
      ],
    });

    const record = await app.handle.database.prisma.repositoryRecord.findFirst({ where: { submissionId: strong } });
    const published = await app.events(record?.id ?? '');
    expect(published.map((e) => [e.type, e.topic])).toEqual([
      ['sti.initiatives.v1.RecordPublished', 'initiatives.repository.v1'],
    ]);
    expect(published[0]?.message.record).toMatchObject({
      title: 'Ứng dụng bản đồ tư duy số trong dạy học môn Lịch sử lớp 11',
      certificateCode: code,
      decisionNumber: '125/QĐ-SKHCN',
      recognisedOn: '2026-12-01',
    });

    // the public reads the record anonymously; nothing private in it
    const pub = await app.request<AnyJson>({ url: `${base}/repository/${record?.id}` });
    expect(pub.status).toBe(200);
    expect(JSON.stringify(pub.body)).not.toContain('0912 345 678');

    const author = await req(principals.author, 'GET', `/submissions/${strong}`);
    // the author's own view names the decision and the certificate's code, which the portal links to /xac-minh
    expect(author.body).toMatchObject({
      state: 'recognised',
      score: 85,
      decision: { number: '125/QĐ-SKHCN', date: '2026-12-01' },
      certificate: { code, status: 'valid' },
    });
    const weakView = await req(principals.secretary, 'GET', `/submissions/${weak}`);
    expect(weakView.body).toMatchObject({
      state: 'not_recognised',
      decision: { number: '125/QĐ-SKHCN' },
      certificate: null,
    });
    expect((await app.events(strong)).map((e) => e.message.action ?? e.type)).toEqual([
      'create',
      'submit',
      'start_screening',
      'send_to_review',
      'sti.initiatives.v1.ReviewersAssigned',
      'sti.initiatives.v1.ScoreSheetSubmitted',
      'sti.initiatives.v1.ScoreSheetSubmitted',
      'sti.initiatives.v1.ScoreSheetSubmitted',
      'recognise',
    ]);
    expect((await app.events(campaignId)).map((e) => e.type).slice(-2)).toEqual([
      'sti.initiatives.v1.DecisionDrafted',
      'sti.initiatives.v1.DecisionApproved',
    ]);
  });

  it('lets a not-recognised author appeal within the appeal days, and an appeal decision re-decides', async () => {
    const weakOwner = await req(principals.author, 'GET', `/submissions/${weak}`);
    expect(weakOwner.body.can.appeal).toBe(true);
    const appealed = await req(principals.author, 'POST', `/submissions/${weak}/appeal`, {
      reason: 'Hiệu quả đã được UBND xã xác nhận bằng văn bản.',
    });
    expect(appealed.body.state).toBe('appealed');
    const drafted = await req(principals.secretary, 'POST', `/campaigns/${campaignId}/decision`, {
      number: '140/QĐ-SKHCN',
      decidedOn: '2026-12-20',
      kind: 'appeal',
      appeals: [{ submissionId: weak, recognised: true }],
    });
    expect(drafted.status).toBe(201);
    const approved = await req(principals.chair, 'POST', `/campaigns/${campaignId}/decision/approve`);
    expect(approved.body.entries[0]).toMatchObject({ submissionId: weak, recognised: true });
    expect(approved.body.entries[0].certificateCode).toBeTruthy();
    expect((await req(principals.author, 'GET', `/submissions/${weak}`)).body.state).toBe('recognised');
  });

  it('closes the appeal window after the campaign’s appeal days', async () => {
    const late = await submitInitiative(app, await openCampaign(app, { appealDays: 10 }));
    // reject at screening (a decision too), then move time past the window
    const gates = await req(principals.secretary, 'PUT', `/submissions/${late}/gates`, {
      answers: ['d13-new-in-unit', 'd13-applied', 'd13-benefit', 'd13-public-order', 'd13-not-ip-protected'].map(
        (gateCode) => ({
          gateCode,
          passed: gateCode !== 'd13-benefit',
          reason: gateCode === 'd13-benefit' ? 'Chưa chứng minh được lợi ích.' : '',
        }),
      ),
    });
    expect(gates.status).toBe(200);
    await req(principals.secretary, 'POST', `/submissions/${late}/screening`, { outcome: 'reject' });
    app.setNow(new Date(Date.now() + 11 * 86_400_000));
    const res = await req(principals.author, 'POST', `/submissions/${late}/appeal`, {
      reason: 'Xin xem xét lại hiệu quả.',
    });
    app.setNow(new Date());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('appeal_closed');
  });
});

describe('conflicts and anonymous access', () => {
  let app: InitiativesTestApp;
  let campaignId: string;
  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app, {}, councilBody([principals.reviewer4]));
  });
  afterAll(() => app?.close());

  it('never assigns a reviewer from an author’s organisation, and reassigns on a declared conflict', async () => {
    // the author works at the university, phanbien's organisation
    const id = await submitInitiative(app, campaignId, {
      authors: [
        {
          fullName: 'Phan Thị Kim',
          sharePercent: 100,
          organisationId: principals.reviewer1.organisationId,
          unitName: 'Khoa Sư phạm',
        },
      ],
    });
    await screenToReview(app, id);
    const auto = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/campaigns/${campaignId}/assignments/auto`,
      principal: principals.secretary,
    });
    const reviewers = auto.body.board.submissions[0].reviewers.map((r: AnyJson) => r.reviewerUserId);
    expect(reviewers).toHaveLength(3);
    expect(reviewers).not.toContain(principals.reviewer1.userId);
    const manual = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/campaigns/${campaignId}/assignments`,
      principal: principals.secretary,
      body: { submissionId: id, reviewerUserId: principals.reviewer1.userId },
    });
    expect(manual.status).toBe(409);
    expect(manual.body.extensions?.reasons ?? manual.body.reasons).toContain('same_organisation');

    const mine = await app.request<AnyJson>({ url: `${base}/my/assignments`, principal: principals.reviewer2 });
    const assignmentId = mine.body.items[0].id;
    const declared = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/assignments/${assignmentId}/conflict`,
      principal: principals.reviewer2,
      body: { reason: 'Tác giả là người thân trong gia đình.' },
    });
    expect(declared.body).toEqual({ declared: true, reassigned: false }); // reviewer1 conflicts, nobody else is free
    expect(
      (await app.request({ url: `${base}/assignments/${assignmentId}`, principal: principals.reviewer2 })).status,
    ).toBe(404);
    const board = await app.request<AnyJson>({
      url: `${base}/campaigns/${campaignId}/assignments`,
      principal: principals.secretary,
    });
    const statuses = board.body.submissions[0].reviewers.map((r: AnyJson) => [r.reviewerUserId, r.status]);
    expect(statuses).toContainEqual([principals.reviewer2.userId, 'conflict']);
    // a later automatic run respects the declaration
    const again = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/campaigns/${campaignId}/assignments/auto`,
      principal: principals.secretary,
    });
    expect(again.body.created).toBe(0);
    expect(again.body.shortages).toEqual([{ submissionId: id, needed: 3, assigned: 2 }]);
    expect((await app.events(id)).map((e) => e.type)).toContain('sti.initiatives.v1.ConflictDeclared');
  });

  it('lets anonymous visitors reach only the public routes', async () => {
    expect((await app.request({ url: `${base}/reference` })).status).toBe(200);
    for (const url of [
      '/campaigns',
      `/campaigns/${campaignId}`,
      '/my/submissions',
      '/my/assignments',
      '/notifications',
      `/campaigns/${campaignId}/results`,
    ]) {
      expect((await app.request({ url: `${base}${url}` })).status, url).toBe(401);
    }
    expect((await app.request({ method: 'POST', url: `${base}/campaigns`, body: {} })).status).toBe(401);
  });
});
