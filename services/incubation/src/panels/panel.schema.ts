// Review panels (contest juries, programme selection panels): members, assignment runs, jurors' sheets.
import { rubricDefinitionSchema } from '@sti/review';
import { z } from 'zod';
import { localizedSchema, text } from '../shared/schema.js';

export const panelMemberInputSchema = z.object({
  userId: z.string().min(1).max(100),
  displayName: text(2, 200),
  organisationId: z.string().min(1).max(100).optional(),
  organisationName: text(0, 300).optional(),
});

export const panelInputSchema = z.object({
  /** at least 3 jurors (the engine's minimum per application) */
  members: z.array(panelMemberInputSchema).min(3).max(50),
  reviewersPerItem: z.number().int().min(3).max(15).default(3),
});

export const panelViewSchema = z.object({
  id: z.string(),
  subjectKind: z.enum(['contest_round', 'programme']),
  subjectId: z.string(),
  reviewersPerItem: z.number(),
  assignedAt: z.string().nullable(),
  members: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      organisationName: z.string().nullable(),
      load: z.number(),
      finalSheets: z.number(),
    }),
  ),
});

export const assignInputSchema = z.object({ seed: z.string().max(100).optional() });

export const assignmentRunSchema = z.object({
  assigned: z.number(),
  loads: z.array(z.object({ reviewerId: z.string(), load: z.number() })),
  shortages: z.array(z.object({ applicationId: z.string(), needed: z.number(), assigned: z.number() })),
});

export const sheetStatusSchema = z.enum(['assigned', 'draft', 'final']);

export const juryAssignmentSchema = z.object({
  id: z.string(),
  kind: z.enum(['contest_round', 'programme']),
  subjectId: z.string(),
  subjectTitle: z.string(),
  applicationId: z.string(),
  applicationTitle: z.string(),
  status: sheetStatusSchema,
  total: z.number().nullable(),
  /** whether the round/programme still takes sheets */
  open: z.boolean(),
});
export const juryAssignmentListSchema = z.object({ items: z.array(juryAssignmentSchema) });

export const criterionScoreInputSchema = z.object({
  criterion: z.string().min(1).max(60),
  score: z.number().finite(),
  comment: text(0, 5000).optional(),
});

export const scoreSheetInputSchema = z.object({
  status: z.enum(['draft', 'final']),
  scores: z.array(criterionScoreInputSchema).max(30),
  /** written feedback returned to the applicant (required, ≥ 20 characters, on a final sheet) */
  feedback: text(0, 20_000).default(''),
});

export const juryAssignmentDetailSchema = juryAssignmentSchema.extend({
  rubric: rubricDefinitionSchema,
  application: z.object({
    title: z.string(),
    startupName: z.string(),
    stage: z.string(),
    sectorCode: z.string(),
    trl: z.number(),
    communeCode: z.string(),
    summary: z.string(),
    /** the contest form's answers, labelled */
    answers: z.array(z.object({ key: z.string(), label: localizedSchema, value: z.string() })),
  }),
  sheet: z.object({
    scores: z.array(z.object({ criterion: z.string(), score: z.number(), comment: z.string().optional() })),
    feedback: z.string(),
    total: z.number().nullable(),
    submittedAt: z.string().nullable(),
  }),
});

export const conflictInputSchema = z.object({ reason: text(5, 2000) });

/** What an applicant sees once results are out: each juror's total and written feedback, unnamed. */
export const feedbackEntrySchema = z.object({ juror: z.string(), total: z.number(), comment: z.string() });

export type PanelInput = z.output<typeof panelInputSchema>;
export type PanelView = z.output<typeof panelViewSchema>;
export type AssignmentRun = z.output<typeof assignmentRunSchema>;
export type JuryAssignment = z.output<typeof juryAssignmentSchema>;
export type JuryAssignmentDetail = z.output<typeof juryAssignmentDetailSchema>;
export type ScoreSheetInput = z.output<typeof scoreSheetInputSchema>;
export type FeedbackEntry = z.output<typeof feedbackEntrySchema>;
