import { Lunar } from 'lunar-typescript';
import { addDays, type IsoDate, isWeekend, ymd } from './calendar-date.js';
import type { HolidayEntry, HolidayYear } from './holiday-table.js';

/**
 * Proposes a year's table from the Labour Code 2019, art. 112, before the
 * Prime Minister's yearly notice fixes the swaps: 1/1; Tết (5 days: the last
 * day of the old lunar year and the 1st–4th of the new one); Giỗ Tổ Hùng
 * Vương (10th day of the 3rd lunar month); 30/4; 1/5; 2/9 with one adjacent
 * day (3/9 when 2/9 is a Monday, else 1/9); a holiday on a Saturday or
 * Sunday gives a day off on the next working day. The admin confirms or edits
 * the proposal; only the stored table is used to count deadlines.
 *
 * Lunar dates come from lunar-typescript (the Chinese calendar, UTC+8). The
 * Vietnamese calendar (UTC+7) can differ by a day in rare years; for
 * 2024–2030 the dates match the published Vietnamese ones (see the spec).
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  const solar = Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar();
  return ymd(solar.getYear(), solar.getMonth(), solar.getDay());
}

export function tetDay(year: number): IsoDate {
  return lunarToSolar(year, 1, 1);
}

export function hungKingsDay(year: number): IsoDate {
  return lunarToSolar(year, 3, 10);
}

export function generateHolidayYear(year: number): HolidayYear {
  const holidays: HolidayEntry[] = [];
  const add = (date: IsoDate, nameVi: string, nameEn: string) =>
    holidays.push({ date, kind: 'public_holiday', nameVi, nameEn });

  add(ymd(year, 1, 1), 'Tết Dương lịch', "New Year's Day");
  const tet = tetDay(year);
  add(addDays(tet, -1), 'Tết Nguyên đán (cuối năm Âm lịch)', 'Lunar New Year (last day of the old year)');
  for (let i = 0; i < 4; i += 1) {
    add(addDays(tet, i), `Tết Nguyên đán (mùng ${i + 1})`, `Lunar New Year (day ${i + 1})`);
  }
  add(hungKingsDay(year), 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', "Hung Kings' Commemoration Day");
  add(ymd(year, 4, 30), 'Ngày Chiến thắng', 'Reunification Day');
  add(ymd(year, 5, 1), 'Ngày Quốc tế Lao động', "International Workers' Day");
  add(ymd(year, 9, 2), 'Quốc khánh', 'National Day');
  const nationalDayIsMonday = new Date(`${year}-09-02T00:00:00Z`).getUTCDay() === 1;
  add(
    nationalDayIsMonday ? ymd(year, 9, 3) : ymd(year, 9, 1),
    'Quốc khánh (ngày liền kề)',
    'National Day (adjacent day)',
  );

  // Days in lieu: each holiday on a weekend gives the next day that is
  // neither a weekend nor already off (in date order, so Tết's days stack).
  const off = new Set(holidays.map((h) => h.date));
  const compensatory: HolidayEntry[] = [];
  for (const h of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || off.has(day)) day = addDays(day, 1);
    off.add(day);
    compensatory.push({
      date: day,
      kind: 'compensatory_day_off',
      nameVi: `Nghỉ bù (${h.nameVi})`,
      nameEn: `Day in lieu (${h.nameEn})`,
    });
  }
  const entries = [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
  return { year, source: 'generated', entries };
}
