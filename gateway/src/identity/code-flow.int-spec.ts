// The embedded provider end to end: authorize → login form → code → token (PKCE S256) → an API call
// through the gateway to a stub that echoes the verified principal; refresh, logout, failures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';
import { pkcePair, signIn } from '../testing/oidc-client.js';
import { freePort, startUpstreamStub } from '../testing/upstream-stub.js';
import { DEMO_PASSWORD, demoUser } from './demo-users.js';

const SECRET = 'test-internal-auth-secret-0123456789abcdef';
let gateway: GatewayApp;
let stub: Awaited<ReturnType<typeof startUpstreamStub>>;
let base: string;
let dataDir: string;

const form = (values: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(values),
});

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gateway-flow-'));
  stub = await startUpstreamStub(['techmart', 'search'], SECRET);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  gateway = await createGateway(
    gatewayConfig({
      port,
      logLevel: 'silent',
      internalAuthSecret: SECRET,
      auth: { mode: 'embedded', dataDir, demo: true },
      upstreams: { techmart: stub.url, search: stub.url },
    }),
  );
  await gateway.listen({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await gateway?.close();
  await stub?.app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('embedded identity provider', () => {
  it('publishes Keycloak-style discovery and keys', async () => {
    const discovery = (await (await fetch(`${base}/realms/sti/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: `${base}/realms/sti`,
      authorization_endpoint: `${base}/realms/sti/protocol/openid-connect/auth`,
      token_endpoint: `${base}/realms/sti/protocol/openid-connect/token`,
      jwks_uri: `${base}/realms/sti/protocol/openid-connect/certs`,
      code_challenge_methods_supported: ['S256'],
    });
    const jwks = (await (await fetch(`${base}/realms/sti/protocol/openid-connect/certs`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs in with code + PKCE and calls a service as the verified user', async () => {
    const user = demoUser('nhakhoahoc');
    const { tokens } = await signIn(base, user.username, DEMO_PASSWORD);
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBe(300);
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({
      iss: `${base}/realms/sti`,
      aud: 'sti-gateway',
      azp: 'sti-portal',
      typ: 'Bearer',
      sub: user.id,
      preferred_username: 'nhakhoahoc',
      name: user.displayName,
      organisation_id: user.organisationId,
      organisation_name: 'Viện Nghiên cứu Nông nghiệp',
      locality_code: user.localityCode,
    });
    expect((claims.realm_access as { roles: string[] }).roles).toContain('researcher');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300);
    expect(decodeJwt(tokens.id_token)).toMatchObject({ typ: 'ID', aud: 'sti-portal', nonce: 'n-0S6' });

    const response = await fetch(`${base}/api/search/v1/search?q=sang%20kien`, {
      headers: {
        authorization: `Bearer ${tokens.access_token}`,
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      },
    });
    expect(response.status).toBe(200);
    const echo = (await response.json()) as { url: string; principal: unknown; headers: Record<string, string> };
    expect(echo.url).toBe('/api/search/v1/search?q=sang%20kien');
    expect(echo.principal).toEqual({
      userId: user.id,
      displayName: user.displayName,
      roles: ['researcher'],
      organisationId: user.organisationId,
      organisationName: user.organisationName,
      localityCode: user.localityCode,
    });
    expect(echo.headers.authorization).toBeUndefined();
    expect(echo.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(echo.headers.traceparent).not.toContain('00f067aa0ba902b7');
    expect(echo.headers['x-request-id']).toBe(response.headers.get('x-request-id'));

    const userinfo = (await (
      await fetch(`${base}/realms/sti/protocol/openid-connect/userinfo`, {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      })
    ).json()) as Record<string, unknown>;
    expect(userinfo).toMatchObject({
      sub: user.id,
      preferred_username: 'nhakhoahoc',
      organisation_id: user.organisationId,
    });
  });

  it('refreshes, and refuses the refresh token after logout', async () => {
    const { tokens } = await signIn(base, 'doanhnghiep', DEMO_PASSWORD);
    const refreshed = await fetch(
      `${base}/realms/sti/protocol/openid-connect/token`,
      form({ grant_type: 'refresh_token', client_id: 'sti-portal', refresh_token: tokens.refresh_token }),
    );
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(decodeJwt(next.access_token).sid).toBe(decodeJwt(tokens.access_token).sid);

    const logout = await fetch(
      `${base}/realms/sti/protocol/openid-connect/logout?${new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${base}/` })}`,
      { redirect: 'manual' },
    );
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe(`${base}/`);
    const after = await fetch(
      `${base}/realms/sti/protocol/openid-connect/token`,
      form({ grant_type: 'refresh_token', client_id: 'sti-portal', refresh_token: next.refresh_token }),
    );
    expect(after.status).toBe(400);
    expect(((await after.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('refuses a wrong PKCE verifier and a reused code', async () => {
    const { verifier, code } = await signIn(base, 'canbo', DEMO_PASSWORD);
    const reuse = await fetch(
      `${base}/realms/sti/protocol/openid-connect/token`,
      form({
        grant_type: 'authorization_code',
        client_id: 'sti-portal',
        code,
        redirect_uri: `${base}/auth/callback`,
        code_verifier: verifier,
      }),
    );
    expect(reuse.status).toBe(400);

    const { challenge } = pkcePair();
    const authorize = await fetch(
      `${base}/realms/sti/protocol/openid-connect/auth?${new URLSearchParams({ client_id: 'sti-portal', redirect_uri: `${base}/cb`, response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256' })}`,
    );
    const requestId = /name="request_id" value="([^"]+)"/.exec(await authorize.text())?.[1] ?? '';
    const login = await fetch(`${base}/realms/sti/login-actions/authenticate`, {
      ...form({ request_id: requestId, username: 'canbo', password: DEMO_PASSWORD }),
      redirect: 'manual',
    });
    const issued = new URL(login.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const wrong = await fetch(
      `${base}/realms/sti/protocol/openid-connect/token`,
      form({
        grant_type: 'authorization_code',
        client_id: 'sti-portal',
        code: issued,
        redirect_uri: `${base}/cb`,
        code_verifier: pkcePair().verifier,
      }),
    );
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('requires PKCE S256 and a known redirect URI', async () => {
    const noPkce = await fetch(
      `${base}/realms/sti/protocol/openid-connect/auth?${new URLSearchParams({ client_id: 'sti-portal', redirect_uri: `${base}/cb`, response_type: 'code', state: 's1' })}`,
      { redirect: 'manual' },
    );
    expect(noPkce.status).toBe(302);
    const location = new URL(noPkce.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('s1');

    const plain = await fetch(
      `${base}/realms/sti/protocol/openid-connect/auth?${new URLSearchParams({ client_id: 'sti-portal', redirect_uri: `${base}/cb`, response_type: 'code', code_challenge: pkcePair().challenge, code_challenge_method: 'plain' })}`,
      { redirect: 'manual' },
    );
    expect(new URL(plain.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_request');

    const evil = await fetch(
      `${base}/realms/sti/protocol/openid-connect/auth?${new URLSearchParams({ client_id: 'sti-portal', redirect_uri: 'http://evil.example/cb', response_type: 'code', code_challenge: pkcePair().challenge, code_challenge_method: 'S256' })}`,
      { redirect: 'manual' },
    );
    expect(evil.status).toBe(400);
    expect(evil.headers.get('location')).toBeNull();
  });

  it('renders an accessible bilingual login page and rejects a wrong password', async () => {
    const authorize = await fetch(
      `${base}/realms/sti/protocol/openid-connect/auth?${new URLSearchParams({ client_id: 'sti-portal', redirect_uri: `${base}/cb`, response_type: 'code', code_challenge: pkcePair().challenge, code_challenge_method: 'S256' })}`,
    );
    const html = await authorize.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<label for="username">Tên đăng nhập');
    expect(html).toContain('Sign in');
    expect(html).not.toMatch(/<script|style=/);
    expect(authorize.headers.get('content-security-policy')).toContain("script-src 'none'");
    const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const wrong = await fetch(
      `${base}/realms/sti/login-actions/authenticate`,
      form({ request_id: requestId, username: 'canbo', password: 'sai-mat-khau' }),
    );
    expect(wrong.status).toBe(401);
    const page = await wrong.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(page).toContain('value="canbo"');
  });

  it('keeps its signing key across restarts', async () => {
    const { tokens } = await signIn(base, 'quantri', DEMO_PASSWORD);
    const port = await freePort();
    const second = await createGateway(
      gatewayConfig({
        port,
        publicUrl: base,
        logLevel: 'silent',
        internalAuthSecret: SECRET,
        auth: { mode: 'embedded', dataDir, demo: true },
        upstreams: { techmart: stub.url },
      }),
    );
    try {
      const before = (await (await fetch(`${base}/realms/sti/protocol/openid-connect/certs`)).json()) as {
        keys: { kid: string }[];
      };
      const response = await second.inject({ url: '/realms/sti/protocol/openid-connect/certs' });
      expect((response.json() as { keys: { kid: string }[] }).keys[0]?.kid).toBe(before.keys[0]?.kid);
      const refreshed = await second.inject({
        method: 'POST',
        url: '/realms/sti/protocol/openid-connect/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: 'sti-portal',
          refresh_token: tokens.refresh_token,
        }).toString(),
      });
      expect(refreshed.statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });
});
