import { describe, expect, it } from 'vitest';
import { formatFigure, intensity } from './figures.ts';
import { currentPeriodKey, parsePeriodKey, periodKey, seriesWindow } from './periods.ts';

describe('period keys in Vietnam time', () => {
  it('takes the current period in UTC+7: 18:00 UTC on 31 March is already Q2 there', () => {
    expect(currentPeriodKey('quarter', new Date('2026-03-31T16:59:00Z'))).toBe('2026-Q1');
    expect(currentPeriodKey('quarter', new Date('2026-03-31T18:00:00Z'))).toBe('2026-Q2');
    expect(currentPeriodKey('month', new Date('2026-12-31T17:30:00Z'))).toBe('2027-01');
    expect(currentPeriodKey('half', new Date('2026-07-01T00:00:00Z'))).toBe('2026-H2');
  });

  it('round-trips keys through their parts and refuses others', () => {
    for (const key of ['2026', '2026-H2', '2026-Q3', '2026-09']) {
      const parts = parsePeriodKey(key);
      expect(parts && periodKey(parts)).toBe(key);
    }
    expect(parsePeriodKey('2026-13')).toBeNull();
    expect(parsePeriodKey('2026-Q5')).toBeNull();
  });

  it('shows a quarter against its year month by month, and a year against the four before it', () => {
    expect(seriesWindow({ grain: 'quarter', year: 2026, part: 2 })).toEqual({
      from: '2026-01',
      to: '2026-12',
      grain: 'month',
    });
    expect(seriesWindow({ grain: 'year', year: 2026, part: 0 })).toEqual({ from: '2022', to: '2026', grain: 'year' });
  });
});

describe('figures', () => {
  it('shows no figure as a dash, not zero, and money in millions or billions', () => {
    expect(formatFigure(null, 'count', 'vi')).toBe('—');
    expect(formatFigure(0, 'count', 'vi')).toBe('0');
    expect(formatFigure(1234, 'count', 'vi')).toBe('1.234');
    expect(formatFigure(600_000_000, 'vnd', 'vi')).toBe('600 triệu đồng');
    expect(formatFigure(2_500_000_000, 'vnd', 'en')).toBe('2.5 bn VND');
    expect(formatFigure(33.333, 'percent', 'vi')).toBe('33,3 %');
  });

  it('shades tiles in four steps relative to the largest value', () => {
    expect([intensity(null, 10), intensity(0, 10), intensity(1, 10), intensity(10, 10)]).toEqual([0, 0, 1, 4]);
  });
});
