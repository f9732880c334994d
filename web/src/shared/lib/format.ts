// Formatting helpers. Money arrives as decimal strings of integer VND and is formatted through
// BigInt, never through floating point; times are shown in Asia/Ho_Chi_Minh.

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const vndFormat = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** True when `s` is a plain non-negative integer in decimal digits. */
export function isDigitString(s: string): boolean {
  return /^\d+$/.test(s);
}

/** "150000000" → "150.000.000 ₫". Returns null for anything that is not a digit string. */
export function formatVnd(amount: string): string | null {
  const trimmed = amount.trim();
  if (!isDigitString(trimmed)) return null;
  // Intl.NumberFormat.format accepts bigint exactly (no float rounding for large values).
  return vndFormat.format(BigInt(trimmed));
}

function localeTag(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'vi-VN';
}

export function formatDateTime(iso: string | undefined | null, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(localeTag(lang), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

export function formatDate(iso: string | undefined | null, lang: string): string {
  if (!iso) return '';
  // A bare date (YYYY-MM-DD) is a calendar date, not an instant: do not shift it.
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(bare ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(localeTag(lang), {
    timeZone: bare ? 'UTC' : TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

export function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(localeTag(lang)).format(n);
}

export function formatBytes(n: number, lang: string): string {
  const fmt = new Intl.NumberFormat(localeTag(lang), { maximumFractionDigits: 1 });
  if (n < 1024) return `${fmt.format(n)} B`;
  if (n < 1024 * 1024) return `${fmt.format(n / 1024)} KB`;
  return `${fmt.format(n / (1024 * 1024))} MB`;
}
