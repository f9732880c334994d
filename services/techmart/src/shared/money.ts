// Money is integer VND everywhere: bigint in the database and in code, a digit string in JSON
// (a JS number loses precision above 2^53 and invites float arithmetic).

/** Upper bound for any amount we accept: 10^16 VND is far above any realistic technology price. */
export const MAX_VND = 10n ** 16n;

export type VndParseResult = { ok: true; value: bigint } | { ok: false; reason: 'empty' | 'format' | 'range' };

/**
 * Parses an amount typed by a person: plain digits ("150000000") or digits grouped by threes with
 * dots, commas or spaces as Vietnamese users write them ("150.000.000", "150,000,000"), optionally
 * followed by "đ", "₫", "VND" or "VNĐ". Decimals are rejected: VND has no minor unit.
 */
export function parseVnd(input: string): VndParseResult {
  const text = input
    .normalize('NFC')
    .trim()
    .replace(/\s*(₫|đ|vnđ|vnd)$/iu, '');
  if (text === '') return { ok: false, reason: 'empty' };
  let digits: string;
  if (/^\d+$/.test(text)) {
    digits = text;
  } else {
    const grouped = /^(\d{1,3})((?:([.,\u00a0 ])\d{3})(?:\3\d{3})*)$/u.exec(text);
    if (!grouped) return { ok: false, reason: 'format' };
    digits = text.replace(/[.,\u00a0 ]/gu, '');
  }
  const value = BigInt(digits);
  if (value > MAX_VND) return { ok: false, reason: 'range' };
  return { ok: true, value };
}

/** The wire form: decimal digits, no separators. */
export function formatVnd(value: bigint): string {
  return value.toString(10);
}

/** Indicative price of an offer: an amount or "negotiable" (thỏa thuận). */
export type Price = { amountVnd: bigint } | { negotiable: true };

export function priceToColumn(price: Price): bigint | null {
  return 'amountVnd' in price ? price.amountVnd : null;
}

export function priceFromColumn(value: bigint | null): Price {
  return value === null ? { negotiable: true } : { amountVnd: value };
}

export interface BudgetRange {
  minVnd: bigint | null;
  maxVnd: bigint | null;
}

/** A budget range is valid when both ends are absent, one is given, or min ≤ max. */
export function isValidBudgetRange(range: BudgetRange): boolean {
  return range.minVnd === null || range.maxVnd === null || range.minVnd <= range.maxVnd;
}
