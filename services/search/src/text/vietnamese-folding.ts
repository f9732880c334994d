// Vietnamese accent folding: the one normalisation shared by indexing, querying and highlighting.
// NFD splits every precomposed letter (ấ = a + ̂ + ́) into base + combining marks, so removing marks
// works for NFC and NFD input alike; đ/Đ are separate letters (no decomposition) and need their own rule.

const COMBINING_MARKS = /\p{M}+/gu;
const D_STROKE = /[đĐðÐ]/g; // Ð (U+00D0) is a common look-alike of Đ in pasted text

/** Folds text for matching: strips diacritics, maps đ→d, lower-cases. `Máy sấy` → `may say`. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

/** True when the text carries Vietnamese diacritics (or đ), i.e. folding changes more than case. */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase();
}
