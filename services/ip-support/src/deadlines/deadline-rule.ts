import type { IsoDate } from '../holidays/calendar-date.js';

/** The rights the service supports; the same codes as requests and filings. */
export const RIGHT_CODES = [
  'trademark',
  'collective_mark',
  'certification_mark',
  'patent',
  'utility_solution',
  'industrial_design',
  'geographical_indication',
] as const;
export type RightCode = (typeof RIGHT_CODES)[number];

export const DEADLINE_KINDS = ['examination_request', 'office_action_response', 'renewal', 'annuity'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * What a period counts from:
 * - filing: the filing date;
 * - earliest_priority_or_filing: the earliest priority date claimed, else the filing date;
 * - grant: the grant date of the title;
 * - office_action: the date of the office's notice.
 */
export type DeadlineAnchor = 'filing' | 'earliest_priority_or_filing' | 'grant' | 'office_action';

export type OfficeActionKind = 'formality' | 'substantive';

/**
 * One statutory rule, kept as data. A rule has versions by `effectiveFrom`;
 * the version in force on the day its period starts (the filing date, or the
 * notice's date for office actions) applies.
 */
export interface DeadlineRule {
  code: string;
  version: number;
  effectiveFrom: IsoDate;
  rights: RightCode[];
  kind: DeadlineKind;
  anchor: DeadlineAnchor;
  /** The period, in months (years are 12 months). */
  months: number;
  /** office_action rules: which notices they answer. */
  officeActionKind?: OfficeActionKind;
  /** One extension of this many months when the applicant asks for it. */
  extensionMonths?: number;
  /** Repeating deadlines: renewals every N months / yearly annuities. */
  repeat?: { everyMonths: number; count: number };
  /** Annuities: the series stops at the end of the term, counted from filing. */
  termMonthsFromFiling?: number;
  /** The window to act opens this many months before the due date. */
  windowMonthsBefore?: number;
  /** Late action (with a surcharge) is accepted this many months after. */
  graceMonths?: number;
  titleVi: string;
  titleEn: string;
  legalBasis: string;
  /** Values the Department still has to confirm against the current texts. */
  toBeConfirmed: boolean;
}
