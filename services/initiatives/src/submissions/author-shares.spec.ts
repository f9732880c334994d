import { describe, expect, it } from 'vitest';
import { shareMessage, shareProblems, toHundredths } from './author-shares.js';

describe('contribution shares', () => {
  it.each([[[100]], [[50, 50]], [[33.33, 33.33, 33.34]], [[70, 20.5, 9.5]]])('accepts %j', (shares) => {
    expect(shareProblems(shares)).toEqual([]);
  });

  it('refuses shares that do not add up to exactly 100', () => {
    expect(shareProblems([33.33, 33.33, 33.33])).toEqual([{ code: 'shares_sum', sumPercent: 99.99 }]);
    expect(shareProblems([60, 50])).toEqual([{ code: 'shares_sum', sumPercent: 110 }]);
  });

  it('refuses zero, negative and over-100 shares and more than two decimals', () => {
    expect(shareProblems([0, 100])).toEqual([{ code: 'share_range', index: 0 }]);
    expect(shareProblems([-10, 110])).toEqual([
      { code: 'share_range', index: 0 },
      { code: 'share_range', index: 1 },
    ]);
    expect(shareProblems([33.333, 66.667])).toEqual([
      { code: 'share_precision', index: 0 },
      { code: 'share_precision', index: 1 },
    ]);
  });

  it('is exact in hundredths (no floating-point drift)', () => {
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(shareMessage({ code: 'shares_sum', sumPercent: 99.99 }).vi).toContain('99.99%');
  });
});
