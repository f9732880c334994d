// CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Vietnamese correctly).

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value);
  // a leading = + - @ would be a formula in a spreadsheet: quote it as text
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
