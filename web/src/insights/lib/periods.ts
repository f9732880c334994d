// Period keys as the insights API reads them (2026, 2026-H1, 2026-Q1, 2026-03), in Vietnam's time.
import type { Grain } from '../api/insights-types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local (UTC+7) year and month of an instant. */
export function localYearMonth(now: Date): { year: number; month: number } {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** The key of the period of a grain that contains `now`. */
export function currentPeriodKey(grain: Grain, now: Date = new Date()): string {
  const { year, month } = localYearMonth(now);
  switch (grain) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'month':
      return `${year}-${pad(month)}`;
  }
}

export interface PeriodParts {
  grain: Grain;
  year: number;
  /** month 1–12, quarter 1–4, half 1–2; 0 for a year */
  part: number;
}

export function parsePeriodKey(key: string): PeriodParts | null {
  const year = /^(\d{4})$/.exec(key);
  if (year) return { grain: 'year', year: Number(year[1]), part: 0 };
  const half = /^(\d{4})-H([12])$/.exec(key);
  if (half) return { grain: 'half', year: Number(half[1]), part: Number(half[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return { grain: 'quarter', year: Number(quarter[1]), part: Number(quarter[2]) };
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { grain: 'month', year: Number(month[1]), part: Number(month[2]) };
  }
  return null;
}

export function periodKey(parts: PeriodParts): string {
  switch (parts.grain) {
    case 'year':
      return String(parts.year);
    case 'half':
      return `${parts.year}-H${parts.part}`;
    case 'quarter':
      return `${parts.year}-Q${parts.part}`;
    case 'month':
      return `${parts.year}-${pad(parts.part)}`;
  }
}

/** How many parts a year has for a grain. */
export function partsPerYear(grain: Grain): number {
  return { year: 1, half: 2, quarter: 4, month: 12 }[grain];
}

/**
 * The series shown beside a period: the months of its year for a month or quarter, the quarters
 * of the last two years for a half-year, the last five years for a year.
 */
export function seriesWindow(parts: PeriodParts): { from: string; to: string; grain: Grain } {
  switch (parts.grain) {
    case 'month':
    case 'quarter':
      return { from: `${parts.year}-01`, to: `${parts.year}-12`, grain: 'month' };
    case 'half':
      return { from: `${parts.year - 1}-Q1`, to: `${parts.year}-Q4`, grain: 'quarter' };
    case 'year':
      return { from: String(parts.year - 4), to: String(parts.year), grain: 'year' };
  }
}
