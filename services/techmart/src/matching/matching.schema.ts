// Matching: suggestions with their explanation, the officer's workbench and dashboard. Portal-safe: zod only.

import { z } from 'zod';
import { TRANSFER_MODES } from '../offers/offer.schema.js';
import {
  block,
  codeSchema,
  localityViewSchema,
  organisationViewSchema,
  pageQuerySchema,
  referenceTermViewSchema,
} from '../shared/schema-primitives.js';

export const CANDIDATE_TYPES = ['technology', 'equipment', 'expert'] as const;
export const candidateTypeSchema = z.enum(CANDIDATE_TYPES);
export type CandidateType = z.infer<typeof candidateTypeSchema>;
export type TransferModeCode = (typeof TRANSFER_MODES)[number];

export const MATCH_FACTORS = ['text', 'sector', 'trl', 'budget', 'locality', 'transfer', 'track_record'] as const;
export type MatchFactorName = (typeof MATCH_FACTORS)[number];

/** One factor of a suggestion's score: what it contributed (points of 1,000) and the facts behind it. */
export const matchFactorSchema = z
  .object({
    factor: z.enum(MATCH_FACTORS),
    points: z.number().int(),
    maxPoints: z.number().int(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  })
  .meta({ id: 'MatchFactor' });
export type MatchFactor = z.infer<typeof matchFactorSchema>;

export const SUGGESTION_STATES = ['suggested', 'shortlisted', 'dismissed', 'connected'] as const;
export const suggestionStateSchema = z.enum(SUGGESTION_STATES);

/** Why an officer set a suggestion aside (kept and reported; it does not change the ranking yet). */
export const DISMISS_REASONS = [
  'not_relevant',
  'too_expensive',
  'not_ready',
  'too_far',
  'supplier_unreliable',
  'other',
] as const;
export const dismissReasonSchema = z.enum(DISMISS_REASONS);

export const candidateSummarySchema = z.object({
  type: candidateTypeSchema,
  id: z.string(),
  title: z.string(),
  owner: organisationViewSchema,
  sectorCodes: z.array(z.string()),
  locality: z.object({ provinceCode: z.string(), communeCode: z.string().optional() }),
  trl: z.number().int().optional(),
  priceVnd: z.string().optional(),
  negotiable: z.boolean(),
});

export const suggestionViewSchema = z
  .object({
    id: z.string(),
    needId: z.string(),
    candidate: candidateSummarySchema,
    points: z.number().int().describe('0–1,000: the sum of the factors’ points'),
    factors: z.array(matchFactorSchema),
    state: suggestionStateSchema,
    /** appeared after the officer last looked at this need's suggestions (a newly published supplier) */
    isNew: z.boolean(),
    suggestedAt: z.string(),
    dismissal: z
      .object({ reasonCode: dismissReasonSchema, reasonText: z.string().optional(), by: z.string(), at: z.string() })
      .optional(),
    connectionId: z.string().optional(),
  })
  .meta({ id: 'Suggestion' });
export type SuggestionView = z.infer<typeof suggestionViewSchema>;

export const needSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  problem: z.string(),
  sector: referenceTermViewSchema,
  locality: localityViewSchema,
  requester: organisationViewSchema,
  desiredTrl: z.number().int().optional(),
  budget: z.object({ minVnd: z.string().optional(), maxVnd: z.string().optional() }),
  publishedAt: z.string(),
  ageDays: z.number().int(),
});

export const needSuggestionsViewSchema = z
  .object({
    need: needSummarySchema,
    technology: z.array(suggestionViewSchema),
    equipment: z.array(suggestionViewSchema),
    expert: z.array(suggestionViewSchema),
    dismissed: z.array(suggestionViewSchema),
  })
  .meta({ id: 'NeedSuggestions' });
export type NeedSuggestionsView = z.infer<typeof needSuggestionsViewSchema>;

export const workbenchQuerySchema = pageQuerySchema.extend({
  communeCode: codeSchema.optional(),
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** only needs with suggestions the officer has not looked at */
  newOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type WorkbenchQuery = z.infer<typeof workbenchQuerySchema>;

export const workbenchItemSchema = z.object({
  need: needSummarySchema,
  suggestionCount: z.number().int(),
  newSuggestionCount: z.number().int(),
  shortlistedCount: z.number().int(),
  connectionCount: z.number().int(),
  top: z.array(suggestionViewSchema),
});
export const workbenchPageSchema = z
  .object({ items: z.array(workbenchItemSchema), nextCursor: z.string().nullable(), total: z.number().int() })
  .meta({ id: 'WorkbenchPage' });
export type WorkbenchItem = z.infer<typeof workbenchItemSchema>;
export type WorkbenchPage = z.infer<typeof workbenchPageSchema>;

export const dismissInputSchema = z
  .object({ reasonCode: dismissReasonSchema, reasonText: block(0, 1000).optional() })
  .meta({ id: 'DismissSuggestionInput' });
export type DismissInput = z.infer<typeof dismissInputSchema>;

/** For an offer or expert: the open needs it could serve, best first. */
export const needMatchViewSchema = z.object({
  need: needSummarySchema,
  points: z.number().int(),
  factors: z.array(matchFactorSchema),
});
export const offerNeedMatchesSchema = z
  .object({ items: z.array(needMatchViewSchema) })
  .meta({ id: 'OfferNeedMatches' });
export type OfferNeedMatches = z.infer<typeof offerNeedMatchesSchema>;

export const dashboardQuerySchema = z.object({
  communeCode: codeSchema.optional(),
  /** YYYY-MM, Asia/Ho_Chi_Minh; all time when absent */
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const matchingDashboardSchema = z
  .object({
    openNeeds: z.number().int(),
    needsWithSuggestions: z.number().int(),
    needsMatched: z.number().int().describe('needs with at least one connection'),
    connections: z.record(z.string(), z.number().int()),
    dealsSigned: z.number().int(),
    dealsValueVnd: z.string(),
    dismissalsByReason: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'MatchingDashboard' });
export type MatchingDashboard = z.infer<typeof matchingDashboardSchema>;
