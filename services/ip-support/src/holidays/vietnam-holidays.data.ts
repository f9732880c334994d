import type { HolidayEntry, HolidayYear } from './holiday-table.js';
import { generateHolidayYear } from './vietnam-holidays.generator.js';

/**
 * Years fixed by the yearly notices for public servants (swaps and make-up
 * Saturdays included). The Department confirms these against the notices;
 * later years are proposals from the generator until an admin confirms them.
 */
const e = (date: string, kind: HolidayEntry['kind'], nameVi: string, nameEn: string): HolidayEntry => ({
  date,
  kind,
  nameVi,
  nameEn,
});

const TET_VI = 'Tết Nguyên đán';
const TET_EN = 'Lunar New Year';

export const OFFICIAL_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    source: 'official',
    entries: [
      e('2024-01-01', 'public_holiday', 'Tết Dương lịch', "New Year's Day"),
      e('2024-02-08', 'compensatory_day_off', `Nghỉ bù ${TET_VI}`, `${TET_EN} (day in lieu)`),
      e('2024-02-09', 'public_holiday', TET_VI, TET_EN),
      e('2024-02-10', 'public_holiday', TET_VI, TET_EN),
      e('2024-02-11', 'public_holiday', TET_VI, TET_EN),
      e('2024-02-12', 'public_holiday', TET_VI, TET_EN),
      e('2024-02-13', 'public_holiday', TET_VI, TET_EN),
      e('2024-02-14', 'compensatory_day_off', `Nghỉ bù ${TET_VI}`, `${TET_EN} (day in lieu)`),
      e('2024-04-18', 'public_holiday', 'Giỗ Tổ Hùng Vương', "Hung Kings' Commemoration Day"),
      e('2024-04-29', 'compensatory_day_off', 'Nghỉ hoán đổi (làm bù 04/5)', 'Swapped day off (worked on 4 May)'),
      e('2024-04-30', 'public_holiday', 'Ngày Chiến thắng', 'Reunification Day'),
      e('2024-05-01', 'public_holiday', 'Ngày Quốc tế Lao động', "International Workers' Day"),
      e('2024-05-04', 'make_up_working_day', 'Làm bù cho 29/4', 'Make-up working day for 29 April'),
      e('2024-09-02', 'public_holiday', 'Quốc khánh', 'National Day'),
      e('2024-09-03', 'public_holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
    ],
  },
  {
    year: 2025,
    source: 'official',
    entries: [
      e('2025-01-01', 'public_holiday', 'Tết Dương lịch', "New Year's Day"),
      e('2025-01-27', 'compensatory_day_off', 'Nghỉ hoán đổi (làm bù 08/2)', 'Swapped day off (worked on 8 February)'),
      e('2025-01-28', 'public_holiday', TET_VI, TET_EN),
      e('2025-01-29', 'public_holiday', TET_VI, TET_EN),
      e('2025-01-30', 'public_holiday', TET_VI, TET_EN),
      e('2025-01-31', 'public_holiday', TET_VI, TET_EN),
      e('2025-02-01', 'public_holiday', TET_VI, TET_EN),
      e('2025-02-08', 'make_up_working_day', 'Làm bù cho 27/1', 'Make-up working day for 27 January'),
      e('2025-04-07', 'public_holiday', 'Giỗ Tổ Hùng Vương', "Hung Kings' Commemoration Day"),
      e('2025-04-26', 'make_up_working_day', 'Làm bù cho 02/5', 'Make-up working day for 2 May'),
      e('2025-04-30', 'public_holiday', 'Ngày Chiến thắng', 'Reunification Day'),
      e('2025-05-01', 'public_holiday', 'Ngày Quốc tế Lao động', "International Workers' Day"),
      e('2025-05-02', 'compensatory_day_off', 'Nghỉ hoán đổi (làm bù 26/4)', 'Swapped day off (worked on 26 April)'),
      e('2025-09-01', 'public_holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
      e('2025-09-02', 'public_holiday', 'Quốc khánh', 'National Day'),
    ],
  },
];

export const HOLIDAY_SEED_YEARS = { from: 2024, to: 2030 } as const;

/** The tables the service starts with: official years, then generated proposals up to 2030. */
export function seedHolidayYears(): HolidayYear[] {
  const years: HolidayYear[] = [];
  for (let year = HOLIDAY_SEED_YEARS.from; year <= HOLIDAY_SEED_YEARS.to; year += 1) {
    years.push(OFFICIAL_HOLIDAY_YEARS.find((t) => t.year === year) ?? generateHolidayYear(year));
  }
  return years;
}
