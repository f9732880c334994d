import { describe, expect, it } from 'vitest';
import { byMonth, daysUntil, todayInVietnam } from './by-month.ts';

describe('byMonth', () => {
  it('groups deadlines by month in date order', () => {
    const groups = byMonth([{ dueDate: '2027-02-01' }, { dueDate: '2026-12-31' }, { dueDate: '2026-12-05' }]);
    expect(groups.map((g) => [g.month, g.items.map((i) => i.dueDate)])).toEqual([
      ['2026-12', ['2026-12-05', '2026-12-31']],
      ['2027-02', ['2027-02-01']],
    ]);
  });
});

describe('daysUntil and today in Vietnam', () => {
  it('counts calendar days, negative when overdue', () => {
    expect(daysUntil('2026-12-05', '2026-12-05')).toBe(0);
    expect(daysUntil('2027-01-04', '2026-12-05')).toBe(30);
    expect(daysUntil('2026-12-01', '2026-12-05')).toBe(-4);
  });

  it('is already tomorrow in Vietnam at 18:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-12-05T18:00:00Z'))).toBe('2026-12-06');
    expect(todayInVietnam(new Date('2026-12-05T16:59:00Z'))).toBe('2026-12-05');
  });
});
