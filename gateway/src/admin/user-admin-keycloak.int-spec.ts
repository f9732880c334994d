// Distributed mode: Keycloak owns the accounts. The admin API says where to manage them and which
// attributes to set, and refuses changes with a problem that carries the same pointers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { invalidToken } from '../auth/token-verifier.js';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';

// Stands in for keycloak-connect: `admin-…` tokens are admins, `user-…` businesses.
const verifier: TokenVerifier = {
  async verify(bearer) {
    const role = bearer.startsWith('admin-') ? 'admin' : bearer.startsWith('user-') ? 'business' : undefined;
    if (!role) throw invalidToken('signature');
    return { principal: { userId: bearer, displayName: bearer, roles: [role] }, claims: { sub: bearer } };
  },
};

let gateway: GatewayApp;

beforeAll(async () => {
  gateway = await createGateway(
    gatewayConfig({
      port: 3998,
      logLevel: 'silent',
      internalAuthSecret: 'test-internal-auth-secret-0123456789abcdef',
      auth: { mode: 'keycloak', keycloakUrl: 'https://id.example.gov.vn' },
    }),
    { verifier },
  );
});

afterAll(async () => {
  await gateway?.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, bearer?: string) =>
  gateway.inject({
    method,
    url,
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), 'accept-language': 'en' },
    ...(method === 'GET' ? {} : { payload: {} }),
  });

describe('admin users API in distributed mode', () => {
  it('points an admin to the Keycloak console and the organisation attribute', async () => {
    const response = await call('GET', '/api/admin/v1/users', 'admin-1');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      mode: 'keycloak',
      consoleUrl: 'https://id.example.gov.vn/admin/master/console/#/sti/users',
      attributes: {
        organisationId: 'organisation_id',
        organisationName: 'organisation_name',
        localityCode: 'locality_code',
      },
      roles: ['business', 'researcher', 'officer', 'reviewer', 'admin'],
    });
  });

  it('answers changes with a managed_by_keycloak problem carrying the same pointers', async () => {
    for (const [method, url] of [
      ['POST', '/api/admin/v1/users'],
      ['POST', '/api/admin/v1/users/some-id/disable'],
      ['PATCH', '/api/admin/v1/users/some-id'],
    ] as const) {
      const response = await call(method, url, 'admin-1');
      expect(response.statusCode, `${method} ${url}`).toBe(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = response.json();
      expect(body).toMatchObject({ code: 'managed_by_keycloak', attributes: { organisationId: 'organisation_id' } });
      expect(body.message).toMatchObject({ vi: expect.stringContaining('Keycloak'), en: expect.any(String) });
    }
  });

  it('refuses anonymous callers and non-admins', async () => {
    expect((await call('GET', '/api/admin/v1/users')).statusCode).toBe(401);
    expect((await call('GET', '/api/admin/v1/users', 'user-1')).statusCode).toBe(403);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  it('answers direct loopback callers only, not remote ones nor anyone relayed by a proxy', async () => {
    expect((await gateway.inject({ url: '/metrics' })).statusCode).toBe(200);
    const remote = await gateway.inject({ url: '/metrics', remoteAddress: '203.0.113.5' });
    expect(remote.statusCode).toBe(403);
    expect(remote.headers['content-type']).toMatch(/^application\/problem\+json/);
    const relayed = await gateway.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.5' } });
    expect(relayed.statusCode).toBe(403);
  });
});
