// Automatic assignment of K reviewers per submission.
//
// 1. Eligibility: reviewer r may take submission s when no conflict rule applies (conflict.rules.ts).
// 2. Greedy: submissions with the fewest eligible reviewers go first (ties in seeded-random order); each
//    takes the K eligible reviewers with the lowest current load (ties in a seeded-random order drawn
//    per submission). A submission with fewer than K eligible reviewers takes all of them and is reported.
// 3. Repair: while max − min load > 1, look for a chain of moves along which load flows from a reviewer
//    at the maximum to one at least 2 below it (or from one at least 2 above the minimum to one at the
//    minimum): r1 hands submission s1 to r2, r2 hands s2 to r3, …, each move keeping every rule. A chain
//    shifts one unit of load from its first to its last reviewer and leaves the others unchanged. When no
//    such chain exists, the maximum load is as low and the minimum as high as any valid assignment
//    allows (the difference between this assignment and a better one would itself be such a chain), so
//    max − min ≤ 1 whenever some valid assignment achieves it.
// Pairs given as `existing` (by hand, or kept from an earlier run) are kept, counted and never moved.
import { conflictsOf } from '../conflicts/conflict.rules.js';
import { issue } from '../shared/review-issue.js';
import { type Random, seededRandom, shuffled } from '../shared/seeded-random.js';
import { reviewerLoads, validateAssignments } from './assignment.rules.js';
import {
  type Assignment,
  type AssignmentIssue,
  MIN_REVIEWERS_PER_SUBMISSION,
  type ReviewerLoad,
  type ReviewPool,
} from './assignment.types.js';

export interface AutoAssignInput extends ReviewPool {
  /** K, at least 3 */
  reviewersPerSubmission: number;
  seed: string | number;
  existing?: readonly Assignment[];
}

export interface Shortage {
  submissionId: string;
  needed: number;
  assigned: number;
  /** every reviewer without a conflict with the submission */
  eligibleReviewerIds: string[];
}

export interface AutoAssignResult {
  /** true when every submission got K reviewers and the input was valid */
  complete: boolean;
  assignments: Assignment[];
  bySubmission: { submissionId: string; reviewerIds: string[] }[];
  loads: ReviewerLoad[];
  /** submissions with fewer than K eligible reviewers: what they got and who was eligible */
  shortages: Shortage[];
  /** bad input: K below 3, or `existing` pairs that break a rule (those pairs are dropped) */
  issues: AssignmentIssue[];
}

export function autoAssign(input: AutoAssignInput): AutoAssignResult {
  const k = input.reviewersPerSubmission;
  if (!Number.isInteger(k) || k < MIN_REVIEWERS_PER_SUBMISSION) {
    return {
      complete: false,
      assignments: [],
      bySubmission: [],
      loads: reviewerLoads(input, []),
      shortages: [],
      issues: [
        issue(
          'assignment.reviewers_per_submission',
          ['reviewersPerSubmission'],
          `Mỗi hồ sơ cần ít nhất ${MIN_REVIEWERS_PER_SUBMISSION} người chấm (số nguyên), không phải ${k}.`,
          `Each submission needs a whole number of at least ${MIN_REVIEWERS_PER_SUBMISSION} reviewers, not ${k}.`,
        ),
      ],
    };
  }
  const random = seededRandom(input.seed);
  const state = new AssignmentState(input);

  const existingIssues = validateAssignments(input, input.existing ?? []);
  const badExisting = new Set(existingIssues.map((i) => i.path[1]));
  (input.existing ?? []).forEach((a, index) => {
    if (!badExisting.has(index))
      state.add(state.submissionIndex(a.submissionId), state.reviewerIndex(a.reviewerId), true);
  });

  state.greedy(k, random);
  state.repair(random);
  return state.result(k, existingIssues);
}

/** Dense indices and bitsets so the repair's searches stay fast (500 submissions × 30 reviewers < 1 ms per pass). */
class AssignmentState {
  private readonly sIndex: Map<string, number>;
  private readonly rIndex: Map<string, number>;
  /** eligible[s][r] */
  private readonly eligible: boolean[][];
  /** reviewers of each submission (index sets) */
  private readonly assigned: Set<number>[];
  /** fixed[s] ⊆ assigned[s]: pairs that may not move */
  private readonly fixed: Set<number>[];
  /** submissions each reviewer holds and may hand on */
  private readonly movable: Set<number>[];
  private readonly load: number[];

  constructor(private readonly input: AutoAssignInput) {
    this.sIndex = new Map(input.submissions.map((s, i) => [s.id, i]));
    this.rIndex = new Map(input.reviewers.map((r, i) => [r.id, i]));
    this.eligible = input.submissions.map((s) =>
      input.reviewers.map((r) => conflictsOf(input.conflicts, r, s).length === 0),
    );
    this.assigned = input.submissions.map(() => new Set());
    this.fixed = input.submissions.map(() => new Set());
    this.movable = input.reviewers.map(() => new Set());
    this.load = input.reviewers.map(() => 0);
  }

