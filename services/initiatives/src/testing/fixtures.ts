// Test principals and request bodies for the initiatives service.
import type { Principal } from '@sti/platform';
import { DEMO_ORGS, DEMO_PEOPLE, type DemoPerson } from '../seed/demo-people.js';
import type { InitiativesTestApp } from './initiatives-test-app.js';

const principal = (p: DemoPerson, roles: Principal['roles']): Principal => ({
  userId: p.userId,
  displayName: p.displayName,
  roles,
  organisationId: p.organisationId,
  organisationName: p.organisationName,
  localityCode: '87',
});

export const principals = {
  officer: principal(DEMO_PEOPLE.canbo, ['officer']),
  admin: principal(DEMO_PEOPLE.quantri, ['admin']),
  secretary: principal(DEMO_PEOPLE.thuky, ['officer']),
  chair: principal(DEMO_PEOPLE.chutich, ['officer']),
  reviewer1: principal(DEMO_PEOPLE.phanbien, ['reviewer']),
  reviewer2: principal(DEMO_PEOPLE.phanbien2, ['reviewer']),
  reviewer3: principal(DEMO_PEOPLE.phanbien3, ['reviewer']),
  /** an officer of another organisation (the commune office) */
  otherOfficer: principal(DEMO_PEOPLE.canboXa, ['officer']),
  /** a teacher at a school, the author in most tests */
  author: {
    userId: '01920000-0000-7000-8000-0000000000a1',
    displayName: 'Nguyễn Thị Hoa',
    roles: ['researcher'],
    organisationId: '01920000-0000-7000-8000-0000000001a1',
    organisationName: 'Trường THPT Thống Linh',
    localityCode: '87',
  },
  otherAuthor: {
    userId: '01920000-0000-7000-8000-0000000000a2',
    displayName: 'Trương Văn Bình',
    roles: ['business'],
    organisationId: DEMO_ORGS.songHau.id,
    organisationName: DEMO_ORGS.songHau.name,
    localityCode: '87',
  },
} satisfies Record<string, Principal>;

export const councilBody = (extraReviewers: Principal[] = []) => ({
  members: [
    { userId: principals.chair.userId, displayName: principals.chair.displayName, role: 'chair' },
    {
      userId: principals.secretary.userId,
      displayName: principals.secretary.displayName,
      organisationId: principals.secretary.organisationId,
      role: 'secretary',
    },
    ...[principals.reviewer1, principals.reviewer2, principals.reviewer3, ...extraReviewers].map((r) => ({
      userId: r.userId,
      displayName: r.displayName,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      role: 'reviewer',
    })),
  ],
});

export function campaignBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Xét công nhận sáng kiến cấp tỉnh năm 2026',
    level: 'province',
    localityCode: '87',
    year: 2026,
    submissionOpensAt: '2026-01-01T00:00:00+07:00',
    submissionClosesAt: '2027-12-31T23:59:59+07:00',
    threshold: 70,
    reviewsPerSubmission: 3,
    appealDays: 30,
    ...overrides,
  };
}

/** An author named in the free text too, so blind redaction has something to catch. */
export function submissionBody(campaignId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    campaignId,
    title: 'Ứng dụng bản đồ tư duy số trong dạy học môn Lịch sử lớp 11',
    unitName: 'Tổ Sử – Địa, Trường THPT Thống Linh',
    fieldCode: 'education',
    problem: 'Học sinh ghi nhớ mốc thời gian kém; cô Nguyễn Thị Hoa khảo sát 120 em, 64% chưa đạt.',
    solution:
      'Thiết kế bản đồ tư duy số trên máy tính bảng, học sinh tự xây dựng theo nhóm. Thầy Trương Van Binh hướng dẫn kỹ thuật.',
    novelty: 'Lần đầu áp dụng tại trường; kết hợp bản đồ tư duy với câu hỏi trắc nghiệm tương tác.',
    applicationPlace: 'Các lớp 11A1–11A6, Trường THPT Thống Linh',
    firstAppliedOn: '2025-09-05',
    benefitVnd: 45_000_000,
    benefitText: 'Tỷ lệ học sinh đạt yêu cầu tăng từ 36% lên 81%; tiết kiệm giấy in.',
    identifyingFields: ['applicationPlace'],
    contact: { email: 'hoa.nguyen@thongling.example.edu.vn', phone: '0277 3850 123' },
    authors: [
      {
        fullName: 'Nguyễn Thị Hoa',
        sharePercent: 70,
        userId: principals.author.userId,
        organisationId: principals.author.organisationId,
        unitName: 'Trường THPT Thống Linh',
        email: 'hoa.nguyen@thongling.example.edu.vn',
        phone: '0912 345 678',
      },
      {
        fullName: 'Trương Văn Bình',
        sharePercent: 30,
        userId: principals.otherAuthor.userId,
        organisationId: principals.otherAuthor.organisationId,
        unitName: 'Công ty TNHH Nông sản Sông Hậu',
      },
    ],
    ...overrides,
  };
}

