import type { ConflictIndex, ConflictReason, Reviewer, Submission } from '../conflicts/conflict.rules.js';
import type { ReviewIssue } from '../shared/review-issue.js';

export interface Assignment {
  submissionId: string;
  reviewerId: string;
}

/** The council / jury and what it reviews. */
export interface ReviewPool {
  submissions: readonly Submission[];
  reviewers: readonly Reviewer[];
  conflicts: ConflictIndex;
}

export interface AssignmentIssue extends ReviewIssue {
  submissionId?: string;
  reviewerId?: string;
  /** why the pair is excluded (assignment.conflict) */
  reasons?: ConflictReason[];
}

export interface ReviewerLoad {
  reviewerId: string;
  load: number;
}

/** Smallest allowed number of reviewers per submission (issue 10: "reviews per submission ≥ 3"). */
export const MIN_REVIEWERS_PER_SUBMISSION = 3;
