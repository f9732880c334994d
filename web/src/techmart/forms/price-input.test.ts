import { describe, expect, it } from 'vitest';
import { groupThousands, parsePriceInput, readableAmount } from './price-input.ts';

const amount = (text: string) => {
  const r = parsePriceInput(text);
  return r.ok ? r.amountVnd : r.reason;
};

describe('parsePriceInput', () => {
  it('reads the amounts as Vietnamese business people write them', () => {
    expect(amount('150 triệu')).toBe('150000000');
    expect(amount('1,2 tỷ')).toBe('1200000000');
    expect(amount('1.2 tỷ')).toBe('1200000000');
    expect(amount('1 tỷ 200 triệu')).toBe('1200000000');
    expect(amount('500k')).toBe('500000');
    expect(amount('750 nghìn đồng')).toBe('750000');
    expect(amount('2,5tr')).toBe('2500000');
    expect(amount('1.500 triệu')).toBe('1500000000');
    expect(amount('3 TỶ')).toBe('3000000000');
    expect(amount('150 trieu')).toBe('150000000');
  });

  it('keeps plain and grouped digits, with or without a currency sign', () => {
    expect(amount('150000000')).toBe('150000000');
    expect(amount('150.000.000 ₫')).toBe('150000000');
    expect(amount('150,000,000 VND')).toBe('150000000');
  });

  it('computes exactly, never through floating point', () => {
    // 1.1 * 1e9 in floats is 1100000000.0000002
    expect(amount('1,1 tỷ')).toBe('1100000000');
    expect(amount('9999999,999999999 tỷ')).toBe('9999999999999999');
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(amount('')).toBe('empty');
    expect(amount('  ')).toBe('empty');
    expect(amount('khoảng 2 tỷ')).toBe('format');
    expect(amount('1 tỷ rưỡi')).toBe('format');
    expect(amount('200 triệu 1 tỷ')).toBe('format');
    expect(amount('1,5')).toBe('format');
    expect(amount('0,0001 nghìn')).toBe('format');
    expect(amount('20000000 tỷ')).toBe('range');
  });
});

describe('groupThousands and readableAmount', () => {
  it('shows amounts with the separators of the reader’s language', () => {
    expect(groupThousands('150000000', 'vi')).toBe('150.000.000');
    expect(groupThousands('150000000', 'en')).toBe('150,000,000');
    expect(groupThousands('abc', 'vi')).toBe('abc');
  });

  it('reads an amount back in words so the user sees what was understood', () => {
    expect(readableAmount('1200000000', 'vi')).toBe('1,2 tỷ');
    expect(readableAmount('150000000', 'vi')).toBe('150 triệu');
    expect(readableAmount('150000000', 'en')).toBe('150 million');
    expect(readableAmount('900', 'vi')).toBe('900 đồng');
  });
});
