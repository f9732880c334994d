import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatVnd } from './format.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatVnd', () => {
  it('formats integer VND digit strings with vi-VN grouping', () => {
    expect(nbsp(formatVnd('150000000') ?? '')).toBe('150.000.000 ₫');
    expect(nbsp(formatVnd('0') ?? '')).toBe('0 ₫');
  });
  it('keeps every digit of amounts beyond float precision (BigInt, not Number)', () => {
    expect(nbsp(formatVnd('9007199254740993') ?? '')).toBe('9.007.199.254.740.993 ₫');
    expect(nbsp(formatVnd('12345678901234567890') ?? '')).toBe('12.345.678.901.234.567.890 ₫');
  });
  it('refuses anything that is not a digit string', () => {
    for (const bad of ['', '1.5', '-3', '1e6', 'abc', '150 000']) expect(formatVnd(bad)).toBeNull();
  });
});

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows instants in UTC+7', () => {
    expect(formatDateTime('2026-11-23T17:30:00Z', 'vi')).toContain('24/11/2026');
    expect(formatDateTime('2026-11-23T17:30:00Z', 'vi')).toContain('00:30');
  });
  it('does not shift calendar dates', () => {
    expect(formatDate('2026-12-31', 'vi')).toBe('31/12/2026');
  });
  it('returns empty text for missing or invalid values', () => {
    expect(formatDateTime(undefined, 'vi')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});
