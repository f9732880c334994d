// Runs a portal search against the engine. The type facet ignores the type filter so the portal's
// tabs show every type's count while one tab is open.
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
    };
    const query = { q: input.q, filters, sort: input.sort, page: input.page, limit: input.limit };
    const result = await this.engine.search(query);
    const facets = { ...result.facets };
    if (input.type && input.type.length > 0) {
      const allTypes = await this.engine.search({
        ...query,
        filters: { ...filters, type: undefined },
        page: 1,
        limit: 1,
        facets: ['type'],
      });
      facets.type = allTypes.facets.type ?? {};
    }
    return {
      query: input.q ?? '',
      total: result.total,
      page: result.page,
      limit: result.limit,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      hits: result.hits.map(toResponseHit),
      facets: facets as SearchResponse['facets'],
    };
  }
}

function toResponseHit(hit: SearchHit): SearchResponse['hits'][number] {
  const { version: _version, ...rest } = hit;
  return rest;
}
