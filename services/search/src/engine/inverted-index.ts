// Inverted index over folded terms. Postings per term are parallel growable typed arrays
// (document numbers ascending, because documents are appended; weight per document). Beside the
// term dictionary: a sorted term list for prefix expansion and a symmetric-deletion index for
// one-typo candidates (both built lazily, the deletion index kept up to date once built).
import { isSyntheticTerm } from '../text/synonym-matcher.js';
import { singleDeletions, withinOneTypo } from '../text/typo-rules.js';

export class Postings {
  docs: Uint32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.docs = new Uint32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  static of(docs: Uint32Array, weights: Float32Array): Postings {
    const p = new Postings(0);
    p.docs = docs;
    p.weights = weights;
    p.length = docs.length;
    return p;
  }

  push(doc: number, weight: number): void {
    if (this.length === this.docs.length) {
      const capacity = Math.max(4, this.length * 2);
      const docs = new Uint32Array(capacity);
      docs.set(this.docs);
      const weights = new Float32Array(capacity);
      weights.set(this.weights);
      this.docs = docs;
      this.weights = weights;
    }
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
  }
}

export class InvertedIndex {
  readonly terms = new Map<string, Postings>();
  private sortedTerms: string[] | null = null;
  private deletions: Map<string, string[]> | null = null;

  /** @param minTypoTermLength shortest dictionary term that can be a typo candidate */
  constructor(private minTypoTermLength = 4) {}

  /** Adds one document's terms; `doc` must be greater than every document number added before. */
  add(doc: number, weights: Map<string, number>): void {
    for (const [term, weight] of weights) {
      let postings = this.terms.get(term);
      if (!postings) {
        postings = new Postings();
        this.terms.set(term, postings);
        this.sortedTerms = null;
        if (this.deletions) this.addDeletions(term);
      }
      postings.push(doc, weight);
    }
  }

  get(term: string): Postings | undefined {
    return this.terms.get(term);
  }

  setMinTypoTermLength(length: number): void {
    if (length !== this.minTypoTermLength) {
      this.minTypoTermLength = length;
      this.deletions = null;
    }
  }

  /**
   * Dictionary terms starting with `prefix` (not `prefix` itself), all of them: a binary search and a
   * scan of the matching range of the sorted term list. With `limit`, the `limit` most frequent.
   */
  prefixTerms(prefix: string, limit = Number.POSITIVE_INFINITY): string[] {
    const sorted = this.sorted();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const term = sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    if (found.length <= limit) return found;
    const df = (t: string) => this.terms.get(t)?.length ?? 0;
    return found.sort((a, b) => df(b) - df(a)).slice(0, limit);
  }

  /** Dictionary terms one typo away from `word` (one edit, first letter unchanged; not `word` itself). */
  typoTerms(word: string): string[] {
    const deletions = this.deletionIndex();
    const found = new Set<string>();
    for (const key of [word, ...singleDeletions(word)]) {
      for (const term of deletions.get(key) ?? []) {
        if (term !== word && withinOneTypo(word, term)) found.add(term);
      }
    }
    return [...found];
  }

  /**
   * Renumbers documents after removals: `map[old]` is the new number or -1 when dropped. The map
   * must preserve order, so postings stay sorted. Terms left without postings leave the dictionary.
   */
  remap(map: Int32Array): void {
    for (const [term, postings] of this.terms) {
      let n = 0;
      const { docs, weights } = postings;
      for (let i = 0; i < postings.length; i++) {
        const target = map[docs[i] as number] ?? -1;
        if (target < 0) continue;
        docs[n] = target;
        weights[n] = weights[i] as number;
        n++;
      }
      if (n === 0) {
        this.terms.delete(term);
        this.sortedTerms = null;
        this.deletions = null;
      } else {
        postings.length = n;
      }
    }
  }

  clear(): void {
    this.terms.clear();
    this.sortedTerms = null;
    this.deletions = null;
  }

  get size(): number {
    return this.terms.size;
  }

  private sorted(): string[] {
    if (!this.sortedTerms) {
      this.sortedTerms = [...this.terms.keys()].filter((t) => !isSyntheticTerm(t)).sort();
    }
    return this.sortedTerms;
  }

  private deletionIndex(): Map<string, string[]> {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const term of this.terms.keys()) this.addDeletions(term);
    }
    return this.deletions;
  }

  private addDeletions(term: string): void {
    const deletions = this.deletions;
    if (!deletions || term.length < this.minTypoTermLength || isSyntheticTerm(term)) return;
    for (const key of [term, ...singleDeletions(term)]) {
      const list = deletions.get(key);
      if (list) list.push(term);
      else deletions.set(key, [term]);
    }
  }
}
