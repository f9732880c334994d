// The initiatives API as the portal sees it: the service's own view and request types (@sti/initiatives/api),
// so a change of the API is a compile error here.
import type { FieldView, LegalGateView, ReferenceView } from '@sti/initiatives/api';
import type { Rubric, RubricInput, ScoreSheet } from '@sti/review';

export type { Rubric, RubricInput, ScoreSheet };

export type {
  CampaignView as Campaign,
  CouncilRole,
  CampaignState,
  SubmissionView as Submission,
  AttachmentView as SubmissionAttachment,
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
  AssignmentBoard,
  AutoAssignResultView,
  ManualAssignmentInput,
  MyAssignment,
  MyAssignmentList,
  AssignmentDetail,
  SheetInput,
  CampaignResults,
  SubmissionResult,
  DecisionView,
  DecisionList,
  DecisionDraftInput,
  RepositoryRecordView as RepositoryRecord,
} from '@sti/initiatives/api';
import type { CouncilInput } from '@sti/initiatives/api';
export type CouncilMemberInput = CouncilInput['members'][number];
export type FieldTerm = FieldView;
export type LegalGate = LegalGateView;
export type Reference = ReferenceView;
