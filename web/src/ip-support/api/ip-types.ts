// The IP-support API as the portal sees it: the service's own types (@sti/ip-support/api), so a change of
// the API is a compile error here. PROVISIONAL: the OCOP types declared below mirror a part not merged
// here yet; they become re-exports when it lands.

import type {
  ClaimView,
  feeTableViewSchema,
  holidayOverviewSchema,
  IpRightCode,
  PolicyVersionView,
  SubjectKindCode,
} from '@sti/ip-support/api';
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
  PlatformSubjectView,
  PublishChecklistInput,
  RequestAction,
  RequestSummary,
  RequestView,
  BudgetView,
  ClaimView,
  EvidenceView,
  PolicyVersionView,
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

export type ClaimAction = ClaimView['actions'][number];
export type SubsidyRule = PolicyVersionView['rules'][number];

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
