// The gateway's edge: portal files and SPA fallback, security headers, CORS, rate limits, body
// limits, upstream failures, observability and the aggregated OpenAPI document.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from './config/gateway-config.js';
import { createGateway, type GatewayApp } from './create-gateway.js';
import { freePort, startUpstreamStub } from './testing/upstream-stub.js';

const SECRET = 'test-internal-auth-secret-0123456789abcdef';
let gateway: GatewayApp;
let stub: Awaited<ReturnType<typeof startUpstreamStub>>;
let base: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gateway-edge-'));
  const webDist = join(dataDir, 'web-dist');
  await mkdir(join(webDist, 'assets'), { recursive: true });
  await writeFile(
    join(webDist, 'index.html'),
    '<!doctype html><html lang="vi"><head><script type="module" src="/assets/app-3f9a1c.js"></script></head><body><div id="root"></div></body></html>',
  );
  await writeFile(join(webDist, 'assets', 'app-3f9a1c.js'), 'console.log("portal")');
  await writeFile(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  stub = await startUpstreamStub(['techmart', 'search'], SECRET);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  gateway = await createGateway(
    gatewayConfig({
      port,
      logLevel: 'silent',
      internalAuthSecret: SECRET,
      auth: { mode: 'embedded', dataDir, demo: true },
      upstreams: { techmart: stub.url, search: stub.url, incubation: 'http://127.0.0.1:1' },
      webDist,
      portalOrigin: 'http://localhost:5173',
      bodyLimitBytes: 1024,
      uploadBodyLimitBytes: 4096,
      rateLimit: { enabled: true, anonymousPerMinute: 1000, userPerMinute: 1000, tokenPerMinute: 3 },
    }),
  );
  await gateway.listen({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await gateway?.close();
  await stub?.app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('portal', () => {
  it('serves index.html with no-cache and a self-only CSP', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches hashed assets for a year', async () => {
    const response = await fetch(`${base}/assets/app-3f9a1c.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/favicon.svg`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for client-side routes, not for API paths or missing assets', async () => {
    const route = await fetch(`${base}/cong-nghe/0192f0a0?tab=mo-ta`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    const missingAsset = await fetch(`${base}/assets/missing-123.js`);
    expect(missingAsset.status).toBe(404);
    const api = await fetch(`${base}/api/khong-co`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await api.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 404, code: 'not_found', type: 'urn:sti:problem:not_found' });
  });
});

describe('security', () => {
  it('allows CORS only for the portal origin', async () => {
    const allowed = await fetch(`${base}/api/techmart/v1/offers`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const denied = await fetch(`${base}/api/techmart/v1/offers`, { headers: { origin: 'http://evil.example' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits the token endpoint per IP with a 429 problem', async () => {
    const attempt = () =>
      fetch(`${base}/realms/sti/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=refresh_token&client_id=sti-portal&refresh_token=x',
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses[3]).toBe(429);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect(await limited.json()).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: { vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau.' },
    });
  });

  it('refuses a body over the limit with a 413 problem, and streams bodies within it', async () => {
    const big = await fetch(`${base}/api/techmart/v1/offers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(2000) }),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await big.json()).toMatchObject({ status: 413, code: 'payload_too_large' });

    const upload = await fetch(`${base}/api/techmart/v1/offers/1/attachments`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: 'a'.repeat(3000),
    });
    expect(upload.status).toBe(200);
    expect(((await upload.json()) as { bodyBytes: number }).bodyBytes).toBe(3000);
  });
});

describe('routing', () => {
  it('answers 502 problem when a service is down and 503 when none is configured', async () => {
    const down = await fetch(`${base}/api/incubation/v1/startups`);
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ status: 502, code: 'upstream_unavailable' });
    const absent = await fetch(`${base}/api/insights/v1/indicators`);
    expect(absent.status).toBe(503);
    expect(await absent.json()).toMatchObject({ status: 503, code: 'service_unavailable' });
  });

  it('echoes x-request-id and keeps the query string', async () => {
    const response = await fetch(`${base}/api/search/v1/search?q=%C4%91%E1%BB%93ng%20th%C3%A1p&type=offer&type=need`, {
      headers: { 'x-request-id': 'req-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const echo = (await response.json()) as { url: string; headers: Record<string, string> };
    expect(echo.url).toBe('/api/search/v1/search?q=%C4%91%E1%BB%93ng%20th%C3%A1p&type=offer&type=need');
    expect(echo.headers['x-request-id']).toBe('req-123');
    expect(echo.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});

describe('portal config', () => {
  it('tells the portal where to sign in', async () => {
    const response = await fetch(`${base}/api/portal-config`);
    expect(await response.json()).toEqual({
      authMode: 'embedded',
      oidc: { authority: `${base}/realms/sti`, clientId: 'sti-portal', scope: 'openid profile email' },
    });
  });
});

describe('observability and docs', () => {
  it('has /health, /ready with upstream checks, and /metrics', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    const report = (await ready.json()) as { checks: { name: string; ok: boolean }[] };
    // incubation points at a closed port, so the gateway is not ready
    expect(ready.status).toBe(503);
    expect(report.checks.find((c) => c.name === 'upstream:techmart')?.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'identity-provider')?.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'upstream:incubation')?.ok).toBe(false);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds_bucket');
    expect(metrics).toContain('route="/api/search/*"');
  });

  it('merges the services’ OpenAPI documents with prefixes', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a JSON document read for assertions
    const document = (await (await fetch(`${base}/api/openapi.json`)).json()) as Record<string, any>;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/techmart/v1/items', '/api/search/v1/items']),
    );
    expect(document.paths['/api/techmart/v1/items'].get.operationId).toBe('techmart_listItems');
    expect(document.paths['/api/techmart/v1/items'].get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/Techmart_Item',
    );
    expect(document.components.schemas).toHaveProperty('Search_Item');
    expect(document.paths['/api/search/v1/items'].post.security).toEqual([{ bearer: [] }]);
    expect(document.components.securitySchemes.bearer.flows.authorizationCode.tokenUrl).toBe(
      `${base}/realms/sti/protocol/openid-connect/token`,
    );
    expect(document['x-sti-unavailable']).toEqual(['incubation']);

    const docs = await fetch(`${base}/api/docs`);
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain('/api/techmart/v1/items');
    expect(html).not.toMatch(/<script|style=|https?:\/\/cdn/);
  });
});
