// The SearchEngine port: what the search service needs from a full-text engine. Two adapters
// (embedded, Meilisearch) implement it and pass the same contract suite (testing/search-engine.contract.ts).
import type { HighlightRange } from '../text/highlighter.js';

export const DOCUMENT_TYPES = ['offer', 'equipment', 'need', 'expert', 'initiative'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** Techmart's listings: what a search without a `type` covers (the portal's listing search). */
export const LISTING_TYPES = ['offer', 'equipment', 'need', 'expert'] as const satisfies readonly DocumentType[];
/** Where a repository record comes from: recognised on the platform, or imported from a unit's file. */
export const INITIATIVE_ORIGINS = ['campaign', 'import'] as const;
export type InitiativeOrigin = (typeof INITIATIVE_ORIGINS)[number];

export interface SectorRef {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface LocalityRef {
  provinceCode: string;
  provinceName: string;
  communeCode?: string | null;
  communeName?: string | null;
}

/** Equipment condition, in the HTTP contract's spelling (Techmart's `EQUIPMENT_CONDITIONS`). */
export const EQUIPMENT_CONDITIONS = ['new', 'used_good', 'used_fair', 'refurbished'] as const;
export type EquipmentConditionValue = (typeof EQUIPMENT_CONDITIONS)[number];

/** An indicative price in whole VND, or "negotiable" (Techmart's price: one amount or negotiable). */
export type SearchPrice = { amountVnd: number } | { negotiable: true };

/** What only an initiative (a record of the central repository, `initiatives.repository.v1`) carries. */
export interface InitiativeFacts {
  /** the field (lĩnh vực) from the initiatives reference data */
  field: SectorRef | null;
  /** the author's unit (school, hospital, commune office…) */
  unitName: string;
  /** year of recognition */
  year: number;
  origin: InitiativeOrigin;
  /** estimated yearly benefit in whole VND; 0 when not quantified */
  benefitVnd: number;
  /** a certificate was issued (its code stays out of search: verification is by the holder's code) */
  hasCertificate: boolean;
  /** ISO date (YYYY-MM-DD) of the recognition decision, null when unknown (some imports) */
  recognisedOn: string | null;
  decisionNumber: string | null;
  /** the authors' public names, in the record's order */
  authors: string[];
}

/**
 * One searchable document: a Techmart listing (Offer, Need, Expert) or an initiative of the central
 * repository (`type: 'initiative'`, with `initiative` set; organisation in `ownerName`, the
 * effectiveness summary in `body`).
 */
export interface SearchDocument {
  id: string;
  type: DocumentType;
  title: string;
  summary: string;
  /** long text (description, problem, biography…): searched, never returned in hits */
  body: string;
  keywords: string[];
  sector: SectorRef | null;
  locality: LocalityRef | null;
  trl: number | null;
  transferModes: string[];
  ipStatus: string | null;
  ownerName: string | null;
  /** equipment only (`EQUIPMENT_CONDITIONS`); optional so documents stored before it still load */
  condition?: EquipmentConditionValue | null;
  /** offers and equipment; null/absent when the listing has no price */
  price?: SearchPrice | null;
  /** initiatives only; absent on listings */
  initiative?: InitiativeFacts | null;
  /** ISO-8601 UTC (initiatives: the recognition date) */
  publishedAt: string;
  /** the aggregate's revision: an upsert or remove older than what the engine holds is ignored */
  version: number;
}

export const FACET_NAMES = [
  'type',
  'sector',
  'trl',
  'locality',
  'commune',
  'transferMode',
  'ipStatus',
  'condition',
  'field',
  'year',
  'origin',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/** The facets of Techmart's listing search (the portal's search page counts these). */
export const LISTING_FACETS = [
  'type',
  'sector',
  'trl',
  'locality',
  'commune',
  'transferMode',
  'ipStatus',
  'condition',
] as const satisfies readonly FacetName[];
/** The facets of the initiative repository's search: field, year, province / commune, origin. */
export const INITIATIVE_FACETS = [
  'field',
  'year',
  'locality',
  'commune',
  'origin',
] as const satisfies readonly FacetName[];

/** AND across facets, OR within one facet's values. Facet counts are disjunctive (see FacetCounts). */
export type SearchFilters = Partial<Record<FacetName, readonly (string | number)[]>>;

export type SearchSort = 'relevance' | 'newest';

export interface SearchQuery {
  q?: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  /** 1-based */
  page?: number;
  /** page size, 1..100 (default 20) */
  limit?: number;
  /** facets to count over the hits (default: all) */
  facets?: readonly FacetName[];
  /**
   * The document types the search is confined to (default: every type). Unlike a `type` filter it also
   * bounds every facet count, the type facet's included: a listing search (`LISTING_TYPES`) never counts
   * or returns initiatives, while its type tabs stay disjunctive among the listing types.
   */
  scope?: readonly DocumentType[];
}

export interface SearchHit {
  id: string;
  type: DocumentType;
  title: string;
  summary: string;
  keywords: string[];
  sector: SectorRef | null;
  locality: LocalityRef | null;
  trl: number | null;
  transferModes: string[];
  ipStatus: string | null;
  ownerName: string | null;
  condition: EquipmentConditionValue | null;
  price: SearchPrice | null;
  /** initiatives only (absent on listing hits) */
  initiative?: InitiativeFacts;
  publishedAt: string;
  version: number;
  /** [start, end) UTF-16 offsets into title / summary as stored (the original accented text) */
  highlights: { title: HighlightRange[]; summary: HighlightRange[] };
}

/**
 * facet → value → number of hits; values with no hits are left out. Disjunctive, as in Meilisearch's
 * and Algolia's faceted UIs: a facet's counts apply every filter except that facet's own, so after
 * ticking one sector the other sectors keep their counts (OR within a facet stays reachable).
 */
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

export interface SearchResult {
  total: number;
  page: number;
  limit: number;
  hits: SearchHit[];
  facets: FacetCounts;
  tookMs: number;
}

export interface IndexSettings {
  /** synonym groups (defaults to the Vietnamese table) */
  synonyms?: readonly (readonly string[])[];
  /** a word needs this many letters to tolerate one typo (default 5); never two typos */
  minWordSizeForOneTypo?: number;
}

export interface RemoveRef {
  id: string;
  /**
   * When given, the removal only wins over documents up to this version and leaves a tombstone at it
   * (also when no document is held), so an older or replayed upsert (version ≤ this) is ignored.
   */
  version?: number;
}

export interface WriteResult {
  /** ids whose write took effect */
  applied: string[];
  /** ids left unchanged: the engine holds the same or a newer version, or (remove) nothing to remove */
  ignored: string[];
}

export interface SearchEngineStats {
  engine: 'embedded' | 'meilisearch';
  documents: number;
  /** embedded: distinct indexed terms */
  terms?: number;
  /** embedded: when the last snapshot was written (ISO), null if never */
  persistedAt?: string | null;
}

export interface SearchEngine {
  /** Creates the index if needed and applies settings (idempotent). Call once before use. */
  ensureIndex(settings?: IndexSettings): Promise<void>;
  /** Inserts or replaces documents; a document whose version is older than the held one is ignored. */
  upsert(docs: readonly SearchDocument[]): Promise<WriteResult>;
  remove(refs: readonly (string | RemoveRef)[]): Promise<WriteResult>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Drops every document and every remembered version. */
  clear(): Promise<void>;
  stats(): Promise<SearchEngineStats>;
  /** Flushes pending work (the embedded snapshot) and releases resources. */
  close(): Promise<void>;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
