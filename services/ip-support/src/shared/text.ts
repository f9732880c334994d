// Text arrives from browsers, spreadsheets and phone keyboards in mixed Unicode forms; search and
// uniqueness only work if "Đồng Tháp" is always the same code points, so every input is NFC.

/** NFC-normalises and drops NUL, which PostgreSQL text cannot hold. Markup is kept verbatim: it is text. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replaceAll('\u0000', '');
}

/** For one-line fields (titles, names): also trims and collapses runs of whitespace. */
export function normaliseLine(value: string): string {
  return normaliseText(value).replace(/\s+/g, ' ').trim();
}

/** Multi-line fields keep their line breaks; only the ends are trimmed and CRLF becomes LF. */
export function normaliseBlock(value: string): string {
  return normaliseText(value).replace(/\r\n?/g, '\n').trim();
}

/** Keywords compare case-insensitively; the first spelling wins and empties are dropped. */
export function normaliseKeywords(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const keyword = normaliseLine(raw);
    const key = keyword.toLocaleLowerCase('vi');
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(keyword);
  }
  return result;
}
