// Reviewer-facing shapes (assignments, the blind submission view, score sheets) and the council's
// results. Reviewer responses are serialised through these schemas, so a field not listed here can
// never reach a reviewer.
import { criterionScoreSchema, rubricDefinitionSchema } from '@sti/review';
import { z } from 'zod';

export const blindSubmissionViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  field: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  problem: z.string(),
  solution: z.string(),
  novelty: z.string(),
  applicationPlace: z.string(),
  firstAppliedOn: z.string().nullable(),
  benefitVnd: z.number().nullable(),
  benefitText: z.string(),
  blind: z.boolean(),
  /** only in campaigns that are not blind */
  authors: z.array(z.object({ fullName: z.string(), sharePercent: z.number() })).nullable(),
  unitName: z.string().nullable(),
  /** attachments by number; in a blind campaign without their file names (downloads get a neutral name) */
  attachments: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      fileName: z.string().nullable(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
    }),
  ),
});

export const sheetStatusSchema = z.enum(['none', 'draft', 'final']);

export const scoreSheetViewSchema = z.object({
  status: sheetStatusSchema,
  scores: z.array(criterionScoreSchema),
  comment: z.string().nullable(),
  total: z.number().nullable(),
  submittedAt: z.string().nullable(),
  rubricId: z.string(),
  rubricVersion: z.number().int(),
});

export const otherReviewSchema = z.object({
  /** "Thành viên 1", "Thành viên 2"… — never a name */
  label: z.string(),
  total: z.number(),
});

export const myAssignmentSchema = z.object({
  id: z.string(),
  campaign: z.object({ id: z.string(), title: z.string() }),
  submission: z.object({ id: z.string(), title: z.string(), fieldCode: z.string() }),
  dueOn: z.string(),
  overdue: z.boolean(),
  sheetStatus: sheetStatusSchema,
  roundClosed: z.boolean(),
});

export const myAssignmentListSchema = z.object({ items: z.array(myAssignmentSchema) });

export const assignmentDetailSchema = z.object({
  id: z.string(),
  campaign: z.object({ id: z.string(), title: z.string(), blind: z.boolean() }),
  submission: blindSubmissionViewSchema,
  rubric: rubricDefinitionSchema,
  dueOn: z.string(),
  overdue: z.boolean(),
  sheet: scoreSheetViewSchema,
  roundClosed: z.boolean(),
  /** other reviewers' totals, only once the council has closed the round */
  otherReviews: z.array(otherReviewSchema).nullable(),
});

export const sheetInputSchema = z.object({
  scores: z.array(criterionScoreSchema).max(50),
  comment: z.string().max(20_000).optional(),
});

export const conflictDeclarationSchema = z.object({ reason: z.string().trim().min(5).max(2000) });

export const conflictResultSchema = z.object({
  declared: z.literal(true),
  /** whether another reviewer took the submission over */
  reassigned: z.boolean(),
});

export const aggregateSchema = z.object({
  count: z.number().int(),
  mean: z.number(),
  trimmedMean: z.number(),
  trimmed: z.boolean(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  spread: z.number(),
  needsDiscussion: z.boolean(),
});

export const submissionResultSchema = z.object({
  submissionId: z.string(),
  title: z.string(),
  state: z.string(),
  finalSheets: z.number().int(),
  expectedSheets: z.number().int(),
  aggregate: aggregateSchema.nullable(),
  /** the score the decision uses (trimmed mean), null until scored */
  score: z.number().nullable(),
  aboveThreshold: z.boolean(),
  criterionMeans: z.array(z.object({ criterion: z.string(), mean: z.number() })),
  totals: z.array(otherReviewSchema),
});

export const campaignResultsSchema = z.object({
  campaignId: z.string(),
  threshold: z.number(),
  roundClosed: z.boolean(),
  items: z.array(submissionResultSchema),
});

export const reopenSchema = z.object({ reason: z.string().trim().min(5).max(2000) });

export type BlindSubmissionView = z.output<typeof blindSubmissionViewSchema>;
export type ScoreSheetView = z.output<typeof scoreSheetViewSchema>;
export type MyAssignment = z.output<typeof myAssignmentSchema>;
export type MyAssignmentList = z.output<typeof myAssignmentListSchema>;
export type AssignmentDetail = z.output<typeof assignmentDetailSchema>;
export type SheetInput = z.output<typeof sheetInputSchema>;
export type SubmissionResult = z.output<typeof submissionResultSchema>;
export type CampaignResults = z.output<typeof campaignResultsSchema>;
