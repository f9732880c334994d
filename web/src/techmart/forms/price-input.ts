// Prices as business people type them: "150.000.000", "150 triệu", "1,2 tỷ", "1 tỷ 200 triệu", "500k".
// Exact integer arithmetic on digit strings (BigInt), never floats: "1,2 tỷ" is 1 200 000 000, not 1 199 999 999.
// Pure; the server's parseVnd (digits and thousands groups) stays the one rule for plain amounts.

import { MAX_VND, parseVnd } from '@sti/techmart/api';

export type PriceParse = { ok: true; amountVnd: string } | { ok: false; reason: 'empty' | 'format' | 'range' };

/** Word units and their power of ten; accents optional ("trieu", "ty", "ti"). */
const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(nghìn|nghin|ngàn|ngan|k)$/u, 3],
  [/^(triệu|trieu|tr)$/u, 6],
  [/^(tỷ|tỉ|ty|ti)$/u, 9],
];

function unitPower(word: string): number | null {
  for (const [pattern, power] of UNITS) if (pattern.test(word)) return power;
  return null;
}

/** "1,2" / "1.2" / "1.500" (grouped) / "150" → integer digits and fraction digits. */
function splitNumber(text: string): { whole: string; fraction: string } | null {
  if (/^\d+$/u.test(text)) return { whole: text, fraction: '' };
  // Dots between groups of three are thousands separators, as Vietnamese writes them ("1.500 triệu").
  if (/^\d{1,3}(\.\d{3})+$/u.test(text)) return { whole: text.replace(/\./gu, ''), fraction: '' };
  const decimal = /^(\d+)[.,](\d+)$/u.exec(text);
  if (decimal) return { whole: decimal[1] as string, fraction: decimal[2] as string };
  return null;
}

/** One "number unit" term as a BigInt, or null when the fraction is finer than one đồng. */
function termValue(number: string, power: number): bigint | null {
  const parts = splitNumber(number);
  if (!parts) return null;
  const fraction = parts.fraction.replace(/0+$/u, '');
  if (fraction.length > power) return null;
  return BigInt(parts.whole + fraction.padEnd(power, '0'));
}

/**
 * Parses a typed price into the API's digit string. Accepts what parseVnd accepts, plus amounts with
 * the words nghìn/k, triệu/tr and tỷ, with a decimal comma ("1,2 tỷ"), and several terms from the
 * largest unit down ("1 tỷ 200 triệu"). A trailing "đ", "₫", "VND" or "đồng" is ignored.
 */
export function parsePriceInput(input: string): PriceParse {
  const text = input
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/\s*(₫|đồng|dong|vnđ|vnd|đ)$/u, '')
    .trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/\p{L}/u.test(text)) {
    const plain = parseVnd(text);
    return plain.ok ? { ok: true, amountVnd: plain.value.toString() } : plain;
  }
  // Terms: a number followed by a unit word, e.g. "1 tỷ", "200tr", "500k".
  const termPattern = /(\d[\d.,]*)\s*(\p{L}+)/gu;
  let total = 0n;
  let consumed = '';
  let lastPower = Number.POSITIVE_INFINITY;
  for (const match of text.matchAll(termPattern)) {
    const power = unitPower(match[2] as string);
    if (power === null || power >= lastPower) return { ok: false, reason: 'format' };
    const value = termValue(match[1] as string, power);
    if (value === null) return { ok: false, reason: 'format' };
    total += value;
    lastPower = power;
    consumed += match[0];
  }
  // Everything but spaces must belong to a term ("1 tỷ rưỡi", "abc" are refused).
  if (consumed.replace(/\s/gu, '') !== text.replace(/\s/gu, '')) return { ok: false, reason: 'format' };
  if (total > MAX_VND) return { ok: false, reason: 'range' };
  return { ok: true, amountVnd: total.toString() };
}

const GROUPS: Record<'vi' | 'en', Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/** "150000000" → "150.000.000" (vi) or "150,000,000" (en); anything else unchanged. */
export function groupThousands(amountVnd: string, lang: 'vi' | 'en'): string {
  return /^\d+$/u.test(amountVnd) ? GROUPS[lang].format(BigInt(amountVnd)) : amountVnd;
}

/** A short reading of an amount in words, to confirm what was understood: "1,2 tỷ", "150 triệu". */
export function readableAmount(amountVnd: string, lang: 'vi' | 'en'): string {
  if (!/^\d+$/u.test(amountVnd)) return amountVnd;
  const value = BigInt(amountVnd);
  const scales: ReadonlyArray<readonly [bigint, string, string]> = [
    [10n ** 9n, 'tỷ', 'billion'],
    [10n ** 6n, 'triệu', 'million'],
    [10n ** 3n, 'nghìn', 'thousand'],
  ];
  for (const [scale, vi, en] of scales) {
    if (value >= scale) {
      const whole = value / scale;
      // Three decimals at most, trailing zeros dropped: 1 234 567 890 → "1,234567" is too much to read.
      const fraction = ((value % scale) * 1000n) / scale;
      const digits = fraction.toString().padStart(3, '0').replace(/0+$/u, '');
      const sep = lang === 'vi' ? ',' : '.';
      const number = `${GROUPS[lang].format(whole)}${digits ? `${sep}${digits}` : ''}`;
      return `${number} ${lang === 'vi' ? vi : en}`;
    }
  }
  return `${GROUPS[lang].format(value)} ${lang === 'vi' ? 'đồng' : 'VND'}`;
}
