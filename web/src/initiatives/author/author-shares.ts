// Contribution shares of a submission's authors: the live feedback under the authors' table (how much is
// left to give out, or how much too much) and the per-row checks. Shares are percentages with at most two
// decimals; they are summed in hundredths of a per cent so 33.33 + 33.33 + 33.34 is exactly 100.

export interface ShareRow {
  share: string;
}

export type ShareStatus =
  /** nothing entered yet */
  | { kind: 'empty' }
  /** every share valid, the total below 100: `remaining` is what is left to give out */
  | { kind: 'under'; total: number; remaining: number }
  | { kind: 'exact'; total: 100 }
  /** the total above 100 by `excess` */
  | { kind: 'over'; total: number; excess: number }
  /** some row is not a number between 0 and 100 with at most two decimals (listed, 0-based) */
  | { kind: 'invalid'; rows: number[] };

const SHARE = /^\d{1,3}(?:[.,]\d{1,2})?$/;

/** A share as hundredths of a per cent (33,5 → 3350), or null when it is not a valid share. */
export function shareHundredths(text: string): number | null {
  const s = text.trim();
  if (!SHARE.test(s)) return null;
  const [whole = '0', frac = ''] = s.replace(',', '.').split('.');
  const value = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return value > 0 && value <= 10_000 ? value : null;
}

/** The share as the API's number (33,5 → 33.5), or null. */
export function shareValue(text: string): number | null {
  const h = shareHundredths(text);
  return h === null ? null : h / 100;
}

export function shareStatus(rows: readonly ShareRow[]): ShareStatus {
  const filled = rows.map((r, i) => ({ text: r.share.trim(), i })).filter((r) => r.text !== '');
  if (filled.length === 0) return { kind: 'empty' };
  const bad = filled.filter((r) => shareHundredths(r.text) === null).map((r) => r.i);
  if (bad.length > 0) return { kind: 'invalid', rows: bad };
  const total = filled.reduce((sum, r) => sum + (shareHundredths(r.text) ?? 0), 0);
  if (total === 10_000) return { kind: 'exact', total: 100 };
  if (total < 10_000) return { kind: 'under', total: total / 100, remaining: (10_000 - total) / 100 };
  return { kind: 'over', total: total / 100, excess: (total - 10_000) / 100 };
}

/**
 * Shares that add up to exactly 100 for `n` authors (the "split equally" button): equal hundredths,
 * the rounding remainder going to the first authors (3 → 33.34, 33.33, 33.33).
 */
export function equalShares(n: number): string[] {
  if (n <= 0) return [];
  const base = Math.floor(10_000 / n);
  const extra = 10_000 - base * n;
  return Array.from({ length: n }, (_, i) => formatShare(base + (i < extra ? 1 : 0)));
}

function formatShare(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}
