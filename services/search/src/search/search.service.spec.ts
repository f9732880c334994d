import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../engine/index.js';
import { CONTRACT_DOCUMENTS } from '../engine/testing/contract-fixtures.js';
import { searchQuerySchema, searchResponseSchema } from './search-query.schema.js';
import { SearchService } from './search.service.js';

describe('SearchService', () => {
  const open = async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex();
    await engine.upsert(CONTRACT_DOCUMENTS);
    return new SearchService(engine);
  };

  it('keeps every type tab counted while one type is open', async () => {
    const service = await open();
    const response = await service.search(searchQuerySchema.parse({ type: 'equipment' }));
    expect(response.total).toBe(1);
    expect(response.facets.type).toEqual({ offer: 5, equipment: 1, need: 1, expert: 1 });
  });

  it('filters equipment by condition and returns condition and price on the cards', async () => {
    const service = await open();
    const response = await service.search(searchQuerySchema.parse({ condition: ['used_good', 'refurbished'] }));
    expect(response.hits.map((h) => h.id)).toEqual(['equipment-salinity']);
    expect(response.facets.condition).toEqual({ used_good: 1 });
    expect(searchResponseSchema.parse(response).hits[0]).toMatchObject({
      condition: 'used_good',
      price: { amountVnd: 45_000_000 },
    });
    expect(() => searchQuerySchema.parse({ condition: 'broken' })).toThrow();
  });
});
