import { describe, expect, it } from 'vitest';
import { aggregateTotals } from './aggregation.js';
import { decide, type RankingEntry, rankSubmissions } from './ranking.js';

const entry = (submissionId: string, totals: number[], submittedAt = '2026-03-01T08:00:00Z'): RankingEntry => ({
  submissionId,
  submittedAt,
  aggregate: aggregateTotals(totals),
});

describe('rankSubmissions', () => {
  it.each<[string, RankingEntry[], string[], (string | undefined)[]]>([
    [
      'higher trimmed mean first',
      [entry('a', [60, 60, 60]), entry('b', [80, 80, 80])],
      ['b', 'a'],
      [undefined, 'trimmedMean'],
    ],
    [
      'equal trimmed mean: higher median',
      [entry('a', [60, 70, 80]), entry('b', [50, 80, 80])], // both mean 70
      ['b', 'a'],
      [undefined, 'median'],
    ],
    [
      'equal trimmed mean and median: more reviews',
      [entry('a', [70, 70, 70]), entry('b', [70, 70, 70, 70])],
      ['b', 'a'],
      [undefined, 'reviewCount'],
    ],
    [
      'then earlier submission',
      [entry('a', [70, 70, 70], '2026-03-02T00:00:00Z'), entry('b', [70, 70, 70], '2026-03-01T23:59:59Z')],
      ['b', 'a'],
      [undefined, 'submittedAt'],
    ],
    ['then id', [entry('b', [70, 70, 70]), entry('a', [70, 70, 70])], ['a', 'b'], [undefined, 'id']],
    [
      'unscored entries last',
      [entry('z', [], '2026-01-01T00:00:00Z'), entry('a', [10, 10, 10])],
      ['a', 'z'],
      [undefined, 'unscored'],
    ],
  ])('%s', (_name, entries, order, separatedBy) => {
    const ranked = rankSubmissions(entries);
    expect(ranked.map((r) => r.submissionId)).toEqual(order);
    expect(ranked.map((r) => r.rank)).toEqual(order.map((_, i) => i + 1));
    expect(ranked.map((r) => r.separatedBy)).toEqual(separatedBy);
  });

  it('gives the same order whatever order the entries come in', () => {
    const entries = [
      entry('c', [70, 70, 70]),
      entry('a', [70, 70, 70]),
      entry('d', [90, 50, 70]),
      entry('b', [71, 70, 69, 10, 100]),
      entry('e', [70, 70, 70, 70]),
    ];
    // all have trimmed mean 70 and median 70: b has 5 reviews, e 4, then a, c, d by id
    const expected = ['b', 'e', 'a', 'c', 'd'];
    expect(rankSubmissions(entries).map((r) => r.submissionId)).toEqual(expected);
    for (let i = 0; i < 10; i++) {
      const shuffled = [...entries].sort(() => Math.random() - 0.5);
      expect(rankSubmissions(shuffled).map((r) => r.submissionId)).toEqual(expected);
    }
  });
});

describe('decide', () => {
  it.each<[string, number[], number, string]>([
    ['above the threshold', [80, 85, 90], 70, 'recognised'],
    ['exactly at the threshold', [70, 70, 70], 70, 'recognised'],
    ['just below', [69.99, 70, 70], 70, 'not_recognised'],
    ['too few reviews', [90, 90], 70, 'insufficient_reviews'],
  ])('%s', (_name, totals, threshold, outcome) => {
    expect(decide(aggregateTotals(totals), { threshold, minReviews: 3 }).outcome).toBe(outcome);
  });

  it('decides on the trimmed mean by default, on the mean when asked', () => {
    const aggregate = aggregateTotals([0, 75, 75, 75, 75]); // mean 60, trimmed mean 75
    expect(decide(aggregate, { threshold: 70 })).toEqual({ outcome: 'recognised', score: 75, needsDiscussion: true });
    expect(decide(aggregate, { threshold: 70, basis: 'mean' }).outcome).toBe('not_recognised');
  });

  it('has no decision without reviews', () => {
    expect(decide(undefined, { threshold: 50 })).toEqual({
      outcome: 'insufficient_reviews',
      score: undefined,
      needsDiscussion: false,
    });
  });
});
