// The embedded SearchEngine: an in-process inverted index over folded Vietnamese terms, with
// bitset filters and facet counts, BM25-style ranking and a top-k heap; persisted as one snapshot
// file. See README.md in this folder for the design and the figures.
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { highlightRanges } from '../text/highlighter.js';
import { analyzeQuery, fallbackWords, type QueryWord } from '../text/query-analysis.js';
import { ACCENTED_TERM_PREFIX, SynonymMatcher } from '../text/synonym-matcher.js';
import { DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO } from '../text/typo-rules.js';
import { VIETNAMESE_SYNONYMS } from '../text/vietnamese-synonyms.js';
import { andInto, Bitset, orInto, popcount32, wordsFor } from './bitset.js';
import { documentFacetValues, documentTermWeights, publishedAtMs, toHit } from './document-fields.js';
import { readSnapshot, writeSnapshot } from './index-snapshot.js';
import { InvertedIndex, type Postings } from './inverted-index.js';
import { normalizePaging, validateDocument } from './search-document.js';
import {
  FACET_NAMES,
  type FacetCounts,
  type FacetName,
  type IndexSettings,
  type RemoveRef,
  type SearchDocument,
  type SearchEngine,
  type SearchEngineStats,
  type SearchQuery,
  type SearchResult,
  type WriteResult,
} from './search-engine.port.js';
import { TopK } from './top-k.js';

/** Bumped when tokenising or weighting changes, so stored postings are rebuilt from stored documents. */
const ANALYZER_VERSION = 2;
/** Score floor for a word matched without a typo: any exact match outranks any typo match (Meilisearch's typo rule). */
const EXACT_BUCKET = 1000;
const PREFIX_WEIGHT = 0.5;
/** Extra score when a word typed with accents matches them exactly (title, keywords): `mây` before `máy`. */
const ACCENT_BONUS = 5;
const TYPO_WEIGHT = 0.7;
/** Fallback ranking: each matched word outweighs any score a document can reach on its words. */
const MATCHED_WORD_RANK = 1e7;

export interface EmbeddedSearchEngineOptions {
  /** directory of the snapshot (e.g. `.data/search`); without it the engine lives in memory only */
  directory?: string;
  /** snapshot file name inside the directory */
  fileName?: string;
  /** write the snapshot this long after the last change… */
  persistDebounceMs?: number;
  /** …but no later than this after the first unsaved change */
  persistMaxDelayMs?: number;
  /**
   * At most this many completions for the last (as-you-type) query word, most frequent first.
   * Default: all of them (exact totals); the cost is one pass over the completions' postings.
   */
  maxPrefixExpansions?: number;
  logger?: { warn(details: object, message: string): void };
}

interface Variant {
  postings: Postings;
  weight: number;
  bucket: number;
}

export class EmbeddedSearchEngine implements SearchEngine {
  private docs: (SearchDocument | null)[] = [];
  private readonly idToDoc = new Map<string, number>();
  private readonly tombstones = new Map<string, number>();
  private alive = new Bitset();
  private published = new Float64Array(1024);
  private facets = new Map<FacetName, Map<string, Bitset>>();
  private liveCount = 0;
  private deadCount = 0;
  private readonly index = new InvertedIndex(DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO - 1);
  private synonyms = new SynonymMatcher(VIETNAMESE_SYNONYMS);
  private minWordSizeForOneTypo = DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO;

  // query scratch space, reused (sized to the document-number range)
  private score = new Float32Array(0);
  private wordScore = new Float32Array(0);
  private hitWords = new Uint32Array(0);
  private wordBits = new Uint32Array(0);
  private baseBits = new Uint32Array(0);
  private scratchBits = new Uint32Array(0);
  private matched = new Uint8Array(0);
  private rank = new Float64Array(0);
  private nonZero = new Uint32Array(0);

  private readonly file: string | null;
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private readonly maxPrefixExpansions: number;
  private dirtySince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private writeInFlight = false;
  private persistedAt: string | null = null;
  private closed = false;

  constructor(private readonly options: EmbeddedSearchEngineOptions = {}) {
    this.file = options.directory ? join(options.directory, options.fileName ?? 'search-index.snapshot') : null;
    this.debounceMs = options.persistDebounceMs ?? 1_000;
    this.maxDelayMs = options.persistMaxDelayMs ?? 10_000;
    this.maxPrefixExpansions = options.maxPrefixExpansions ?? Number.POSITIVE_INFINITY;
  }

