// The jury rules on top of the shared engine: who counts as an author of a startup's application,
// feedback on final sheets, and results with the documented tie-break.
import { autoAssign, parseRubric, type Rubric } from '@sti/review';
import { describe, expect, it } from 'vitest';
import { IDEA_CONTEST_RUBRIC } from '../reference/rubrics.data.js';
import {
  feedbackProblem,
  type PanelItem,
  panelResults,
  publishBlockers,
  reviewPool,
  type SheetRow,
} from './panel.rules.js';

const parsed = parseRubric(IDEA_CONTEST_RUBRIC);
if (!parsed.ok) throw new Error('rubric');
const rubric: Rubric = parsed.rubric;

const item = (
  id: string,
  submittedAt: string,
  owner: string,
  org: string | null,
  members: string[] = [],
): PanelItem => ({
  id,
  title: id,
  submittedAt: new Date(submittedAt),
  startup: {
    id: `s-${id}`,
    name: id,
    stage: 'idea',
    sectorCode: 'it',
    trl: 2,
    communeCode: '30268',
    summary: '',
    ownerUserId: owner,
    organisationId: org,
    memberUserIds: members,
  },
  answers: [],
});

const scores = (share: number) => rubric.criteria.map((c) => ({ criterion: c.key, score: Math.round(c.max * share) }));
const final = (id: string, itemId: string, reviewer: string, share: number): SheetRow => ({
  id,
  itemId,
  reviewerUserId: reviewer,
  status: 'final',
  scores: scores(share),
  feedback: 'Nhận xét đủ dài cho nhóm dự thi.',
  total: null,
});

describe('panel rules', () => {
  it('ships a valid idea-contest rubric', () => {
    expect(rubric.criteria.map((c) => c.weight).reduce((a, b) => a + b)).toBe(100);
  });

  it('never assigns a juror who is on the team or works for the team’s organisation', () => {
    const items = [
      item('x', '2026-01-01', 'founder-x', 'org-x', ['member-x']),
      item('y', '2026-01-02', 'founder-y', null),
    ];
    const members = [
      { userId: 'member-x', organisationId: null },
      { userId: 'colleague-x', organisationId: 'org-x' },
      { userId: 'j1', organisationId: 'uni' },
      { userId: 'j2', organisationId: 'hospital' },
      { userId: 'j3', organisationId: null },
    ];
    for (const seed of ['a', 'b', 'c', 'd']) {
      const result = autoAssign({ ...reviewPool(items, members, []), reviewersPerSubmission: 3, seed });
      const onX = result.bySubmission.find((b) => b.submissionId === 'x')?.reviewerIds ?? [];
      expect(onX).not.toContain('member-x');
      expect(onX).not.toContain('colleague-x');
      expect(result.complete).toBe(true);
    }
    const declared = reviewPool(items, members, [{ reviewerId: 'j1', submissionId: 'y', reason: 'người nhà' }]);
    const result = autoAssign({ ...declared, reviewersPerSubmission: 3, seed: 'e' });
    expect(result.bySubmission.find((b) => b.submissionId === 'y')?.reviewerIds).not.toContain('j1');
  });

  it('requires written feedback on a final sheet only', () => {
    expect(feedbackProblem('final', 'ngắn')).toBe('feedback_required');
    expect(feedbackProblem('final', 'Nhận xét đủ dài cho nhóm dự thi.')).toBeUndefined();
    expect(feedbackProblem('draft', '')).toBeUndefined();
  });

  it('breaks a tie by the earlier submission, then by id, and gives each applicant every juror’s feedback', () => {
    const items = [
      item('b', '2026-01-02', 'o1', null),
      item('a', '2026-01-02', 'o2', null),
      item('c', '2026-01-01', 'o3', null),
    ];
    const sheets = ['a', 'b', 'c'].flatMap((id, n) => ['j1', 'j2', 'j3'].map((j, k) => final(`${n}${k}`, id, j, 0.6)));
    const results = panelResults(rubric, items, sheets);
    // equal scores: c was submitted first; a and b at the same time → smaller id first
    expect(results.map((r) => [r.itemId, r.rank, r.tieBreak])).toEqual([
      ['c', 1, undefined],
      ['a', 2, 'submittedAt'],
      ['b', 3, 'id'],
    ]);
    expect(results.every((r) => r.feedback.length === 3)).toBe(true);
    expect(results[0]?.feedback.map((f) => f.juror)).toEqual(['Giám khảo 1', 'Giám khảo 2', 'Giám khảo 3']);
  });

  it('blocks publication while a sheet is open or an application has no final sheet', () => {
    const items = [item('a', '2026-01-01', 'o1', null), item('b', '2026-01-01', 'o2', null)];
    const sheets = [final('1', 'a', 'j1', 0.5), { ...final('2', 'a', 'j2', 0.5), status: 'draft' }];
    expect(publishBlockers(items, sheets)).toEqual({ openSheets: 1, unreviewedItemIds: ['b'] });
  });
});
