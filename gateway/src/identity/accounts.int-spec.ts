// The embedded provider outside demo mode, end to end over HTTP: fail closed (no demo accounts, one
// first administrator who must change the shown password), refresh token rotation with reuse
// detection, registration of a business pending verification, forgot password, and the admin API.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { decodeJwt } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';
import { exchangeRedirect, openLoginPage, postForm, type TokenSet } from '../testing/oidc-client.js';
import { freePort, startUpstreamStub } from '../testing/upstream-stub.js';
import { DEMO_PASSWORD } from './demo-users.js';

const SECRET = 'test-internal-auth-secret-0123456789abcdef';
const ADMIN_PASSWORD = 'mat-khau-moi-cua-quan-tri';
let gateway: GatewayApp;
let stub: Awaited<ReturnType<typeof startUpstreamStub>>;
let base: string;
let dataDir: string;
const announced: string[] = [];
const logged: { fields: Record<string, unknown>; message: string }[] = [];
let adminTokens: TokenSet;

const TOKEN_PATH = '/realms/sti/protocol/openid-connect/token';

async function signInForm(username: string, password: string) {
  const flow = await openLoginPage(base);
  const response = await postForm(base, '/realms/sti/login-actions/authenticate', {
    request_id: flow.requestId,
    username,
    password,
  });
  return { flow, response };
}

async function signIn(username: string, password: string): Promise<TokenSet> {
  const { flow, response } = await signInForm(username, password);
  return exchangeRedirect(base, response, flow);
}

function refresh(refreshToken: string) {
  return postForm(base, TOKEN_PATH, {
    grant_type: 'refresh_token',
    client_id: 'sti-portal',
    refresh_token: refreshToken,
  });
}

async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  language = 'vi',
): Promise<{ status: number; type: string | null; body: T }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      'accept-language': language,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as T };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gateway-accounts-'));
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
      metricsToken: 'metrics-token-0123456789abcdef',
      // many sign-ins from one address in a few seconds; the limits have their own test
      rateLimit: { enabled: false, anonymousPerMinute: 0, userPerMinute: 0, tokenPerMinute: 0 },
    }),
    {
      announce: (text) => announced.push(text),
      logger: pino(
        { level: 'warn' },
        new Writable({
          write(chunk, _encoding, done) {
            const { msg, ...fields } = JSON.parse(String(chunk)) as Record<string, unknown>;
            logged.push({ fields, message: String(msg) });
            done();
          },
        }),
      ),
    },
  );
  await gateway.listen({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await gateway?.close();
  await stub?.app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('fail closed: embedded mode without DEMO', () => {
  it('has no demo accounts and shows no password on the login page', async () => {
    const { flow, response } = await signInForm('quantri', DEMO_PASSWORD);
    expect(response.status).toBe(401);
    expect(flow.html).not.toContain(DEMO_PASSWORD);
    expect(flow.html).not.toContain('quantri');
    // the portal's name, a way back, forgot password and registration
    expect(flow.html).toContain('Sàn giao dịch Khoa học và Công nghệ');
    expect(flow.html).toContain(`href="${base}/"`);
    expect(flow.html).toContain('/login-actions/reset-credentials?request_id=');
    expect(flow.html).toContain('/login-actions/registration?request_id=');
  });

  it('announces one first administrator with a generated password, once', async () => {
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatch(/first administrator: admin .*temporary password: \S{16,}/);
  });

  it('makes the first administrator choose a new password before any token is issued', async () => {
    const password = /temporary password: (\S+)/.exec(announced[0] ?? '')?.[1] ?? '';
    const { flow, response } = await signInForm('admin', password);
    expect(response.status).toBe(200); // the change-password page, no redirect with a code
    const html = await response.text();
    expect(html).toContain('name="change_token"');
    const changeToken = /name="change_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const tooShort = await postForm(base, '/realms/sti/login-actions/change-password', {
      change_token: changeToken,
      password: 'short',
      password_confirm: 'short',
    });
    expect(tooShort.status).toBe(400);
    expect(await tooShort.text()).toContain('ít nhất 10 ký tự');
    const same = await postForm(base, '/realms/sti/login-actions/change-password', {
      change_token: changeToken,
      password,
      password_confirm: password,
    });
    expect(same.status).toBe(400);
    const changed = await postForm(base, '/realms/sti/login-actions/change-password', {
      change_token: changeToken,
      password: ADMIN_PASSWORD,
      password_confirm: ADMIN_PASSWORD,
    });
    adminTokens = await exchangeRedirect(base, changed, flow);
    expect(decodeJwt(adminTokens.access_token).realm_access).toEqual({ roles: ['admin', 'default-roles-sti'] });
    // the temporary password is gone; the new one signs in directly
    expect((await signInForm('admin', password)).response.status).toBe(401);
    await signIn('admin', ADMIN_PASSWORD);
  });

  it('keeps a second start from creating or announcing another administrator', async () => {
    const port = await freePort();
    const again: string[] = [];
    const second = await createGateway(
      gatewayConfig({
        port,
        logLevel: 'silent',
        internalAuthSecret: SECRET,
        auth: { mode: 'embedded', dataDir: join(dataDir) },
      }),
      { announce: (text) => again.push(text) },
    );
    await second.close();
    expect(again).toEqual([]);
  });
});

