// Rate limits: per IP for anonymous callers, per user once signed in; 429 as problem+json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { invalidToken } from '../auth/token-verifier.js';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';
import { startUpstreamStub } from '../testing/upstream-stub.js';

const SECRET = 'test-internal-auth-secret-0123456789abcdef';
// Stands in for keycloak-connect: these tests are about counting, not about tokens.
const verifier: TokenVerifier = {
  async verify(bearer) {
    if (!bearer.startsWith('user-')) throw invalidToken('signature');
    return { principal: { userId: bearer, displayName: bearer, roles: ['business'] }, claims: { sub: bearer } };
  },
};

let gateway: GatewayApp;
let stub: Awaited<ReturnType<typeof startUpstreamStub>>;

beforeAll(async () => {
  stub = await startUpstreamStub(['search'], SECRET);
  gateway = await createGateway(
    gatewayConfig({
      port: 3999,
      logLevel: 'silent',
      internalAuthSecret: SECRET,
      auth: { mode: 'keycloak', keycloakUrl: 'http://127.0.0.1:1' },
      upstreams: { search: stub.url },
      rateLimit: { enabled: true, anonymousPerMinute: 2, userPerMinute: 3, tokenPerMinute: 1 },
    }),
    { verifier },
  );
});

afterAll(async () => {
  await gateway?.close();
  await stub?.app.close();
});

const get = (ip: string, bearer?: string) =>
  gateway.inject({
    url: '/api/search/v1/search?q=xoai',
    remoteAddress: ip,
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });

describe('rate limits', () => {
  it('counts anonymous callers per IP', async () => {
    expect((await get('10.0.0.1')).statusCode).toBe(200);
    expect((await get('10.0.0.1')).statusCode).toBe(200);
    const limited = await get('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: { vi: expect.any(String), en: expect.any(String) },
    });
    expect((await get('10.0.0.2')).statusCode).toBe(200);
  });

  it('counts signed-in users per user, whatever their IP', async () => {
    for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) expect((await get(ip, 'user-a')).statusCode).toBe(200);
    expect((await get('10.0.1.4', 'user-a')).statusCode).toBe(429);
    expect((await get('10.0.1.4', 'user-b')).statusCode).toBe(200);
  });

  it('counts invalid tokens against the IP before refusing them', async () => {
    expect((await get('10.0.2.1', 'forged')).statusCode).toBe(401);
    expect((await get('10.0.2.1', 'forged')).statusCode).toBe(401);
    expect((await get('10.0.2.1', 'forged')).statusCode).toBe(429);
  });

  it('counts /ready like the API: a flood cannot fan out to the upstreams', async () => {
    const ready = () => gateway.inject({ url: '/ready', remoteAddress: '10.0.3.1' });
    expect((await ready()).statusCode).not.toBe(429);
    expect((await ready()).statusCode).not.toBe(429);
    expect((await ready()).statusCode).toBe(429);
  });
});
