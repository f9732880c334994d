// Accent-insensitive matching in SQL without a database extension: "may say" finds "Máy sấy" in the
// moderation queue, "hop tac xa sen" finds "Hợp tác xã Sen Tháp Mười" among organisations. The same
// character map folds the query here and the column in SQL (lower(translate(column, from, to))), so both
// sides agree on PostgreSQL and PGlite alike, whatever the database's locale. Pure.

function buildFoldTable(): { from: string; to: string } {
  let from = 'Đđ';
  let to = 'dd';
  // Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (Vietnamese tone letters).
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code += 1) {
      const char = String.fromCodePoint(code);
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== char && /^[A-Za-z]$/.test(base)) {
        from += char;
        to += base.toLowerCase();
      }
    }
  }
  return { from, to };
}

/** `lower(translate(column, FOLD_TABLE.from, FOLD_TABLE.to))` folds like `foldVietnamese`. */
export const FOLD_TABLE = buildFoldTable();

const FOLD = new Map([...FOLD_TABLE.from].map((char, index) => [char, FOLD_TABLE.to[index] ?? char]));

/** `  Máy SẤY   Đồng Tháp ` → `may say dong thap` (NFC first, so decomposed input folds alike). */
export function foldVietnamese(value: string): string {
  return [...value.normalize('NFC')]
    .map((char) => FOLD.get(char) ?? char)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching the folded query anywhere in a folded column (\ escapes). */
export function containsPattern(query: string): string {
  return `%${foldVietnamese(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
