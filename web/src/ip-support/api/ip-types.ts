// The IP-support API as the portal sees it: the service's own types (@sti/ip-support/api), so a change of
// the API is a compile error here.

import type {
  ClaimView,
  feeTableViewSchema,
  holidayOverviewSchema,
  IpRightCode,
  ocopProductSummarySchema,
  ocopProductViewSchema,
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

export type OcopProductSummary = z.infer<typeof ocopProductSummarySchema>;
export type OcopProductView = z.infer<typeof ocopProductViewSchema>;
export type OcopItemView = OcopProductView['items'][number];

export type FeeTableView = z.infer<typeof feeTableViewSchema>;
export type HolidayOverview = z.infer<typeof holidayOverviewSchema>;
export type { HolidayTableView } from '@sti/ip-support/api';
