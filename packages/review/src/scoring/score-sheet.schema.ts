// A reviewer's score sheet as the scoring form sends it. Reviewer and submission come from the route and
// the signed-in user, not from the body. `scoreSheetSchemaFor(rubric)` adds the rubric's rules.
import { z } from 'zod';
import type { Rubric } from '../rubric/rubric.schema.js';
import { addReviewIssues } from '../shared/zod-issues.js';
import { validateScoreSheet } from './score-sheet.rules.js';

export const criterionScoreSchema = z.object({
  criterion: z.string().min(1),
  score: z.number().finite(),
  comment: z.string().max(5000).optional(),
});

export const scoreSheetSchema = z.object({
  rubricId: z.string().min(1),
  rubricVersion: z.number().int().positive(),
  /** a draft may be incomplete; a final sheet scores every criterion and counts in the aggregation */
  status: z.enum(['draft', 'final']),
  scores: z.array(criterionScoreSchema),
  /** written feedback for the author / applicant */
  comment: z.string().max(20_000).optional(),
});

export type CriterionScore = z.output<typeof criterionScoreSchema>;
export type ScoreSheet = z.output<typeof scoreSheetSchema>;

/** The sheet's structure plus the rubric's rules (ranges, steps, completeness on final submit). */
export function scoreSheetSchemaFor(rubric: Rubric) {
  return scoreSheetSchema.superRefine((sheet, ctx) => addReviewIssues(ctx, validateScoreSheet(rubric, sheet)));
}