  /** Creates the engine and loads its snapshot, if there is one. */
  static async open(options: EmbeddedSearchEngineOptions = {}): Promise<EmbeddedSearchEngine> {
    const engine = new EmbeddedSearchEngine(options);
    await engine.load();
    return engine;
  }

  async ensureIndex(settings: IndexSettings = {}): Promise<void> {
    const before = this.fingerprint();
    this.synonyms = new SynonymMatcher(settings.synonyms ?? VIETNAMESE_SYNONYMS);
    this.minWordSizeForOneTypo = settings.minWordSizeForOneTypo ?? DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO;
    this.index.setMinTypoTermLength(Math.max(1, this.minWordSizeForOneTypo - 1));
    if (this.fingerprint() !== before && this.docs.length > 0) {
      this.reindexAll();
      this.markDirty();
    }
  }

  async upsert(docs: readonly SearchDocument[]): Promise<WriteResult> {
    this.assertOpen();
    const result: WriteResult = { applied: [], ignored: [] };
    for (const input of docs) {
      const doc = validateDocument(input);
      const removedAt = this.tombstones.get(doc.id);
      const current = this.idToDoc.get(doc.id);
      const held = current === undefined ? null : this.docs[current];
      if (
        (removedAt !== undefined && doc.version <= removedAt) ||
        (held && (doc.version < held.version || (doc.version === held.version && sameDocument(doc, held))))
      ) {
        result.ignored.push(doc.id);
        continue;
      }
      this.tombstones.delete(doc.id);
      if (current !== undefined) this.kill(current);
      this.append(doc);
      result.applied.push(doc.id);
    }
    this.afterWrite(result);
    return result;
  }

  async remove(refs: readonly (string | RemoveRef)[]): Promise<WriteResult> {
    this.assertOpen();
    const result: WriteResult = { applied: [], ignored: [] };
    for (const ref of refs) {
      const { id, version } = typeof ref === 'string' ? { id: ref, version: undefined } : ref;
      const current = this.idToDoc.get(id);
      const held = current === undefined ? null : this.docs[current];
      if (version === undefined) {
        if (current === undefined || !held) {
          result.ignored.push(id);
          continue;
        }
        this.tombstones.set(id, held.version);
        this.kill(current);
        result.applied.push(id);
        continue;
      }
      if (held && held.version > version) {
        result.ignored.push(id);
        continue;
      }
      const removedAt = this.tombstones.get(id);
      if (!held && removedAt !== undefined && removedAt >= version) {
        result.ignored.push(id);
        continue;
      }
      this.tombstones.set(id, Math.max(version, removedAt ?? version));
      if (current !== undefined) this.kill(current);
      result.applied.push(id);
    }
    this.afterWrite(result);
    return result;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.assertOpen();
    const started = performance.now();
    const { page, limit } = normalizePaging(query);
    const analysed = analyzeQuery(query.q ?? '', this.synonyms, { minWordSizeForOneTypo: this.minWordSizeForOneTypo });
    const size = this.docs.length;
    const n = wordsFor(size);
    this.ensureScratch(size);
    const filters = this.filterSets(query, n);

    const scope = this.scopeSet(query, n);

    let words = analysed;
    let relevance: Float32Array | Float64Array = this.score;
    if (words.length === 0) {
      this.hitWords.fill(0, 0, n);
      orInto(this.hitWords, this.alive.words, n);
      this.score.fill(0, 0, size);
    } else {
      this.matchAllWords(words, n, size);
      andInto(this.hitWords, this.alive.words, n);
    }
    if (scope) andInto(this.hitWords, scope, n);
    this.baseBits.set(this.hitWords.subarray(0, n));
    for (const bits of filters.values()) andInto(this.hitWords, bits, n);

    // not every word matches: fall back to documents matching some of the words (see matchSomeWords)
    if (analysed.length > 1 && isEmpty(this.hitWords, n)) {
      words = fallbackWords(analysed);
      this.matchSomeWords(words, n, size);
      andInto(this.hitWords, this.alive.words, n);
      if (scope) andInto(this.hitWords, scope, n);
      this.baseBits.set(this.hitWords.subarray(0, n));
      for (const bits of filters.values()) andInto(this.hitWords, bits, n);
      relevance = this.rank;
    }

    const facets = this.countFacets(n, query.facets ?? FACET_NAMES, filters);
    const total = countBits(this.hitWords, n);

    const offset = (page - 1) * limit;
    const hitsOut: SearchResult['hits'] = [];
    if (offset < total) {
      const byDate = query.sort === 'newest' || analysed.length === 0;
      const top = this.topHits(offset + limit, byDate ? this.published : relevance, relevance, n);
      for (const d of top.slice(offset)) {
        const doc = this.docs[d];
        if (!doc) continue;
        hitsOut.push(
          toHit(doc, {
            title: highlightRanges(doc.title, words, this.synonyms),
            summary: highlightRanges(doc.summary, words, this.synonyms),
          }),
        );
      }
    }
    const tookMs = Math.round((performance.now() - started) * 100) / 100;
    return { total, page, limit, hits: hitsOut, facets, tookMs };
  }

