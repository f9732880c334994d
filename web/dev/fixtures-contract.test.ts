// The fixture server answers in the services' own response schemas: every endpoint the portal
// calls is fetched from the fixture middleware and parsed with the schema the service exports.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { searchResponseSchema } from '@sti/search/api';
import {
  expertViewSchema,
  moderationQueueItemSchema,
  needViewSchema,
  offerViewSchema,
  pageSchema,
  provinceViewSchema,
  publishedExpertViewSchema,
  publishedNeedViewSchema,
  publishedOfferViewSchema,
  sectorViewSchema,
} from '@sti/techmart/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { users } from './fixtures-data.ts';
import { fixturesPlugin } from './fixtures-plugin.ts';

const SECRET = 'fixtures-contract-test';
let server: Server;
let base = '';

beforeAll(async () => {
  process.env.STI_INTERNAL_AUTH_SECRET = SECRET;
  let middleware: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) | undefined;
  const plugin = fixturesPlugin() as { configureServer: (s: unknown) => void };
  plugin.configureServer({
    middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
    config: { logger: { error: (e: unknown) => console.error(e) } },
  });
  server = createServer((req, res) =>
    middleware?.(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Calls as a demo user the way the gateway forwards a caller (signed principal header). */
function as(username: string): Record<string, string> {
  const u = users.find((x) => x.username === username);
  if (!u) throw new Error(`no demo user ${username}`);
  const encoded = Buffer.from(
    JSON.stringify({
      userId: u.sub,
      displayName: u.name,
      roles: u.roles,
      organisationId: u.organisationId,
      organisationName: u.organisationName,
    }),
  ).toString('base64url');
  return {
    'x-sti-principal': encoded,
    'x-sti-principal-sig': createHmac('sha256', SECRET).update(encoded).digest('base64url'),
  };
}

async function get(path: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(`${base}${path}`, { headers });
  expect(res.status, path).toBe(200);
  return res.json();
}

/** Parses and reports every issue with its path, so a drift names the field. */
function conforms(schema: z.ZodType, value: unknown, what: string): void {
  const parsed = schema.safeParse(value);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => `${what}: ${i.path.join('.')} ${i.message}`)).toEqual([]);
}

describe('the fixture server speaks the services’ schemas', () => {
  it('reference data', async () => {
    conforms(z.array(sectorViewSchema), await get('/api/techmart/v1/reference/sectors'), 'sectors');
    conforms(z.array(provinceViewSchema), await get('/api/techmart/v1/reference/localities'), 'localities');
  });

  it('search, for every listing type', async () => {
    for (const type of ['offer', 'equipment', 'need', 'expert']) {
      const body = await get(`/api/search/v1/search?q=&type=${type}&page=1&limit=20`);
      conforms(searchResponseSchema, body, `search ${type}`);
      expect((body as { hits: unknown[] }).hits.length, type).toBeGreaterThan(0);
    }
    conforms(searchResponseSchema, await get('/api/search/v1/search?q=may%20say&type=offer'), 'search q');
  });

  it('every published listing, publicly and as its owner sees it', async () => {
    const search = async (type: string) =>
      ((await get(`/api/search/v1/search?q=&type=${type}&limit=100`)) as { hits: { id: string }[] }).hits;
    for (const type of ['offer', 'equipment']) {
      for (const hit of await search(type)) {
        const path = `/api/techmart/v1/offers/${hit.id}`;
        conforms(publishedOfferViewSchema, await get(path), path);
      }
    }
    for (const hit of await search('need')) {
      const path = `/api/techmart/v1/needs/${hit.id}`;
      conforms(publishedNeedViewSchema, await get(path), path);
      conforms(needViewSchema, await get(path), path);
    }
    for (const hit of await search('expert')) {
      const path = `/api/techmart/v1/experts/${hit.id}`;
      conforms(publishedExpertViewSchema, await get(path), path);
      conforms(expertViewSchema, await get(path), path);
    }
  });

  it("an owner's listings and the officer's queue", async () => {
    conforms(
      pageSchema(offerViewSchema),
      await get('/api/techmart/v1/my/offers?limit=50', as('doanhnghiep')),
      'my offers',
    );
    const queue = await get('/api/techmart/v1/moderation/queue?type=offer&limit=50', as('canbo'));
    conforms(pageSchema(moderationQueueItemSchema), queue, 'queue');
  });
});
