// Accent-insensitive name matching for the organisations search: "hop tac xa sen" finds
// "Hợp tác xã Sen Tháp Mười". The same character map folds the query here and the names in SQL
// (translate()), so no database extension (unaccent) is needed, on PostgreSQL and PGlite alike. Pure.

function buildFoldMap(): { from: string; to: string } {
  let from = 'Đđ';
  let to = 'dd';
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

/** translate(name, FOLD_FROM, FOLD_TO): accented Latin letters to their lower-case base letter. */
export const { from: FOLD_FROM, to: FOLD_TO } = buildFoldMap();

const FOLD = new Map([...FOLD_FROM].map((char, index) => [char, FOLD_TO[index] ?? char]));

/** What SQL's lower(translate(name, FOLD_FROM, FOLD_TO)) computes, plus collapsed whitespace. */
export function foldName(value: string): string {
  return [...value.normalize('NFC')]
    .map((char) => FOLD.get(char) ?? char)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching the folded query anywhere in the folded name (\ escapes). */
export function containsPattern(query: string): string {
  return `%${foldName(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
