import { describe, expect, it } from 'vitest';
import { localDate, parsePeriod, periodOf, periodsBetween, previousPeriod } from './period.js';

describe('reporting periods in Asia/Ho_Chi_Minh', () => {
  it('puts 23:30 local time on 31 March (16:30 UTC) in Q1', () => {
    const q1 = parsePeriod('2026-Q1');
    const lateOn31March = new Date('2026-03-31T16:30:00Z'); // 23:30 in Vietnam
    expect(lateOn31March >= q1.from && lateOn31March < q1.to).toBe(true);
    expect(periodOf(lateOn31March, 'quarter').key).toBe('2026-Q1');
  });

  it('puts 00:30 local time on 1 April in Q2 although its UTC date is still 31 March', () => {
    const justAfterMidnight = new Date('2026-03-31T17:30:00Z'); // 00:30 on 1 April in Vietnam
    expect(localDate(justAfterMidnight)).toBe('2026-04-01');
    expect(periodOf(justAfterMidnight, 'quarter').key).toBe('2026-Q2');
    expect(justAfterMidnight >= parsePeriod('2026-Q1').to).toBe(true);
  });

  it('starts every period at local midnight (17:00 UTC the day before)', () => {
    expect(parsePeriod('2026').from.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(parsePeriod('2026').to.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(parsePeriod('2026-H2').from.toISOString()).toBe('2026-06-30T17:00:00.000Z');
    expect(parsePeriod('2024-02').endDate).toBe('2024-02-29');
    expect(parsePeriod('2026-01-15..2026-02-10')).toMatchObject({
      grain: 'range',
      startDate: '2026-01-15',
      endDate: '2026-02-10',
    });
    expect(parsePeriod('2026-01-15..2026-02-10').to.toISOString()).toBe('2026-02-10T17:00:00.000Z');
  });

  it('names periods in Vietnamese first', () => {
    expect(parsePeriod('2026-Q3').label.vi).toBe('Quý III năm 2026');
    expect(parsePeriod('2026-H1').label.vi).toBe('6 tháng đầu năm 2026');
    expect(parsePeriod('2026-03').label.vi).toBe('Tháng 3/2026');
  });

  it('refuses what is not a period', () => {
    for (const bad of [
      '2026-13',
      '2026-Q5',
      '2026-H3',
      '26',
      '2026-02-30..2026-03-01',
      '2026-03-02..2026-03-01',
      'x',
    ]) {
      expect(() => parsePeriod(bad), bad).toThrow();
    }
  });

  it('finds the previous period of every grain, across year ends', () => {
    expect(previousPeriod(parsePeriod('2026-01')).key).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-Q1')).key).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-H1')).key).toBe('2025-H2');
    expect(previousPeriod(parsePeriod('2026')).key).toBe('2025');
    expect(previousPeriod(parsePeriod('2026-03-01..2026-03-10')).key).toBe('2026-02-19..2026-02-28');
  });

  it('lists consecutive periods covering a range', () => {
    const months = periodsBetween(parsePeriod('2025-11').from, parsePeriod('2026-02').to, 'month');
    expect(months.map((p) => p.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const halves = periodsBetween(parsePeriod('2025').from, parsePeriod('2026').to, 'half');
    expect(halves.map((p) => p.key)).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2']);
  });
});
