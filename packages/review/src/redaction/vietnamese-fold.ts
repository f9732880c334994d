// Accent- and case-insensitive matching that maps back to the original text. Folding works one code point
// at a time (NFD, drop combining marks, đ→d, lower-case), so NFC and NFD input fold alike; a combining
// mark left on its own (NFD input) belongs to the letter before it, so a match covers the whole letter.

const COMBINING_MARKS = /\p{M}+/gu;
const D_STROKE = /[đĐðÐ]/g; // Ð (U+00D0) is a common look-alike of Đ in pasted text

/** `Nguyễn Văn An` → `nguyen van an`. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

export interface FoldedText {
  folded: string;
  /** for each UTF-16 unit of `folded`, the original range [start, end) it came from */
  start: number[];
  end: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const cp of text) {
    const piece = foldVietnamese(cp);
    if (piece.length === 0) {
      if (end.length > 0) end[end.length - 1] = at + cp.length;
    } else {
      folded += piece;
      for (let i = 0; i < piece.length; i++) {
        start.push(at);
        end.push(at + cp.length);
      }
    }
    at += cp.length;
  }
  return { folded, start, end };
}
