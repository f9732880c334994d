// Aggregates the final sheets' weighted totals of one submission. Rules (also in the README):
// - mean: arithmetic mean of all final totals;
// - trimmed mean: with at least `trimFrom` totals (default 5), drop ONE highest and ONE lowest and average
//   the rest; with fewer, it equals the mean (dropping 2 of 3 or 4 would leave too little to average);
// - median: middle total, or the mean of the two middle ones;
// - spread: max − min (`range`, default) or the population standard deviation (`stddev`, divides by n);
//   a spread ABOVE `discussionThreshold` flags the submission for discussion by the council/jury.
// Figures are rounded to 6 decimals so equal scores compare equal whatever the summing order.
import { roundScore } from '../shared/numbers.js';

export interface AggregationOptions {
  /** smallest number of totals from which the highest and lowest are dropped (≥ 3) */
  trimFrom?: number;
  spreadMeasure?: 'range' | 'stddev';
  /** on the totals' scale, e.g. 20 points of 100; a spread strictly above it flags discussion */
  discussionThreshold?: number;
}

export const DEFAULT_AGGREGATION: Required<AggregationOptions> = {
  trimFrom: 5,
  spreadMeasure: 'range',
  discussionThreshold: 20,
};

export interface ScoreAggregate {
  count: number;
  mean: number;
  trimmedMean: number;
  /** whether the trimmed mean dropped the highest and lowest total */
  trimmed: boolean;
  median: number;
  min: number;
  max: number;
  range: number;
  stdDev: number;
  /** the configured spread measure's value */
  spread: number;
  needsDiscussion: boolean;
}

/** Aggregates totals; undefined when there is none yet (nothing to rank or decide). */
export function aggregateTotals(
  totals: readonly number[],
  options: AggregationOptions = {},
): ScoreAggregate | undefined {
  if (totals.length === 0) return undefined;
  const { trimFrom, spreadMeasure, discussionThreshold } = { ...DEFAULT_AGGREGATION, ...options };
  if (!Number.isInteger(trimFrom) || trimFrom < 3) throw new RangeError('trimFrom must be an integer ≥ 3');
  const sorted = [...totals].sort((a, b) => a - b);
  const n = sorted.length;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const mean = sum(sorted) / n;
  const trimmed = n >= trimFrom;
  const trimmedMean = trimmed ? sum(sorted.slice(1, -1)) / (n - 2) : mean;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const stdDev = Math.sqrt(sum(sorted.map((x) => (x - mean) ** 2)) / n);
  const range = max - min;
  const spread = roundScore(spreadMeasure === 'range' ? range : stdDev);
  return {
    count: n,
    mean: roundScore(mean),
    trimmedMean: roundScore(trimmedMean),
    trimmed,
    median: roundScore(median),
    min: roundScore(min),
    max: roundScore(max),
    range: roundScore(range),
    stdDev: roundScore(stdDev),
    spread,
    needsDiscussion: spread > discussionThreshold,
  };
}
