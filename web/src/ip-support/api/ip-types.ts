// The IP-support API as the portal sees it. PROVISIONAL: written before services/ip-support exported
// its zod types; each type here is replaced by a re-export from '@sti/ip-support/api' as the service
// lands, so a change of the API becomes a compile error in the pages.

export type IpRight =
  | 'trademark'
  | 'collective_mark'
  | 'certification_mark'
  | 'patent'
  | 'utility_solution'
  | 'industrial_design'
  | 'geographical_indication';

export const IP_RIGHTS: readonly IpRight[] = [
  'collective_mark',
  'trademark',
  'certification_mark',
  'geographical_indication',
  'patent',
  'utility_solution',
  'industrial_design',
];

export type SubjectKind = 'product' | 'technology' | 'ocop_product' | 'initiative' | 'techmart_offer';
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'product',
  'ocop_product',
  'technology',
  'initiative',
  'techmart_offer',
];

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export type RequestAction =
  | 'accept'
  | 'ask_info'
  | 'decline'
  | 'resubmit'
  | 'withdraw'
  | 'complete_dossier'
  | 'reopen_dossier'
  | 'file'
  | 'grant'
  | 'refuse';

export interface RequestSummary {
  id: string;
  reference: string;
  organisation: { id: string; name: string };
  requesterName: string;
  right: IpRight;
  subjectKind: SubjectKind;
  subjectTitle: string;
  subjectRefId: string | null;
  /** submitted | needs_info | accepted | declined | dossier_complete | filed | granted | refused | withdrawn */
  state: string;
  assigneeId: string | null;
  assigneeName: string | null;
  submittedAt: string;
  updatedAt: string;
}

export interface RequestView extends RequestSummary {
  description: string;
  stateReason: string | null;
  acceptedAt: string | null;
  revision: number;
  linkedSubject: { id: string; kind: string; title: string; status: string | null } | null;
  allowedActions: RequestAction[];
  dossier: { mandatoryCount: number; acceptedCount: number; itemCount: number; complete: boolean } | null;
}

export interface CreateRequestInput {
  right: IpRight;
  subjectKind: SubjectKind;
  subjectTitle: string;
  subjectRefId?: string;
  description: string;
}

export type TriageAction = 'accept' | 'ask_info' | 'decline';

export interface MessageView {
  id: string;
  authorId: string;
  authorName: string;
  authorSide: 'business' | 'officer';
  internal: boolean;
  body: string;
  createdAt: string;
}

export interface DocumentView {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName?: string;
  /** unchecked | not_pdf | unsigned | valid | invalid | modified | unknown_ca | error */
  signatureStatus?: string;
  /** the signature checker's report: signer, signing time, issuer… */
  signatureReport?: unknown;
}

export interface ChecklistItemView {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string;
  hintVi: string | null;
  hintEn: string | null;
  mandatory: boolean;
  signatureRequired: boolean;
  /** missing | uploaded | accepted | rejected */
  state: string;
  reviewNote: string | null;
  document: DocumentView | null;
  history: DocumentView[];
}

export interface FeeLineView {
  code: string;
  labelVi: string;
  labelEn: string;
  quantity: number;
  amountVnd: string;
}

export interface FeeEstimate {
  totalVnd: string;
  lines: FeeLineView[];
}

export interface DossierView {
  requestId: string;
  complete: boolean;
  mandatoryCount: number;
  acceptedCount: number;
  fee: FeeEstimate | null;
  items: ChecklistItemView[];
}

export interface MilestoneView {
  id: string;
  kind: string;
  occurredOn: string;
  responseDueOn: string | null;
  relatesTo?: string | null;
  note: string | null;
}

export interface FilingView {
  id: string;
  requestId: string;
  right: IpRight;
  applicationNumber: string;
  territory: 'domestic' | 'foreign';
  filingDate: string;
  priorityDate: string | null;
  /** filed | formality_examination | publication | substantive_examination | granted | refused | withdrawn */
  stage: string;
  certificateNumber: string | null;
  grantedOn: string | null;
  refusedOn: string | null;
  milestones: MilestoneView[];
  allowedMilestones: string[];
}

export interface DeadlineView {
  id: string;
  filingId?: string | null;
  requestId?: string | null;
  organisationId: string;
  organisationName?: string | null;
  kind: string;
  dueOn: string;
  right?: IpRight | null;
  subjectTitle?: string | null;
  applicationNumber?: string | null;
}

export interface ClaimView {
  id: string;
  requestId?: string | null;
  organisationId: string;
  organisationName: string;
  right?: IpRight | null;
  subjectTitle?: string | null;
  state: string;
  requestedVnd?: string | null;
  approvedVnd?: string | null;
  paidVnd?: string | null;
  decisionNote?: string | null;
  paymentReference?: string | null;
  evidence: DocumentView[];
  createdAt: string;
  updatedAt: string;
}

export interface BudgetView {
  id: string;
  programme: string;
  year: number;
  totalVnd: string;
  committedVnd: string;
  paidVnd: string;
  leftVnd: string;
}

export interface OcopItemView {
  code: string;
  titleVi: string;
  titleEn: string;
  state: string;
  note?: string | null;
}

export interface OcopProductView {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  stars?: number | null;
  state: string;
  items: OcopItemView[];
}

export interface ChecklistVersionView {
  id: string;
  right: IpRight;
  effectiveFrom: string;
  items: {
    code: string;
    titleVi: string;
    titleEn: string;
    hintVi?: string | null;
    hintEn?: string | null;
    mandatory: boolean;
    signatureRequired?: boolean;
  }[];
  note?: string | null;
}

export interface FeeRowView {
  id: string;
  right: IpRight;
  code: string;
  labelVi: string;
  labelEn: string;
  amountVnd: string;
  effectiveFrom: string;
}

export interface PolicyView {
  id: string;
  right: IpRight;
  territory: string;
  trigger: string;
  amountVnd?: string | null;
  percent?: number | null;
  capVnd?: string | null;
  effectiveFrom: string;
}

export interface HolidayView {
  id?: string;
  date: string;
  nameVi: string;
  nameEn?: string | null;
}
