import { describe, expect, it } from 'vitest';
import { buildConflictIndex, conflictsOf, type Reviewer, type Submission } from '../conflicts/conflict.rules.js';
import { loadSpread, reviewerLoads, validateAssignments } from './assignment.rules.js';
import type { Assignment, ReviewPool } from './assignment.types.js';
import { reassignOnConflict } from './reassignment.js';

const reviewers: Reviewer[] = [
  { id: 'chair', organisationIds: ['org-so-khcn'] },
  { id: 'r-hospital', organisationIds: ['org-hospital'] },
  { id: 'r-school', organisationIds: ['org-school'] },
  { id: 'r-farm', organisationIds: ['org-htx'] },
  { id: 'r-uni', personId: 'p-uni', organisationIds: ['org-university'] },
];
const submissions: Submission[] = [
  { id: 's-hospital', authors: [{ personId: 'p-doctor', organisationId: 'org-hospital' }] },
  { id: 's-school', authors: [{ personId: 'p-teacher', organisationId: 'org-school' }] },
  { id: 's-commune', authors: [{ personId: 'p-clerk', organisationId: 'org-commune' }] },
];
const pool: ReviewPool = {
  submissions,
  reviewers,
  conflicts: buildConflictIndex([{ submissionId: 'old', authorPersonIds: ['p-uni', 'p-clerk'] }]),
};

describe('validateAssignments (assignment by hand)', () => {
  it('accepts a valid hand-made assignment', () => {
    const byHand: Assignment[] = [
      { submissionId: 's-hospital', reviewerId: 'chair' },
      { submissionId: 's-hospital', reviewerId: 'r-school' },
      { submissionId: 's-hospital', reviewerId: 'r-farm' },
    ];
    expect(validateAssignments(pool, byHand)).toEqual([]);
  });

  it.each<[string, Assignment, string]>([
    ['same organisation', { submissionId: 's-hospital', reviewerId: 'r-hospital' }, 'assignment.conflict'],
    ['earlier co-author', { submissionId: 's-commune', reviewerId: 'r-uni' }, 'assignment.conflict'],
    ['unknown reviewer', { submissionId: 's-school', reviewerId: 'someone' }, 'assignment.unknown_reviewer'],
    ['unknown submission', { submissionId: 's-none', reviewerId: 'chair' }, 'assignment.unknown_submission'],
    ['the same pair twice', { submissionId: 's-school', reviewerId: 'chair' }, 'assignment.duplicate'],
  ])('refuses %s', (_name, bad, code) => {
    const issues = validateAssignments(pool, [{ submissionId: 's-school', reviewerId: 'chair' }, bad]);
    expect(issues.map((i) => ({ code: i.code, at: i.path.slice(0, 2) }))).toEqual([{ code, at: ['assignments', 1] }]);
  });

  it('gives the conflict reasons with the issue', () => {
    const [conflict] = validateAssignments(pool, [{ submissionId: 's-commune', reviewerId: 'r-uni' }]);
    expect(conflict?.reasons?.map((r) => r.code)).toEqual(['co_author']);
    expect(conflict?.message.vi).toContain('đồng tác giả');
  });

  it('lists submissions with fewer than K reviewers when asked', () => {
    const issues = validateAssignments(pool, [{ submissionId: 's-school', reviewerId: 'chair' }], {
      reviewersPerSubmission: 3,
    });
    expect(issues.map((i) => [i.code, i.submissionId])).toEqual([
      ['assignment.too_few_reviewers', 's-hospital'],
      ['assignment.too_few_reviewers', 's-school'],
      ['assignment.too_few_reviewers', 's-commune'],
    ]);
  });
});

