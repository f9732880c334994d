// The gateway's verification path (keycloak-connect against the embedded provider's JWKS), through
// real HTTP: every kind of bad token is a 401 problem, a missing role a 403 problem.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';
import { demoUser } from '../identity/demo-users.js';
import { generateSigningKey, type SigningKey } from '../identity/signing-key-store.js';
import { freePort, startUpstreamStub } from '../testing/upstream-stub.js';

const SECRET = 'test-internal-auth-secret-0123456789abcdef';
const business = demoUser('doanhnghiep');

let gateway: GatewayApp;
let stub: Awaited<ReturnType<typeof startUpstreamStub>>;
let base: string;
let key: SigningKey;
let otherKey: SigningKey;
let dataDir: string;

async function token(
  claims: Record<string, unknown> = {},
  options: {
    key?: SigningKey;
    kid?: string;
    iss?: string;
    aud?: string | string[];
    exp?: number | null;
    nbf?: number;
  } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const signer = options.key ?? key;
  const jwt = new SignJWT({
    typ: 'Bearer',
    azp: 'sti-portal',
    realm_access: { roles: business.roles },
    preferred_username: business.username,
    name: business.displayName,
    organisation_id: business.organisationId,
    organisation_name: business.organisationName,
    locality_code: business.localityCode,
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? signer.kid })
    .setIssuer(options.iss ?? `${base}/realms/sti`)
    .setAudience(options.aud ?? 'sti-gateway')
    .setSubject(business.id)
    .setIssuedAt(now - 10);
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now + 300);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(signer.privateKey);
}

/** The same claims with another header and signature: `alg: none` (no signature) or HS256. */
async function resigned(alg: 'none' | 'HS256'): Promise<string> {
  const [, payload] = (await token()).split('.');
  const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT', kid: key.kid })).toString('base64url');
  if (alg === 'none') return `${header}.${payload}.`;
  const { createHmac } = await import('node:crypto');
  const jwk = JSON.stringify(key.publicJwk); // the classic confusion: the public key as the HMAC secret
  return `${header}.${payload}.${createHmac('sha256', jwk).update(`${header}.${payload}`).digest('base64url')}`;
}

