// Monthly KPIs as the portal shows them: the metrics a startup reports, month labels in the reader's
// language, VND in millions or billions (read from decimal strings through BigInt, so large sums are
// not rounded before they are scaled), and the form's parsing of what was typed.

export const KPI_METRICS = ['revenueVnd', 'users', 'jobsCreated', 'fundingRaisedVnd', 'ipFiled'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

export const isMoney = (m: KpiMetric) => m === 'revenueVnd' || m === 'fundingRaisedVnd';

export interface KpiRow {
  month: string;
  revenueVnd: string | number;
  users: number;
  jobsCreated: number;
  fundingRaisedVnd: string | number;
  ipFiled: number;
}

const tag = (lang: string) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** "2026-05-01" or "2026-05" → "05/2026" (vi) or "May 2026" (en). */
export function monthLabel(month: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  if (lang !== 'en') return `${m[2]}/${m[1]}`;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A metric's value as a number for the chart (VND in millions, to keep the axis readable). */
export function chartValue(row: KpiRow, metric: KpiMetric): number {
  const v = row[metric];
  if (!isMoney(metric)) return Number(v);
  const big = BigInt(String(v));
  // whole millions through BigInt, the remainder as a fraction: exact to the thousand
  return Number(big / 1_000_000n) + Number(big % 1_000_000n) / 1_000_000;
}

export function formatMetric(value: string | number, metric: KpiMetric, lang: string): string {
  if (!isMoney(metric)) return new Intl.NumberFormat(tag(lang)).format(Number(value));
  const big = BigInt(String(value));
  const fmt = new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 2 });
  const abs = big < 0n ? -big : big;
  if (abs >= 1_000_000_000n)
    return `${fmt.format(Number(big / 10_000_000n) / 100)} ${lang === 'en' ? 'bn VND' : 'tỷ đồng'}`;
  if (abs >= 1_000_000n) return `${fmt.format(Number(big / 10_000n) / 100)} ${lang === 'en' ? 'm VND' : 'triệu đồng'}`;
  return `${new Intl.NumberFormat(tag(lang)).format(big)} ${lang === 'en' ? 'VND' : 'đồng'}`;
}

/** Money as typed ("45.000.000", "45 000 000", "45000000") → digit string, or null. */
export function parseVnd(text: string): string | null {
  const s = text.trim().replace(/[.\s_]/g, '');
  if (!/^\d{1,15}$/.test(s)) return null;
  return String(BigInt(s));
}

/** A count as typed ("1.200", "1 200") → a non-negative integer, or null ("1,5" is a fraction in Vietnamese). */
export function parseCount(text: string): number | null {
  const s = text.trim().replace(/[.\s_]/g, '');
  if (!/^\d{1,9}$/.test(s)) return null;
  return Number(s);
}

/** The month before today's in Asia/Ho_Chi_Minh, as YYYY-MM (what a startup usually reports). */
export function previousMonth(now: Date = new Date()): string {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth(); // 0-based: the previous month's 1-based number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
}

/** Rows sorted by month, oldest first. */
export function byMonth<T extends { month: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.month.localeCompare(b.month));
}
