// A reviewer declares a conflict on an assignment: the pair is removed, the declaration joins the
// conflict index, and the submission goes to the least-loaded eligible reviewer who does not already
// have it (ties: a seeded-random order when a seed is given, else the pool's reviewer order).
import {
  type ConflictDeclaration,
  type ConflictIndex,
  conflictsOf,
  withDeclaration,
} from '../conflicts/conflict.rules.js';
import { issue } from '../shared/review-issue.js';
import { seededRandom, shuffled } from '../shared/seeded-random.js';
import { reviewerLoads } from './assignment.rules.js';
import type { Assignment, AssignmentIssue, ReviewPool } from './assignment.types.js';

export interface ReassignResult {
  assignments: Assignment[];
  /** the index including the new declaration (keep it: the reviewer stays excluded from now on) */
  conflicts: ConflictIndex;
  replacement: string | undefined;
  issues: AssignmentIssue[];
}

export function reassignOnConflict(
  pool: ReviewPool,
  assignments: readonly Assignment[],
  declaration: ConflictDeclaration,
  seed?: string | number,
): ReassignResult {
  const conflicts = withDeclaration(pool.conflicts, declaration);
  const { submissionId, reviewerId } = declaration;
  const held = assignments.findIndex((a) => a.submissionId === submissionId && a.reviewerId === reviewerId);
  if (held < 0) {
    return {
      assignments: [...assignments],
      conflicts,
      replacement: undefined,
      issues: [
        {
          ...issue(
            'assignment.not_assigned',
            ['submissionId'],
            `Thành viên ${reviewerId} không được phân công hồ sơ ${submissionId}.`,
            `Reviewer ${reviewerId} is not assigned submission ${submissionId}.`,
          ),
          submissionId,
          reviewerId,
        },
      ],
    };
  }
  const remaining = assignments.filter((_, i) => i !== held);
  const submission = pool.submissions.find((s) => s.id === submissionId);
  const holders = new Set(remaining.filter((a) => a.submissionId === submissionId).map((a) => a.reviewerId));
  const load = new Map(reviewerLoads(pool, remaining).map((l) => [l.reviewerId, l.load]));
  const order = seed === undefined ? [...pool.reviewers] : shuffled(pool.reviewers, seededRandom(seed));
  const candidates = submission
    ? order
        .filter((r) => !holders.has(r.id) && conflictsOf(conflicts, r, submission).length === 0)
        .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0))
    : [];
  const chosen = candidates[0];
  if (!chosen) {
    return {
      assignments: remaining,
      conflicts,
      replacement: undefined,
      issues: [
        {
          ...issue(
            'assignment.no_eligible_reviewer',
            ['submissionId'],
            `Không còn thành viên nào đủ điều kiện để chấm thay hồ sơ ${submissionId}.`,
            `No eligible reviewer is left to take over submission ${submissionId}.`,
          ),
          submissionId,
        },
      ],
    };
  }
  return {
    assignments: [...remaining, { submissionId, reviewerId: chosen.id }],
    conflicts,
    replacement: chosen.id,
    issues: [],
  };
}
