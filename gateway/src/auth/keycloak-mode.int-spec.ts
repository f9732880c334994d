// Distributed mode against a real Keycloak with infra/keycloak/realm/sti-realm.json imported.
// Runs when KEYCLOAK_URL is set (e.g. http://127.0.0.1:8080 after infra's Keycloak script);
// skipped otherwise. It proves both identity providers yield the same principal for a demo user.
import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';
import { DEMO_PASSWORD, demoUser } from '../identity/demo-users.js';
import { freePort, startUpstreamStub } from '../testing/upstream-stub.js';

const KEYCLOAK_URL = process.env.KEYCLOAK_URL?.replace(/\/+$/, '');
const SECRET = 'test-internal-auth-secret-0123456789abcdef';
// A redirect URI the realm file allows for sti-portal.
const REDIRECT_URI = 'http://127.0.0.1:3000/auth/callback';

/** The portal's code + PKCE flow against Keycloak's own login form. */
async function keycloakSignIn(username: string, password: string): Promise<{ access_token: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL(`${KEYCLOAK_URL}/realms/sti/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'sti-portal',
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid',
    state: 'st',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(authorize);
  const cookies = page.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';', 1)[0])
    .join('; ');
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no Keycloak login form (status ${page.status})`);
  const login = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const location = login.headers.get('location');
  if (login.status !== 302 || !location) throw new Error(`Keycloak login answered ${login.status}`);
  const code = new URL(location).searchParams.get('code') ?? '';
  const token = await fetch(`${KEYCLOAK_URL}/realms/sti/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'sti-portal',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
  if (token.status !== 200) throw new Error(`Keycloak token answered ${token.status}: ${await token.text()}`);
  return (await token.json()) as { access_token: string };
}

describe.skipIf(!KEYCLOAK_URL)('Keycloak mode (KEYCLOAK_URL)', () => {
  let gateway: GatewayApp;
  let stub: Awaited<ReturnType<typeof startUpstreamStub>>;
  let base: string;

  beforeAll(async () => {
    stub = await startUpstreamStub(['techmart'], SECRET);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    gateway = await createGateway(
      gatewayConfig({
        port,
        logLevel: 'silent',
        internalAuthSecret: SECRET,
        auth: { mode: 'keycloak', keycloakUrl: KEYCLOAK_URL ?? '' },
        upstreams: { techmart: stub.url },
        roleGuards: [{ prefix: '/api/techmart/v1/moderation', roles: ['officer'] }],
      }),
    );
    await gateway.listen({ host: '127.0.0.1', port });
  });

  afterAll(async () => {
    await gateway?.close();
    await stub?.app.close();
  });

  it('issues Keycloak tokens shaped like the embedded provider’s', async () => {
    const user = demoUser('doanhnghiep');
    const { access_token } = await keycloakSignIn(user.username, DEMO_PASSWORD);
    const claims = decodeJwt(access_token);
    expect(claims).toMatchObject({
      iss: `${KEYCLOAK_URL}/realms/sti`,
      azp: 'sti-portal',
      typ: 'Bearer',
      sub: user.id,
      preferred_username: user.username,
      name: user.displayName,
      organisation_id: user.organisationId,
      organisation_name: user.organisationName,
      locality_code: user.localityCode,
    });
    expect([claims.aud].flat()).toContain('sti-gateway');
    expect((claims.realm_access as { roles: string[] }).roles).toContain('business');
  });

  it('verifies a Keycloak token and forwards the same principal as in embedded mode', async () => {
    const user = demoUser('canbo.xa');
    const { access_token } = await keycloakSignIn(user.username, DEMO_PASSWORD);
    const response = await fetch(`${base}/api/techmart/v1/moderation/queue`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(response.status).toBe(200);
    const echo = (await response.json()) as { principal: unknown };
    expect(echo.principal).toEqual({
      userId: user.id,
      displayName: user.displayName,
      roles: ['officer'],
      organisationId: user.organisationId,
      organisationName: user.organisationName,
      localityCode: user.localityCode,
    });
  });

  it('requires PKCE S256 at Keycloak too', async () => {
    const authorize = new URL(`${KEYCLOAK_URL}/realms/sti/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'sti-portal',
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
    }).toString();
    const response = await fetch(authorize, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_request');
  });

  it('opens the login page in Vietnamese in the portal’s theme, with registration and forgot password', async () => {
    const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
    const authorize = new URL(`${KEYCLOAK_URL}/realms/sti/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'sti-portal',
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    const html = await (await fetch(authorize, { headers: { 'accept-language': '' } })).text();
    expect(html).toMatch(/<html[^>]*lang="vi"/);
    expect(html).toContain('Quên mật khẩu?');
    expect(html).toContain('Đăng ký tài khoản doanh nghiệp');
    expect(html).toContain('/login-actions/registration?client_id=sti-portal');
    expect(html).toMatch(/\/login\/sti\/css\/sti\.css/); // the theme of infra/keycloak/themes/sti
  });

  it('answers 403 for a missing role and 401 for a tampered token', async () => {
    const { access_token } = await keycloakSignIn('phanbien', DEMO_PASSWORD);
    const denied = await fetch(`${base}/api/techmart/v1/moderation/queue`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(denied.status).toBe(403);
    const [header, payload, signature] = access_token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...decodeJwt(access_token), realm_access: { roles: ['officer'] } }),
    ).toString('base64url');
    const tampered = await fetch(`${base}/api/techmart/v1/moderation/queue`, {
      headers: { authorization: `Bearer ${header}.${forged}.${signature}` },
    });
    expect(payload).toBeTruthy();
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toMatchObject({ code: 'unauthenticated', reason: 'signature' });
  });
});
