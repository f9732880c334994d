// A round's review settings as a campaign (initiatives) or a contest round (incubation) configures them:
// one schema for both services' forms, validation and OpenAPI, with the engine's defaults.
import { z } from 'zod';
import { MIN_REVIEWERS_PER_SUBMISSION } from '../assignment/assignment.types.js';
import { DEFAULT_AGGREGATION } from '../aggregation/aggregation.js';

export const reviewSettingsSchema = z.object({
  /** K: reviewers per submission */
  reviewersPerSubmission: z.number().int().min(MIN_REVIEWERS_PER_SUBMISSION).max(50),
  /** authors' names, units and organisations hidden from reviewers, and redacted in free text */
  blind: z.boolean().default(true),
  trimFrom: z.number().int().min(3).default(DEFAULT_AGGREGATION.trimFrom),
  spreadMeasure: z.enum(['range', 'stddev']).default(DEFAULT_AGGREGATION.spreadMeasure),
  discussionThreshold: z.number().min(0).finite().default(DEFAULT_AGGREGATION.discussionThreshold),
  /** recognised / awarded when the basis score is ≥ threshold, on the rubric's totalWeight scale */
  threshold: z.number().min(0).finite(),
  basis: z.enum(['trimmedMean', 'mean']).default('trimmedMean'),
});

export type ReviewSettingsInput = z.input<typeof reviewSettingsSchema>;
export type ReviewSettings = z.output<typeof reviewSettingsSchema>;
