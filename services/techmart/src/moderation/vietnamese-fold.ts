// Officers search the queue without accents ("may say" finds "Máy sấy"). The same folding runs in
// JavaScript for the search text and in SQL (translate + lower) over titles, so both sides agree
// whatever the database's locale.

const BASE_VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function plain(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function buildTable(): { from: string; to: string } {
  const letters = new Set<string>(['đ', 'Đ']);
  for (const vowel of BASE_VOWELS) {
    for (const tone of TONES) {
      const lower = (vowel + tone).normalize('NFC');
      letters.add(lower);
      letters.add(lower.toUpperCase());
    }
  }
  const accented = [...letters].filter((char) => plain(char) !== char);
  return { from: accented.join(''), to: accented.map(plain).join('') };
}

/** `translate(column, from, to)` then `lower()` folds like `foldVietnamese`. */
export const FOLD_TABLE = buildTable();

export function foldVietnamese(text: string): string {
  return text.normalize('NFC').replace(/\p{L}/gu, plain).toLowerCase().replace(/\s+/g, ' ').trim();
}
