// Ranking and the recognition / award decision.
//
// Ranking order (total, deterministic — no two entries share a rank):
//   1. higher trimmed mean, 2. higher median, 3. more counted reviews, 4. earlier submission time,
//   5. smaller id (plain code-unit comparison).
// Entries without any counted review come after all scored ones, by submission time, then id.
import type { ScoreAggregate } from './aggregation.js';

export interface RankingEntry {
  submissionId: string;
  /** ISO 8601 instant or Date */
  submittedAt: string | Date;
  aggregate: ScoreAggregate | undefined;
}

export type TieBreak = 'trimmedMean' | 'median' | 'reviewCount' | 'submittedAt' | 'id' | 'unscored';

export interface RankedEntry extends RankingEntry {
  rank: number;
  /** the rule that put this entry below the one before it (undefined for the first) */
  separatedBy: TieBreak | undefined;
}

export function rankSubmissions(entries: readonly RankingEntry[]): RankedEntry[] {
  const sorted = [...entries].sort((a, b) => compare(a, b).order);
  return sorted.map((entry, i) => ({
    ...entry,
    rank: i + 1,
    separatedBy: i === 0 ? undefined : compare(sorted[i - 1] as RankingEntry, entry).by,
  }));
}

function compare(a: RankingEntry, b: RankingEntry): { order: number; by: TieBreak } {
  const x = a.aggregate;
  const y = b.aggregate;
  if (x && !y) return { order: -1, by: 'unscored' };
  if (!x && y) return { order: 1, by: 'unscored' };
  if (x && y) {
    if (x.trimmedMean !== y.trimmedMean) return { order: y.trimmedMean - x.trimmedMean, by: 'trimmedMean' };
    if (x.median !== y.median) return { order: y.median - x.median, by: 'median' };
    if (x.count !== y.count) return { order: y.count - x.count, by: 'reviewCount' };
  }
  const ta = instant(a.submittedAt);
  const tb = instant(b.submittedAt);
  if (ta !== tb) return { order: ta - tb, by: 'submittedAt' };
  return { order: a.submissionId < b.submissionId ? -1 : a.submissionId > b.submissionId ? 1 : 0, by: 'id' };
}

function instant(t: string | Date): number {
  const ms = typeof t === 'string' ? Date.parse(t) : t.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a valid submission time: ${String(t)}`);
  return ms;
}

export interface DecisionRule {
  /** recognised / awarded when the basis score is ≥ threshold (inclusive) */
  threshold: number;
  basis?: 'trimmedMean' | 'mean';
  /** fewer counted reviews than this → no decision yet (e.g. the campaign's reviews per submission) */
  minReviews?: number;
}

export type DecisionOutcome = 'recognised' | 'not_recognised' | 'insufficient_reviews';

export interface Decision {
  outcome: DecisionOutcome;
  score: number | undefined;
  /** the spread flag, so the secretary does not draft a decision over an undiscussed disagreement */
  needsDiscussion: boolean;
}

export function decide(aggregate: ScoreAggregate | undefined, rule: DecisionRule): Decision {
  const minReviews = rule.minReviews ?? 1;
  if (!aggregate || aggregate.count < minReviews) {
    return { outcome: 'insufficient_reviews', score: aggregate?.[rule.basis ?? 'trimmedMean'], needsDiscussion: false };
  }
  const score = aggregate[rule.basis ?? 'trimmedMean'];
  return {
    outcome: score >= rule.threshold ? 'recognised' : 'not_recognised',
    score,
    needsDiscussion: aggregate.needsDiscussion,
  };
}
