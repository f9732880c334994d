// The Meilisearch SearchEngine (distributed mode), over the official client. Meilisearch has no
// conditional write, so versions are checked by reading the held versions first, and removals are
// kept as tombstone documents (`deleted: true`) that every search filters out: an older event that
// arrives after a removal cannot bring the listing back. Per-id ordering between instances comes from
// Kafka (one partition per aggregate id, one consumer per partition). Highlights are computed here
// with the same highlighter as the embedded engine, so both adapters return the same ranges.
import { performance } from 'node:perf_hooks';
import {
  type Index,
  Meilisearch,
  MeilisearchApiError,
  type MultiSearchQuery,
  type SearchResponse,
  type Settings,
} from 'meilisearch';
import { highlightRanges } from '../text/highlighter.js';
import { analyzeQuery, fallbackWords, type QueryWord } from '../text/query-analysis.js';
import { SynonymMatcher } from '../text/synonym-matcher.js';
import { DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO } from '../text/typo-rules.js';
import { VIETNAMESE_SYNONYMS } from '../text/vietnamese-synonyms.js';
import { documentFacetValues, publishedAtMs, toHit } from './document-fields.js';
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

export interface MeilisearchSearchEngineOptions {
  host: string;
  apiKey?: string;
  /** index uid (default `listings`) */
  indexUid?: string;
  /** how long to wait for an indexing task (default 60 s) */
  taskTimeoutMs?: number;
}

/** Stored shape: the document plus the sort key and the tombstone flag. */
type StoredDocument = SearchDocument & { publishedAtMs: number; deleted: false };
type Tombstone = { id: string; version: number; deleted: true };
type Stored = StoredDocument | Tombstone;

export const MEILI_FACET_ATTRIBUTES: Record<FacetName, string> = {
  type: 'type',
  sector: 'sector.code',
  trl: 'trl',
  locality: 'locality.provinceCode',
  commune: 'locality.communeCode',
  transferMode: 'transferModes',
  ipStatus: 'ipStatus',
  condition: 'condition',
  field: 'initiative.field.code',
  year: 'initiative.year',
  origin: 'initiative.origin',
};

/** Facets stored as numbers: their filter literals are unquoted. */
const NUMERIC_FACETS: ReadonlySet<FacetName> = new Set(['trl', 'year']);

/**
 * The fallback (no document matches every word) reads at most this many matches per word and merges
 * them here; below it, totals and facet counts are exact (the embedded engine has no such bound).
 */
export const FALLBACK_MATCHES_PER_WORD = 1_000;

const RETRIEVED = [
  'id',
  'type',
  'title',
  'summary',
  'keywords',
  'sector',
  'locality',
  'trl',
  'transferModes',
  'ipStatus',
  'ownerName',
  'condition',
  'price',
  'initiative',
  'publishedAt',
  'version',
];

/** Index settings mirroring the embedded engine's rules. */
export function meilisearchSettings(settings: IndexSettings = {}): Settings {
  return {
    searchableAttributes: [
      'title',
      'keywords',
      'summary',
      'sector.nameVi',
      'sector.nameEn',
      'locality.provinceName',
      'locality.communeName',
      'ownerName',
      'initiative.field.nameVi',
      'initiative.field.nameEn',
      'initiative.unitName',
      'initiative.authors',
      'body',
    ],
    filterableAttributes: ['id', 'deleted', ...Object.values(MEILI_FACET_ATTRIBUTES)],
    sortableAttributes: ['publishedAtMs'],
    // Meilisearch's default rules, then newest first among equals
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAtMs:desc'],
    typoTolerance: {
      enabled: true,
      // one typo from N letters, never two (the second threshold is put out of reach)
      minWordSizeForTypos: {
        oneTypo: settings.minWordSizeForOneTypo ?? DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO,
        twoTypos: 255,
      },
    },
    synonyms: meilisearchSynonyms(settings.synonyms ?? VIETNAMESE_SYNONYMS),
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 1_000_000 },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie'] }],
  };
}

/** Meilisearch synonyms are one-way lists: every member of a group lists all the others. */
export function meilisearchSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    const members = [...new Set(group.map((p) => p.toLowerCase()))];
    for (const member of members) out[member] = members.filter((m) => m !== member);
  }
  return out;
}

