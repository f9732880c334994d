// PROVISIONAL: the contract's shapes (INITIATIVES-CONTRACT.md) until @sti/initiatives/api lands; then every
// type here becomes a z.infer of the service's own view schemas and this comment goes.
import type { FieldView, LegalGateView, ReferenceView } from '@sti/initiatives/api';
import type { Rubric, RubricInput, ScoreSheet } from '@sti/review';
import type { LocalizedText } from '../../shared/api/problem.ts';

export type { Rubric, RubricInput, ScoreSheet };

export type SubmissionState =
  | 'draft'
  | 'submitted'
  | 'screening'
  | 'under_review'
  | 'recognised'
  | 'not_recognised'
  | 'redirected'
  | 'withdrawn'
  | 'appealed';

export type CampaignState = 'draft' | 'open' | 'closed' | 'reviewing' | 'round_closed' | 'decided';
export type CouncilRole = 'chair' | 'secretary' | 'reviewer';

export type { FieldView, LegalGateView, ReferenceView } from '@sti/initiatives/api';
export type FieldTerm = FieldView;
export type LegalGate = LegalGateView;
export type Reference = ReferenceView;

export interface CouncilMember {
  userId: string;
  displayName?: string;
  role: CouncilRole;
}

export interface Campaign {
  id: string;
  title: string;
  organisationId: string;
  organisationName?: string;
  level: 'unit' | 'commune' | 'province';
  state: CampaignState;
  submissionOpensOn: string;
  submissionClosesOn: string;
  threshold: number;
  reviewsPerSubmission: number;
  blind: boolean;
  appealDays: number;
  rubric?: Rubric | null;
  council: CouncilMember[];
  myRoles?: CouncilRole[];
}

export interface AuthorInput {
  name: string;
  share: number;
  unit?: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface Submission {
  id: string;
  campaignId: string;
  campaignTitle?: string;
  title: string;
  state: SubmissionState;
  authors: AuthorInput[];
  unitName: string;
  fieldCode: string;
  problem: string;
  solution: string;
  novelty: string;
  applicationPlace: string;
  firstAppliedOn: string;
  benefitVnd: string;
  benefitText: string;
  identifyingFields: string[];
  attachments: Attachment[];
  updatedAt: string;
  submittedAt?: string;
  screening?: { outcome: string; reason?: string };
  decision?: { outcome: 'recognised' | 'not_recognised'; number: string; date: string; score?: number };
  certificateCode?: string;
  appeal?: { reason: string; filedAt: string; outcome?: string };
  appealDeadline?: string;
}

export interface SubmissionInput {
  campaignId: string;
  title: string;
  authors: AuthorInput[];
  unitName: string;
  fieldCode: string;
  problem: string;
  solution: string;
  novelty: string;
  applicationPlace: string;
  firstAppliedOn: string;
  benefitVnd: string;
  benefitText: string;
  identifyingFields: string[];
}

export interface GateAnswer {
  gate: string;
  passed: boolean;
  reason: string;
}

export interface SimilarRecord {
  id: string;
  title: string;
  unitName?: string;
  year?: number;
  score: number;
}

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

export interface Verification {
  status: 'valid' | 'revoked' | 'unknown';
  code: string;
  title?: string;
  authors?: { name: string; share: number }[];
  organisationName?: string;
  decisionNumber?: string;
  decisionDate?: string;
  revokedReason?: string;
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

export interface MyCouncil {
  campaign: Campaign;
  roles: CouncilRole[];
}
