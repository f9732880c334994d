// GET /api/openapi.json (merged, cached briefly) and GET /api/docs (the reference page).
import type { FastifyInstance } from 'fastify';
import type { ServiceName } from '../config/gateway-config.js';
import { DOCS_STYLESHEET, renderDocsPage } from './docs-page.js';
import { aggregateOpenApi, type ServiceDocument } from './openapi-aggregator.js';

export interface OpenApiRoutesOptions {
  upstreams: Partial<Record<ServiceName, string>>;
  oidcBase: string;
  cacheMs?: number;
  fetchTimeoutMs?: number;
  /** documents of the gateway's own APIs (the admin API), merged like the services' */
  localDocuments?: ServiceDocument[];
}

export function registerOpenApiRoutes(app: FastifyInstance, options: OpenApiRoutesOptions): void {
  const cacheMs = options.cacheMs ?? 30_000;
  let cached: { at: number; document: Record<string, unknown> } | undefined;
  let inFlight: Promise<Record<string, unknown>> | undefined;

  async function build(): Promise<Record<string, unknown>> {
    const entries = Object.entries(options.upstreams) as [ServiceName, string][];
    const results = await Promise.all(
      entries.map(async ([service, base]): Promise<ServiceDocument | string> => {
        try {
          const response = await fetch(`${base}/api/${service}/openapi.json`, {
            signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 3000),
            headers: { accept: 'application/json' },
          });
          if (!response.ok) return service;
          return { service, document: (await response.json()) as ServiceDocument['document'] };
        } catch {
          return service;
        }
      }),
    );
    const documents = [
      ...results.filter((r): r is ServiceDocument => typeof r !== 'string'),
      ...(options.localDocuments ?? []),
    ];
    const unavailable = results.filter((r): r is string => typeof r === 'string');
    const document = aggregateOpenApi(documents, { oidcBase: options.oidcBase, unavailable });
    // Do not keep a partial document for long: a service starting late should appear soon.
    cached = { at: unavailable.length > 0 ? Date.now() - cacheMs + 2000 : Date.now(), document };
    return document;
  }

  async function current(): Promise<Record<string, unknown>> {
    if (cached && Date.now() - cached.at < cacheMs) return cached.document;
    inFlight ??= build().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  app.get('/api/openapi.json', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return current();
  });

  app.get('/api/docs', async (_request, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    return renderDocsPage(await current(), '/api/docs/docs.css');
  });

  app.get('/api/docs/docs.css', async (_request, reply) => {
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600');
    return DOCS_STYLESHEET;
  });
}