  async clear(): Promise<void> {
    this.assertOpen();
    this.resetDocuments();
    this.tombstones.clear();
    this.markDirty();
  }

  async stats(): Promise<SearchEngineStats> {
    return { engine: 'embedded', documents: this.liveCount, terms: this.index.size, persistedAt: this.persistedAt };
  }

  /** Writes the snapshot now if anything changed since the last one. */
  async flush(): Promise<void> {
    if (!this.file) return;
    this.writing = this.writing.then(() => this.writeNow());
    return this.writing;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.closed = true;
  }

  // ---- query evaluation -------------------------------------------------------------------

  /**
   * Intersects the words' match sets into hitWords and sums their scores into `score`.
   * A word's score is its best variant (exact/synonym, prefix, typo) for that document.
   */
  private matchAllWords(words: readonly QueryWord[], n: number, size: number): void {
    const hits = this.hitWords;
    this.score.fill(0, 0, size);
    let first = true;
    for (const word of words) {
      if (!this.matchWord(word, n)) {
        hits.fill(0, 0, n);
        return;
      }
      if (first) {
        hits.set(this.wordBits.subarray(0, n));
        first = false;
      } else {
        andInto(hits, this.wordBits, n);
      }
    }
  }

  /**
   * The fallback when not every word matches: documents matching at least one of the words, ranked
   * by how many they match, then by score (`rank` = matched words × MATCHED_WORD_RANK + score).
   */
  private matchSomeWords(words: readonly QueryWord[], n: number, size: number): void {
    const hits = this.hitWords;
    const matched = this.matched;
    const bits = this.wordBits;
    this.score.fill(0, 0, size);
    matched.fill(0, 0, size);
    hits.fill(0, 0, n);
    for (const word of words) {
      if (!this.matchWord(word, n)) continue;
      orInto(hits, bits, n);
      for (let i = 0; i < n; i++) {
        let w = bits[i] as number;
        while (w !== 0) {
          const low = w & -w;
          w ^= low;
          const d = (i << 5) + 31 - Math.clz32(low);
          matched[d] = (matched[d] as number) + 1;
        }
      }
    }
    const rank = this.rank;
    const score = this.score;
    for (let d = 0; d < size; d++) rank[d] = (matched[d] as number) * MATCHED_WORD_RANK + (score[d] as number);
  }

  /** Sets wordBits to the documents matching one word and adds its score; false when nothing matches. */
  private matchWord(word: QueryWord, n: number): boolean {
    const score = this.score;
    const bits = this.wordBits;
    const N = Math.max(1, this.liveCount);
    const variants = this.variants(word);
    bits.fill(0, 0, n);
    if (variants.length === 0) return false;
    if (variants.length === 1) {
      // one index term: its score is the word's score, no per-document max needed
      const { postings, weight, bucket } = variants[0] as Variant;
      const { docs, weights, length } = postings;
      const factor = Math.log(1 + (N - length + 0.5) / (length + 0.5)) * weight;
      for (let k = 0; k < length; k++) {
        const d = docs[k] as number;
        score[d] = (score[d] as number) + bucket + factor * (weights[k] as number);
        bits[d >>> 5] = (bits[d >>> 5] as number) | (1 << (d & 31));
      }
    } else {
      this.scoreVariants(variants, N, bits);
    }
    return true;
  }