async function call(path: string, bearer?: string) {
  const response = await fetch(`${base}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  key = await generateSigningKey();
  otherKey = await generateSigningKey();
  dataDir = await mkdtemp(join(tmpdir(), 'gateway-auth-'));
  stub = await startUpstreamStub(['techmart'], SECRET);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  gateway = await createGateway(
    gatewayConfig({
      port,
      logLevel: 'silent',
      internalAuthSecret: SECRET,
      auth: { mode: 'embedded', dataDir },
      upstreams: { techmart: stub.url },
      roleGuards: [{ prefix: '/api/techmart/v1/moderation', roles: ['officer'] }],
    }),
    { signingKey: key },
  );
  await gateway.listen({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await gateway?.close();
  await stub?.app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('token verification', () => {
  it('accepts a valid token and forwards the signed principal', async () => {
    const result = await call('/api/techmart/v1/my/offers', await token());
    expect(result.status).toBe(200);
    expect(result.body.principalCheck).toBe('ok');
    expect(result.body.principal).toEqual({
      userId: business.id,
      displayName: business.displayName,
      roles: ['business'],
      organisationId: business.organisationId,
      organisationName: business.organisationName,
      localityCode: business.localityCode,
    });
  });

  it.each([
    ['an expired token', () => token({}, { exp: Math.floor(Date.now() / 1000) - 5 }), 'expired'],
    [
      'a token signed by another key under the same key id',
      () => token({}, { key: otherKey, kid: key.kid }),
      'signature',
    ],
    ['a token signed by an unknown key', () => token({}, { key: otherKey }), 'signature'],
    ['a token for another audience', () => token({}, { aud: 'other-client' }), 'audience'],
    ['a token of another issuer', () => token({}, { iss: 'http://127.0.0.1:1/realms/sti' }), 'issuer'],
    ['an ID token used as access token', () => token({ typ: 'ID' }), 'type'],
    ['garbage', async () => 'not.a.jwt', 'malformed'],
    ['an unsigned token (alg: none)', () => resigned('none'), 'signature'],
    ['an HS256 token keyed with the public key', () => resigned('HS256'), 'signature'],
    ['a token without exp', () => token({}, { exp: null }), 'malformed'],
    [
      'a token not valid before a minute from now (nbf)',
      () => token({}, { nbf: Math.floor(Date.now() / 1000) + 60 }),
      'not_yet_valid',
    ],
    ['a token from another realm of the same server', () => token({}, { iss: `${base}/realms/other` }), 'issuer'],
  ])('refuses %s with 401 problem+json', async (_name, make, reason) => {
    const result = await call('/api/techmart/v1/offers', await make());
    expect(result.status).toBe(401);
    expect(result.type).toMatch(/^application\/problem\+json/);
    expect(result.body).toMatchObject({ status: 401, code: 'unauthenticated', reason });
    expect(result.body.message).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expect(result.body.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('accepts a token whose nbf has passed', async () => {
    const result = await call('/api/techmart/v1/offers', await token({}, { nbf: Math.floor(Date.now() / 1000) - 5 }));
    expect(result.status).toBe(200);
  });

  it('binds the forwarded principal to the service, method and path: a captured pair fails elsewhere', async () => {
    const result = await call('/api/techmart/v1/my/offers?limit=5', await token());
    expect(result.body.principalCheck).toBe('ok');
    const headers = result.body.headers as Record<string, string>;
    const captured = {
      'x-sti-principal': headers['x-sti-principal'] ?? '',
      'x-sti-principal-sig': headers['x-sti-principal-sig'] ?? '',
    };
    const replay = async (method: string, path: string) => {
      const response = await fetch(`${stub.url}${path}`, { method, headers: captured });
      return ((await response.json()) as { principalCheck: string }).principalCheck;
    };
    expect(await replay('GET', '/api/techmart/v1/my/offers')).toBe('ok');
    expect(await replay('GET', '/api/techmart/v1/moderation/queue')).toBe('wrong_request');
    expect(await replay('DELETE', '/api/techmart/v1/my/offers')).toBe('wrong_request');
  });

  it('answers 401 on a role-guarded route without a token', async () => {
    const result = await call('/api/techmart/v1/moderation/queue');
    expect(result.status).toBe(401);
    expect(result.body.code).toBe('unauthenticated');
  });

  it.each([
    '/api/techmart/v1//moderation/queue',
    '/api/techmart/v1/%6Doderation/queue',
    '/api/techmart/v1/offers/../moderation/queue',
    '/api/techmart/v1/MODERATION/queue',
  ])('guards %s like the plain path', async (path) => {
    const denied = await call(path, await token());
    expect(denied.status).toBe(403);
  });

  it('answers 403 problem+json when the role is missing, and passes when present', async () => {
    const denied = await call('/api/techmart/v1/moderation/queue', await token());
    expect(denied.status).toBe(403);
    expect(denied.type).toMatch(/^application\/problem\+json/);
    expect(denied.body).toMatchObject({ status: 403, code: 'forbidden' });
    const allowed = await call(
      '/api/techmart/v1/moderation/queue',
      await token({ realm_access: { roles: ['officer'] } }),
    );
    expect(allowed.status).toBe(200);
  });

  it('lets anonymous requests through without a principal and drops a forged one', async () => {
    const response = await fetch(`${base}/api/techmart/v1/offers`, {
      headers: {
        'x-sti-principal': Buffer.from('{"userId":"x","displayName":"x","roles":["admin"]}').toString('base64url'),
        'x-sti-principal-sig': 'forged',
      },
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(body.principal).toBeNull();
    expect(body.principalCheck).toBe('ok');
    expect((body.headers as Record<string, unknown>)['x-sti-principal']).toBeUndefined();
  });
});
