import { describe, expect, it } from 'vitest';
import type { ScoreSheet } from '../scoring/score-sheet.schema.js';
import { initiativeRubric } from '../test-support/rubric-fixture.js';
import { aggregateTotals } from './aggregation.js';
import { aggregateSheets } from './submission-aggregate.js';

describe('aggregateTotals', () => {
  it.each<[string, number[], { mean: number; trimmedMean: number; trimmed: boolean; median: number; range: number }]>([
    ['one review', [70], { mean: 70, trimmedMean: 70, trimmed: false, median: 70, range: 0 }],
    [
      'three reviews: no trimming below five',
      [60, 70, 95],
      { mean: 75, trimmedMean: 75, trimmed: false, median: 70, range: 35 },
    ],
    [
      'four reviews: even median',
      [60, 70, 80, 90],
      { mean: 75, trimmedMean: 75, trimmed: false, median: 75, range: 30 },
    ],
    [
      'five reviews: highest and lowest dropped',
      [10, 70, 72, 74, 100],
      { mean: 65.2, trimmedMean: 72, trimmed: true, median: 72, range: 90 },
    ],
    [
      'ties at the extremes drop one each',
      [50, 50, 60, 90, 90],
      { mean: 68, trimmedMean: 66.666667, trimmed: true, median: 60, range: 40 },
    ],
    [
      'fractional totals compare exactly',
      [0.1, 0.2, 0.3],
      { mean: 0.2, trimmedMean: 0.2, trimmed: false, median: 0.2, range: 0.2 },
    ],
  ])('%s', (_name, totals, expected) => {
    expect(aggregateTotals(totals)).toMatchObject(expected);
  });

  it('is undefined without any review', () => {
    expect(aggregateTotals([])).toBeUndefined();
  });

  it('trims from a configurable number of reviews (never below 3)', () => {
    expect(aggregateTotals([60, 70, 95], { trimFrom: 3 })).toMatchObject({ trimmedMean: 70, trimmed: true });
    expect(() => aggregateTotals([1], { trimFrom: 2 })).toThrow(RangeError);
  });

  it('computes the population standard deviation', () => {
    expect(aggregateTotals([2, 4, 4, 4, 5, 5, 7, 9])?.stdDev).toBe(2);
  });

  it.each<[string, number[], { spreadMeasure?: 'range' | 'stddev'; discussionThreshold?: number }, boolean]>([
    ['range above the default 20 points', [60, 81], {}, true],
    ['range exactly at the threshold is not flagged', [60, 80], {}, false],
    ['a tighter threshold', [60, 70], { discussionThreshold: 5 }, true],
    ['standard deviation below the threshold', [60, 80], { spreadMeasure: 'stddev', discussionThreshold: 10 }, false],
    ['standard deviation above the threshold', [50, 80], { spreadMeasure: 'stddev', discussionThreshold: 10 }, true],
  ])('flags for discussion: %s', (_name, totals, options, flagged) => {
    expect(aggregateTotals(totals, options)?.needsDiscussion).toBe(flagged);
  });
});

describe('aggregateSheets', () => {
  const rubric = initiativeRubric();
  const sheet = (n: number, status: 'draft' | 'final' = 'final'): ScoreSheet => ({
    rubricId: rubric.id,
    rubricVersion: 1,
    status,
    scores: [
      { criterion: 'novelty', score: n },
      { criterion: 'applicability', score: n },
      { criterion: 'effectiveness', score: n },
      { criterion: 'scope', score: 10 },
    ],
  });

  it('counts only valid final sheets and says why the others are left out', () => {
    const result = aggregateSheets(rubric, [
      { reviewerId: 'r1', sheet: sheet(20) },
      { reviewerId: 'r2', sheet: sheet(30) },
      { reviewerId: 'r3', sheet: sheet(10, 'draft') },
      { reviewerId: 'r4', sheet: { ...sheet(20), scores: sheet(20).scores.slice(1) } },
    ]);
    expect(result.totals).toEqual([
      { reviewerId: 'r1', total: 70 },
      { reviewerId: 'r2', total: 100 },
    ]);
    expect(result.aggregate).toMatchObject({ count: 2, mean: 85, range: 30, needsDiscussion: true });
    expect(result.notCounted).toEqual([
      { reviewerId: 'r3', reason: 'draft' },
      { reviewerId: 'r4', reason: 'invalid' },
    ]);
    expect(result.criterionMeans).toEqual([
      { criterion: 'novelty', mean: 25 },
      { criterion: 'applicability', mean: 25 },
      { criterion: 'effectiveness', mean: 25 },
      { criterion: 'scope', mean: 10 },
    ]);
  });

  it('has no aggregate while nobody has submitted a final sheet', () => {
    const result = aggregateSheets(rubric, [{ reviewerId: 'r1', sheet: sheet(20, 'draft') }]);
    expect(result.aggregate).toBeUndefined();
    expect(result.criterionMeans).toEqual([]);
  });
});
