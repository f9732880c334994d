// An in-memory BM25 index over one kind of listing (offers, equipment, experts, needs). Techmart keeps
// its own index of the same texts rather than asking the search service: matching needs per-term
// scores it can explain, the structured fields beside the text, and thousands of scorings in one
// re-score (a new offer against every open need) — a round trip per need to the search engine would
// not fit the 2-second budget, and the search service is a pure consumer that Techmart must not depend
// on to answer its own API. Pure (no I/O): the matching index loads it from the database.

import type { TermCounts } from './match-text.js';

const K1 = 1.2;
const B = 0.75;

interface Entry {
  counts: TermCounts;
}

export class Bm25Index {
  private readonly docs = new Map<string, Entry>();
  /** term → docId → [tf, document length] */
  private readonly postings = new Map<string, Map<string, [number, number]>>();
  private totalLength = 0;

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  upsert(id: string, counts: TermCounts): void {
    this.remove(id);
    this.docs.set(id, { counts });
    this.totalLength += counts.length;
    for (const [term, tf] of counts.tf) {
      let list = this.postings.get(term);
      if (!list) {
        list = new Map();
        this.postings.set(term, list);
      }
      list.set(id, [tf, counts.length]);
    }
  }

  remove(id: string): void {
    const entry = this.docs.get(id);
    if (!entry) return;
    this.docs.delete(id);
    this.totalLength -= entry.counts.length;
    for (const term of entry.counts.tf.keys()) {
      const list = this.postings.get(term);
      list?.delete(id);
      if (list && list.size === 0) this.postings.delete(term);
    }
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0;
    const n = this.docs.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Σ idf over the query's distinct terms: what a document containing every term once would roughly score. */
  queryNorm(query: Iterable<string>): number {
    let sum = 0;
    for (const term of query) sum += this.idf(term);
    return sum;
  }

  /** The saturated term frequency of one term in one document, as in `search`. */
  termWeight(tf: number, length: number): number {
    const avg = this.docs.size === 0 ? 1 : Math.max(1, this.totalLength / this.docs.size);
    return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg));
  }

  /** BM25 of every document sharing a term with the query: docId → score (and the matched terms). */
  search(query: Iterable<string>): Map<string, { score: number; matched: string[] }> {
    const scores = new Map<string, { score: number; matched: string[] }>();
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const [docId, [tf, length]] of list) {
        const gain = idf * this.termWeight(tf, length);
        const current = scores.get(docId);
        if (current) {
          current.score += gain;
          current.matched.push(term);
        } else scores.set(docId, { score: gain, matched: [term] });
      }
    }
    return scores;
  }

  /** BM25 of one (possibly not indexed) document against a query, with this index's statistics. */
  scoreDocument(query: Iterable<string>, doc: TermCounts): { score: number; matched: string[] } {
    let score = 0;
    const matched: string[] = [];
    for (const term of new Set(query)) {
      const tf = doc.tf.get(term);
      if (!tf) continue;
      score += this.idf(term) * this.termWeight(tf, doc.length);
      matched.push(term);
    }
    return { score, matched };
  }

  /** Documents containing any of the terms (candidates for a reverse scoring). */
  documentsWithAny(terms: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const term of terms) for (const id of this.postings.get(term)?.keys() ?? []) out.add(id);
    return out;
  }
}
