// The initiatives API as the portal sees it: the service's own view and request types (@sti/initiatives/api).
// PROVISIONAL below the re-exports: the contract's shapes for what the service has not exported yet
// (assignments, blind view, results, decision, repository record); each goes when its schema lands.
import type { FieldView, LegalGateView, ReferenceView } from '@sti/initiatives/api';
import type { Rubric, RubricInput, ScoreSheet } from '@sti/review';

export type { Rubric, RubricInput, ScoreSheet };

export type {
  CampaignView as Campaign,
  CouncilRole,
  CampaignState,
  SubmissionView as Submission,
  SubmissionSummary,
  CreateSubmissionRequest as SubmissionInput,
  SubmissionState,
  MyCouncil as MyCouncils,
  GateAnswersInput,
  ScreeningDecision,
  RubricRevisionInput,
  CouncilInput,
  VerificationResultView as Verification,
  SimilarRecordsView as SimilarRecords,
} from '@sti/initiatives/api';
import type { CouncilInput } from '@sti/initiatives/api';
export type CouncilMemberInput = CouncilInput['members'][number];
export type FieldTerm = FieldView;
export type LegalGate = LegalGateView;
export type Reference = ReferenceView;

export interface BoardRow {
  submissionId: string;
  title: string;
  reviewers: {
    assignmentId: string;
    reviewerId: string;
    reviewerName: string;
    state: 'assigned' | 'draft' | 'submitted' | 'conflict';
    dueOn: string;
  }[];
}

export interface AssignmentBoard {
  submissions: BoardRow[];
  reviewers: { reviewerId: string; reviewerName: string; assigned: number; submitted: number }[];
}

export interface MyAssignment {
  id: string;
  campaignTitle: string;
  submissionTitle: string;
  dueOn: string;
  state: 'assigned' | 'draft' | 'submitted' | 'conflict';
}

/** The blind view: no author, unit, organisation, contact or file name, by construction of the API. */
export interface BlindAssignment {
  id: string;
  dueOn: string;
  state: MyAssignment['state'];
  submission: {
    title: string;
    fieldCode: string;
    problem: string;
    solution: string;
    novelty: string;
    applicationPlace: string;
    firstAppliedOn: string;
    benefitVnd: string;
    benefitText: string;
    attachments: { id: string; mediaType: string; size: number }[];
  };
  rubric: Rubric;
  sheet: ScoreSheet | null;
}

export interface ResultRow {
  submissionId: string;
  title: string;
  mean: number | null;
  trimmedMean: number | null;
  spread: number | null;
  needsDiscussion: boolean;
  counted: number;
  expected: number;
  reviewers?: { reviewerName: string; total: number | null }[];
}

export interface CampaignResults {
  roundClosed: boolean;
  threshold: number;
  rows: ResultRow[];
  decision?: {
    number: string;
    date: string;
    state: 'draft' | 'approved';
    recognised: { submissionId: string; title: string; score: number }[];
  } | null;
}

export interface RepositoryRecord {
  id: string;
  title: string;
  fieldCode?: string;
  unitName?: string;
  localityName?: string;
  year?: number;
  effectivenessSummary?: string;
  authors?: { name: string; share: number }[];
  decisionNumber?: string;
  certificateCode?: string;
}
