// The public search API over HTTP, as the portal (through the gateway) calls it: the listing search
// unchanged, the initiative repository behind `type=initiative` with repeated query parameters, and
// the OpenAPI document describing both.
import { createInProcessTransport, createLogger } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../engine/index.js';
import { CONTRACT_DOCUMENTS, INITIATIVE_DOCUMENTS } from '../engine/testing/contract-fixtures.js';
import { type RunningSearchService, startSearchService } from '../search-service.js';
import { searchResponseSchema } from './search-query.schema.js';

describe('GET /api/search/v1/search', () => {
  let service: RunningSearchService;

  const get = async (query: string) => {
    const response = await fetch(`${service.url}/api/search/v1/search?${query}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  beforeAll(async () => {
    const engine = new EmbeddedSearchEngine();
    service = await startSearchService({
      databaseUrl: 'pglite://memory',
      engine,
      transport: createInProcessTransport(),
      internalAuthSecret: 'x'.repeat(32),
      logger: createLogger({ service: 'search-http-test', level: 'warn' }),
      shutdownHooks: false,
    });
    await engine.upsert([...CONTRACT_DOCUMENTS, ...INITIATIVE_DOCUMENTS]);
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('keeps the listing search free of initiatives', async () => {
    const { status, body } = await get('q=dong%20thap');
    expect(status).toBe(200);
    const response = searchResponseSchema.parse(body);
    expect(response.total).toBe(7);
    expect(response.hits.map((hit) => hit.type)).not.toContain('initiative');
    expect(response.facets.type).toEqual({ offer: 5, equipment: 1, need: 1 });
  });

  it('answers type=initiative with repeated year filters, facets and the years list', async () => {
    const { status, body } = await get(
      `type=initiative&q=${encodeURIComponent('sang kien giam thoi gian cho kham')}&year=2025&year=2024`,
    );
    expect(status).toBe(200);
    const response = searchResponseSchema.parse(body);
    expect(response.hits.map((hit) => hit.id)).toEqual(['initiative-waiting']);
    expect(response.hits[0]?.initiative).toMatchObject({ field: { code: 'y-te' }, year: 2025, hasCertificate: true });
    expect(response.facets.year).toEqual({ '2025': 1 });
    expect(response.years).toEqual([{ year: 2025, count: 1 }]);
    const all = searchResponseSchema.parse((await get('type=initiative&locality=87&sort=newest')).body);
    expect(all.hits.map((hit) => hit.id)).toEqual([
      'initiative-waiting',
      'initiative-one-stop',
      'initiative-recall',
      'initiative-classroom',
    ]);
    expect(all.years).toEqual([
      { year: 2025, count: 2 },
      { year: 2024, count: 2 },
    ]); // the 2023 record is in another province
  });

  it('refuses a year that is not a number with a problem+json 400', async () => {
    const response = await fetch(`${service.url}/api/search/v1/search?type=initiative&year=gan-day`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('documents the initiative parameters and hit fields in the OpenAPI document', async () => {
    const document = JSON.stringify(await (await fetch(`${service.url}/api/search/openapi.json`)).json());
    for (const name of ['"initiative"', '"field"', '"year"', '"origin"', '"hasCertificate"', '"years"']) {
      expect(document).toContain(name);
    }
  });
});
