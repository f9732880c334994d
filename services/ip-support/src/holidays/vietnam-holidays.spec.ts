import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './calendar-date.js';
import { validateHolidayYear, WorkingCalendar } from './holiday-table.js';
import { seedHolidayYears } from './vietnam-holidays.data.js';
import { generateHolidayYear, hungKingsDay, tetDay } from './vietnam-holidays.generator.js';

// Published Vietnamese dates: Tết (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar).
const LUNAR_DATES: Array<[number, string, string]> = [
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-03', '2030-04-12'],
];

describe('Vietnamese public holidays', () => {
  it.each(LUNAR_DATES)('%i: Tết on %s and Giỗ Tổ on %s', (year, tet, hung) => {
    expect(tetDay(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(hung);
  });

  it('generates the statutory days with days in lieu for weekend holidays', () => {
    const t2026 = generateHolidayYear(2026);
    const off = t2026.entries.map((x) => x.date);
    // Tết 2026: 16/2 (last day of Ất Tỵ) to 20/2, as in the notice.
    expect(off).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-20']));
    // Giỗ Tổ 2026 is a Sunday: Monday 27/4 is given in lieu.
    expect(t2026.entries.find((x) => x.date === '2026-04-27')?.kind).toBe('compensatory_day_off');
    // 2/9/2030 is a Monday: the adjacent day is 3/9.
    expect(generateHolidayYear(2030).entries.map((x) => x.date)).toContain('2030-09-03');
    expect(dayOfWeek('2030-09-02')).toBe(1);
  });

  it('seeds 2024–2030 with valid tables', () => {
    const years = seedHolidayYears();
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const y of years) expect(validateHolidayYear(y)).toEqual([]);
    expect(years[0]?.source).toBe('official');
    expect(years[2]?.source).toBe('generated');
  });

  it('flags a malformed table', () => {
    const issues = validateHolidayYear({
      year: 2027,
      source: 'official',
      entries: [
        { date: '2026-12-31', kind: 'public_holiday', nameVi: 'x', nameEn: 'x' },
        { date: '2027-05-03', kind: 'make_up_working_day', nameVi: 'x', nameEn: 'x' },
        { date: '2027-05-03', kind: 'public_holiday', nameVi: 'x', nameEn: 'x' },
      ],
    });
    expect(issues.map((i) => i.code)).toEqual(['outside_year', 'make_up_day_on_weekday', 'duplicate_date']);
  });

  it('counts make-up Saturdays as working days and swapped days as days off', () => {
    const cal = new WorkingCalendar(seedHolidayYears());
    expect(cal.isWorkingDay('2025-02-08')).toBe(true); // Saturday worked for 27/1
    expect(cal.isWorkingDay('2025-01-27')).toBe(false);
    expect(cal.nextWorkingDayOnOrAfter('2025-01-25')).toBe('2025-02-03');
    expect(cal.holidayOn('2025-09-02')?.nameEn).toBe('National Day');
  });
});
