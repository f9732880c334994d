import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../engine/index.js';
import { CONTRACT_DOCUMENTS, INITIATIVE_DOCUMENTS } from '../engine/testing/contract-fixtures.js';
import { searchQuerySchema, searchResponseSchema } from './search-query.schema.js';
import { SearchService } from './search.service.js';

describe('SearchService', () => {
  const open = async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex();
    await engine.upsert(CONTRACT_DOCUMENTS);
    await engine.upsert(INITIATIVE_DOCUMENTS);
    return new SearchService(engine);
  };
  const search = async (service: SearchService, query: Record<string, unknown>) =>
    searchResponseSchema.parse(await service.search(searchQuerySchema.parse(query)));

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

  it('answers the portal’s listing search exactly as before initiatives existed', async () => {
    const service = await open();
    const all = await search(service, {});
    expect(all.total).toBe(CONTRACT_DOCUMENTS.length);
    expect(all.hits.map((h) => h.type)).not.toContain('initiative');
    expect(Object.keys(all.facets).sort()).toEqual(
      ['commune', 'condition', 'ipStatus', 'locality', 'sector', 'trl', 'transferMode', 'type'].sort(),
    );
    expect(all.facets.type).toEqual({ offer: 5, equipment: 1, need: 1, expert: 1 });
    expect(all.facets.locality).toEqual({ '87': 7, '92': 1 });
    expect(all).not.toHaveProperty('years');
    expect(all.hits.every((h) => !('initiative' in h))).toBe(true);
    // a word only initiatives contain finds no listing
    expect((await search(service, { q: 'zalo' })).total).toBe(0);
  });

  it('searches the initiative repository with type=initiative: its facets and the years newest first', async () => {
    const service = await open();
    const response = await search(service, { type: 'initiative', q: 'sang kien giam thoi gian cho kham' });
    expect(response.hits.map((h) => h.id)).toEqual(['initiative-waiting']);
    expect(response.hits[0]?.initiative).toMatchObject({ year: 2025, hasCertificate: true, benefitVnd: 120_000_000 });
    const all = await search(service, { type: 'initiative', year: ['2024', '2025'] });
    expect(all.total).toBe(4);
    expect(Object.keys(all.facets).sort()).toEqual(['commune', 'field', 'locality', 'origin', 'year']);
    expect(all.facets.field).toEqual({ 'y-te': 2, 'giao-duc': 1, 'cai-cach-hanh-chinh': 1 });
    expect(all.years).toEqual([
      { year: 2025, count: 2 },
      { year: 2024, count: 2 },
      { year: 2023, count: 1 },
    ]);
    const imported = await search(service, { type: 'initiative', origin: 'import', locality: '92' });
    expect(imported.hits.map((h) => h.id)).toEqual(['initiative-fertiliser']);
    expect(() => searchQuerySchema.parse({ type: 'initiative', year: 'nam-ngoai' })).toThrow();
    expect(() => searchQuerySchema.parse({ type: 'initiative', origin: 'other' })).toThrow();
  });

  it('counts initiatives in the type tabs only when asked for alongside listings', async () => {
    const service = await open();
    const mixed = await search(service, { type: ['offer', 'initiative'], q: 'thoi gian' });
    expect(mixed.facets.type).toMatchObject({ initiative: 2 });
    const equipment = await search(service, { type: 'equipment' });
    expect(equipment.facets.type).toEqual({ offer: 5, equipment: 1, need: 1, expert: 1 });
  });
});
