import { describe, expect, it } from 'vitest';
import { buildConflictIndex, conflictsOf, type Reviewer, type Submission } from '../conflicts/conflict.rules.js';
import { balancedAssignmentExists, minimalSpread } from '../test-support/balance-oracle.js';
import { randomInstance } from '../test-support/random-instance.js';
import { loadSpread, reviewerLoads, validateAssignments } from './assignment.rules.js';
import type { Assignment, ReviewPool } from './assignment.types.js';
import { type AutoAssignResult, autoAssign } from './auto-assignment.js';

/** Every rule the assigner promises, checked from the outside. */
function expectAllRulesHold(pool: ReviewPool, k: number, result: AutoAssignResult) {
  const eligible = (s: Submission) => pool.reviewers.filter((r) => conflictsOf(pool.conflicts, r, s).length === 0);
  // no unknown ids, no pair twice, no conflict of interest
  expect(validateAssignments(pool, result.assignments)).toEqual([]);
  for (const s of pool.submissions) {
    const got = result.assignments.filter((a) => a.submissionId === s.id).length;
    const canHave = Math.min(k, eligible(s).length);
    expect(got, `reviewers of ${s.id}`).toBe(canHave);
  }
  // shortages are exactly the submissions with fewer than K eligible reviewers, with those reviewers named
  const expectedShort = pool.submissions
    .filter((s) => eligible(s).length < k)
    .map((s) => ({
      submissionId: s.id,
      needed: k,
      assigned: eligible(s).length,
      eligibleReviewerIds: eligible(s).map((r) => r.id),
    }));
  expect(result.shortages).toEqual(expectedShort);
  expect(result.complete).toBe(expectedShort.length === 0 && result.issues.length === 0);
  expect(result.loads).toEqual(reviewerLoads(pool, result.assignments));
}

describe('autoAssign on random instances (property)', () => {
  const shapes = Array.from({ length: 30 }, (_, i) => ({
    submissions: 20 + ((i * 37) % 120),
    reviewers: 6 + (i % 12),
    organisations: 5 + (i % 20),
    authors: 80,
    history: 40,
    declarations: 10,
    seed: `instance-${i}`,
    k: 3 + (i % 3),
  }));

  it.each(shapes)(
    'holds every rule and balances load: $submissions submissions, $reviewers reviewers, K=$k',
    (shape) => {
      const pool = randomInstance(shape);
      const result = autoAssign({ ...pool, reviewersPerSubmission: shape.k, seed: shape.seed });
      expectAllRulesHold(pool, shape.k, result);
      // as balanced as any valid assignment can be (max-flow oracle); ≤ 1 whenever that is possible
      expect(loadSpread(result.loads)).toBe(minimalSpread(pool, shape.k));
    },
  );

  it('is reproducible with a seed and varies between seeds', () => {
    const pool = randomInstance({
      submissions: 60,
      reviewers: 12,
      organisations: 15,
      authors: 80,
      history: 30,
      declarations: 5,
      seed: 7,
    });
    const run = (seed: string) => autoAssign({ ...pool, reviewersPerSubmission: 3, seed }).assignments;
    expect(run('2026-campaign-1')).toEqual(run('2026-campaign-1'));
    expect(run('2026-campaign-1')).not.toEqual(run('2026-campaign-2'));
  });
});

/** The smallest max − min load any valid assignment achieves, by trying them all (tiny instances only). */
function bestSpread(pool: ReviewPool, k: number): number {
  const choices = pool.submissions.map((s) => {
    const ids = pool.reviewers
      .map((r, i) => (conflictsOf(pool.conflicts, r, s).length === 0 ? i : -1))
      .filter((i) => i >= 0);
    return subsets(ids, Math.min(k, ids.length));
  });
  let best = Number.POSITIVE_INFINITY;
  const load = pool.reviewers.map(() => 0);
  const walk = (s: number) => {
    if (s === choices.length) {
      best = Math.min(best, Math.max(...load) - Math.min(...load));
      return;
    }
    for (const set of choices[s] ?? []) {
      for (const r of set) load[r] = (load[r] ?? 0) + 1;
      walk(s + 1);
      for (const r of set) load[r] = (load[r] ?? 0) - 1;
    }
  };
  walk(0);
  return best;
}

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  return items.flatMap((x, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [x, ...rest]));
}

describe('autoAssign balance is optimal (exhaustive check on tiny, conflict-heavy instances)', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i))('instance %s', (i) => {
    const pool = randomInstance({
      submissions: 5,
      reviewers: 5 + (i % 2),
      organisations: 3,
      authors: 8,
      history: 4,
      declarations: 2,
      seed: `tiny-${i}`,
    });
    const result = autoAssign({ ...pool, reviewersPerSubmission: 3, seed: i });
    expectAllRulesHold(pool, 3, result);
    expect(loadSpread(result.loads)).toBe(bestSpread(pool, 3));
    expect(minimalSpread(pool, 3)).toBe(bestSpread(pool, 3)); // the oracle agrees with brute force
  });
});

