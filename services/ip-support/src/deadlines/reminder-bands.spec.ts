import { describe, expect, it } from 'vitest';
import { reminderBand, weekStart } from './reminder-bands.js';

describe('reminder bands', () => {
  it.each([
    [45, null],
    [30, 30],
    [12, 30],
    [7, 7],
    [5, 7],
    [1, 1],
    [0, 1],
    [-1, null],
  ])('%i days left → band %s', (days, band) => expect(reminderBand(days, [30, 7, 1])).toBe(band));

  it('ignores duplicates and bad offsets', () => expect(reminderBand(3, [7, 7, -2, 1.5, 14])).toBe(7));

  it('keys the digest by the Monday of the week', () => {
    expect(weekStart('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(weekStart('2026-12-13')).toBe('2026-12-07'); // the Sunday after
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});
