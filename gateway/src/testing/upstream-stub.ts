// A stand-in service for gateway tests: answers under /api/<service>/ with what it received,
// including the principal it verified from the gateway's signed headers.
import { createServer } from 'node:net';
import { verifyPrincipalHeaders } from '@sti/platform';
import Fastify, { type FastifyInstance } from 'fastify';

export interface EchoBody {
  service: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  principal: unknown;
  principalCheck: string;
  bodyBytes: number;
}

export async function startUpstreamStub(
  services: string[],
  secret: string,
): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false, bodyLimit: 50 * 1024 * 1024 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.get('/health', async () => ({ status: 'ok' }));
  for (const service of services) {
    app.get(`/api/${service}/openapi.json`, async () => ({
      openapi: '3.0.0',
      info: { title: `${service} API`, version: '1' },
      servers: [{ url: '/' }],
      paths: {
        [`/api/${service}/v1/items`]: {
          get: {
            operationId: 'listItems',
            summary: `List ${service} items`,
            tags: ['items'],
            parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
              },
            },
          },
          post: {
            operationId: 'createItem',
            security: [{ principal: [] }],
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
            responses: { '201': { description: 'created' } },
          },
        },
      },
      components: { schemas: { Item: { type: 'object', properties: { id: { type: 'string' } } } } },
    }));
    app.all(`/api/${service}/*`, async (request): Promise<EchoBody> => {
      const check = verifyPrincipalHeaders(request.headers, secret, {
        audience: service,
        method: request.method,
        path: request.url,
      });
      return {
        service,
        method: request.method,
        url: request.url,
        headers: request.headers,
        principal: check.ok ? (check.principal ?? null) : null,
        principalCheck: check.ok ? 'ok' : check.reason,
        bodyBytes: Buffer.isBuffer(request.body) ? request.body.length : 0,
      };
    });
  }
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
