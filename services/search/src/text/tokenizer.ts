// Word tokeniser over Unicode letters and digits. Combining marks stay inside a word (NFD input);
// `&` between word characters is kept inside the token and dropped from the term, so `KH&CN`, `R&D`,
// `NN&PTNT` stay one token (`khcn`, `rd`, `nnptnt`). Hot path of indexing: character classes come
// from a lazily filled table and each distinct raw word is folded once (a language has few words).
import { foldVietnamese } from './vietnamese-folding.js';

/** A word of the original text: its folded term and its UTF-16 range [start, end) in that text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Tokens with their positions in the original (unfolded) text: used for highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scan(text, (start, end) => {
    tokens.push({ term: foldWord(text.slice(start, end)), start, end });
  });
  return tokens;
}

/** Folded terms only, without positions: the indexing path. */
export function tokenizeTerms(text: string): string[] {
  const terms: string[] = [];
  scan(text, (start, end) => {
    terms.push(foldWord(text.slice(start, end)));
  });
  return terms;
}

/**
 * Lower-cased words keeping their diacritics (NFC), aligned with `tokenizeTerms`: the embedded index
 * adds these for short fields so a query typed with accents ranks accent-exact matches first.
 */
export function tokenizeAccented(text: string): string[] {
  const words: string[] = [];
  scan(text, (start, end) => {
    words.push(accentedWord(text.slice(start, end)));
  });
  return words;
}

/** The word lower-cased with its diacritics kept (NFC, `&` dropped). */
export function accentedWord(raw: string): string {
  return raw.normalize('NFC').toLowerCase().replaceAll('&', '');
}

const WORD = 1;
const MARK = 2;
const OTHER = 3;
const AMP = 0x26;
const kinds = new Uint8Array(0x10000); // 0 = not yet classified

function kindOf(code: number): number {
  if (code < 0x10000) {
    const known = kinds[code] as number;
    if (known !== 0) return known;
    const kind = classify(code);
    kinds[code] = kind;
    return kind;
  }
  return classify(code);
}

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  return /\p{M}/u.test(char) ? MARK : /[\p{L}\p{N}]/u.test(char) ? WORD : OTHER;
}

const folded = new Map<string, string>();

function foldWord(raw: string): string {
  let term = folded.get(raw);
  if (term === undefined) {
    term = foldVietnamese(raw).replaceAll('&', '');
    if (folded.size >= 200_000) folded.clear(); // bound memory against hostile input
    folded.set(raw, term);
  }
  return term;
}

/** Calls `emit(start, end)` for each word: starts with a letter/digit, continues with letters, digits, marks, inner `&`. */
function scan(text: string, emit: (start: number, end: number) => void): void {
  let start = -1;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind === WORD || (kind === MARK && start >= 0)) {
      if (start < 0) start = i;
    } else if (code === AMP && start >= 0 && i + 1 < length && kindOf(text.codePointAt(i + 1) as number) === WORD) {
      // joined abbreviation (KH&CN): same token
    } else if (start >= 0) {
      emit(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) emit(start, length);
}
