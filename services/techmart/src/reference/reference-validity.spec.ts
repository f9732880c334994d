import { describe, expect, it } from 'vitest';
import { inForce, todayInVietnam } from './reference-validity.js';

describe('reference term validity', () => {
  it('is in force between its dates, both days included, open ends open', () => {
    expect(inForce({}, '2026-12-04')).toBe(true);
    expect(inForce({ validFrom: '2026-12-04' }, '2026-12-04')).toBe(true);
    expect(inForce({ validFrom: '2026-12-05' }, '2026-12-04')).toBe(false);
    expect(inForce({ validTo: '2026-12-04' }, '2026-12-04')).toBe(true);
    expect(inForce({ validTo: '2026-12-03' }, '2026-12-04')).toBe(false);
    expect(inForce({ validFrom: null, validTo: null }, '2026-12-04')).toBe(true);
  });

  it("counts days in Vietnam's time zone", () => {
    expect(todayInVietnam(new Date('2026-12-04T16:59:59Z'))).toBe('2026-12-04');
    expect(todayInVietnam(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
  });
});