type Json = Record<string, unknown>;

/** Creates a campaign, appoints the council and opens it; returns its id. */
export async function openCampaign(
  app: InitiativesTestApp,
  overrides: Json = {},
  council = councilBody(),
): Promise<string> {
  const created = await app.request<Json>({
    method: 'POST',
    url: '/api/initiatives/v1/campaigns',
    principal: principals.officer,
    body: campaignBody(overrides),
  });
  if (created.status !== 201) throw new Error(`create campaign: ${created.status} ${created.text}`);
  const id = created.body.id as string;
  const appointed = await app.request({
    method: 'PUT',
    url: `/api/initiatives/v1/campaigns/${id}/council`,
    principal: principals.officer,
    body: council,
  });
  if (appointed.status !== 200) throw new Error(`council: ${appointed.status} ${appointed.text}`);
  const opened = await app.request({
    method: 'POST',
    url: `/api/initiatives/v1/campaigns/${id}/open`,
    principal: principals.officer,
  });
  if (opened.status !== 200) throw new Error(`open: ${opened.status} ${opened.text}`);
  return id;
}

/** Drafts and submits a submission by `author`; returns its id. */
export async function submitInitiative(
  app: InitiativesTestApp,
  campaignId: string,
  overrides: Json = {},
  author: Principal = principals.author,
): Promise<string> {
  const created = await app.request<Json>({
    method: 'POST',
    url: '/api/initiatives/v1/submissions',
    principal: author,
    body: submissionBody(campaignId, overrides),
  });
  if (created.status !== 201) throw new Error(`create submission: ${created.status} ${created.text}`);
  const id = created.body.id as string;
  const submitted = await app.request({
    method: 'POST',
    url: `/api/initiatives/v1/submissions/${id}/submit`,
    principal: author,
  });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${submitted.text}`);
  return id;
}

export const ALL_GATES_PASS = {
  answers: ['d13-new-in-unit', 'd13-applied', 'd13-benefit', 'd13-public-order', 'd13-not-ip-protected'].map(
    (gateCode) => ({
      gateCode,
      passed: true,
      reason: 'Đạt theo hồ sơ minh chứng.',
    }),
  ),
};

/** Screens a submitted initiative through every gate to review. */
export async function screenToReview(app: InitiativesTestApp, submissionId: string): Promise<void> {
  const gates = await app.request({
    method: 'PUT',
    url: `/api/initiatives/v1/submissions/${submissionId}/gates`,
    principal: principals.secretary,
    body: ALL_GATES_PASS,
  });
  if (gates.status !== 200) throw new Error(`gates: ${gates.status} ${gates.text}`);
  const decided = await app.request({
    method: 'POST',
    url: `/api/initiatives/v1/submissions/${submissionId}/screening`,
    principal: principals.secretary,
    body: { outcome: 'review' },
  });
  if (decided.status !== 200) throw new Error(`screening: ${decided.status} ${decided.text}`);
}

/** Response bodies in tests are read loosely; the assertions say what matters. */
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests
export type AnyJson = Record<string, any>;
