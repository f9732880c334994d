// The two demo campaigns of the Sở KH&CN: 2025 (finished: decision and certificates) and 2026 (open,
// in review, with assignments waiting for the demo reviewer `phanbien`).
import { DEMO_PEOPLE } from './demo-people.js';

const reviewer = (userId: string, displayName: string, organisationId: string, organisationName: string) => ({
  userId,
  displayName,
  organisationId,
  organisationName,
  role: 'reviewer' as const,
});

/** The council: the demo chair, secretary and three demo reviewers, and two reviewers without demo accounts. */
export const DEMO_COUNCIL = [
  {
    userId: DEMO_PEOPLE.chutich.userId,
    displayName: DEMO_PEOPLE.chutich.displayName,
    organisationId: DEMO_PEOPLE.chutich.organisationId,
    organisationName: DEMO_PEOPLE.chutich.organisationName,
    role: 'chair' as const,
  },
  {
    userId: DEMO_PEOPLE.thuky.userId,
    displayName: DEMO_PEOPLE.thuky.displayName,
    organisationId: DEMO_PEOPLE.thuky.organisationId,
    organisationName: DEMO_PEOPLE.thuky.organisationName,
    role: 'secretary' as const,
  },
  ...[DEMO_PEOPLE.phanbien, DEMO_PEOPLE.phanbien2, DEMO_PEOPLE.phanbien3].map((p) =>
    reviewer(p.userId, p.displayName, p.organisationId, p.organisationName),
  ),
  reviewer(
    '01920000-0000-7000-8000-000000000015',
    'TS. Huỳnh Văn Sáu',
    '01920000-0000-7000-8000-000000000103',
    'Viện Nghiên cứu Nông nghiệp',
  ),
  reviewer(
    '01920000-0000-7000-8000-000000000016',
    'KS. Ngô Thị Tuyết',
    '01920000-0000-7000-8000-000000002020',
    'Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp',
  ),
];

export const DEMO_CAMPAIGNS = {
  finished: {
    title: 'Xét công nhận sáng kiến cấp tỉnh năm 2025',
    description:
      'Đợt xét công nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh năm 2025 (Nghị định 13/2012/NĐ-CP), do Sở Khoa học và Công nghệ chủ trì.',
    level: 'province' as const,
    localityCode: '87',
    year: 2025,
    submissionOpensAt: '2025-01-06T00:00:00+07:00',
    submissionClosesAt: '2025-06-30T23:59:59+07:00',
    eligibleOrganisations: [],
    threshold: 70,
    reviewsPerSubmission: 3,
    blind: true,
    appealDays: 30,
    reviewDays: 21,
    decision: { number: '215/QĐ-SKHCN', decidedOn: '2025-09-15' },
  },
  open: {
    title: 'Xét công nhận sáng kiến cấp tỉnh năm 2026',
    description:
      'Đợt xét công nhận sáng kiến cấp tỉnh năm 2026: trường học, bệnh viện, nông nghiệp, cải cách hành chính, UBND xã.',
    level: 'province' as const,
    localityCode: '87',
    year: 2026,
    submissionOpensAt: '2026-01-05T00:00:00+07:00',
    submissionClosesAt: '2026-12-31T23:59:59+07:00',
    eligibleOrganisations: [],
    threshold: 70,
    reviewsPerSubmission: 3,
    blind: true,
    appealDays: 30,
    reviewDays: 21,
  },
};
