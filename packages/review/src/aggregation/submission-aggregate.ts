// One submission's aggregate from its reviewers' sheets: only final sheets that pass the rubric's rules
// count; drafts and invalid sheets are listed so the secretary sees who has not finished.
import type { Rubric } from '../rubric/rubric.schema.js';
import { validateScoreSheet, weightedTotal } from '../scoring/score-sheet.rules.js';
import type { ScoreSheet } from '../scoring/score-sheet.schema.js';
import { roundScore } from '../shared/numbers.js';
import { type AggregationOptions, aggregateTotals, type ScoreAggregate } from './aggregation.js';

export interface ReviewerSheet {
  reviewerId: string;
  sheet: ScoreSheet;
}

export interface SubmissionAggregate {
  aggregate: ScoreAggregate | undefined;
  /** each counted reviewer's weighted total */
  totals: { reviewerId: string; total: number }[];
  /** mean score per criterion over the counted sheets (feedback to authors / applicants) */
  criterionMeans: { criterion: string; mean: number }[];
  /** reviewers whose sheet is still a draft or does not validate */
  notCounted: { reviewerId: string; reason: 'draft' | 'invalid' }[];
}

export function aggregateSheets(
  rubric: Rubric,
  sheets: readonly ReviewerSheet[],
  options: AggregationOptions = {},
): SubmissionAggregate {
  const counted: ReviewerSheet[] = [];
  const notCounted: SubmissionAggregate['notCounted'] = [];
  for (const entry of sheets) {
    if (entry.sheet.status !== 'final') notCounted.push({ reviewerId: entry.reviewerId, reason: 'draft' });
    else if (validateScoreSheet(rubric, entry.sheet).length > 0)
      notCounted.push({ reviewerId: entry.reviewerId, reason: 'invalid' });
    else counted.push(entry);
  }
  const totals = counted.map((e) => ({ reviewerId: e.reviewerId, total: weightedTotal(rubric, e.sheet.scores) }));
  const criterionMeans = rubric.criteria.map((c) => {
    const scores = counted.flatMap((e) => e.sheet.scores.filter((s) => s.criterion === c.key).map((s) => s.score));
    return {
      criterion: c.key,
      mean: scores.length ? roundScore(scores.reduce((a, b) => a + b, 0) / scores.length) : 0,
    };
  });
  return {
    aggregate: aggregateTotals(
      totals.map((t) => t.total),
      options,
    ),
    totals,
    criterionMeans: counted.length ? criterionMeans : [],
    notCounted,
  };
}
