// Proves nestjs-zod 5.5 + zod 4.6 + @nestjs/swagger 11 produce a usable document here.
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestServiceApp, injectRequest } from '../../testing/test-app.js';

/** Parsed JSON bodies: assertions read members freely. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk parsed JSON of known shape
type Loose = any;

const locality = z
  .object({ provinceCode: z.string().length(2), communeCode: z.string().optional() })
  .meta({ id: 'Locality' });
const offerInput = z
  .object({
    title: z.string().min(5),
    price: z.union([z.object({ amountVnd: z.string().regex(/^\d+$/) }), z.object({ negotiable: z.literal(true) })]),
    locality,
    tags: z.array(z.string()).optional(),
  })
  .meta({ id: 'OfferInput' });
const offer = offerInput.extend({ id: z.uuid(), createdAt: z.iso.datetime() }).meta({ id: 'Offer' });
const searchQuery = z.object({ q: z.string().optional(), limit: z.coerce.number().int().max(100).default(20) });

class OfferInputDto extends createZodDto(offerInput) {}
class OfferDto extends createZodDto(offer) {}
class SearchQueryDto extends createZodDto(searchQuery) {}
class OfferListDto extends createZodDto(z.object({ items: z.array(offer), nextCursor: z.string().nullable() })) {}

@Controller('v1/offers')
class OfferController {
  @Post()
  @ZodResponse({ status: 201, type: OfferDto })
  create(@Body() input: OfferInputDto) {
    return {
      ...input,
      id: '0191d1a8-3c3a-7cc1-8b8f-2a0c7d4e5f60',
      createdAt: '2025-01-01T00:00:00Z',
      extra: 'dropped',
    };
  }

  @Get(':id')
  @ZodResponse({ type: OfferDto })
  one(@Param('id') id: string) {
    return {
      id,
      title: 'x',
      price: { negotiable: true as const },
      locality: { provinceCode: '87' },
      createdAt: '2025-01-01T00:00:00Z',
    };
  }

  @Get()
  @ZodResponse({ type: OfferListDto })
  list(@Body() _query: SearchQueryDto) {
    return { items: [], nextCursor: null };
  }
}

@Module({ controllers: [OfferController] })
class OfferModule {}

describe('OpenAPI from zod schemas', () => {
  let app: NestFastifyApplication;
  let doc: Loose;

  beforeAll(async () => {
    app = await createTestServiceApp({
      name: 'techdemo',
      module: OfferModule,
      openApi: { title: 'Techdemo', version: '2.0.0' },
    });
    doc = (await injectRequest<Loose>(app, { url: '/api/techdemo/openapi.json' })).body;
  });
  afterAll(() => app.close());

  it('names schemas by their zod id and keeps shared schemas as components', () => {
    expect(doc.info).toMatchObject({ title: 'Techdemo', version: '2.0.0' });
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['OfferInput', 'Locality', 'Offer_Output']));
    expect(schemas.OfferInput.properties.locality.$ref).toBe('#/components/schemas/Locality');
    expect(schemas.OfferInput.properties.price.anyOf).toHaveLength(2);
    expect(schemas.Locality.properties.provinceCode).toMatchObject({ type: 'string', minLength: 2, maxLength: 2 });
    expect(JSON.stringify(doc)).not.toContain('x-nestjs_zod');
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
  });

  it('documents request bodies and responses with the schemas', () => {
    const post = doc.paths['/api/techdemo/v1/offers'].post;
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/OfferInput');
    expect(post.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/Offer_Output');
  });

  it('serialises responses through the response schema (unknown keys dropped)', async () => {
    const res = await injectRequest<Record<string, unknown>>(app, {
      method: 'POST',
      url: '/api/techdemo/v1/offers',
      body: { title: 'Công nghệ xử lý nước', price: { amountVnd: '150000000' }, locality: { provinceCode: '87' } },
    });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('extra');
    expect(res.body.price).toEqual({ amountVnd: '150000000' });
  });
});
