// Untrusted rubric input → a rubric or the full list of problems; revisions bump the version.
import type { ReviewIssue } from '../shared/review-issue.js';
import { fromZodIssues } from '../shared/zod-issues.js';
import { validateRubric } from './rubric.rules.js';
import { type Rubric, type RubricInput, rubricDefinitionSchema } from './rubric.schema.js';

export type RubricResult = { ok: true; rubric: Rubric } | { ok: false; issues: ReviewIssue[] };

/** Structure first (every structural problem), then, on a well-formed rubric, every rule problem. */
export function parseRubric(input: unknown): RubricResult {
  const parsed = rubricDefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = validateRubric(parsed.data);
  return issues.length === 0 ? { ok: true, rubric: parsed.data } : { ok: false, issues };
}

/**
 * A new version of a rubric: same id, version + 1, validated. Campaigns and contests keep the version
 * they opened with, so a revision never changes how sheets already scored are read.
 */
export function reviseRubric(current: Rubric, next: Omit<RubricInput, 'id' | 'version'>): RubricResult {
  return parseRubric({ ...next, id: current.id, version: current.version + 1 });
}
