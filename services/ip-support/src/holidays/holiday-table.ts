import { addDays, type IsoDate, isWeekend, parseIsoDate } from './calendar-date.js';

/**
 * One year's table of days that differ from the ordinary week:
 * - `public_holiday`: a day off named by the Labour Code (art. 112);
 * - `compensatory_day_off`: a day off in lieu (a holiday on a weekend, or a
 *   day swapped by the Prime Minister's yearly notice);
 * - `make_up_working_day`: a Saturday or Sunday worked in exchange for a swap.
 * Tables are data an admin edits; a change takes effect from `effectiveFrom`.
 */
export type HolidayKind = 'public_holiday' | 'compensatory_day_off' | 'make_up_working_day';

export interface HolidayEntry {
  date: IsoDate;
  kind: HolidayKind;
  nameVi: string;
  nameEn: string;
}

export interface HolidayYear {
  year: number;
  /** official: from the yearly notice; generated: computed by the rules, to be confirmed. */
  source: 'official' | 'generated';
  entries: HolidayEntry[];
}

export interface HolidayTableIssue {
  date: IsoDate;
  code: 'outside_year' | 'duplicate_date' | 'make_up_day_on_weekday';
}

export function validateHolidayYear(table: HolidayYear): HolidayTableIssue[] {
  const issues: HolidayTableIssue[] = [];
  const seen = new Set<string>();
  for (const entry of table.entries) {
    if (parseIsoDate(entry.date).year !== table.year) issues.push({ date: entry.date, code: 'outside_year' });
    if (seen.has(entry.date)) issues.push({ date: entry.date, code: 'duplicate_date' });
    seen.add(entry.date);
    if (entry.kind === 'make_up_working_day' && !isWeekend(entry.date)) {
      issues.push({ date: entry.date, code: 'make_up_day_on_weekday' });
    }
  }
  return issues;
}

/**
 * The working-day calendar of the national IP office: Monday to Friday,
 * less the days off in the tables, plus the make-up working days.
 */
export class WorkingCalendar {
  private readonly daysOff = new Set<IsoDate>();
  private readonly workingWeekendDays = new Set<IsoDate>();
  private readonly names = new Map<IsoDate, HolidayEntry>();
  /** The same last days recur across thousands of filings: remember each answer. */
  private readonly moved = new Map<IsoDate, IsoDate>();

  constructor(years: readonly HolidayYear[]) {
    for (const table of years) {
      for (const entry of table.entries) {
        this.names.set(entry.date, entry);
        if (entry.kind === 'make_up_working_day') this.workingWeekendDays.add(entry.date);
        else this.daysOff.add(entry.date);
      }
    }
  }

  isWorkingDay(date: IsoDate): boolean {
    if (this.daysOff.has(date)) return false;
    if (isWeekend(date)) return this.workingWeekendDays.has(date);
    return true;
  }

  /** Civil Code art. 148(5): a period whose last day is a day off ends on the next working day. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
    const known = this.moved.get(date);
    if (known) return known;
    const found = this.search(date);
    this.moved.set(date, found);
    return found;
  }

  private search(date: IsoDate): IsoDate {
    let day = date;
    // A bound that no real table reaches (Tết with weekends is at most ~10 days).
    for (let i = 0; i < 60; i += 1) {
      if (this.isWorkingDay(day)) return day;
      day = addDays(day, 1);
    }
    throw new RangeError(`no working day within 60 days after ${date}`);
  }

  holidayOn(date: IsoDate): HolidayEntry | undefined {
    return this.names.get(date);
  }
}
