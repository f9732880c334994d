// Near-duplicate titles: what made a search for `nuoc mam` list the same listing five times. Titles
// are compared the way a searcher reads them (tones, đ and case folded away).

/** `Nước mắm Đồng Tháp` → `nuoc mam dong thap`. */
export function foldTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Levenshtein distance by characters (two rows, O(a·b) time). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for equal folded titles, 0 for nothing in common: 1 − distance / longer length. */
export function titleSimilarity(a: string, b: string): number {
  const x = foldTitle(a);
  const y = foldTitle(b);
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - editDistance(x, y) / longer;
}

export const NEAR_DUPLICATE_SIMILARITY = 0.85;

/** Two titles a searcher would take for the same listing: nearly equal, or one inside the other. */
export function areNearDuplicates(a: string, b: string): boolean {
  const x = foldTitle(a);
  const y = foldTitle(b);
  if (x.includes(y) || y.includes(x)) return true;
  return titleSimilarity(a, b) >= NEAR_DUPLICATE_SIMILARITY;
}

/** Every pair of near-duplicate titles in the list, in list order. */
export function nearDuplicatePairs(titles: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const folded = titles.map(foldTitle);
  for (let i = 0; i < titles.length; i++) {
    for (let j = i + 1; j < titles.length; j++) {
      const x = folded[i] ?? '';
      const y = folded[j] ?? '';
      // lengths far apart cannot reach the similarity bar; only containment can match them
      const close = Math.min(x.length, y.length) / Math.max(x.length, y.length, 1) >= NEAR_DUPLICATE_SIMILARITY;
      if (x.includes(y) || y.includes(x) || (close && areNearDuplicates(titles[i] ?? '', titles[j] ?? '')))
        pairs.push([titles[i] ?? '', titles[j] ?? '']);
    }
  }
  return pairs;
}
