// An in-memory BM25 index over one kind of listing (offers, equipment, experts, needs). Techmart keeps
// its own index of the same texts rather than asking the search service: matching needs per-term
// scores it can explain, the structured fields beside the text, and thousands of scorings in one
// re-score (a new offer against every open need) — a round trip per need to the search engine would
// not fit the 2-second budget, and the search service is a pure consumer that Techmart must not depend
// on to answer its own API. Pure (no I/O): the matching service loads it from the database.
//
// Documents live in numbered slots and postings are flat arrays, so ranking 50,000 offers adds
// numbers into one typed array instead of allocating per hit; removed slots are skipped and their
// postings compacted lazily.

import type { TermCounts } from './match-text.js';

const K1 = 1.2;
const B = 0.75;
/** `top` ignores terms found in more than this share of the documents (and more than the minimum). */
const COMMON_TERM_SHARE = 0.02;
const COMMON_TERM_MIN_DF = 500;

export interface PreparedQuery {
  terms: string[];
  idfs: number[];
  /** Σ idf: the query's norm */
  norm: number;
  avg: number;
}

interface Postings {
  slots: number[];
  tfs: number[];
  /** live entries (slots may hold removed documents until compaction) */
  live: number;
}

export class Bm25Index {
  private readonly slotOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private counts: (TermCounts | undefined)[] = [];
  private lengths = new Float64Array(1024);
  private readonly postings = new Map<string, Postings>();
  private totalLength = 0;
  private scratch = new Float64Array(1024);

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  upsert(id: string, counts: TermCounts): void {
    this.remove(id);
    // Slots are not reused (stale postings may still name them); the service rebuilds its index now and then.
    const slot = this.ids.length;
    if (slot >= this.lengths.length) {
      const grown = new Float64Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
      this.scratch = new Float64Array(grown.length);
    }
    this.slotOf.set(id, slot);
    this.ids[slot] = id;
    this.counts[slot] = counts;
    this.lengths[slot] = counts.length;
    this.totalLength += counts.length;
    for (const [term, tf] of counts.tf) {
      let list = this.postings.get(term);
      if (!list) {
        list = { slots: [], tfs: [], live: 0 };
        this.postings.set(term, list);
      }
      list.slots.push(slot);
      list.tfs.push(tf);
      list.live++;
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const counts = this.counts[slot] as TermCounts;
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.counts[slot] = undefined;
    this.totalLength -= counts.length;
    for (const term of counts.tf.keys()) {
      const list = this.postings.get(term);
      if (!list) continue;
      list.live--;
      if (list.live === 0) this.postings.delete(term);
      else if (list.live * 2 < list.slots.length) this.compact(list);
    }
  }

  private compact(list: Postings): void {
    const slots: number[] = [];
    const tfs: number[] = [];
    for (let i = 0; i < list.slots.length; i++) {
      const slot = list.slots[i] as number;
      if (this.ids[slot] !== undefined) {
        slots.push(slot);
        tfs.push(list.tfs[i] as number);
      }
    }
    list.slots = slots;
    list.tfs = tfs;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const df = this.postings.get(term)?.live ?? 0;
    const n = this.slotOf.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Σ idf over the query's distinct terms: what a document containing every term once would roughly score. */
  queryNorm(query: Iterable<string>): number {
    let sum = 0;
    for (const term of new Set(query)) sum += this.idf(term);
    return sum;
  }

  private averageLength(): number {
    return this.slotOf.size === 0 ? 1 : Math.max(1, this.totalLength / this.slotOf.size);
  }

  /** The saturated term frequency of one term in one document. */
  termWeight(tf: number, length: number, avg = this.averageLength()): number {
    return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg));
  }

  /** The `limit` documents with the highest BM25 for the query, best first (score > 0). */
  top(query: Iterable<string>, limit: number): { id: string; score: number }[] {
    const scores = this.scratch;
    const touched: number[] = [];
    const avg = this.averageLength();
    // Terms in a large share of documents add little to any score but cost the most to walk: they
    // do not select candidates here (the caller scores the selected ones on every term).
    const common = Math.max(COMMON_TERM_MIN_DF, this.slotOf.size * COMMON_TERM_SHARE);
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list || list.live > common) continue;
      const idf = this.idf(term);
      const { slots, tfs } = list;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as number;
        if (this.ids[slot] === undefined) continue;
        const tf = tfs[i] as number;
        const gain = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (this.lengths[slot] as number)) / avg));
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] = (scores[slot] as number) + gain;
      }
    }
    // Keep the best `limit` without sorting every hit: a threshold from a sample, then one sort.
    let candidates = touched;
    if (touched.length > limit * 4) {
      const sample = touched.map((slot) => scores[slot] as number).sort((a, b) => b - a);
      const threshold = sample[limit - 1] ?? 0;
      candidates = touched.filter((slot) => (scores[slot] as number) >= threshold);
    }
    const out = candidates
      .map((slot) => ({ id: this.ids[slot] as string, score: scores[slot] as number }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    for (const slot of touched) scores[slot] = 0;
    return out;
  }

  /** A query prepared once for scoring many documents: its distinct terms with their idf. */
  prepare(query: Iterable<string>): PreparedQuery {
    const terms = [...new Set(query)];
    const idfs = terms.map((term) => this.idf(term));
    return { terms, idfs, norm: idfs.reduce((a, b) => a + b, 0), avg: this.averageLength() };
  }

  /** BM25 of one (possibly not indexed) document against a prepared query, with this index's statistics. */
  scorePrepared(query: PreparedQuery, doc: TermCounts): { score: number; matched: string[] } {
    let score = 0;
    const matched: string[] = [];
    for (let i = 0; i < query.terms.length; i++) {
      const term = query.terms[i] as string;
      const tf = doc.tf.get(term);
      if (!tf) continue;
      score += (query.idfs[i] as number) * this.termWeight(tf, doc.length, query.avg);
      matched.push(term);
    }
    return { score, matched };
  }

  /** BM25 of one (possibly not indexed) document against a query, with this index's statistics. */
  scoreDocument(query: Iterable<string>, doc: TermCounts): { score: number; matched: string[] } {
    return this.scorePrepared(this.prepare(query), doc);
  }

  /** Documents containing any of the terms (candidates for a reverse scoring). */
  documentsWithAny(terms: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (const slot of list.slots) {
        const id = this.ids[slot];
        if (id !== undefined) out.add(id);
      }
    }
    return out;
  }
}
