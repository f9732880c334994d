import { describe, expect, it } from 'vitest';
import { isPlausibleCode, normaliseCode } from './verify-code.ts';

describe('certificate code box', () => {
  it('accepts a code typed with spaces, keeping its case', () => {
    expect(normaliseCode('  SK-2025 -0042.aB ')).toBe('SK-2025-0042.aB');
  });

  it('accepts the whole verification URL from the QR code', () => {
    expect(normaliseCode('https://sti.example.vn/xac-minh/SK-2025-0042?x=1')).toBe('SK-2025-0042');
  });

  it('refuses what cannot be a code before asking the server', () => {
    expect(isPlausibleCode('SK-2025-0042')).toBe(true);
    expect(isPlausibleCode('<script>')).toBe(false);
    expect(isPlausibleCode('AB')).toBe(false);
  });
});
