import { autoAssign, conflictsOf } from '@sti/review';
import { describe, expect, it } from 'vitest';
import { buildReviewPool, type PoolReviewer, type PoolSubmission } from './review-pool.js';

const hospital = {
  userId: 'r-hospital',
  organisationId: 'org-hospital',
  organisationName: 'Bệnh viện Đa khoa tỉnh Đồng Tháp',
};
const university = {
  userId: 'r-university',
  organisationId: 'org-university',
  organisationName: 'Trường Đại học Đồng Tháp',
};
const college = {
  userId: 'r-college',
  organisationId: 'org-college',
  organisationName: 'Trường Cao đẳng Cộng đồng Đồng Tháp',
};
const school = { userId: 'r-school', organisationId: 'org-school', organisationName: 'Trường THPT Thống Linh' };

const nurseInitiative: PoolSubmission = {
  id: 's-nurse',
  organisationId: 'org-hospital',
  unitName: 'Khoa Hồi sức tích cực',
  authors: [{ userId: 'u-lan', fullName: 'Đoàn Thị Lan', organisationId: null, unitName: null }],
};
// no account, no organisation id: only the unit's name says where the author works
const teacherInitiative: PoolSubmission = {
  id: 's-teacher',
  organisationId: null,
  unitName: 'Truong THPT Thong Linh',
  authors: [{ userId: null, fullName: 'Mai Văn Tú', organisationId: null, unitName: null }],
};

const reasons = (
  reviewer: PoolReviewer,
  submission: PoolSubmission,
  extra: Partial<Parameters<typeof buildReviewPool>[0]> = {},
) => {
  const pool = buildReviewPool({
    submissions: [submission],
    reviewers: [reviewer],
    history: [],
    declarations: [],
    ...extra,
  });
  const r = pool.reviewers[0];
  const s = pool.submissions[0];
  if (!r || !s) throw new Error('empty pool');
  return [...new Set(conflictsOf(pool.conflicts, r, s).map((c) => c.code))];
};

describe('conflict rules as the service applies them', () => {
  it('excludes a reviewer from the author’s organisation (the submitting organisation)', () => {
    expect(reasons(hospital, nurseInitiative)).toContain('same_organisation');
    expect(reasons(university, nurseInitiative)).toEqual([]);
  });

  it('matches the author’s unit against the reviewer’s organisation by name, accents ignored', () => {
    expect(reasons(school, teacherInitiative)).toEqual(['same_organisation']);
  });

  it('excludes earlier co-authors, found in any other submission on record', () => {
    const history = [
      {
        id: 's-2024',
        authors: [
          { userId: 'r-college', fullName: 'ThS. Lê Thị Ngọc Hân' },
          { userId: 'u-lan', fullName: 'Đoàn Thị Lan' },
        ],
      },
    ];
    expect(reasons(college, nurseInitiative, { history })).toEqual(['co_author']);
    // people without accounts are matched by their name, whatever the accents
    const byName = [
      {
        id: 's-2023',
        authors: [
          { userId: 'r-university', fullName: 'x' },
          { userId: null, fullName: 'Mai Van Tu' },
        ],
      },
    ];
    expect(reasons(university, teacherInitiative, { history: byName })).toEqual(['co_author']);
  });

  it('excludes a reviewer who declared a conflict', () => {
    const declarations = [{ reviewerId: 'r-university', submissionId: 's-nurse', reason: 'Người quen' }];
    expect(reasons(university, nurseInitiative, { declarations })).toEqual(['declared']);
  });

  it('lets the engine assign 3 conflict-free reviewers per submission', () => {
    const extra = { userId: 'r-extra', organisationId: 'org-extra', organisationName: 'UBND xã Mỹ Hiệp' };
    const pool = buildReviewPool({
      submissions: [nurseInitiative, teacherInitiative],
      reviewers: [hospital, university, college, school, extra],
      history: [],
      declarations: [],
    });
    const result = autoAssign({ ...pool, reviewersPerSubmission: 3, seed: 'test' });
    expect(result.complete).toBe(true);
    const of = (id: string) => result.bySubmission.find((b) => b.submissionId === id)?.reviewerIds ?? [];
    expect(of('s-nurse')).not.toContain('r-hospital');
    expect(of('s-teacher')).not.toContain('r-school');
    expect(of('s-nurse')).toHaveLength(3);
  });
});