describe('refresh token rotation', () => {
  it('rotates, and a reused refresh token revokes the whole session', async () => {
    const first = await signIn('admin', ADMIN_PASSWORD);
    const rotated = await refresh(first.refresh_token);
    expect(rotated.status).toBe(200);
    const second = (await rotated.json()) as TokenSet;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    // the old one again (a stolen copy, say): refused, and the newest one dies with it
    const reused = await refresh(first.refresh_token);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await refresh(second.refresh_token)).status).toBe(400);
    // other sessions of the same user are untouched
    const other = await signIn('admin', ADMIN_PASSWORD);
    expect((await refresh(other.refresh_token)).status).toBe(200);
    const audit = await api<{ items: { action: string }[] }>('GET', '/api/admin/v1/audit', adminTokens.access_token);
    expect(audit.body.items.map((entry) => entry.action)).toContain('session.revoked-on-refresh-reuse');
  });
});

describe('registration and verification', () => {
  it('registers a business on a new organisation, pending until an officer verifies it', async () => {
    const flow = await openLoginPage(base);
    const form = await fetch(`${base}/realms/sti/login-actions/registration?request_id=${flow.requestId}`);
    expect(form.status).toBe(200);
    const values = {
      request_id: flow.requestId,
      organisation_name: 'HTX Dừa Sáp Cầu Kè',
      display_name: 'Lâm Thị Hoa',
      email: 'hoa@dusap.example.vn',
      username: 'htx.dusap',
      password: 'dua-sap-cau-ke-2026',
      password_confirm: 'dua-sap-cau-ke-2026',
    };
    const mismatch = await postForm(base, '/realms/sti/login-actions/registration', {
      ...values,
      password_confirm: 'khac',
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('HTX Dừa Sáp Cầu Kè'); // what was typed stays in the form
    const registered = await postForm(base, '/realms/sti/login-actions/registration', values);
    const tokens = await exchangeRedirect(base, registered, flow);
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({
      preferred_username: 'htx.dusap',
      organisation_name: 'HTX Dừa Sáp Cầu Kè',
      pending: true,
      realm_access: { roles: ['business', 'default-roles-sti'] },
    });
    expect(claims.organisation_id).toMatch(/^[0-9a-f-]{36}$/);
    // the services see the pending flag in the signed principal
    const echoed = await api<{ principal: Record<string, unknown> }>(
      'GET',
      '/api/techmart/v1/my/offers',
      tokens.access_token,
    );
    expect(echoed.body.principal).toMatchObject({ pending: true, organisationName: 'HTX Dừa Sáp Cầu Kè' });

    // a business cannot verify itself; an admin (or officer) can
    const self = await api('POST', `/api/admin/v1/users/${claims.sub}/verify`, tokens.access_token);
    expect(self.status).toBe(403);
    const pendingList = await api<{ items: { username: string }[] }>(
      'GET',
      '/api/admin/v1/users?status=pending',
      adminTokens.access_token,
    );
    expect(pendingList.body.items.map((u) => u.username)).toEqual(['htx.dusap']);
    const verified = await api('POST', `/api/admin/v1/users/${claims.sub}/verify`, adminTokens.access_token);
    expect(verified.body).toMatchObject({ pending: false });
    const after = await signIn('htx.dusap', 'dua-sap-cau-ke-2026');
    expect(decodeJwt(after.access_token).pending).toBeUndefined();
  });

  it('refuses a username that is taken', async () => {
    const flow = await openLoginPage(base);
    const taken = await postForm(base, '/realms/sti/login-actions/registration', {
      request_id: flow.requestId,
      organisation_name: 'Công ty khác',
      display_name: 'Người khác',
      email: 'khac@example.vn',
      username: 'admin',
      password: 'mot-mat-khau-dai',
      password_confirm: 'mot-mat-khau-dai',
    });
    expect(taken.status).toBe(409);
  });
});

describe('forgot password (embedded: the reset link goes to the server log)', () => {
  it('logs a one-time reset link for an existing account and answers the same for an unknown one', async () => {
    const unknown = await postForm(base, '/realms/sti/login-actions/reset-credentials', { username: 'khong-co' });
    const known = await postForm(base, '/realms/sti/login-actions/reset-credentials', { username: 'htx.dusap' });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    expect(await unknown.text()).toBe(await known.text());
    const entry = logged.find((line) => line.fields.username === 'htx.dusap');
    const link = String(entry?.fields.resetLink ?? '');
    expect(link).toMatch(/\/login-actions\/reset-password\?token=/);
    const token = new URL(link).searchParams.get('token') ?? '';
    expect((await fetch(link)).status).toBe(200);
    const reset = await postForm(base, '/realms/sti/login-actions/reset-password', {
      token,
      password: 'mat-khau-sau-khi-quen',
      password_confirm: 'mat-khau-sau-khi-quen',
    });
    expect(reset.status).toBe(200);
    await signIn('htx.dusap', 'mat-khau-sau-khi-quen');
    // once only
    const again = await postForm(base, '/realms/sti/login-actions/reset-password', {
      token,
      password: 'mot-lan-nua-thoi-nhe',
      password_confirm: 'mot-lan-nua-thoi-nhe',
    });
    expect(again.status).toBe(400);
  });
});

describe('admin API for accounts', () => {
  it('creates an account with a temporary password, sets roles and organisation, disables and resets it', async () => {
    const token = adminTokens.access_token;
    const created = await api<{ user: { id: string; mustChangePassword: boolean }; temporaryPassword: string }>(
      'POST',
      '/api/admin/v1/users',
      token,
      { username: 'canbo.moi', displayName: 'Trần Văn Mới', email: 'moi@skhcn.example.gov.vn', roles: ['officer'] },
    );
    expect(created.status).toBe(201);
    expect(created.body.user.mustChangePassword).toBe(true);
    const id = created.body.user.id;

    const patched = await api('PATCH', `/api/admin/v1/users/${id}`, token, {
      roles: ['officer', 'reviewer'],
      organisationId: 'org-so-khcn',
      organisationName: 'Sở KH&CN',
      localityCode: '87',
    });
    expect(patched.body).toMatchObject({ roles: ['officer', 'reviewer'], organisationId: 'org-so-khcn' });

    const found = await api<{ items: { id: string }[] }>('GET', '/api/admin/v1/users?q=m%E1%BB%9Bi', token);
    expect(found.body.items.map((u) => u.id)).toEqual([id]);

    await api('POST', `/api/admin/v1/users/${id}/disable`, token);
    const disabled = await signInForm('canbo.moi', created.body.temporaryPassword);
    expect(disabled.response.status).toBe(403);
    await api('POST', `/api/admin/v1/users/${id}/enable`, token);

    const reset = await api<{ temporaryPassword: string }>('POST', `/api/admin/v1/users/${id}/reset-password`, token);
    expect(reset.body.temporaryPassword).not.toBe(created.body.temporaryPassword);
    const mustChange = await signInForm('canbo.moi', reset.body.temporaryPassword);
    expect(await mustChange.response.text()).toContain('name="change_token"');

    // audited: who, what, from where — and readable by admins only
    const audit = await api<{
      items: { action: string; actor: { id: string }; target?: { id: string }; ip: string }[];
    }>('GET', `/api/admin/v1/audit?userId=${id}`, token);
    expect(audit.body.items.map((entry) => entry.action)).toEqual([
      'password.reset-by-admin',
      'account.enabled',
      'account.disabled',
      'account.updated',
      'account.created',
    ]);
    expect(audit.body.items[0]).toMatchObject({ actor: { id: decodeJwt(token).sub }, ip: '127.0.0.1' });
    const file = await readFile(join(dataDir, 'identity', 'audit.jsonl'), 'utf8');
    expect(file.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(5);
    expect(file).not.toContain(reset.body.temporaryPassword);
    // paged with a cursor, newest first, nothing skipped or repeated
    const first = await api<{ items: { action: string }[]; nextCursor: number }>(
      'GET',
      `/api/admin/v1/audit?userId=${id}&limit=2`,
      token,
    );
    const second = await api<{ items: { action: string }[]; nextCursor: number | null }>(
      'GET',
      `/api/admin/v1/audit?userId=${id}&limit=5&before=${first.body.nextCursor}`,
      token,
    );
    expect([...first.body.items, ...second.body.items].map((entry) => entry.action)).toEqual(
      audit.body.items.map((entry) => entry.action),
    );
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers problem+json in Vietnamese and English, and refuses non-admins', async () => {
    const anonymous = await api('GET', '/api/admin/v1/users', undefined);
    expect(anonymous.status).toBe(401);
    const business = await signIn('htx.dusap', 'mat-khau-sau-khi-quen');
    const forbidden = await api('GET', '/api/admin/v1/users', business.access_token);
    expect(forbidden.status).toBe(403);
    expect(forbidden.type).toMatch(/^application\/problem\+json/);
    const missing = await api<{ code: string; message: unknown }>(
      'GET',
      '/api/admin/v1/users/khong-ton-tai',
      adminTokens.access_token,
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      code: 'not_found',
      message: { vi: 'Không tìm thấy tài khoản.', en: 'No such account.' },
    });
    const invalid = await api<{ code: string }>('POST', '/api/admin/v1/users', adminTokens.access_token, {
      username: 'X',
      roles: ['superuser'],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('validation_failed');
    const selfDisable = await api(
      'POST',
      `/api/admin/v1/users/${decodeJwt(adminTokens.access_token).sub}/disable`,
      adminTokens.access_token,
    );
    expect(selfDisable.status).toBe(409);
  });

  it('ends a disabled account’s sessions at the next refresh', async () => {
    const business = await signIn('htx.dusap', 'mat-khau-sau-khi-quen');
    const id = String(decodeJwt(business.access_token).sub);
    await api('POST', `/api/admin/v1/users/${id}/disable`, adminTokens.access_token);
    expect((await refresh(business.refresh_token)).status).toBe(400);
    await api('POST', `/api/admin/v1/users/${id}/enable`, adminTokens.access_token);
  });

  it('is described in the aggregated OpenAPI document', async () => {
    const document = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/admin/v1/users', '/api/admin/v1/users/{id}/reset-password', '/api/admin/v1/audit']),
    );
  });
});

describe('operational endpoints', () => {
  it('serves /metrics only with the metrics token', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789abcdef' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE');
  });

  it('answers /ready without internal addresses or error texts', async () => {
    await stub.app.close(); // an upstream down: the check fails with an error naming its URL
    const response = await fetch(`${base}/ready`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('http');
    expect(JSON.parse(text)).toMatchObject({
      status: 'not_ready',
      checks: expect.arrayContaining([{ name: 'upstream:techmart', ok: false }]),
    });
  });
});
