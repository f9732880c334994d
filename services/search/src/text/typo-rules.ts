// Typo rules, as Meilisearch applies them: a query word may differ by one edit (insertion, deletion,
// substitution or a swap of two neighbours) when it has at least `minWordSizeForOneTypo` letters
// (counted after folding); shorter words must match exactly. Never more than one typo. A typo on the
// first letter counts as two in Meilisearch, so with two typos out of reach it is never allowed:
// `muong` does not find "lượng" (checked against Meilisearch v1.50 in the contract suite).

export const DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO = 5;

/** How many typos a (folded) query word may carry. */
export function allowedTypos(word: string, minWordSizeForOneTypo = DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO): 0 | 1 {
  return [...word].length >= minWordSizeForOneTypo ? 1 : 0;
}

/** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    // adjacent swap
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every string obtained by deleting one character: the keys of a symmetric-deletion typo index. */
export function singleDeletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const variant = word.slice(0, i) + word.slice(i + 1);
    if (out[out.length - 1] !== variant) out.push(variant); // doubled letters give the same deletion
  }
  return out;
}

/** One typo as both engines count it: within one edit, and the first letter unchanged. */
export function withinOneTypo(query: string, term: string): boolean {
  return query.length > 0 && query.charCodeAt(0) === term.charCodeAt(0) && withinOneEdit(query, term);
}
