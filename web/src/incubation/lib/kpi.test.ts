import { describe, expect, it } from 'vitest';
import { chartValue, formatMetric, monthLabel, parseCount, parseVnd, previousMonth } from './kpi.ts';

const row = {
  month: '2026-05-01',
  revenueVnd: '1250000000',
  users: 1200,
  jobsCreated: 3,
  fundingRaisedVnd: '0',
  ipFiled: 1,
};

describe('monthly KPIs in the portal', () => {
  it('labels months the way each language reads them', () => {
    expect(monthLabel('2026-05-01', 'vi')).toBe('05/2026');
    expect(monthLabel('2026-05', 'en')).toBe('May 2026');
  });

  it('charts VND in millions and writes it in millions or billions', () => {
    expect(chartValue(row, 'revenueVnd')).toBe(1250);
    expect(chartValue(row, 'users')).toBe(1200);
    expect(formatMetric('1250000000', 'revenueVnd', 'vi')).toBe('1,25 tỷ đồng');
    expect(formatMetric('45000000', 'revenueVnd', 'en')).toBe('45 m VND');
    expect(formatMetric('900000', 'fundingRaisedVnd', 'vi')).toBe('900.000 đồng');
  });

  it('charts an amount below a million as a fraction of a million', () => {
    expect(chartValue({ ...row, revenueVnd: '1234567' }, 'revenueVnd')).toBeCloseTo(1.234567, 6);
  });

  it('reads money and counts as people type them, and refuses the rest', () => {
    expect(parseVnd('45.000.000')).toBe('45000000');
    expect(parseVnd('45 000 000')).toBe('45000000');
    expect(parseVnd('-5')).toBeNull();
    expect(parseVnd('mười')).toBeNull();
    expect(parseCount('1.200')).toBe(1200);
    expect(parseCount('1,5')).toBeNull();
    expect(parseVnd('45,5')).toBeNull();
    expect(parseCount('')).toBeNull();
  });

  it('suggests the month before this one in Asia/Ho_Chi_Minh', () => {
    // 31 Jan 2027 at 18:00 UTC is already 1 Feb in Vietnam: the previous month is January
    expect(previousMonth(new Date('2027-01-31T18:00:00Z'))).toBe('2027-01');
    expect(previousMonth(new Date('2027-01-15T00:00:00Z'))).toBe('2026-12');
  });
});