describe('autoAssign', () => {
  const reviewers: Reviewer[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, organisationIds: [`org-${id}`] }));

  it('names the submissions that lack eligible reviewers, and who is eligible', () => {
    const submissions: Submission[] = [
      { id: 'ok', authors: [{ personId: 'x', organisationId: 'org-z' }] },
      {
        id: 'short',
        authors: [
          { personId: 'y', organisationId: 'org-a' },
          { personId: 'w', organisationId: 'org-b' },
          { personId: 'v', organisationId: 'org-c' },
        ],
      },
    ];
    const pool = { submissions, reviewers, conflicts: buildConflictIndex() };
    const result = autoAssign({ ...pool, reviewersPerSubmission: 3, seed: 1 });
    expect(result.complete).toBe(false);
    expect(result.shortages).toEqual([
      { submissionId: 'short', needed: 3, assigned: 2, eligibleReviewerIds: ['d', 'e'] },
    ]);
    expect(result.bySubmission.find((b) => b.submissionId === 'short')?.reviewerIds).toEqual(['d', 'e']);
    expectAllRulesHold(pool, 3, result);
  });

  it('reports every submission short when the council is empty, and assigns nothing when there is nothing to review', () => {
    const submissions: Submission[] = [{ id: 's', authors: [{ personId: 'x' }] }];
    const empty = autoAssign({
      submissions,
      reviewers: [],
      conflicts: buildConflictIndex(),
      reviewersPerSubmission: 3,
      seed: 1,
    });
    expect(empty.shortages).toEqual([{ submissionId: 's', needed: 3, assigned: 0, eligibleReviewerIds: [] }]);
    expect(empty.complete).toBe(false);
    const nothing = autoAssign({
      submissions: [],
      reviewers,
      conflicts: buildConflictIndex(),
      reviewersPerSubmission: 3,
      seed: 1,
    });
    expect(nothing).toMatchObject({ complete: true, assignments: [], shortages: [] });
    expect(nothing.loads.every((l) => l.load === 0)).toBe(true);
  });

  it('refuses fewer than 3 reviewers per submission', () => {
    const pool = { submissions: [], reviewers, conflicts: buildConflictIndex() };
    expect(autoAssign({ ...pool, reviewersPerSubmission: 2, seed: 1 }).issues.map((i) => i.code)).toEqual([
      'assignment.reviewers_per_submission',
    ]);
  });

  it('keeps pairs assigned by hand, drops invalid ones with a reason, and fills the rest', () => {
    const submissions: Submission[] = Array.from({ length: 5 }, (_, i) => ({
      id: `s${i}`,
      authors: [{ personId: `p${i}`, organisationId: i === 0 ? 'org-a' : 'org-z' }],
    }));
    const existing: Assignment[] = [
      { submissionId: 's1', reviewerId: 'a' },
      { submissionId: 's2', reviewerId: 'a' },
      { submissionId: 's0', reviewerId: 'a' }, // conflict: same organisation
    ];
    const pool = { submissions, reviewers, conflicts: buildConflictIndex() };
    const result = autoAssign({ ...pool, reviewersPerSubmission: 3, seed: 3, existing });
    expect(result.issues.map((i) => ({ code: i.code, path: i.path }))).toEqual([
      { code: 'assignment.conflict', path: ['assignments', 2] },
    ]);
    expect(result.assignments).toEqual(expect.arrayContaining(existing.slice(0, 2)));
    expect(result.assignments).not.toContainEqual(existing[2]);
    expect(validateAssignments(pool, result.assignments, { reviewersPerSubmission: 3 })).toEqual([]);
    expect(loadSpread(result.loads)).toBeLessThanOrEqual(1); // 15 assignments over 5 reviewers: 3 each
  });

  it('reaches the best balance the conflicts allow when perfect balance is impossible', () => {
    const pool = randomInstance({
      submissions: 40,
      reviewers: 7,
      organisations: 4,
      authors: 30,
      history: 20,
      declarations: 15,
      seed: 'hard',
    });
    expect(balancedAssignmentExists(pool, 3)).toBe(false);
    for (const seed of ['x', 'y', 'z']) {
      const result = autoAssign({ ...pool, reviewersPerSubmission: 3, seed });
      expectAllRulesHold(pool, 3, result);
      expect(loadSpread(result.loads)).toBe(minimalSpread(pool, 3));
    }
  });
});
