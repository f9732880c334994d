// Runs a portal search against the engine. Facet counts come back disjunctive from the engine (each
// facet ignores its own filter), so the portal's type tabs and facet checkboxes keep their counts.
import type { SearchEngine, SearchFilters, SearchHit } from '../engine/index.js';
import type { SearchQueryInput, SearchResponse } from './search-query.schema.js';

export class SearchService {
  constructor(private readonly engine: SearchEngine) {}

  async search(input: SearchQueryInput): Promise<SearchResponse> {
    const started = performance.now();
    const filters: SearchFilters = {
      type: input.type,
      sector: input.sector,
      trl: input.trl,
      locality: input.locality,
      commune: input.commune,
      transferMode: input.transferMode,
      ipStatus: input.ipStatus,
      condition: input.condition,
    };
    const query = { q: input.q, filters, sort: input.sort, page: input.page, limit: input.limit };
    const result = await this.engine.search(query);
    return {
      query: input.q ?? '',
      total: result.total,
      page: result.page,
      limit: result.limit,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      hits: result.hits.map(toResponseHit),
      facets: result.facets as SearchResponse['facets'],
    };
  }
}

function toResponseHit(hit: SearchHit): SearchResponse['hits'][number] {
  const { version: _version, ...rest } = hit;
  return rest;
}
