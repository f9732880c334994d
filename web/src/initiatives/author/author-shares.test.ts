import { describe, expect, it } from 'vitest';
import { equalShares, shareHundredths, shareStatus, shareValue } from './author-shares.ts';

const rows = (...shares: string[]) => shares.map((share) => ({ share }));

describe('contribution shares feedback', () => {
  it('says how much is left while the shares are below 100', () => {
    expect(shareStatus(rows('60', '25'))).toEqual({ kind: 'under', total: 85, remaining: 15 });
  });

  it('says the shares are complete at exactly 100, decimals included', () => {
    expect(shareStatus(rows('33.33', '33,33', '33.34'))).toEqual({ kind: 'exact', total: 100 });
  });

  it('says by how much the shares exceed 100', () => {
    expect(shareStatus(rows('70', '40.5'))).toEqual({ kind: 'over', total: 110.5, excess: 10.5 });
  });

  it('points at the rows that are not a share between 0 and 100 with two decimals', () => {
    expect(shareStatus(rows('50', 'năm mươi', '0', '101', '12.345'))).toEqual({ kind: 'invalid', rows: [1, 2, 3, 4] });
  });

  it('ignores empty rows and reports nothing entered as empty', () => {
    expect(shareStatus(rows('', ' '))).toEqual({ kind: 'empty' });
    expect(shareStatus(rows('100', ''))).toEqual({ kind: 'exact', total: 100 });
  });

  it('reads shares in hundredths so that no float rounding creeps in', () => {
    expect(shareHundredths('0.1')).toBe(10);
    expect(shareValue('12,5')).toBe(12.5);
    expect(shareValue('abc')).toBeNull();
  });

  it('splits 100 equally with the remainder on the first authors', () => {
    expect(equalShares(3)).toEqual(['33.34', '33.33', '33.33']);
    expect(equalShares(4)).toEqual(['25', '25', '25', '25']);
    expect(shareStatus(rows(...equalShares(7))).kind).toBe('exact');
  });
});
