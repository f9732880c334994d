/** A number as a person types it: "10", "2,5" or "2.5"; null for anything else (no exponents, no spaces inside). */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s);
}