describe('reassignOnConflict', () => {
  const current: Assignment[] = [
    { submissionId: 's-hospital', reviewerId: 'chair' },
    { submissionId: 's-hospital', reviewerId: 'r-school' },
    { submissionId: 's-hospital', reviewerId: 'r-farm' },
    { submissionId: 's-school', reviewerId: 'chair' },
    { submissionId: 's-school', reviewerId: 'r-farm' },
    { submissionId: 's-school', reviewerId: 'r-hospital' },
    { submissionId: 's-commune', reviewerId: 'r-school' },
    { submissionId: 's-commune', reviewerId: 'r-farm' },
    { submissionId: 's-commune', reviewerId: 'r-hospital' },
  ];

  it('hands the submission to the least-loaded eligible reviewer', () => {
    // loads: chair 2, r-school 2, r-farm 3, r-hospital 2, r-uni 0 — r-uni may take s-school
    const result = reassignOnConflict(pool, current, {
      reviewerId: 'r-farm',
      submissionId: 's-school',
      reason: 'Họ hàng',
    });
    expect(result.replacement).toBe('r-uni');
    expect(result.issues).toEqual([]);
    expect(result.assignments).not.toContainEqual({ submissionId: 's-school', reviewerId: 'r-farm' });
    expect(result.assignments).toContainEqual({ submissionId: 's-school', reviewerId: 'r-uni' });
    expect(
      validateAssignments({ ...pool, conflicts: result.conflicts }, result.assignments, { reviewersPerSubmission: 3 }),
    ).toEqual([]);
    // the declaration now excludes r-farm for good
    expect(
      conflictsOf(result.conflicts, reviewers[3] as Reviewer, submissions[1] as Submission).map((r) => r.code),
    ).toEqual(['declared']);
  });

  it('skips conflicted reviewers even when they have the lowest load', () => {
    // r-uni (load 0) co-authored with the commune clerk, so it cannot take s-commune
    const result = reassignOnConflict(pool, current, { reviewerId: 'r-hospital', submissionId: 's-commune' });
    expect(result.replacement).toBe('chair');
    expect(loadSpread(reviewerLoads(pool, result.assignments))).toBe(3);
  });

  it('reports when nobody eligible is left', () => {
    const small: ReviewPool = { ...pool, reviewers: reviewers.slice(0, 3) };
    const three: Assignment[] = [
      { submissionId: 's-commune', reviewerId: 'chair' },
      { submissionId: 's-commune', reviewerId: 'r-hospital' },
      { submissionId: 's-commune', reviewerId: 'r-school' },
    ];
    const result = reassignOnConflict(small, three, { reviewerId: 'chair', submissionId: 's-commune' });
    expect(result.replacement).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.submissionId])).toEqual([
      ['assignment.no_eligible_reviewer', 's-commune'],
    ]);
    expect(result.assignments).toHaveLength(2);
  });

  it('reports a declaration on a pair that is not assigned', () => {
    const result = reassignOnConflict(pool, current, { reviewerId: 'r-uni', submissionId: 's-school' });
    expect(result.issues.map((i) => i.code)).toEqual(['assignment.not_assigned']);
    expect(result.assignments).toEqual(current);
  });

  it('breaks ties between equally loaded reviewers reproducibly with a seed', () => {
    const tied: Assignment[] = [{ submissionId: 's-hospital', reviewerId: 'chair' }];
    const picks = new Set<string | undefined>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const once = reassignOnConflict(
        pool,
        tied,
        { reviewerId: 'chair', submissionId: 's-hospital' },
        seed,
      ).replacement;
      expect(
        reassignOnConflict(pool, tied, { reviewerId: 'chair', submissionId: 's-hospital' }, seed).replacement,
      ).toBe(once);
      picks.add(once);
    }
    // r-school, r-farm, r-uni all have load 0 and no conflict
    expect([...picks].every((p) => ['r-school', 'r-farm', 'r-uni'].includes(p as string))).toBe(true);
    expect(picks.size).toBeGreaterThan(1);
    expect(reassignOnConflict(pool, tied, { reviewerId: 'chair', submissionId: 's-hospital' }).replacement).toBe(
      'r-school',
    );
  });
});
