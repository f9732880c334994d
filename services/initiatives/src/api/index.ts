// @sti/initiatives/api — the request/response schemas and types the portal imports.
// Portal-safe: only zod schemas and plain TypeScript (no Node, Nest or Prisma).
export * from '../reference/reference.schema.js';
export * from '../campaigns/campaign.schema.js';
export * from '../submissions/submission.schema.js';
export * from '../screening/screening.schema.js';
export {
  SUBMISSION_ACTIONS,
  SUBMISSION_STATES,
  type SubmissionAction,
  type SubmissionState,
} from '../submissions/submission-lifecycle.js';
export { FULL_SHARE_HUNDREDTHS, shareProblems } from '../submissions/author-shares.js';
export * from '../certificates/certificate.schema.js';
export * from '../notifications/notification.schema.js';
export * from '../repository/import/import.schema.js';
export * from '../repository/similarity/similarity.schema.js';
export * from '../exports/exports.schema.js';
export * from '../assignments/assignment.schema.js';
export * from '../reviews/review.schema.js';
export * from '../decisions/decision.schema.js';
export * from '../repository/repository.schema.js';
export * from '../notifications/notification.schema.js';