  submissionIndex(id: string): number {
    return this.sIndex.get(id) as number;
  }

  reviewerIndex(id: string): number {
    return this.rIndex.get(id) as number;
  }

  add(s: number, r: number, fixed: boolean): void {
    this.assigned[s]?.add(r);
    if (fixed) this.fixed[s]?.add(r);
    else this.movable[r]?.add(s);
    this.load[r] = (this.load[r] ?? 0) + 1;
  }

  private move(s: number, from: number, to: number): void {
    this.assigned[s]?.delete(from);
    this.movable[from]?.delete(s);
    this.load[from] = (this.load[from] ?? 0) - 1;
    this.add(s, to, false);
  }

  private eligibleCount(s: number): number {
    return (this.eligible[s] ?? []).filter(Boolean).length;
  }

  greedy(k: number, random: Random): void {
    const order = shuffled(
      this.input.submissions.map((_, s) => s),
      random,
    );
    const scarcity = this.input.submissions.map((_, s) => this.eligibleCount(s));
    order.sort((a, b) => (scarcity[a] ?? 0) - (scarcity[b] ?? 0)); // stable: random among equally scarce
    const reviewers = this.input.reviewers.map((_, r) => r);
    for (const s of order) {
      const taken = this.assigned[s] as Set<number>;
      const need = k - taken.size;
      if (need <= 0) continue;
      const candidates = shuffled(reviewers, random).filter((r) => this.eligible[s]?.[r] && !taken.has(r));
      candidates.sort((a, b) => (this.load[a] ?? 0) - (this.load[b] ?? 0)); // stable: random among equal loads
      for (const r of candidates.slice(0, need)) this.add(s, r, false);
    }
  }

  repair(random: Random): void {
    const reviewers = shuffled(
      this.input.reviewers.map((_, r) => r),
      random,
    );
    // Each applied chain lowers Σ load², so the loop ends; the bound is a guard against a logic error.
    for (let guard = 0; guard < 1_000_000; guard++) {
      const max = Math.max(...this.load);
      const min = Math.min(...this.load);
      if (max - min <= 1) return;
      const lowered =
        this.applyChain(
          reviewers,
          (r) => this.load[r] === max,
          (r) => (this.load[r] ?? 0) <= max - 2,
        ) ||
        this.applyChain(
          reviewers,
          (r) => (this.load[r] ?? 0) >= min + 2,
          (r) => this.load[r] === min,
        );
      if (!lowered) return; // the best spread the conflicts allow
    }
  }

  /** Breadth-first search for a chain of moves from a source reviewer to a target reviewer; applies it. */
  private applyChain(order: readonly number[], isSource: (r: number) => boolean, isTarget: (r: number) => boolean) {
    const via = new Map<number, { from: number; s: number } | null>();
    const queue: number[] = [];
    for (const r of order) {
      if (isSource(r)) {
        via.set(r, null);
        queue.push(r);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head] as number;
      for (const s of this.movable[u] ?? []) {
        const holders = this.assigned[s] as Set<number>;
        const eligible = this.eligible[s] as boolean[];
        for (const v of order) {
          if (via.has(v) || !eligible[v] || holders.has(v)) continue;
          via.set(v, { from: u, s });
          if (isTarget(v)) {
            this.applyPath(v, via);
            return true;
          }
          queue.push(v);
        }
      }
    }
    return false;
  }

  private applyPath(end: number, via: Map<number, { from: number; s: number } | null>): void {
    const moves: { s: number; from: number; to: number }[] = [];
    for (let v = end, step = via.get(v); step; v = step.from, step = via.get(v)) {
      moves.push({ s: step.s, from: step.from, to: v });
    }
    // Every move uses a pair held before the chain started, so the order of applying them is free.
    for (const m of moves) this.move(m.s, m.from, m.to);
  }

  result(k: number, issues: AssignmentIssue[]): AutoAssignResult {
    const { submissions, reviewers } = this.input;
    const bySubmission = submissions.map((s, i) => ({
      submissionId: s.id,
      reviewerIds: [...(this.assigned[i] ?? [])].sort((a, b) => a - b).map((r) => reviewers[r]?.id as string),
    }));
    const assignments = bySubmission.flatMap((b) =>
      b.reviewerIds.map((reviewerId) => ({ submissionId: b.submissionId, reviewerId })),
    );
    const shortages: Shortage[] = [];
    submissions.forEach((s, i) => {
      const got = this.assigned[i]?.size ?? 0;
      if (got < k) {
        shortages.push({
          submissionId: s.id,
          needed: k,
          assigned: got,
          eligibleReviewerIds: reviewers.filter((_, r) => this.eligible[i]?.[r]).map((r) => r.id),
        });
      }
    });
    return {
      complete: shortages.length === 0 && issues.length === 0,
      assignments,
      bySubmission,
      loads: reviewers.map((r, i) => ({ reviewerId: r.id, load: this.load[i] ?? 0 })),
      shortages,
      issues,
    };
  }
}
