// A programme's yearly budget: the total (initial allocation plus top-ups), what approved claims
// have committed and what has been paid. committed + paid never exceeds total; the database
// enforces the same rule (a CHECK constraint and a conditional UPDATE) so concurrent approvals by
// several officers cannot overspend. Pure arithmetic, no framework.

export interface BudgetAmounts {
  totalVnd: bigint;
  committedVnd: bigint;
  paidVnd: bigint;
}

export interface BudgetFigures extends BudgetAmounts {
  leftVnd: bigint;
  /** committed + paid as a share of total, in basis points (for the gauge) */
  usedBp: number;
}

export function budgetFigures(b: BudgetAmounts): BudgetFigures {
  const used = b.committedVnd + b.paidVnd;
  const leftVnd = b.totalVnd - used;
  const usedBp = b.totalVnd > 0n ? Number((used * 10_000n) / b.totalVnd) : 0;
  return { ...b, leftVnd, usedBp };
}

export function fits(b: BudgetAmounts, amountVnd: bigint): boolean {
  return amountVnd >= 0n && b.committedVnd + b.paidVnd + amountVnd <= b.totalVnd;
}

export interface QueuedClaim {
  id: string;
  amountVnd: bigint;
}

/**
 * Which queued claims a budget can take now, strictly in queue order: the first claim that does
 * not fit stops the release, so a large claim at the head is not overtaken by later small ones.
 */
export function releasable(b: BudgetAmounts, queue: readonly QueuedClaim[]): QueuedClaim[] {
  let left = b.totalVnd - b.committedVnd - b.paidVnd;
  const out: QueuedClaim[] = [];
  for (const q of queue) {
    if (q.amountVnd > left) break;
    left -= q.amountVnd;
    out.push(q);
  }
  return out;
}

/** The calendar year in Vietnam of an instant: the budget year a decision is charged to. */
export function budgetYearOf(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(at));
}

/** The calendar date (YYYY-MM-DD) in Vietnam of an instant. */
export function vietnamDateOf(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