export class MeilisearchSearchEngine implements SearchEngine {
  private readonly client: Meilisearch;
  private readonly index: Index<Stored>;
  private readonly indexUid: string;
  private readonly timeout: number;
  private synonyms = new SynonymMatcher(VIETNAMESE_SYNONYMS);
  private minWordSizeForOneTypo = DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO;

  constructor(options: MeilisearchSearchEngineOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.indexUid = options.indexUid ?? 'listings';
    this.index = this.client.index<Stored>(this.indexUid);
    this.timeout = options.taskTimeoutMs ?? 60_000;
  }

  async ensureIndex(settings: IndexSettings = {}): Promise<void> {
    this.synonyms = new SynonymMatcher(settings.synonyms ?? VIETNAMESE_SYNONYMS);
    this.minWordSizeForOneTypo = settings.minWordSizeForOneTypo ?? DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO;
    try {
      await this.client.getIndex(this.indexUid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
      // replicas starting together race to create it: the loser finds it created
      const created = await this.client
        .createIndex(this.indexUid, { primaryKey: 'id' })
        .waitTask({ timeout: this.timeout });
      const code = (created.error as { code?: string } | null | undefined)?.code;
      if (created.status !== 'succeeded' && code !== 'index_already_exists') {
        throw new Error(`Meilisearch task ${created.status}: ${JSON.stringify(created.error)}`);
      }
    }
    await this.wait(this.index.updateSettings(meilisearchSettings(settings)));
  }

  async upsert(docs: readonly SearchDocument[]): Promise<WriteResult> {
    const result: WriteResult = { applied: [], ignored: [] };
    if (docs.length === 0) return result;
    const valid = docs.map(validateDocument);
    const held = await this.held(valid.map((d) => d.id));
    const writes = new Map<string, StoredDocument>();
    for (const doc of valid) {
      const current = writes.get(doc.id) ?? held.get(doc.id);
      const stale = current
        ? current.deleted
          ? doc.version <= current.version
          : doc.version < current.version || (doc.version === current.version && sameDocument(doc, current))
        : false;
      if (stale) {
        result.ignored.push(doc.id);
        continue;
      }
      writes.set(doc.id, { ...doc, publishedAtMs: publishedAtMs(doc), deleted: false });
      result.applied.push(doc.id);
    }
    if (writes.size > 0) await this.wait(this.index.addDocuments([...writes.values()]));
    return result;
  }

  async remove(refs: readonly (string | RemoveRef)[]): Promise<WriteResult> {
    const result: WriteResult = { applied: [], ignored: [] };
    if (refs.length === 0) return result;
    const list = refs.map((r) => (typeof r === 'string' ? { id: r, version: undefined } : r));
    const held = await this.held(list.map((r) => r.id));
    const writes = new Map<string, Tombstone>();
    for (const { id, version } of list) {
      const current = writes.get(id) ?? held.get(id);
      let tombstone: Tombstone | null = null;
      if (version === undefined) {
        if (current && !current.deleted) tombstone = { id, version: current.version, deleted: true };
      } else if (!current || (current.deleted ? current.version < version : current.version <= version)) {
        tombstone = { id, version, deleted: true };
      }
      if (!tombstone) {
        result.ignored.push(id);
        continue;
      }
      writes.set(id, tombstone);
      result.applied.push(id);
    }
    if (writes.size > 0) await this.wait(this.index.addDocuments([...writes.values()]));
    return result;
  }

  /**
   * One multi-search: the query with every filter, plus one facet-only query per filtered facet
   * without its own filter (disjunctive facet counts). When no document matches every word, the
   * fallback below takes over.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const { page, limit } = normalizePaging(query);
    const q = query.q ?? '';
    const words = analyzeQuery(q, this.synonyms, { minWordSizeForOneTypo: this.minWordSizeForOneTypo });
    const facetNames = query.facets ?? FACET_NAMES;
    const filtered = facetNames.filter((f) => (query.filters?.[f]?.length ?? 0) > 0);
    const queries: MultiSearchQuery[] = [
      {
        indexUid: this.indexUid,
        q,
        filter: meilisearchFilter(query),
        facets: facetNames.filter((f) => !filtered.includes(f)).map((f) => MEILI_FACET_ATTRIBUTES[f]),
        sort: query.sort === 'newest' || words.length === 0 ? ['publishedAtMs:desc'] : undefined,
        page,
        hitsPerPage: limit,
        matchingStrategy: 'all',
        attributesToRetrieve: RETRIEVED,
      },
      ...filtered.map(
        (facet): MultiSearchQuery => ({
          indexUid: this.indexUid,
          q,
          filter: meilisearchFilter({ filters: { ...query.filters, [facet]: undefined }, scope: query.scope }),
          facets: [MEILI_FACET_ATTRIBUTES[facet]],
          page: 1,
          hitsPerPage: 0,
          matchingStrategy: 'all',
        }),
      ),
    ];
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, StoredDocument>({ queries });
    const [main, ...perFacet] = results as SearchResponse<StoredDocument>[];
    // with page/hitsPerPage Meilisearch counts hits exhaustively (up to pagination.maxTotalHits)
    const total = main?.totalHits ?? 0;
    if (total === 0 && words.length > 1) return this.fallbackSearch(query, words, page, limit, started);

    const facets: FacetCounts = {};
    for (const facet of facetNames) {
      const at = filtered.indexOf(facet);
      const source = at < 0 ? main : perFacet[at];
      const distribution = source?.facetDistribution?.[MEILI_FACET_ATTRIBUTES[facet]] ?? {};
      facets[facet] = sortedCounts(Object.entries(distribution));
    }
    const hits = (main?.hits ?? []).map((hit) =>
      toHit(hit, {
        title: highlightRanges(hit.title, words, this.synonyms),
        summary: highlightRanges(hit.summary, words, this.synonyms),
      }),
    );
    return { total, page, limit, hits, facets, tookMs: elapsed(started) };
  }

  /**
   * No document matches every word: documents matching some of the words, ranked by how many, then
   * by Meilisearch's ranking score (summed over the matched words). Meilisearch's own strategies do
   * not do this (`last` keeps the first word, so a sentence returns what matches its first word), so
   * the adapter asks one query per word (no prefix but on the last word, as in the whole query) and
   * merges, filters and counts facets here, as the embedded engine does over its bitsets.
   */
  private async fallbackSearch(
    query: SearchQuery,
    analysed: readonly QueryWord[],
    page: number,
    limit: number,
    started: number,
  ): Promise<SearchResult> {
    const words = fallbackWords(analysed);
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, StoredDocument>({
      queries: words.map((word) => ({
        indexUid: this.indexUid,
        // a trailing space tells Meilisearch the word is complete (no prefix match)
        q: word.prefix ? (word.accented ?? word.term) : `${word.accented ?? word.term} `,
        // the scope bounds the fallback too, so other document types never crowd out its matches
        filter: meilisearchFilter({ scope: query.scope }),
        limit: FALLBACK_MATCHES_PER_WORD,
        matchingStrategy: 'all',
        attributesToRetrieve: RETRIEVED,
        showRankingScore: true,
      })),
    });
    const merged = new Map<string, { doc: StoredDocument; matched: number; score: number }>();
    for (const result of results as SearchResponse<StoredDocument>[]) {
      for (const hit of result.hits) {
        const entry = merged.get(hit.id);
        if (entry) {
          entry.matched++;
          entry.score += hit._rankingScore ?? 0;
        } else {
          merged.set(hit.id, { doc: hit, matched: 1, score: hit._rankingScore ?? 0 });
        }
      }
    }
    const candidates = [...merged.values()].map((entry) => ({
      ...entry,
      values: documentFacetValues(entry.doc),
      publishedAtMs: publishedAtMs(entry.doc),
    }));
    const filters = Object.entries(query.filters ?? {})
      .filter(([, values]) => values && values.length > 0)
      .map(([facet, values]) => [facet as FacetName, new Set((values ?? []).map(String))] as const);
    const passes = (values: Record<FacetName, string[]>, except?: FacetName) =>
      filters.every(([facet, allowed]) => facet === except || values[facet].some((v) => allowed.has(v)));

    const facets: FacetCounts = {};
    for (const facet of query.facets ?? FACET_NAMES) {
      const counts = new Map<string, number>();
      for (const c of candidates) {
        if (!passes(c.values, facet)) continue;
        for (const value of c.values[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      facets[facet] = sortedCounts([...counts]);
    }
    const matching = candidates.filter((c) => passes(c.values));
    const newest = query.sort === 'newest';
    matching.sort(
      (a, b) =>
        (newest ? b.publishedAtMs - a.publishedAtMs : 0) ||
        b.matched - a.matched ||
        b.score - a.score ||
        b.publishedAtMs - a.publishedAtMs ||
        (a.doc.id < b.doc.id ? -1 : 1),
    );
    const hits = matching.slice((page - 1) * limit, page * limit).map(({ doc }) =>
      toHit(doc, {
        title: highlightRanges(doc.title, words, this.synonyms),
        summary: highlightRanges(doc.summary, words, this.synonyms),
      }),
    );
    return { total: matching.length, page, limit, hits, facets, tookMs: elapsed(started) };
  }

  async clear(): Promise<void> {
    await this.wait(this.index.deleteAllDocuments());
  }

  async stats(): Promise<SearchEngineStats> {
    const response = await this.index.search('', { filter: 'deleted = false', page: 1, hitsPerPage: 0 });
    return { engine: 'meilisearch', documents: (response as { totalHits?: number }).totalHits ?? 0 };
  }

  async close(): Promise<void> {
    // the client keeps no connection open
  }

  /** Drops the whole index (tests, rebuilds). */
  async dropIndex(): Promise<void> {
    await this.wait(this.client.deleteIndex(this.indexUid));
  }

  private async held(ids: string[]): Promise<Map<string, Stored>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Stored>();
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const page = await this.index.getDocuments({
        filter: `id IN [${chunk.map(quote).join(', ')}]`,
        limit: chunk.length,
      });
      for (const doc of page.results) found.set(doc.id, doc);
    }
    return found;
  }

  private async wait(task: { waitTask(options?: { timeout?: number }): Promise<{ status: string; error?: unknown }> }) {
    const done = await task.waitTask({ timeout: this.timeout });
    if (done.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${done.status}: ${JSON.stringify(done.error)}`);
    }
    return done;
  }
}

function sortedCounts(entries: [string, number][]): Record<string, number> {
  const counts = entries.filter(([, n]) => n > 0);
  counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(counts);
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

/** AND across facets, OR within one (`IN`), always without tombstones, within the scope's types. */
export function meilisearchFilter(query: Pick<SearchQuery, 'filters' | 'scope'>): string[] {
  const clauses = ['deleted = false'];
  if (query.scope) {
    const types = [...new Set(query.scope)].map(quote);
    clauses.push(types.length > 0 ? `type IN [${types.join(', ')}]` : 'id IN []');
  }
  for (const facet of FACET_NAMES) {
    const values = query.filters?.[facet];
    if (!values || values.length === 0) continue;
    const literals = NUMERIC_FACETS.has(facet)
      ? values.map(Number).filter(Number.isFinite).map(String)
      : values.map((v) => quote(String(v)));
    clauses.push(literals.length > 0 ? `${MEILI_FACET_ATTRIBUTES[facet]} IN [${literals.join(', ')}]` : 'id IN []');
  }
  return clauses;
}

function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function sameDocument(doc: SearchDocument, stored: StoredDocument): boolean {
  const { publishedAtMs: _ms, deleted: _deleted, ...rest } = stored;
  return JSON.stringify(canonical(doc)) === JSON.stringify(canonical(rest as SearchDocument));
}

function canonical(doc: SearchDocument): unknown[] {
  return [
    doc.id,
    doc.type,
    doc.title,
    doc.summary,
    doc.body,
    doc.keywords,
    doc.sector && [doc.sector.code, doc.sector.nameVi, doc.sector.nameEn],
    doc.locality && [
      doc.locality.provinceCode,
      doc.locality.provinceName,
      doc.locality.communeCode ?? null,
      doc.locality.communeName ?? null,
    ],
    doc.trl,
    doc.transferModes,
    doc.ipStatus,
    doc.ownerName,
    doc.condition ?? null,
    doc.price ?? null,
    doc.initiative && [
      doc.initiative.field && [doc.initiative.field.code, doc.initiative.field.nameVi, doc.initiative.field.nameEn],
      doc.initiative.unitName,
      doc.initiative.year,
      doc.initiative.origin,
      doc.initiative.benefitVnd,
      doc.initiative.hasCertificate,
      doc.initiative.recognisedOn,
      doc.initiative.decisionNumber,
      doc.initiative.authors,
    ],
    doc.publishedAt,
    doc.version,
  ];
}