  /** Several index terms for one word: each document gets its best term's score. */
  private scoreVariants(variants: readonly Variant[], N: number, bits: Uint32Array): void {
    const score = this.score;
    const ws = this.wordScore;
    for (const v of variants) {
      const { docs, weights, length } = v.postings;
      const idf = Math.log(1 + (N - length + 0.5) / (length + 0.5));
      const factor = idf * v.weight;
      const bucket = v.bucket;
      for (let k = 0; k < length; k++) {
        const d = docs[k] as number;
        const s = bucket + factor * (weights[k] as number);
        if (s > (ws[d] as number)) ws[d] = s;
        bits[d >>> 5] = (bits[d >>> 5] as number) | (1 << (d & 31));
      }
    }
    for (const v of variants) {
      const { docs, length } = v.postings;
      for (let k = 0; k < length; k++) {
        const d = docs[k] as number;
        score[d] = (score[d] as number) + (ws[d] as number);
        ws[d] = 0;
      }
    }
  }

  /** The index terms a query word matches, with their weights: exact first, then completions and typos. */
  private variants(word: QueryWord): Variant[] {
    const out: Variant[] = [];
    const seen = new Set<string>();
    const add = (term: string, weight: number, bucket: number) => {
      if (seen.has(term)) return;
      seen.add(term);
      const postings = this.index.get(term);
      if (postings && postings.length > 0) out.push({ postings, weight, bucket });
    };
    if (word.accented) add(ACCENTED_TERM_PREFIX + word.accented, 1, EXACT_BUCKET + ACCENT_BONUS);
    if (word.group) add(word.group, 1, EXACT_BUCKET);
    if (!word.term.includes(' ')) {
      add(word.term, 1, EXACT_BUCKET);
      if (word.prefix) {
        for (const term of this.index.prefixTerms(word.term, this.maxPrefixExpansions)) {
          add(term, PREFIX_WEIGHT, EXACT_BUCKET);
        }
      }
      if (word.typo) for (const term of this.index.typoTerms(word.term)) add(term, TYPO_WEIGHT, 0);
    }
    return out;
  }

  /**
   * Disjunctive facet counts: a facet without a filter is counted over the hits; a filtered facet over
   * the text matches with every other facet's filter (its own left out), so its other values keep
   * their counts. Each count is popcount(set & value bitset) over the set's non-zero words only.
   * Measured against a per-hit column scan: 0.4–0.9 ms vs 5–11 ms for 50,000 documents at 50–100 %
   * density, about even at 2 %.
   */
  private countFacets(n: number, names: readonly FacetName[], filters: Map<FacetName, Uint32Array>): FacetCounts {
    const facets: FacetCounts = {};
    const unfiltered = names.filter((f) => !filters.has(f));
    if (unfiltered.length > 0) this.countInto(facets, this.hitWords, n, unfiltered);
    for (const facet of names) {
      if (!filters.has(facet)) continue;
      const set = this.scratchBits;
      set.set(this.baseBits.subarray(0, n));
      for (const [other, bits] of filters) if (other !== facet) andInto(set, bits, n);
      this.countInto(facets, set, n, [facet]);
    }
    return facets;
  }

  private countInto(facets: FacetCounts, set: Uint32Array, n: number, names: readonly FacetName[]): void {
    if (this.nonZero.length < n) this.nonZero = new Uint32Array(n);
    const live = this.nonZero;
    let m = 0;
    for (let i = 0; i < n; i++) if ((set[i] as number) !== 0) live[m++] = i;
    for (const facet of names) {
      const counts: [string, number][] = [];
      for (const [value, bits] of this.facets.get(facet) ?? []) {
        const words = bits.words;
        const limit = words.length;
        let c = 0;
        for (let k = 0; k < m; k++) {
          const i = live[k] as number;
          if (i >= limit) break;
          const x = (set[i] as number) & (words[i] as number);
          if (x !== 0) c += popcount32(x);
        }
        if (c > 0) counts.push([value, c]);
      }
      counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      facets[facet] = Object.fromEntries(counts);
    }
  }

  /** The OR of the scope's type bitsets; null when the search is not confined to some types. */
  private scopeSet(query: SearchQuery, n: number): Uint32Array | null {
    if (!query.scope) return null;
    const bits = new Uint32Array(n);
    const byType = this.facets.get('type');
    for (const type of new Set(query.scope)) {
      const typeBits = byType?.get(type);
      if (typeBits) orInto(bits, typeBits.words, n);
    }
    return bits;
  }

