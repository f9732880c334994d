// Readiness requests and views (the portal imports these through @sti/incubation/api).
import { z } from 'zod';
import { CERTIFICATIONS, READINESS_FACTS, READINESS_FIGURES } from './readiness.rules.js';

const text = z.object({ vi: z.string(), en: z.string() });
/** Amounts and counts as decimal strings (bigint-safe in JSON). */
const amount = z.string().regex(/^\d{1,18}$/, 'a whole number as a decimal string');

export const readinessFactsSchema = z.object(
  Object.fromEntries(READINESS_FACTS.map((f) => [f, z.boolean().optional()])) as Record<
    (typeof READINESS_FACTS)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);
export const readinessFiguresSchema = z.object(
  Object.fromEntries(READINESS_FIGURES.map((f) => [f, amount.optional()])) as Record<
    (typeof READINESS_FIGURES)[number],
    z.ZodOptional<typeof amount>
  >,
);

/** A startup's own figures (the last complete financial year) and declared facts. */
export const readinessInputSchema = z.object({
  fiscalYear: z.number().int().min(2000).max(2100),
  facts: readinessFactsSchema,
  figures: readinessFiguresSchema,
});

/** An officer records a certification the startup obtained. */
export const certificationInputSchema = z.object({
  certification: z.enum(CERTIFICATIONS),
  certified: z.boolean(),
});

export const conditionResultSchema = z.object({
  code: z.string(),
  title: text,
  hint: text,
  status: z.enum(['met', 'not_met', 'missing']),
  actualBasisPoints: z.number().int().nullable(),
  requiredBasisPoints: z.number().int().nullable(),
  missing: z.array(z.string()),
});

export const readinessResultSchema = z.object({
  certification: z.enum(CERTIFICATIONS),
  ruleSetId: z.string(),
  basis: text,
  effectiveFrom: z.string(),
  conditions: z.array(conditionResultSchema),
  met: z.number().int(),
  total: z.number().int(),
  level: z.enum(['ready', 'close', 'in_progress']),
  certified: z.boolean(),
});

export const readinessViewSchema = z.object({
  startup: z.object({ id: z.string(), name: z.string() }),
  /** the day whose rules were applied (YYYY-MM-DD, Asia/Ho_Chi_Minh) */
  evaluatedOn: z.string(),
  fiscalYear: z.number().int().nullable(),
  facts: z.record(z.string(), z.boolean()),
  /** amounts as decimal strings */
  figures: z.record(z.string(), z.string()),
  results: z.array(readinessResultSchema),
  updatedAt: z.string().nullable(),
});

export const pipelineRowSchema = z.object({
  certification: z.enum(CERTIFICATIONS),
  target: z.number().int(),
  byYear: z.number().int(),
  certified: z.number().int(),
  ready: z.number().int(),
  close: z.number().int(),
  inProgress: z.number().int(),
  gap: z.number().int(),
});
export const pipelineStartupSchema = z.object({
  startup: z.object({ id: z.string(), name: z.string() }),
  levels: z.array(
    z.object({
      certification: z.enum(CERTIFICATIONS),
      level: z.enum(['ready', 'close', 'in_progress']),
      met: z.number().int(),
      total: z.number().int(),
      certified: z.boolean(),
    }),
  ),
});
export const pipelineViewSchema = z.object({
  evaluatedOn: z.string(),
  rows: z.array(pipelineRowSchema),
  startups: z.array(pipelineStartupSchema),
});

export const ruleSetViewSchema = z.object({
  id: z.string(),
  certification: z.enum(CERTIFICATIONS),
  title: text,
  basis: text,
  effectiveFrom: z.string(),
  inForce: z.boolean(),
  conditions: z.array(z.object({ code: z.string(), title: text, hint: text })),
});
export const ruleSetListSchema = z.object({ items: z.array(ruleSetViewSchema) });

export type ReadinessInput = z.infer<typeof readinessInputSchema>;
export type CertificationInput = z.infer<typeof certificationInputSchema>;
export type ReadinessView = z.infer<typeof readinessViewSchema>;
export type PipelineView = z.infer<typeof pipelineViewSchema>;
export type RuleSetList = z.infer<typeof ruleSetListSchema>;
