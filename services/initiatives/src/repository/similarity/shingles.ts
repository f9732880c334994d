// Word shingles of Vietnamese text, accent-insensitive: "Ứng dụng phần mềm" and "ung dung phan mem"
// give the same set. Vietnamese writes one syllable per word, so a shingle of two syllables is roughly
// one word; the commonest function words are dropped so they do not make unrelated texts look alike.
import { foldVietnamese } from '@sti/review';

const STOPWORDS = new Set(
  'va cua cac nhung cho trong voi duoc la co de tu mot tai theo tren khi ve nay do thi ma hoac nhu bang'.split(' '),
);

/** Folded words of a text, without function words. */
export function shingleWords(text: string): string[] {
  return foldVietnamese(text.normalize('NFC'))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
}

/** FNV-1a, 32 bits: shingles are compared by hash (collisions among ~10^2 shingles are negligible). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The sorted, distinct hashes of the text's k-word shingles (single words when it has fewer than k). */
export function textShingles(text: string, k = 2): Uint32Array {
  const words = shingleWords(text);
  const hashes = new Set<number>();
  if (words.length < k) {
    for (const w of words) hashes.add(hashString(w));
  } else {
    for (let i = 0; i + k <= words.length; i++) hashes.add(hashString(words.slice(i, i + k).join(' ')));
  }
  return Uint32Array.from(hashes).sort();
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
