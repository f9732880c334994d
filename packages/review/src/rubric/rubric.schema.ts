// Rubric definitions as they cross a boundary (admin form, campaign/contest configuration, events): zod
// schemas a service reuses for request validation and OpenAPI. The semantic rules live in rubric.rules.ts
// and run inside `rubricSchema` too, so one parse reports every problem.
import { z } from 'zod';
import { addReviewIssues } from '../shared/zod-issues.js';
import { validateRubric } from './rubric.rules.js';

export const localizedTextSchema = z.object({
  vi: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export const scoreBandSchema = z.object({
  /** inclusive bounds, on the criterion's step grid */
  min: z.number().finite(),
  max: z.number().finite(),
  label: localizedTextSchema.optional(),
  description: localizedTextSchema,
});

export const rubricCriterionSchema = z.object({
  /** stable key score sheets refer to, e.g. `novelty` */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _'),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** share of the weighted total; the criteria's weights add up to the rubric's `totalWeight` */
  weight: z.number().positive().finite(),
  min: z.number().finite().default(0),
  max: z.number().finite(),
  /** smallest score increment (1 = whole points, 0.5 = half points) */
  step: z.number().positive().finite().default(1),
  bands: z.array(scoreBandSchema).min(1),
});

export const rubricDefinitionSchema = z.object({
  id: z.string().min(1),
  /** a new version for every change; a campaign or contest keeps the version it opened with */
  version: z.number().int().positive(),
  title: localizedTextSchema,
  /** what the weights add up to (100 = per cent) */
  totalWeight: z.number().positive().finite().default(100),
  /** when given, the criteria's maxima add up to it (e.g. a 100-point paper form) */
  maxTotal: z.number().positive().finite().optional(),
  criteria: z.array(rubricCriterionSchema).min(1),
});

/** Structure and rules: weights, maxima, bands covering each range without gaps or overlaps. */
export const rubricSchema = rubricDefinitionSchema.superRefine((rubric, ctx) =>
  addReviewIssues(ctx, validateRubric(rubric)),
);

export type RubricInput = z.input<typeof rubricDefinitionSchema>;
export type Rubric = z.output<typeof rubricDefinitionSchema>;
export type RubricCriterion = z.output<typeof rubricCriterionSchema>;
export type ScoreBand = z.output<typeof scoreBandSchema>;
