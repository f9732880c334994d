// Runs a portal search against the engine. Facet counts come back disjunctive from the engine (each
// facet ignores its own filter), so the portal's type tabs and facet checkboxes keep their counts.
// One index holds Techmart's listings and the initiative repository; a search without `type` covers
// the listings only, exactly as before initiatives existed, and `type=initiative` the repository.
import {
  type DocumentType,
  type FacetName,
  INITIATIVE_FACETS,
  LISTING_FACETS,
  LISTING_TYPES,
  type SearchEngine,
  type SearchFilters,
  type SearchHit,
} from '../engine/index.js';
import type { SearchQueryInput, SearchResponse } from './search-query.schema.js';

/**
 * The document types a search is confined to: Techmart's listings unless only initiatives are asked
 * for, plus initiatives when asked for. The `type` filter then picks within the scope, so the type tabs
 * stay disjunctive among the listing types and never count initiatives on the listing page.
 */
export function searchScope(types: readonly DocumentType[] | undefined): DocumentType[] {
  const requested = types ?? [];
  const listings = requested.length === 0 || requested.some((type) => type !== 'initiative');
  return [...(listings ? LISTING_TYPES : []), ...(requested.includes('initiative') ? ['initiative' as const] : [])];
}

/** The facets worth counting for a scope: the listing page's, the repository's, or both. */
export function scopeFacets(scope: readonly DocumentType[]): FacetName[] {
  const listings = scope.some((type) => type !== 'initiative');
  const initiatives = scope.includes('initiative');
  return [...new Set<FacetName>([...(listings ? LISTING_FACETS : []), ...(initiatives ? INITIATIVE_FACETS : [])])];
}

export class SearchService {
  constructor(private readonly engine: SearchEngine) {}

  async search(input: SearchQueryInput): Promise<SearchResponse> {
    const started = performance.now();
    const scope = searchScope(input.type);
    const initiatives = scope.includes('initiative');
    const filters: SearchFilters = {
      type: input.type,
      sector: input.sector,
      trl: input.trl,
      locality: input.locality,
      commune: input.commune,
      transferMode: input.transferMode,
      ipStatus: input.ipStatus,
      condition: input.condition,
      field: input.field,
      year: input.year,
      origin: input.origin,
    };
    const query = {
      q: input.q,
      filters,
      sort: input.sort,
      page: input.page,
      limit: input.limit,
      facets: scopeFacets(scope),
      scope,
    };
    const result = await this.engine.search(query);
    const facets = result.facets as SearchResponse['facets'];
    return {
      query: input.q ?? '',
      total: result.total,
      page: result.page,
      limit: result.limit,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      hits: result.hits.map(toResponseHit),
      facets,
      ...(initiatives ? { years: yearList(facets.year ?? {}) } : {}),
    };
  }
}

/** The year facet newest first (a JSON object with numeric keys reads back in ascending order). */
function yearList(counts: Record<string, number>): { year: number; count: number }[] {
  return Object.entries(counts)
    .map(([year, count]) => ({ year: Number(year), count }))
    .sort((a, b) => b.year - a.year);
}

function toResponseHit(hit: SearchHit): SearchResponse['hits'][number] {
  const { version: _version, ...rest } = hit;
  return rest;
}
