import { describe, expect, it } from 'vitest';
import { formatVnd, isValidBudgetRange, MAX_VND, parseVnd, priceFromColumn, priceToColumn } from './money.js';

describe('parseVnd', () => {
  it.each([
    ['150000000', 150_000_000n],
    ['0', 0n],
    ['150.000.000', 150_000_000n],
    ['150,000,000', 150_000_000n],
    ['150 000 000', 150_000_000n],
    ['1.500.000 đ', 1_500_000n],
    ['2.000.000₫', 2_000_000n],
    ['25000000 VND', 25_000_000n],
    [' 3.000.000 VNĐ ', 3_000_000n],
  ])('reads %j as %s', (input, expected) => {
    expect(parseVnd(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '  ', '12.5', '1.50.000', '1.000,000', '-5', '1e6', 'abc', '150000000.00', '0x10'])(
    'rejects %j',
    (input) => {
      expect(parseVnd(input).ok).toBe(false);
    },
  );

  it('rejects amounts above the ceiling without losing precision', () => {
    expect(parseVnd((MAX_VND + 1n).toString())).toEqual({ ok: false, reason: 'range' });
    expect(parseVnd('9007199254740993')).toEqual({ ok: true, value: 9_007_199_254_740_993n });
  });

  it('formats as plain digits', () => {
    expect(formatVnd(185_000_000n)).toBe('185000000');
  });
});

describe('price and budget', () => {
  it('stores negotiable as null', () => {
    expect(priceToColumn({ negotiable: true })).toBeNull();
    expect(priceToColumn({ amountVnd: 5n })).toBe(5n);
    expect(priceFromColumn(null)).toEqual({ negotiable: true });
    expect(priceFromColumn(7n)).toEqual({ amountVnd: 7n });
  });

  it('accepts open or ordered ranges', () => {
    expect(isValidBudgetRange({ minVnd: null, maxVnd: null })).toBe(true);
    expect(isValidBudgetRange({ minVnd: 5n, maxVnd: null })).toBe(true);
    expect(isValidBudgetRange({ minVnd: 5n, maxVnd: 5n })).toBe(true);
    expect(isValidBudgetRange({ minVnd: 6n, maxVnd: 5n })).toBe(false);
  });
});
