// An independent oracle for the tests: can the pool be assigned with every reviewer's load in [lo, hi]
// while each submission gets min(K, eligible) conflict-free reviewers? Answered with a max-flow with
// lower bounds (Edmonds–Karp), a formulation unrelated to the assigner's greedy + repair.
import type { ReviewPool } from '../assignment/assignment.types.js';
import { conflictsOf } from '../conflicts/conflict.rules.js';

class FlowNetwork {
  private readonly adj: number[][];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];

  constructor(readonly size: number) {
    this.adj = Array.from({ length: size }, () => []);
  }

  edge(u: number, v: number, c: number): void {
    if (c <= 0) return;
    this.adj[u]?.push(this.to.length);
    this.to.push(v);
    this.cap.push(c);
    this.adj[v]?.push(this.to.length);
    this.to.push(u);
    this.cap.push(0);
  }

  maxFlow(s: number, t: number): number {
    let flow = 0;
    for (;;) {
      const prev = new Array<number>(this.size).fill(-1);
      prev[s] = -2;
      const queue = [s];
      for (let h = 0; h < queue.length && prev[t] === -1; h++) {
        const u = queue[h] as number;
        for (const e of this.adj[u] ?? []) {
          const v = this.to[e] as number;
          if ((this.cap[e] as number) > 0 && prev[v] === -1) {
            prev[v] = e;
            queue.push(v);
          }
        }
      }
      if (prev[t] === -1) return flow;
      let push = Number.POSITIVE_INFINITY;
      for (let v = t; v !== s; v = this.to[(prev[v] as number) ^ 1] as number)
        push = Math.min(push, this.cap[prev[v] as number] as number);
      for (let v = t; v !== s; v = this.to[(prev[v] as number) ^ 1] as number) {
        const e = prev[v] as number;
        this.cap[e] = (this.cap[e] as number) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + push;
      }
      flow += push;
    }
  }
}

/** The smallest max − min load of any valid assignment (total T over R reviewers: lo ≤ ⌊T/R⌋, hi ≥ ⌈T/R⌉). */
export function minimalSpread(pool: ReviewPool, k: number): number {
  const R = pool.reviewers.length;
  if (R === 0) return 0;
  const total = demands(pool, k).reduce((a, b) => a + b, 0);
  for (let d = 0; ; d++) {
    for (let lo = Math.max(0, Math.ceil(total / R) - d); lo <= Math.floor(total / R); lo++) {
      if (assignmentWithinExists(pool, k, lo, lo + d)) return d;
    }
  }
}

export function balancedAssignmentExists(pool: ReviewPool, k: number): boolean {
  return minimalSpread(pool, k) <= 1;
}

function demands(pool: ReviewPool, k: number): number[] {
  return pool.submissions.map((s) =>
    Math.min(k, pool.reviewers.filter((r) => conflictsOf(pool.conflicts, r, s).length === 0).length),
  );
}

export function assignmentWithinExists(pool: ReviewPool, k: number, lo: number, hi: number): boolean {
  const S = pool.submissions.length;
  const R = pool.reviewers.length;
  if (R === 0) return true;
  const eligible = pool.submissions.map((s) =>
    pool.reviewers.map((r) => conflictsOf(pool.conflicts, r, s).length === 0),
  );
  const demand = demands(pool, k);
  // nodes: source, sink, submissions, reviewers, super source, super sink
  const src = 0;
  const sink = 1;
  const sub = (i: number) => 2 + i;
  const rev = (j: number) => 2 + S + j;
  const superSrc = 2 + S + R;
  const superSink = superSrc + 1;
  const net = new FlowNetwork(superSink + 1);
  let required = 0;
  // source → submission with lower = upper = demand: all of it through the super nodes
  demand.forEach((d, i) => {
    net.edge(superSrc, sub(i), d);
    net.edge(src, superSink, d);
    required += d;
  });
  eligible.forEach((row, i) => {
    row.forEach((ok, j) => {
      if (ok) net.edge(sub(i), rev(j), 1);
    });
  });
  // reviewer → sink with lower bound lo, upper hi
  for (let j = 0; j < R; j++) {
    net.edge(rev(j), sink, hi - lo);
    net.edge(rev(j), superSink, lo);
    net.edge(superSrc, sink, lo);
    required += lo;
  }
  net.edge(sink, src, Number.MAX_SAFE_INTEGER);
  return net.maxFlow(superSrc, superSink) === required;
}
