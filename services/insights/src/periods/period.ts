// Reporting periods in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since
// 1975). An event at 23:30 local time on 31 March belongs to Q1, whatever its UTC date says.

export const REPORTING_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;

export type Grain = 'month' | 'quarter' | 'half' | 'year';
export const GRAINS: readonly Grain[] = ['month', 'quarter', 'half', 'year'];

export interface Period {
  /** canonical key: 2026-03, 2026-Q1, 2026-H1, 2026 or 2026-01-15..2026-02-10 */
  key: string;
  grain: Grain | 'range';
  /** first local day (YYYY-MM-DD) */
  startDate: string;
  /** last local day, inclusive */
  endDate: string;
  /** UTC instant of local midnight starting the first day */
  from: Date;
  /** UTC instant of local midnight after the last day (exclusive) */
  to: Date;
  label: { vi: string; en: string };
}

export class PeriodError extends Error {}

/** UTC instant of local midnight at the start of a local calendar day. */
export function localMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The local calendar date of an ISO `YYYY-MM-DD` as a UTC instant (local midnight). */
export function localDayStart(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new PeriodError(`not a date: ${isoDate}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = localMidnight(y, m, d);
  if (localDate(instant) !== isoDate) throw new PeriodError(`no such day: ${isoDate}`);
  return instant;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function months(key: string, grain: Grain, year: number, firstMonth: number, count: number, label: Period['label']) {
  const lastMonth = firstMonth + count - 1;
  return {
    key,
    grain,
    startDate: iso(year, firstMonth, 1),
    endDate: iso(year, lastMonth, daysIn(year, lastMonth)),
    from: localMidnight(year, firstMonth, 1),
    to: lastMonth === 12 ? localMidnight(year + 1, 1, 1) : localMidnight(year, lastMonth + 1, 1),
    label,
  } satisfies Period;
}

function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw new PeriodError(`year out of range: ${year}`);
  return year;
}

/**
 * Parses a period key: `2026` (year), `2026-H1`, `2026-Q3`, `2026-03` (month), or an inclusive
 * day range `2026-01-15..2026-02-10`.
 */
export function parsePeriod(key: string): Period {
  const k = key.trim();
  const year = /^(\d{4})$/.exec(k);
  const half = /^(\d{4})-H([12])$/.exec(k);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(k);
  const monthMatch = /^(\d{4})-(\d{2})$/.exec(k);
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(k);
  if (year) {
    const m = year;
    const y = checkYear(Number(m[1]));
    return months(k, 'year', y, 1, 12, { vi: `Năm ${y}`, en: `Year ${y}` });
  }
  if (half) {
    const m = half;
    const y = checkYear(Number(m[1]));
    const h = Number(m[2]);
    return months(k, 'half', y, h === 1 ? 1 : 7, 6, {
      vi: `${h === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${y}`,
      en: `${h === 1 ? 'First' : 'Second'} half of ${y}`,
    });
  }
  if (quarter) {
    const m = quarter;
    const y = checkYear(Number(m[1]));
    const q = Number(m[2]);
    const roman = ['I', 'II', 'III', 'IV'][q - 1];
    return months(k, 'quarter', y, (q - 1) * 3 + 1, 3, { vi: `Quý ${roman} năm ${y}`, en: `Q${q} ${y}` });
  }
  if (monthMatch) {
    const m = monthMatch;
    const y = checkYear(Number(m[1]));
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new PeriodError(`no such month: ${k}`);
    return months(k, 'month', y, month, 1, { vi: `Tháng ${month}/${y}`, en: `${monthName(month)} ${y}` });
  }
  if (range) {
    const m = range;
    const [start, end] = [m[1] as string, m[2] as string];
    const from = localDayStart(start);
    const last = localDayStart(end);
    if (last < from) throw new PeriodError('the range ends before it starts');
    checkYear(Number(start.slice(0, 4)));
    checkYear(Number(end.slice(0, 4)));
    const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
    const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
    return {
      key: k,
      grain: 'range',
      startDate: start,
      endDate: end,
      from,
      to: new Date(last.getTime() + 24 * 60 * 60 * 1000),
      label: { vi: `Từ ${sd}/${sm}/${sy} đến ${ed}/${em}/${ey}`, en: `${start} to ${end}` },
    };
  }
  throw new PeriodError(`unknown period: ${key} (expected 2026, 2026-H1, 2026-Q1, 2026-03 or 2026-01-01..2026-03-31)`);
}

function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
}

/** The period of the given grain containing an instant (local time). */
export function periodOf(instant: Date, grain: Grain): Period {
  const [y, m] = localDate(instant).split('-').map(Number) as [number, number];
  switch (grain) {
    case 'year':
      return parsePeriod(String(y));
    case 'half':
      return parsePeriod(`${y}-H${m <= 6 ? 1 : 2}`);
    case 'quarter':
      return parsePeriod(`${y}-Q${Math.ceil(m / 3)}`);
    case 'month':
      return parsePeriod(`${y}-${pad(m)}`);
  }
}

/** The period just before: the previous month/quarter/half/year, or a range of the same number of days. */
export function previousPeriod(period: Period): Period {
  if (period.grain === 'range') {
    const days = Math.round((period.to.getTime() - period.from.getTime()) / 86_400_000);
    const end = new Date(period.from.getTime() - 86_400_000);
    const start = new Date(period.from.getTime() - days * 86_400_000);
    return parsePeriod(`${localDate(start)}..${localDate(end)}`);
  }
  return periodOf(new Date(period.from.getTime() - 1), period.grain);
}

/** The consecutive periods of a grain covering [from, to). */
export function periodsBetween(from: Date, to: Date, grain: Grain): Period[] {
  const out: Period[] = [];
  let current = periodOf(from, grain);
  while (current.from < to) {
    out.push(current);
    current = periodOf(current.to, grain);
  }
  return out;
}

/** The year (local) the period ends in: the year whose targets apply to it. */
export function periodYear(period: Period): number {
  return Number(period.endDate.slice(0, 4));
}
