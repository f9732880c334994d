// Checks any set of assignments — made by hand, by the automatic assigner or after reassignment —
// against the same rules: known submissions and reviewers, no pair twice, no conflict of interest,
// and (when asked) at least K reviewers per submission.
import { conflictsOf } from '../conflicts/conflict.rules.js';
import { issue } from '../shared/review-issue.js';
import type { Assignment, AssignmentIssue, ReviewerLoad, ReviewPool } from './assignment.types.js';

export interface AssignmentCheck {
  /** when given, every submission needs at least this many reviewers */
  reviewersPerSubmission?: number;
}

export function validateAssignments(
  pool: ReviewPool,
  assignments: readonly Assignment[],
  check: AssignmentCheck = {},
): AssignmentIssue[] {
  const issues: AssignmentIssue[] = [];
  const submissions = new Map(pool.submissions.map((s) => [s.id, s]));
  const reviewers = new Map(pool.reviewers.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  assignments.forEach((a, index) => {
    const at = ['assignments', index];
    const submission = submissions.get(a.submissionId);
    const reviewer = reviewers.get(a.reviewerId);
    if (!submission) {
      issues.push({
        ...issue(
          'assignment.unknown_submission',
          [...at, 'submissionId'],
          `Không có hồ sơ ${a.submissionId} trong đợt này.`,
          `There is no submission ${a.submissionId} in this round.`,
        ),
        submissionId: a.submissionId,
      });
    }
    if (!reviewer) {
      issues.push({
        ...issue(
          'assignment.unknown_reviewer',
          [...at, 'reviewerId'],
          `${a.reviewerId} không phải thành viên hội đồng / ban giám khảo.`,
          `${a.reviewerId} is not a member of the council / jury.`,
        ),
        reviewerId: a.reviewerId,
      });
    }
    if (!submission || !reviewer) return;
    const key = `${a.submissionId}\u0000${a.reviewerId}`;
    if (seen.has(key)) {
      issues.push({
        ...issue(
          'assignment.duplicate',
          at,
          `Thành viên ${a.reviewerId} đã được phân công hồ sơ ${a.submissionId}.`,
          `Reviewer ${a.reviewerId} is already assigned submission ${a.submissionId}.`,
        ),
        submissionId: a.submissionId,
        reviewerId: a.reviewerId,
      });
      return;
    }
    seen.add(key);
    counts.set(a.submissionId, (counts.get(a.submissionId) ?? 0) + 1);
    const reasons = conflictsOf(pool.conflicts, reviewer, submission);
    if (reasons.length > 0) {
      issues.push({
        ...issue(
          'assignment.conflict',
          at,
          `Thành viên ${a.reviewerId} có xung đột lợi ích với hồ sơ ${a.submissionId}: ${reasons.map((r) => r.message.vi).join(' ')}`,
          `Reviewer ${a.reviewerId} has a conflict of interest with submission ${a.submissionId}: ${reasons.map((r) => r.message.en).join(' ')}`,
        ),
        submissionId: a.submissionId,
        reviewerId: a.reviewerId,
        reasons,
      });
    }
  });
  const k = check.reviewersPerSubmission;
  if (k !== undefined) {
    for (const s of pool.submissions) {
      const n = counts.get(s.id) ?? 0;
      if (n < k) {
        issues.push({
          ...issue(
            'assignment.too_few_reviewers',
            ['submissions', s.id],
            `Hồ sơ ${s.id} có ${n} người chấm, cần ít nhất ${k}.`,
            `Submission ${s.id} has ${n} reviewers; it needs at least ${k}.`,
          ),
          submissionId: s.id,
        });
      }
    }
  }
  return issues;
}

/** Each reviewer's number of assignments, in the pool's reviewer order (reviewers with none count 0). */
export function reviewerLoads(pool: Pick<ReviewPool, 'reviewers'>, assignments: readonly Assignment[]): ReviewerLoad[] {
  const loads = new Map(pool.reviewers.map((r) => [r.id, 0]));
  for (const a of assignments) {
    const n = loads.get(a.reviewerId);
    if (n !== undefined) loads.set(a.reviewerId, n + 1);
  }
  return [...loads].map(([reviewerId, load]) => ({ reviewerId, load }));
}

/** max − min load over the pool's reviewers (0 for an empty pool). */
export function loadSpread(loads: readonly ReviewerLoad[]): number {
  if (loads.length === 0) return 0;
  const values = loads.map((l) => l.load);
  return Math.max(...values) - Math.min(...values);
}
