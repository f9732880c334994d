import { describe, expect, it } from 'vitest';
import { budgetFigures, budgetYearOf, fits, releasable, vietnamDateOf } from './budget.rules.js';
import { auditChanges } from './audit.rules.js';

const budget = { totalVnd: 100_000_000n, committedVnd: 30_000_000n, paidVnd: 20_000_000n };

describe('budget figures', () => {
  it('shows what is left and how much of the gauge is used', () => {
    expect(budgetFigures(budget)).toEqual({ ...budget, leftVnd: 50_000_000n, usedBp: 5000 });
    expect(budgetFigures({ totalVnd: 0n, committedVnd: 0n, paidVnd: 0n }).usedBp).toBe(0);
  });

  it('fits a claim up to the last đồng and not one more', () => {
    expect(fits(budget, 50_000_000n)).toBe(true);
    expect(fits(budget, 50_000_001n)).toBe(false);
    expect(fits(budget, -1n)).toBe(false);
  });
});

describe('releasing the queue', () => {
  const q = (id: string, m: number) => ({ id, amountVnd: BigInt(m) * 1_000_000n });

  it('takes queued claims in order while they fit', () => {
    expect(releasable(budget, [q('a', 20), q('b', 30), q('c', 1)]).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('does not let a small later claim overtake a large one at the head', () => {
    expect(releasable(budget, [q('big', 60), q('small', 1)])).toEqual([]);
  });

  it('releases nothing from an empty queue or a spent budget', () => {
    expect(releasable(budget, [])).toEqual([]);
    expect(releasable({ ...budget, committedVnd: 80_000_000n }, [q('a', 1)])).toEqual([]);
  });
});

describe('dates in Vietnam', () => {
  it('charges a decision made late on 31 December UTC to the next year (it is already 1 January in Vietnam)', () => {
    const at = new Date('2026-12-31T18:30:00Z');
    expect(budgetYearOf(at)).toBe(2027);
    expect(vietnamDateOf(at)).toBe('2027-01-01');
    expect(budgetYearOf(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
  });
});

describe('audit changes', () => {
  it('records only the fields that changed, money as text', () => {
    const before = { state: 'submitted', amountVnd: null as bigint | null, note: 'x' };
    const after = { state: 'approved', amountVnd: 5_000_000n, note: 'x' };
    expect(auditChanges(before, after, ['state', 'amountVnd', 'note'])).toEqual({
      state: { from: 'submitted', to: 'approved' },
      amountVnd: { from: null, to: '5000000' },
    });
    expect(auditChanges(null, after, ['state'])).toEqual({ state: { from: null, to: 'approved' } });
  });
});
