import { describe, expect, it } from 'vitest';
import { expectedValue, governingTarget, statusOf, type Target, thresholdsFor } from './trajectory.js';

const programme: Target = {
  indicatorCode: 'enterprise.st_enterprises',
  provinceCode: '87',
  communeCode: '',
  year: 2030,
  baselineDate: '2025-01-01',
  baselineValue: 3,
  targetDate: '2030-12-31',
  targetValue: 15,
  note: '',
};
const yearly = (year: number, value: number): Target => ({
  ...programme,
  indicatorCode: 'techmart.listings_published',
  year,
  baselineDate: `${year}-01-01`,
  baselineValue: 0,
  targetDate: `${year}-12-31`,
  targetValue: value,
});

describe('trajectory from a baseline to a target', () => {
  it('runs in a straight line, holding the baseline before and the target after', () => {
    expect(expectedValue(programme, '2024-06-30')).toBe(3);
    expect(expectedValue(programme, '2025-01-01')).toBe(3);
    expect(expectedValue(programme, '2030-12-31')).toBe(15);
    expect(expectedValue(programme, '2032-01-01')).toBe(15);
    const mid = expectedValue(programme, '2028-01-01');
    expect(mid).toBeGreaterThan(8.9);
    expect(mid).toBeLessThan(9.1);
  });

  it('expects half of a yearly target at the end of June', () => {
    expect(expectedValue(yearly(2026, 300), '2026-07-02')).toBeCloseTo(150, 0);
  });

  it('lets the year’s own target govern, else the nearest later programme target', () => {
    const targets = [programme, yearly(2026, 300)].map((t) => ({ ...t, indicatorCode: 'x' }));
    expect(governingTarget(targets, '2026-03-31')?.year).toBe(2026);
    expect(governingTarget(targets, '2027-03-31')?.year).toBe(2030);
    expect(governingTarget(targets, '2031-03-31')).toBeUndefined();
  });
});

describe('status from actual against the trajectory', () => {
  const thresholds = { greenAt: 1, amberAt: 0.8 };
  it('is green on or above the trajectory, amber within the band, red below it', () => {
    expect(statusOf(100, 100, thresholds)).toBe('green');
    expect(statusOf(120, 100, thresholds)).toBe('green');
    expect(statusOf(99, 100, thresholds)).toBe('amber');
    expect(statusOf(80, 100, thresholds)).toBe('amber');
    expect(statusOf(79.9, 100, thresholds)).toBe('red');
    expect(statusOf(0, 100, thresholds)).toBe('red');
  });

  it('is green while nothing is expected yet', () => {
    expect(statusOf(0, 0, thresholds)).toBe('green');
  });

  it('takes an indicator’s own thresholds over the default', () => {
    const rows = new Map([
      ['*', { greenAt: 1, amberAt: 0.8 }],
      ['initiatives.benefit', { greenAt: 0.95, amberAt: 0.7 }],
    ]);
    expect(statusOf(96, 100, thresholdsFor('initiatives.benefit', rows))).toBe('green');
    expect(statusOf(96, 100, thresholdsFor('techmart.listings_published', rows))).toBe('amber');
    expect(thresholdsFor('x', new Map())).toEqual({ greenAt: 1, amberAt: 0.8 });
  });
});