  /** Per filtered facet, the OR of its values' bitsets. */
  private filterSets(query: SearchQuery, n: number): Map<FacetName, Uint32Array> {
    const sets = new Map<FacetName, Uint32Array>();
    const filters = query.filters ?? {};
    for (const facet of FACET_NAMES) {
      const values = filters[facet];
      if (!values || values.length === 0) continue;
      const bits = new Uint32Array(n);
      const byValue = this.facets.get(facet);
      for (const value of values) {
        const valueBits = byValue?.get(String(value));
        if (valueBits) orInto(bits, valueBits.words, n);
      }
      sets.set(facet, bits);
    }
    return sets;
  }

  /**
   * The k best hits by `primary` (relevance, or `published` for newest-first and empty queries), ties
   * by the other key, then by id. Most hits lose against the heap's worst kept item on the primary key
   * alone, so that key is compared inline and only candidates that can enter pay for the full comparison.
   */
  private topHits(
    k: number,
    primary: Float32Array | Float64Array,
    relevance: Float32Array | Float64Array,
    n: number,
  ): number[] {
    const secondary = primary === this.published ? relevance : this.published;
    const top = new TopK(k, this.comparator(primary, secondary));
    const hits = this.hitWords;
    let threshold = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      let w = hits[i] as number;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const d = (i << 5) + 31 - Math.clz32(low);
        if ((primary[d] as number) < threshold) continue;
        if (top.offer(d) && top.full) threshold = primary[top.worst()] as number;
      }
    }
    return top.sorted();
  }

  private comparator(
    primary: Float32Array | Float64Array,
    secondary: Float32Array | Float64Array,
  ): (a: number, b: number) => boolean {
    const docs = this.docs;
    return (a, b) => {
      const pa = primary[a] as number;
      const pb = primary[b] as number;
      if (pa !== pb) return pa > pb;
      const sa = secondary[a] as number;
      const sb = secondary[b] as number;
      if (sa !== sb) return sa > sb;
      return (docs[a]?.id ?? '') < (docs[b]?.id ?? '');
    };
  }

  private ensureScratch(size: number): void {
    if (this.score.length >= size) return;
    const capacity = Math.max(1024, size * 2);
    this.score = new Float32Array(capacity);
    this.wordScore = new Float32Array(capacity);
    this.matched = new Uint8Array(capacity);
    this.rank = new Float64Array(capacity);
    this.hitWords = new Uint32Array(wordsFor(capacity));
    this.wordBits = new Uint32Array(wordsFor(capacity));
    this.baseBits = new Uint32Array(wordsFor(capacity));
    this.scratchBits = new Uint32Array(wordsFor(capacity));
  }

  // ---- documents -------------------------------------------------------------------------

  private append(doc: SearchDocument): void {
    const d = this.docs.length;
    this.docs.push(doc);
    this.idToDoc.set(doc.id, d);
    this.addDocumentBits(doc, d);
    this.index.add(d, documentTermWeights(doc, this.synonyms));
    this.liveCount++;
  }

  private addDocumentBits(doc: SearchDocument, d: number): void {
    this.alive.set(d);
    if (d >= this.published.length) {
      const grown = new Float64Array(Math.max(d + 1, this.published.length * 2));
      grown.set(this.published);
      this.published = grown;
    }
    this.published[d] = publishedAtMs(doc);
    const values = documentFacetValues(doc);
    for (const facet of FACET_NAMES) {
      let byValue = this.facets.get(facet);
      if (!byValue) {
        byValue = new Map();
        this.facets.set(facet, byValue);
      }
      for (const value of values[facet]) {
        let bits = byValue.get(value);
        if (!bits) {
          bits = new Bitset(d + 1);
          byValue.set(value, bits);
        }
        bits.set(d);
      }
    }
  }

  /** Retires a document number (its postings stay until compaction; the live bit masks them). */
  private kill(d: number): void {
    const doc = this.docs[d];
    if (!doc) return;
    const values = documentFacetValues(doc);
    for (const facet of FACET_NAMES) {
      const byValue = this.facets.get(facet);
      for (const value of values[facet]) {
        byValue?.get(value)?.clear(d);
      }
    }
    this.alive.clear(d);
    this.docs[d] = null;
    this.idToDoc.delete(doc.id);
    this.liveCount--;
    this.deadCount++;
  }

  /** Renumbers live documents densely and drops dead postings. */
  private compact(): void {
    if (this.deadCount === 0) return;
    const map = new Int32Array(this.docs.length).fill(-1);
    const live: SearchDocument[] = [];
    this.docs.forEach((doc, d) => {
      if (doc) {
        map[d] = live.length;
        live.push(doc);
      }
    });
    this.index.remap(map);
    this.restoreDocuments(live);
  }

  private reindexAll(): void {
    const live = this.docs.filter((d): d is SearchDocument => d !== null);
    this.index.clear();
    this.restoreDocuments(live);
    live.forEach((doc, d) => {
      this.index.add(d, documentTermWeights(doc, this.synonyms));
    });
  }

  /** Rebuilds every per-document structure except the postings from a document list. */
  private restoreDocuments(docs: (SearchDocument | null)[]): void {
    this.resetDocuments(false);
    this.docs = docs;
    docs.forEach((doc, d) => {
      if (!doc) {
        this.deadCount++;
        return;
      }
      this.idToDoc.set(doc.id, d);
      this.addDocumentBits(doc, d);
      this.liveCount++;
    });
  }

  private resetDocuments(clearIndex = true): void {
    this.docs = [];
    this.idToDoc.clear();
    this.alive = new Bitset();
    this.published = new Float64Array(1024);
    this.facets = new Map();
    this.liveCount = 0;
    this.deadCount = 0;
    if (clearIndex) this.index.clear();
  }

  private afterWrite(result: WriteResult): void {
    if (result.applied.length === 0) return;
    // compact when a quarter of the document numbers are dead (never under a snapshot being written)
    if (!this.writeInFlight && this.deadCount > 1_000 && this.deadCount * 4 > this.docs.length) this.compact();
    this.markDirty();
  }

  // ---- persistence -----------------------------------------------------------------------

  private fingerprint(): string {
    return JSON.stringify([ANALYZER_VERSION, this.synonyms.fingerprint()]);
  }

  private markDirty(): void {
    if (!this.file || this.closed) return;
    const now = Date.now();
    this.dirtySince ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.dirtySince + this.maxDelayMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
    this.timer.unref();
  }

  private async writeNow(): Promise<void> {
    if (!this.file || this.dirtySince === null) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirtySince = null;
    this.compact();
    this.writeInFlight = true;
    try {
      await writeSnapshot(this.file, {
        fingerprint: this.fingerprint(),
        documents: this.docs.slice(),
        tombstones: [...this.tombstones],
        terms: [...this.index.terms],
      });
      this.persistedAt = new Date().toISOString();
    } catch (error) {
      this.options.logger?.warn({ err: error, file: this.file }, 'search snapshot write failed; will retry');
      this.markDirty();
    } finally {
      this.writeInFlight = false;
    }
  }

  private async load(): Promise<void> {
    if (!this.file) return;
    let snapshot: Awaited<ReturnType<typeof readSnapshot>>;
    try {
      snapshot = await readSnapshot(this.file);
    } catch (error) {
      // keep the damaged file for inspection; the index is rebuilt by replaying events
      const aside = `${this.file}.damaged-${Date.now()}`;
      this.options.logger?.warn({ err: error, file: this.file, movedTo: aside }, 'search snapshot unreadable');
      await rename(this.file, aside).catch(() => undefined);
      return;
    }
    if (!snapshot) return;
    for (const [id, version] of snapshot.tombstones) this.tombstones.set(id, version);
    if (snapshot.fingerprint === this.fingerprint()) {
      this.restoreDocuments(snapshot.documents);
      for (const [term, postings] of snapshot.terms) this.index.terms.set(term, postings);
    } else {
      this.docs = snapshot.documents;
      this.reindexAll();
      this.markDirty();
    }
    this.persistedAt = snapshot.writtenAt ?? null;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('search engine is closed');
  }
}

function isEmpty(bits: Uint32Array, n: number): boolean {
  for (let i = 0; i < n; i++) if ((bits[i] as number) !== 0) return false;
  return true;
}

function countBits(bits: Uint32Array, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) {
    const w = bits[i] as number;
    if (w !== 0) c += popcount32(w);
  }
  return c;
}

function sameDocument(a: SearchDocument, b: SearchDocument): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
