import { describe, expect, it } from 'vitest';
import {
  buildConflictIndex,
  type ConflictCode,
  conflictsOf,
  type Reviewer,
  type Submission,
  withDeclaration,
} from './conflict.rules.js';

const reviewer: Reviewer = { id: 'rev-1', personId: 'p-reviewer', organisationIds: ['org-hospital', 'org-university'] };
const history = [
  { submissionId: 'earlier-1', authorPersonIds: ['p-reviewer', 'p-colleague'] },
  { submissionId: 'earlier-2', authorPersonIds: ['p-stranger', 'p-other'] },
];
const declarations = [{ reviewerId: 'rev-1', submissionId: 'sub-declared', reason: 'Người thân của tác giả' }];
const index = buildConflictIndex(history, declarations);

const submission = (id: string, authors: Submission['authors']): Submission => ({ id, authors });

describe('conflict-of-interest rules', () => {
  it.each<[string, Submission, ConflictCode[]]>([
    ['no link at all', submission('s1', [{ personId: 'p-x', organisationId: 'org-school' }]), []],
    [
      'an author from the reviewer’s organisation',
      submission('s2', [{ personId: 'p-x', organisationId: 'org-hospital' }]),
      ['same_organisation'],
    ],
    [
      'an author from the reviewer’s second organisation',
      submission('s3', [
        { personId: 'p-y', organisationId: 'org-university' },
        { personId: 'p-x', organisationId: 'org-school' },
      ]),
      ['same_organisation'],
    ],
    [
      'an earlier co-author',
      submission('s4', [{ personId: 'p-colleague', organisationId: 'org-school' }]),
      ['co_author'],
    ],
    [
      'co-authors of each other only (not of the reviewer)',
      submission('s5', [{ personId: 'p-stranger' }, { personId: 'p-other' }]),
      [],
    ],
    [
      'a declared conflict',
      submission('sub-declared', [{ personId: 'p-x', organisationId: 'org-school' }]),
      ['declared'],
    ],
    [
      'the reviewer as author',
      submission('s6', [{ personId: 'p-reviewer', organisationId: 'org-hospital' }]),
      ['is_author'],
    ],
    ['an author without an organisation', submission('s7', [{ personId: 'p-x' }]), []],
    [
      'several reasons at once',
      submission('sub-declared', [{ personId: 'p-colleague', organisationId: 'org-hospital' }]),
      ['same_organisation', 'co_author', 'declared'],
    ],
  ])('%s', (_name, s, codes) => {
    expect(conflictsOf(index, reviewer, s).map((r) => r.code)).toEqual(codes);
  });

  it('says who and what in each reason', () => {
    const reasons = conflictsOf(
      index,
      reviewer,
      submission('sub-declared', [{ personId: 'p-colleague', organisationId: 'org-hospital' }]),
    );
    expect(reasons).toEqual([
      expect.objectContaining({
        code: 'same_organisation',
        authorPersonId: 'p-colleague',
        organisationId: 'org-hospital',
      }),
      expect.objectContaining({ code: 'co_author', authorPersonId: 'p-colleague', earlierSubmissionId: 'earlier-1' }),
      expect.objectContaining({ code: 'declared', declaredReason: 'Người thân của tác giả' }),
    ]);
    for (const r of reasons) expect(r.message.vi).not.toBe(r.message.en);
  });

  it('does not count the submission itself as earlier co-authorship', () => {
    const own = buildConflictIndex([{ submissionId: 's-now', authorPersonIds: ['p-reviewer', 'p-z'] }]);
    // the reviewer is an author here (is_author), but p-z is not an earlier co-author because of this submission
    const other: Reviewer = { id: 'r2', personId: 'p-q', organisationIds: [] };
    expect(conflictsOf(own, other, submission('s-now', [{ personId: 'p-z' }]))).toEqual([]);
    const reviewerAsPartner: Reviewer = { id: 'r3', personId: 'p-reviewer', organisationIds: [] };
    expect(conflictsOf(own, reviewerAsPartner, submission('s-now', [{ personId: 'p-z' }])).map((r) => r.code)).toEqual(
      [],
    );
  });

  it('matches the reviewer by id when no person id is given', () => {
    const byId: Reviewer = { id: 'p-colleague', organisationIds: [] };
    const idx = buildConflictIndex([{ submissionId: 'e', authorPersonIds: ['p-colleague', 'p-a'] }]);
    expect(conflictsOf(idx, byId, submission('s', [{ personId: 'p-a' }])).map((r) => r.code)).toEqual(['co_author']);
  });

  it('adds a declaration without changing the original index', () => {
    const s = submission('s9', [{ personId: 'p-x' }]);
    const next = withDeclaration(index, { reviewerId: 'rev-1', submissionId: 's9' });
    expect(conflictsOf(next, reviewer, s).map((r) => r.code)).toEqual(['declared']);
    expect(conflictsOf(index, reviewer, s)).toEqual([]);
  });
});
