// The IP-support API as the portal sees it: the service's own types (@sti/ip-support/api), so a change of
// the API is a compile error here. PROVISIONAL: the types declared below (subsidies, OCOP, fees, holidays) mirror parts not exported yet; each becomes a re-export as its part lands.

import type { feeTableViewSchema, holidayOverviewSchema, IpRightCode, SubjectKindCode } from '@sti/ip-support/api';
import type { z } from 'zod';

export type {
  ChecklistView as ChecklistVersionView,
  CreateRequestInput,
  DocumentView,
  DossierItemView as ChecklistItemView,
  DeadlineView,
  DossierView,
  FeeEstimate,
  FilingView,
  MilestoneView,
  MessageView,
  PublishChecklistInput,
  RequestAction,
  RequestSummary,
  RequestView,
} from '@sti/ip-support/api';

export type IpRight = IpRightCode;

export const IP_RIGHTS: readonly IpRight[] = [
  'collective_mark',
  'trademark',
  'certification_mark',
  'geographical_indication',
  'patent',
  'utility_solution',
  'industrial_design',
];

export type SubjectKind = SubjectKindCode;
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

export type TriageAction = 'accept' | 'ask_info' | 'decline';

export interface CalendarFeedStatus {
  organisationId: string;
  exists: boolean;
  createdAt: string | null;
}

/** Integer VND: the subsidy API sends JSON numbers (exact up to 2^53), other parts decimal strings. */
export type Vnd = number | string;

export interface EvidenceView {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string;
  uploadedByName: string;
  uploadedAt: string;
}

export type ClaimAction =
  | 'submit'
  | 'request_info'
  | 'approve'
  | 'queue'
  | 'release'
  | 'reject'
  | 'record_payment'
  | 'withdraw';

export interface ClaimView {
  id: string;
  reference: string;
  organisation: { id: string; name: string };
  programmeCode: string;
  right: IpRight;
  kind: string;
  trigger: string;
  triggerDate: string;
  applicantKind: string | null;
  title: string;
  note: string;
  documentedCostVnd: Vnd;
  filingId: string | null;
  requestId: string | null;
  applicationNumber: string | null;
  certificateNumber: string | null;
  /** open | submitted | needs_info | queued | approved | paid | rejected | withdrawn */
  state: string;
  stateReason: string | null;
  amountVnd: Vnd | null;
  policyVersion: number | null;
  budgetYear: number | null;
  queuePosition: number | null;
  paidAt: string | null;
  paymentReference: string | null;
  evidence: EvidenceView[];
  assessment: { eligible: boolean; reasons: string[]; amountVnd: Vnd | null; policyVersion: number | null };
  actions: ClaimAction[];
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface BudgetView {
  id: string;
  programmeCode: string;
  programmeName: string;
  year: number;
  totalVnd: Vnd;
  committedVnd: Vnd;
  paidVnd: Vnd;
  leftVnd: Vnd;
  queuedCount: number;
  queuedVnd: Vnd;
  revision: number;
}

export type SubsidyAmount =
  | { type: 'fixed'; amountVnd: number }
  | { type: 'percentage'; percentBp: number; capVnd: number };

export interface SubsidyRule {
  right: IpRight;
  kind: string;
  trigger: string;
  amount: SubsidyAmount;
  eligibility?: { applicantKinds: string[]; maxClaimsPerOrganisationPerYear: number | null };
}

export interface PolicyVersionView {
  id: string;
  version: number;
  programmeCode: string;
  programmeName: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  inForce: boolean;
  title: string;
  eligibility: { applicantKinds: string[]; maxClaimsPerOrganisationPerYear: number | null };
  rules: SubsidyRule[];
}

export type ReadinessStatus = 'not_started' | 'in_progress' | 'ready_for_review' | 'done' | 'not_applicable';

export interface OcopProductSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  category: string;
  targetStars: number;
  currentStars: number;
  readinessPercent: number;
  starsReached: number;
  readyForTarget: boolean;
  openHelpCount: number;
  /** item code → status */
  itemStatuses: Record<string, ReadinessStatus>;
  updatedAt: string;
}

export interface OcopItemView {
  code: string;
  titleVi: string;
  titleEn: string;
  hintVi: string;
  hintEn: string;
  basis: string;
  minStars: number;
  status: ReadinessStatus;
  problems: string[];
  note: string | null;
  documents: {
    id: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: string;
  }[];
  allowedStatuses: ReadinessStatus[];
  linkedRequest: {
    id: string;
    reference: string;
    right: string;
    state: string;
    certificateNumber: string | null;
  } | null;
}

export interface OcopHelpView {
  id: string;
  itemCode: string;
  question: string;
  askedByName: string;
  askedAt: string;
  state: 'open' | 'answered';
  answer: string | null;
  answeredByName: string | null;
}

export interface OcopProductView extends OcopProductSummary {
  description: string | null;
  rulesEffectiveFrom: string;
  items: OcopItemView[];
  helpRequests: OcopHelpView[];
  revision: number;
}

export type FeeTableView = z.infer<typeof feeTableViewSchema>;
export type HolidayOverview = z.infer<typeof holidayOverviewSchema>;
export type { HolidayTableView } from '@sti/ip-support/api';
