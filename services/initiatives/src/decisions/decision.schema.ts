// The recognition decision: drafted by the secretary from the aggregated scores, approved by the chair.
import { z } from 'zod';

export const decisionKindSchema = z.enum(['initial', 'appeal']);

export const decisionDraftSchema = z.object({
  /** e.g. "125/QĐ-SKHCN" */
  number: z.string().trim().min(3).max(60),
  /** YYYY-MM-DD */
  decidedOn: z.iso.date(),
  kind: decisionKindSchema.default('initial'),
  /** appeal decisions: the council's re-decision per appealed submission (default: score ≥ threshold) */
  appeals: z
    .array(z.object({ submissionId: z.uuid(), recognised: z.boolean() }))
    .max(500)
    .default([]),
});

export const decisionEntrySchema = z.object({
  submissionId: z.string(),
  title: z.string(),
  score: z.number().nullable(),
  recognised: z.boolean(),
  certificateCode: z.string().nullable(),
});

export const decisionViewSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  kind: decisionKindSchema,
  number: z.string(),
  decidedOn: z.string(),
  status: z.enum(['draft', 'approved']),
  threshold: z.number(),
  entries: z.array(decisionEntrySchema),
  approvedAt: z.string().nullable(),
});

export const decisionListSchema = z.object({ items: z.array(decisionViewSchema) });

export type DecisionDraftInput = z.output<typeof decisionDraftSchema>;
export type DecisionEntryView = z.output<typeof decisionEntrySchema>;
export type DecisionView = z.output<typeof decisionViewSchema>;
export type DecisionList = z.output<typeof decisionListSchema>;
