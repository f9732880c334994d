// Assignment requests and the secretary's progress board.
import { z } from 'zod';

export const manualAssignmentSchema = z.object({
  submissionId: z.uuid(),
  reviewerUserId: z.string().min(1),
});

export const boardReviewerStatusSchema = z.enum(['assigned', 'draft', 'submitted', 'conflict']);

export const assignmentBoardSchema = z.object({
  campaignId: z.string(),
  reviewsPerSubmission: z.number().int(),
  submissions: z.array(
    z.object({
      submissionId: z.string(),
      title: z.string(),
      complete: z.boolean(),
      reviewers: z.array(
        z.object({
          assignmentId: z.string(),
          reviewerUserId: z.string(),
          displayName: z.string(),
          status: boardReviewerStatusSchema,
          method: z.string(),
          dueOn: z.string(),
          overdue: z.boolean(),
        }),
      ),
    }),
  ),
  reviewers: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      assigned: z.number().int(),
      submitted: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});

export const autoAssignResultSchema = z.object({
  created: z.number().int(),
  shortages: z.array(z.object({ submissionId: z.string(), needed: z.number().int(), assigned: z.number().int() })),
  board: assignmentBoardSchema,
});

export const reminderResultSchema = z.object({ reminded: z.number().int() });

export type ManualAssignmentInput = z.output<typeof manualAssignmentSchema>;
export type AssignmentBoard = z.output<typeof assignmentBoardSchema>;
export type AutoAssignResultView = z.output<typeof autoAssignResultSchema>;
