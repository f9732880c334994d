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

export interface RequestSummary {
  id: string;
  reference?: string | null;
  right: IpRight;
  subjectKind: SubjectKind;
  subjectTitle: string;
  organisationId: string;
  organisationName: string;
  state: string;
  assigneeId?: string | null;
  assigneeName?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RequestView extends RequestSummary {
  description: string;
  stateReason?: string | null;
  linkedId?: string | null;
  dossierId?: string | null;
  filingId?: string | null;
}

export interface CreateRequestInput {
  right: IpRight;
  subjectKind: SubjectKind;
  subjectTitle: string;
  description: string;
}

export type TriageAction = 'accept' | 'ask_more' | 'decline';

export interface MessageView {
  id: string;
  authorName: string;
  authorRole?: string | null;
  body: string;
  internal?: boolean;
  createdAt: string;
}

export interface SignatureView {
  /** valid | invalid | modified_after_signing | unknown_ca | unsigned | not_required … */
  verdict: string;
  signerName?: string | null;
  signedAt?: string | null;
  issuer?: string | null;
  detail?: string | null;
}

export interface DocumentView {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number | string;
  sha256: string;
  uploadedAt: string;
  signature?: SignatureView | null;
}

export interface ChecklistItemView {
  code: string;
  titleVi: string;
  titleEn: string;
  mandatory: boolean;
  signatureRequired?: boolean;
  /** missing | uploaded | accepted | rejected */
  state: string;
  note?: string | null;
  documents: DocumentView[];
}

export interface FeeLineView {
  code: string;
  labelVi: string;
  labelEn: string;
  quantity: number;
  amountVnd: string;
}

export interface DossierView {
  id: string;
  requestId: string;
  right: IpRight;
  state: string;
  complete: boolean;
  items: ChecklistItemView[];
  fee?: { totalVnd: string; lines: FeeLineView[] } | null;
}

export interface MilestoneView {
  id: string;
  kind: string;
  occurredOn: string;
  note?: string | null;
  responseDueOn?: string | null;
}

export interface FilingView {
  id: string;
  requestId: string;
  applicationNumber: string;
  filedOn: string;
  priorityDate?: string | null;
  state: string;
  milestones: MilestoneView[];
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
  items: { code: string; titleVi: string; titleEn: string; mandatory: boolean }[];
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
