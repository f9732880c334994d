// The Meilisearch SearchEngine (distributed mode), over the official client. Meilisearch has no
// conditional write, so versions are checked by reading the held versions first, and removals are
// kept as tombstone documents (`deleted: true`) that every search filters out: an older event that
// arrives after a removal cannot bring the listing back. Per-id ordering between instances comes from
// Kafka (one partition per aggregate id, one consumer per partition). Highlights are computed here
// with the same highlighter as the embedded engine, so both adapters return the same ranges.
import { performance } from 'node:perf_hooks';
import { Meilisearch, MeilisearchApiError, type Index, type Settings } from 'meilisearch';
import { highlightRanges } from '../text/highlighter.js';
import { analyzeQuery } from '../text/query-analysis.js';
import { SynonymMatcher } from '../text/synonym-matcher.js';
import { DEFAULT_MIN_WORD_SIZE_FOR_ONE_TYPO } from '../text/typo-rules.js';
import { VIETNAMESE_SYNONYMS } from '../text/vietnamese-synonyms.js';
import { publishedAtMs, toHit } from './document-fields.js';
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
};

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

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const { page, limit } = normalizePaging(query);
    const q = query.q ?? '';
    const words = analyzeQuery(q, this.synonyms, { minWordSizeForOneTypo: this.minWordSizeForOneTypo });
    const facetNames = query.facets ?? FACET_NAMES;
    const response = await this.index.search<StoredDocument>(q, {
      filter: meilisearchFilter(query),
      facets: facetNames.map((f) => MEILI_FACET_ATTRIBUTES[f]),
      sort: query.sort === 'newest' || words.length === 0 ? ['publishedAtMs:desc'] : undefined,
      page,
      hitsPerPage: limit,
      matchingStrategy: 'all',
      attributesToRetrieve: RETRIEVED,
    });
    const facets: FacetCounts = {};
    for (const facet of facetNames) {
      const distribution = response.facetDistribution?.[MEILI_FACET_ATTRIBUTES[facet]] ?? {};
      const counts = Object.entries(distribution).filter(([, n]) => n > 0);
      counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      facets[facet] = Object.fromEntries(counts);
    }
    const hits = response.hits.map((hit) =>
      toHit(hit, {
        title: highlightRanges(hit.title, words, this.synonyms),
        summary: highlightRanges(hit.summary, words, this.synonyms),
      }),
    );
    const tookMs = Math.round((performance.now() - started) * 100) / 100;
    // with page/hitsPerPage Meilisearch counts hits exhaustively (up to pagination.maxTotalHits)
    const total = (response as { totalHits?: number }).totalHits ?? 0;
    return { total, page, limit, hits, facets, tookMs };
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

/** AND across facets, OR within one (`IN`), always without tombstones. */
export function meilisearchFilter(query: SearchQuery): string[] {
  const clauses = ['deleted = false'];
  for (const facet of FACET_NAMES) {
    const values = query.filters?.[facet];
    if (!values || values.length === 0) continue;
    const literals =
      facet === 'trl' ? values.map(Number).filter(Number.isFinite).map(String) : values.map((v) => quote(String(v)));
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
    doc.publishedAt,
    doc.version,
  ];
}
