// Deadlines, deadline rules, holiday tables, reminder settings and calendar feeds: requests and views
// (the portal imports these through @sti/ip-support/api).
import { z } from 'zod';
import { isIsoDate } from '../holidays/calendar-date.js';
import { DEADLINE_KINDS, RIGHT_CODES } from './deadline-rule.js';

// Text is NFC-normalised by the services (normaliseLine), not here: transforms have no JSON Schema.
const text = (max: number) => z.string().trim().max(max);
export const isoDateSchema = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');
export const rightCodeSchema = z.enum(RIGHT_CODES);
const pageLimit = z.coerce.number().int().min(1).max(100).default(20);

export const deadlineStatusSchema = z.enum(['open', 'done', 'cancelled']);

export const deadlineViewSchema = z.object({
  id: z.string(),
  filingId: z.string(),
  requestId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  right: rightCodeSchema,
  applicationNumber: z.string(),
  subjectTitle: z.string(),
  key: z.string(),
  ruleCode: z.string(),
  ruleVersion: z.number().int(),
  kind: z.string(),
  sequence: z.number().int(),
  titleVi: z.string(),
  titleEn: z.string(),
  anchorDate: z.string(),
  /** the statutory last day */
  nominalDueDate: z.string(),
  /** the last day to act: moved to the next working day when the statutory one is a day off */
  dueDate: z.string(),
  windowOpensOn: z.string().nullable(),
  nominalGraceEndsOn: z.string().nullable(),
  graceEndsOn: z.string().nullable(),
  officeActionId: z.string().nullable(),
  status: deadlineStatusSchema,
  daysLeft: z.number().int(),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

export const deadlineListSchema = z.object({
  items: z.array(deadlineViewSchema),
  nextCursor: z.string().nullable(),
});
export type DeadlineList = z.infer<typeof deadlineListSchema>;

export const dueSoonQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30),
  right: rightCodeSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: pageLimit,
});

export const organisationDeadlinesQuerySchema = z.object({
  organisationId: z.string().min(1).max(100).optional(),
  status: deadlineStatusSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: pageLimit,
});

// ---- rules ----

export const deadlineRuleInputSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)+$/, 'e.g. patent.examination_request')
    .max(80),
  effectiveFrom: isoDateSchema,
  rights: z.array(rightCodeSchema).min(1),
  kind: z.enum(DEADLINE_KINDS),
  anchor: z.enum(['filing', 'earliest_priority_or_filing', 'grant', 'office_action']),
  months: z.number().int().min(0).max(600),
  officeActionKind: z.enum(['formality', 'substantive']).optional(),
  extensionMonths: z.number().int().min(0).max(24).optional(),
  repeat: z
    .object({ everyMonths: z.number().int().min(1).max(600), count: z.number().int().min(1).max(50) })
    .optional(),
  termMonthsFromFiling: z.number().int().min(1).max(600).optional(),
  windowMonthsBefore: z.number().int().min(0).max(24).optional(),
  graceMonths: z.number().int().min(0).max(24).optional(),
  titleVi: text(300).min(3),
  titleEn: text(300).min(3),
  legalBasis: text(300),
  toBeConfirmed: z.boolean().default(true),
});

export const deadlineRuleViewSchema = deadlineRuleInputSchema.extend({
  version: z.number().int(),
  id: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export const deadlineRuleListSchema = z.object({ items: z.array(deadlineRuleViewSchema) });

export const recomputationSchema = z.object({
  reason: z.string(),
  filings: z.number().int(),
  changed: z.number().int(),
  durationMs: z.number().int(),
});

export const publishedRuleSchema = z.object({ rule: deadlineRuleViewSchema, recomputation: recomputationSchema });

// ---- holidays ----

export const holidayEntrySchema = z.object({
  date: isoDateSchema,
  kind: z.enum(['public_holiday', 'compensatory_day_off', 'make_up_working_day']),
  nameVi: text(200).min(2),
  nameEn: text(200).min(2),
});

export const publishHolidayTableSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  effectiveFrom: isoDateSchema,
  source: z.enum(['official', 'generated']).default('official'),
  entries: z.array(holidayEntrySchema).max(60),
  note: text(1000).optional(),
});

export const holidayTableViewSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  source: z.enum(['official', 'generated']),
  entries: z.array(holidayEntrySchema),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type HolidayTableView = z.infer<typeof holidayTableViewSchema>;

export const holidayOverviewSchema = z.object({
  inForce: z.array(holidayTableViewSchema),
  scheduled: z.array(holidayTableViewSchema),
});
export const holidayVersionsSchema = z.object({ items: z.array(holidayTableViewSchema) });
export const holidayProposalSchema = z.object({
  year: z.number().int(),
  source: z.literal('generated'),
  entries: z.array(holidayEntrySchema),
});
export const publishedHolidayTableSchema = z.object({
  table: holidayTableViewSchema,
  recomputation: recomputationSchema.nullable(),
});

// ---- reminders and calendar feed ----

export const reminderSettingsSchema = z.object({
  scope: z.string(),
  offsetsDays: z.array(z.number().int()),
  emailTo: z.string().nullable(),
});
export const updateReminderSettingsSchema = z.object({
  /** '*' (admin): the default for every organisation */
  organisationId: z.string().min(1).max(100).optional(),
  offsetsDays: z.array(z.number().int().min(0).max(365)).min(1).max(6),
  emailTo: z.email().max(200).nullable().optional(),
});
export const organisationQuerySchema = z.object({ organisationId: z.string().min(1).max(100).optional() });

export const calendarFeedStatusSchema = z.object({
  organisationId: z.string(),
  exists: z.boolean(),
  createdAt: z.string().nullable(),
});
export const calendarFeedTokenSchema = z.object({ token: z.string(), path: z.string() });
