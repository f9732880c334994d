// Checks a score sheet against the rubric it claims to use, and computes its weighted total.
import type { Rubric, RubricCriterion } from '../rubric/rubric.schema.js';
import { onStep, roundScore } from '../shared/numbers.js';
import { issue, type ReviewIssue } from '../shared/review-issue.js';
import type { CriterionScore, ScoreSheet } from './score-sheet.schema.js';

export function validateScoreSheet(rubric: Rubric, sheet: ScoreSheet): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  if (sheet.rubricId !== rubric.id || sheet.rubricVersion !== rubric.version) {
    issues.push(
      issue(
        'sheet.rubric_version',
        ['rubricVersion'],
        `Phiếu chấm dùng bộ tiêu chí ${sheet.rubricId} phiên bản ${sheet.rubricVersion}, nhưng đợt này dùng ${rubric.id} phiên bản ${rubric.version}.`,
        `The sheet uses rubric ${sheet.rubricId} version ${sheet.rubricVersion}, but this round uses ${rubric.id} version ${rubric.version}.`,
      ),
    );
    return issues; // criteria of another version cannot be checked meaningfully
  }
  const criteria = new Map(rubric.criteria.map((c) => [c.key, c]));
  const scored = new Set<string>();
  sheet.scores.forEach((entry, index) => {
    const at = ['scores', index];
    const criterion = criteria.get(entry.criterion);
    if (!criterion) {
      issues.push(
        issue(
          'score.unknown_criterion',
          [...at, 'criterion'],
          `Bộ tiêu chí không có tiêu chí "${entry.criterion}".`,
          `The rubric has no criterion "${entry.criterion}".`,
        ),
      );
      return;
    }
    if (scored.has(entry.criterion)) {
      issues.push(
        issue(
          'score.duplicate',
          [...at, 'criterion'],
          `Tiêu chí "${entry.criterion}" được chấm hai lần.`,
          `Criterion "${entry.criterion}" is scored twice.`,
        ),
      );
      return;
    }
    scored.add(entry.criterion);
    if (entry.score < criterion.min || entry.score > criterion.max) {
      issues.push(
        issue(
          'score.out_of_range',
          [...at, 'score'],
          `Điểm "${criterion.title.vi}" phải từ ${criterion.min} đến ${criterion.max}.`,
          `The score for "${criterion.title.en}" must be between ${criterion.min} and ${criterion.max}.`,
        ),
      );
    } else if (!onStep(entry.score, criterion.min, criterion.step)) {
      issues.push(
        issue(
          'score.step',
          [...at, 'score'],
          `Điểm "${criterion.title.vi}" phải theo bước ${criterion.step}.`,
          `The score for "${criterion.title.en}" must be in steps of ${criterion.step}.`,
        ),
      );
    }
  });
  if (sheet.status === 'final') {
    for (const criterion of rubric.criteria) {
      if (!scored.has(criterion.key)) {
        issues.push(
          issue(
            'score.missing',
            ['scores'],
            `Chưa chấm tiêu chí "${criterion.title.vi}"; phiếu chính thức phải chấm đủ mọi tiêu chí.`,
            `"${criterion.title.en}" is not scored; a final sheet must score every criterion.`,
          ),
        );
      }
    }
  }
  return issues;
}

/**
 * A criterion's contribution to the total: its weight × where the score sits in the criterion's range,
 * (score − min) / (max − min). A rubric whose weights equal its maxima (novelty 0–30, weight 30) thus
 * totals the raw points; a 1–5 scale weighted 20 gives 0 for 1 and 20 for 5.
 */
export function criterionPoints(criterion: RubricCriterion, score: number): number {
  return (criterion.weight * (score - criterion.min)) / (criterion.max - criterion.min);
}

/**
 * Weighted total on the rubric's `totalWeight` scale (100 by default), rounded to 6 decimals. Criteria
 * not scored yet (a draft) contribute nothing, so the form can show a running total; only final,
 * valid sheets go into the aggregation.
 */
export function weightedTotal(rubric: Rubric, scores: readonly CriterionScore[]): number {
  const byKey = new Map(scores.map((s) => [s.criterion, s.score]));
  let total = 0;
  for (const criterion of rubric.criteria) {
    const score = byKey.get(criterion.key);
    if (score !== undefined) total += criterionPoints(criterion, score);
  }
  return roundScore(total);
}
