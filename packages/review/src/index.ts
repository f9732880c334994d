// @sti/review — the review engine shared by initiative councils (services/initiatives) and idea-contest
// juries (services/incubation). Pure domain code: no framework, no I/O.
export * from './aggregation/aggregation.js';
export * from './aggregation/ranking.js';
export * from './aggregation/submission-aggregate.js';
export * from './assignment/assignment.rules.js';
export * from './assignment/assignment.types.js';
export * from './assignment/auto-assignment.js';
export * from './assignment/reassignment.js';
export * from './conflicts/conflict.rules.js';
export * from './redaction/redaction.js';
export { foldVietnamese } from './redaction/vietnamese-fold.js';
export * from './rubric/rubric.parse.js';
export * from './rubric/rubric.rules.js';
export * from './rubric/rubric.schema.js';
export * from './scoring/score-sheet.rules.js';
export * from './scoring/score-sheet.schema.js';
export * from './shared/numbers.js';
export * from './shared/review-issue.js';
export * from './shared/review-settings.schema.js';
export { seededRandom, shuffled } from './shared/seeded-random.js';
export { addReviewIssues, fromZodIssues } from './shared/zod-issues.js';
