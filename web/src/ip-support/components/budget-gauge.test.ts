import { describe, expect, it } from 'vitest';
import { gaugeParts } from './budget-gauge.ts';

describe('gaugeParts', () => {
  it('splits a half-used budget into paid, committed and left', () => {
    expect(gaugeParts(2_000_000_000, 600_000_000, '400000000')).toEqual({
      committedOnly: 300,
      paid: 200,
      left: 500,
      overspent: false,
    });
  });

  it('handles amounts beyond floating-point precision and an empty budget', () => {
    expect(gaugeParts('90071992547409930', '45035996273704965', '0').left).toBe(500);
    expect(gaugeParts('0', '0', '0')).toEqual({ committedOnly: 0, paid: 0, left: 0, overspent: false });
  });

  it('shows an overspent budget as such instead of a negative bar', () => {
    expect(gaugeParts('100', '70', '50')).toMatchObject({ left: 0, overspent: true });
  });
});
