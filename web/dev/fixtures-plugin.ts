// Dev-server fixture mode (`vite --mode fixtures`): an in-memory imitation of the Techmart and
// Search APIs (docs/contracts-draft.md) and a minimal OpenID Connect provider with Keycloak's URL
// layout (authorization code + PKCE), so the portal and its e2e tests run before the platform
// does. Node-side only; never part of the production bundle.

import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import {
  contactDefault,
  experts,
  localities,
  needs,
  offerSeeds,
  sectors,
  users,
  type DemoUser,
} from './fixtures-data.ts';

type Json = Record<string, unknown>;
type Offer = Json & {
  id: string;
  kind: string;
  status: string;
  title: string;
  summary: string;
  revision: number;
  owner: { id: string; name: string };
  keywords: string[];
  sector: { code: string };
  locality: { provinceCode: string };
  trl: number;
  ipStatus: string;
  transferModes: string[];
  publishedAt?: string;
  updatedAt: string;
  returnReason?: string;
};

const SECRET = randomBytes(32);
const ISSUER_PATH = '/realms/sti';

const orgName = (id: string) => users.find((u) => u.organisationId === id)?.organisationName ?? id;
const sectorOf = (code: string) => sectors.find((s) => s.code === code) ?? { code, nameVi: code, nameEn: code };
function localityOf(provinceCode: string, communeCode?: string) {
  const p = localities.find((x) => x.provinceCode === provinceCode);
  const c = p?.communes.find((x) => x.code === communeCode);
  return {
    provinceCode,
    provinceName: p?.provinceName ?? provinceCode,
    ...(c ? { communeCode: c.code, communeName: c.name } : {}),
  };
}

const now = () => new Date().toISOString();
const offers = new Map<string, Offer>();
const needList: Json[] = [];
const expertList: Json[] = [];

offerSeeds.forEach((s, i) => {
  const id = `0193b000-0000-7000-8000-00000000010${i}`;
  const t = new Date(Date.UTC(2026, 9, 1 + i * 5, 2, 30)).toISOString();
  offers.set(id, {
    id,
    kind: s.kind,
    status: 'published',
    title: s.title,
    summary: s.summary,
    description: `${s.summary}\n\nThông tin chi tiết về quy trình, điều kiện áp dụng và chi phí được cung cấp khi liên hệ.`,
    sector: sectorOf(s.sector),
    keywords: s.keywords,
    trl: s.trl,
    ipStatus: s.ipStatus,
    transferModes: s.transferModes,
    price: s.price,
    locality: localityOf(s.province),
    contact: contactDefault,
    ...(s.kind === 'equipment'
      ? {
          equipment: {
            condition: 'used_good',
            quantity: 1,
            specifications: [
              { name: 'Công suất', value: '500 kg/mẻ' },
              { name: 'Điện áp', value: '380 V' },
            ],
          },
        }
      : {}),
    owner: { id: s.owner, name: orgName(s.owner) },
    attachments: [],
    revision: 1,
    createdAt: t,
    updatedAt: t,
    publishedAt: t,
  });
});
needs.forEach((n, i) => {
  needList.push({
    id: `0193b000-0000-7000-8000-00000000020${i}`,
    status: 'published',
    title: n.title,
    problem: n.problem,
    sector: sectorOf(n.sector),
    keywords: [],
    desiredTrl: n.desiredTrl,
    budget: { minVnd: n.budgetMinVnd, maxVnd: n.budgetMaxVnd },
    locality: localityOf(n.province),
    requester: { id: n.requester, name: orgName(n.requester) },
    contact: contactDefault,
    attachments: [],
    revision: 1,
    createdAt: new Date(Date.UTC(2026, 9, 18)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 9, 20)).toISOString(),
    publishedAt: new Date(Date.UTC(2026, 9, 20)).toISOString(),
  });
});
experts.forEach((e, i) => {
  expertList.push({
    id: `0193b000-0000-7000-8000-00000000030${i}`,
    status: 'published',
    fullName: e.fullName,
    academicTitle: e.academicTitle,
    organisation: { id: e.organisation, name: orgName(e.organisation) },
    fields: e.fields.map(sectorOf),
    keywords: e.keywords,
    results: [{ title: 'Máy sấy nông sản năng lượng mặt trời', year: 2024, kind: 'transferred_technology' }],
    availableForConsulting: true,
    locality: localityOf(e.province),
    contact: contactDefault,
    attachments: [],
    biography: e.biography,
    revision: 1,
    createdAt: new Date(Date.UTC(2026, 9, 10)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 9, 12)).toISOString(),
    publishedAt: new Date(Date.UTC(2026, 9, 12)).toISOString(),
  });
});

// ---------- helpers ----------
function send(res: ServerResponse, status: number, body?: unknown, type = 'application/json') {
  res.statusCode = status;
  if (body === undefined) return res.end();
  res.setHeader('Content-Type', type);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
function problem(res: ServerResponse, status: number, code: string, vi: string, en: string, errors?: Json[]) {
  send(
    res,
    status,
    {
      type: 'about:blank',
      title: en,
      status,
      code,
      message: { vi, en },
      ...(errors ? { errors } : {}),
      traceId: randomUUID(),
    },
    'application/problem+json',
  );
}
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
function sign(payload: Json): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const sig = createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}
function verify(token: string): Json | null {
  const [h, b, s] = token.split('.');
  if (!h || !b || !s) return null;
  if (createHmac('sha256', SECRET).update(`${h}.${b}`).digest('base64url') !== s) return null;
  const claims = JSON.parse(Buffer.from(b, 'base64url').toString('utf8')) as Json;
  return (claims.exp as number) * 1000 > Date.now() ? claims : null;
}
/**
 * Behind the real gateway (`STI_INTERNAL_AUTH_SECRET` = the gateway's INTERNAL_AUTH_SECRET) the
 * caller arrives as the gateway's signed x-sti-principal header instead of a bearer token.
 */
function gatewayPrincipal(req: IncomingMessage): DemoUser | null {
  const secret = process.env.STI_INTERNAL_AUTH_SECRET;
  const encoded = req.headers['x-sti-principal'];
  const sig = req.headers['x-sti-principal-sig'];
  if (!secret || typeof encoded !== 'string' || typeof sig !== 'string') return null;
  if (createHmac('sha256', secret).update(encoded).digest('base64url') !== sig) return null;
  const p = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as {
    userId: string;
    displayName: string;
    roles: string[];
    organisationId?: string;
    organisationName?: string;
  };
  return {
    sub: p.userId,
    username: p.userId,
    name: p.displayName,
    roles: p.roles,
    organisationId: p.organisationId ?? p.userId,
    organisationName: p.organisationName ?? p.displayName,
  };
}

function caller(req: IncomingMessage): DemoUser | null {
  const fromGateway = gatewayPrincipal(req);
  if (fromGateway) return fromGateway;
  const auth = req.headers.authorization ?? '';
  const claims = auth.startsWith('Bearer ') ? verify(auth.slice(7)) : null;
  return claims ? (users.find((u) => u.sub === claims.sub) ?? null) : null;
}
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// ---------- OIDC ----------
const ACCESS_TOKEN_SECONDS = 300;

/** A token set as Keycloak's token endpoint answers it, with a refresh token for silent renew. */
function tokenSet(issuer: string, u: DemoUser, nonce?: string): Json {
  const iat = Math.floor(Date.now() / 1000);
  const base = {
    iss: issuer,
    sub: u.sub,
    iat,
    exp: iat + ACCESS_TOKEN_SECONDS,
    preferred_username: u.username,
    name: u.name,
    organisation_name: u.organisationName,
    organisation_id: u.organisationId,
  };
  return {
    access_token: sign({ ...base, aud: 'account', azp: 'sti-portal', realm_access: { roles: u.roles }, typ: 'Bearer' }),
    id_token: sign({ ...base, aud: 'sti-portal', ...(nonce ? { nonce } : {}), typ: 'ID' }),
    refresh_token: sign({ iss: issuer, sub: u.sub, iat, exp: iat + 8 * 3600, typ: 'Refresh' }),
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
    refresh_expires_in: 8 * 3600,
    scope: 'openid profile email',
  };
}
const codes = new Map<string, { user: DemoUser; challenge: string; redirectUri: string; nonce?: string }>();

function loginPage(params: URLSearchParams, error?: string): string {
  const hidden = [...params.entries()]
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập — STI (fixtures)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;background:#f5f7fa;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 3px #0002;width:min(360px,90vw)}
label{display:block;font-weight:600;margin:.8rem 0 .3rem}input[type=text],input[type=password]{width:100%;padding:.6rem;font:inherit;box-sizing:border-box}
button{margin-top:1.2rem;width:100%;padding:.7rem;font:inherit;font-weight:600;background:#0b4f8a;color:#fff;border:0;border-radius:6px}
.err{color:#a4161a;font-weight:600}</style></head><body><main><h1>Đăng nhập</h1>
${error ? `<p class="err" role="alert">${esc(error)}</p>` : ''}
<form method="post">${hidden}<label for="username">Tên đăng nhập</label><input id="username" name="username" type="text" autocomplete="username" required>
<label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button></form></main></body></html>`;
}

async function oidc(req: IncomingMessage, res: ServerResponse, url: URL, origin: string): Promise<boolean> {
  const issuer = `${origin}${ISSUER_PATH}`;
  const p = url.pathname.slice(ISSUER_PATH.length);
  if (p === '/.well-known/openid-configuration') {
    send(res, 200, {
      issuer,
      authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${issuer}/protocol/openid-connect/token`,
      userinfo_endpoint: `${issuer}/protocol/openid-connect/userinfo`,
      end_session_endpoint: `${issuer}/protocol/openid-connect/logout`,
      jwks_uri: `${issuer}/protocol/openid-connect/certs`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['HS256'],
    });
    return true;
  }
  if (p === '/protocol/openid-connect/certs') {
    send(res, 200, { keys: [] });
    return true;
  }
  if (p === '/protocol/openid-connect/auth') {
    const params = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
    if (params.get('client_id') !== 'sti-portal' || params.get('code_challenge_method') !== 'S256') {
      send(res, 400, 'invalid_request', 'text/plain');
      return true;
    }
    if (req.method !== 'POST') {
      send(res, 200, loginPage(params), 'text/html; charset=utf-8');
      return true;
    }
    const user = users.find((u) => u.username === params.get('username'));
    if (!user || params.get('password') !== 'demo123') {
      const keep = new URLSearchParams(params);
      keep.delete('username');
      keep.delete('password');
      send(res, 200, loginPage(keep, 'Tên đăng nhập hoặc mật khẩu không đúng.'), 'text/html; charset=utf-8');
      return true;
    }
    const code = randomBytes(24).toString('base64url');
    const redirectUri = params.get('redirect_uri') ?? '';
    codes.set(code, {
      user,
      challenge: params.get('code_challenge') ?? '',
      redirectUri,
      nonce: params.get('nonce') ?? undefined,
    });
    const to = new URL(redirectUri);
    to.searchParams.set('code', code);
    if (params.get('state')) to.searchParams.set('state', params.get('state') ?? '');
    res.statusCode = 302;
    res.setHeader('Location', to.toString());
    res.end();
    return true;
  }
  if (p === '/protocol/openid-connect/token' && req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    if (form.get('grant_type') === 'refresh_token') {
      // silent renew, as Keycloak answers it: a fresh token set for the refresh token's user
      const claims = verify(form.get('refresh_token') ?? '');
      const user = claims?.typ === 'Refresh' ? users.find((x) => x.sub === claims.sub) : undefined;
      if (!user) {
        send(res, 400, { error: 'invalid_grant' });
        return true;
      }
      send(res, 200, tokenSet(issuer, user));
      return true;
    }
    const entry = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      !entry ||
      entry.redirectUri !== form.get('redirect_uri') ||
      createHash('sha256').update(verifier).digest('base64url') !== entry.challenge
    ) {
      send(res, 400, { error: 'invalid_grant' });
      return true;
    }
    send(res, 200, tokenSet(issuer, entry.user, entry.nonce));
    return true;
  }
  if (p === '/protocol/openid-connect/logout') {
    res.statusCode = 302;
    res.setHeader('Location', url.searchParams.get('post_logout_redirect_uri') ?? '/');
    res.end();
    return true;
  }
  return false;
}

// ---------- Techmart ----------
function validate(input: Json): Json[] {
  const errs: Json[] = [];
  const len = (f: string, v: unknown, min: number, max: number) => {
    const n = typeof v === 'string' ? v.trim().length : 0;
    if (n < min || n > max)
      errs.push({
        field: f,
        code: 'length',
        message: { vi: `Độ dài phải từ ${min} đến ${max} ký tự.`, en: `Length must be ${min}–${max} characters.` },
      });
  };
  len('title', input.title, 5, 200);
  len('summary', input.summary, 20, 500);
  if (typeof input.description === 'string' && input.description.length > 20000)
    len('description', input.description, 0, 20000);
  if (!sectors.some((s) => s.code === input.sectorCode))
    errs.push({
      field: 'sectorCode',
      code: 'unknown',
      message: { vi: 'Lĩnh vực không hợp lệ.', en: 'Unknown sector.' },
    });
  if (!Array.isArray(input.transferModes) || input.transferModes.length === 0)
    errs.push({
      field: 'transferModes',
      code: 'min',
      message: { vi: 'Chọn ít nhất một.', en: 'Choose at least one.' },
    });
  return errs;
}

const publicView = (o: Offer) => {
  const { returnReason: _r, ...rest } = o;
  return rest;
};

async function techmart(req: IncomingMessage, res: ServerResponse, path: string, url: URL) {
  const user = caller(req);
  const m = req.method ?? 'GET';
  if (path === '/reference/sectors') return send(res, 200, sectors);
  if (path === '/reference/localities') return send(res, 200, localities);
  if (path === '/my/offers' && m === 'GET') {
    if (!user) return problem(res, 401, 'unauthenticated', 'Cần đăng nhập.', 'Sign-in required.');
    const status = url.searchParams.get('status');
    const items = [...offers.values()]
      .filter((o) => o.owner.id === user.organisationId && (!status || o.status === status))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return send(res, 200, { items, nextCursor: null });
  }
  if ((path === '/my/needs' || path === '/my/experts') && m === 'GET') {
    if (!user) return problem(res, 401, 'unauthenticated', 'Cần đăng nhập.', 'Sign-in required.');
    const status = url.searchParams.get('status');
    const mine = (x: Json) =>
      ((x.requester ?? x.organisation) as { id?: string } | undefined)?.id === user.organisationId &&
      (!status || x.status === status);
    return send(res, 200, { items: (path === '/my/needs' ? needList : expertList).filter(mine), nextCursor: null });
  }
  if (path === '/moderation/queue') {
    if (!user?.roles.includes('officer')) return problem(res, 403, 'forbidden', 'Không có quyền.', 'Forbidden.');
    const type = url.searchParams.get('type') ?? 'offer';
    const items =
      type === 'offer'
        ? [...offers.values()]
            .filter((o) => o.status === 'submitted')
            .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
        : [];
    return send(res, 200, { items, nextCursor: null });
  }
  if (path === '/offers' && m === 'POST') {
    if (!user || !(user.roles.includes('business') || user.roles.includes('researcher')))
      return problem(res, 403, 'forbidden', 'Không có quyền.', 'Forbidden.');
    const input = JSON.parse((await readBody(req)) || '{}') as Json;
    const errs = validate(input);
    if (errs.length) return problem(res, 422, 'validation', 'Dữ liệu không hợp lệ.', 'Invalid input.', errs);
    const id = randomUUID();
    const t = now();
    const o = {
      ...fromInput(input),
      id,
      status: 'draft',
      owner: { id: user.organisationId, name: user.organisationName },
      attachments: [],
      revision: 1,
      createdAt: t,
      updatedAt: t,
    } as Offer;
    offers.set(id, o);
    return send(res, 201, o);
  }
  const one = /^\/(offers|needs|experts)\/([^/]+)(?:\/(submit|publish|return|archive))?$/.exec(path);
  if (!one) return problem(res, 404, 'not_found', 'Không tìm thấy.', 'Not found.');
  const [, coll, id = '', action] = one;
  if (coll === 'needs' || coll === 'experts') {
    const item = (coll === 'needs' ? needList : expertList).find((x) => x.id === id);
    return item ? send(res, 200, item) : problem(res, 404, 'not_found', 'Không tìm thấy.', 'Not found.');
  }
  const o = offers.get(id);
  const owner = !!user && o?.owner.id === user.organisationId;
  const officer = !!user?.roles.includes('officer');
  if (!o || (o.status !== 'published' && !o.publishedAt && !owner && !officer))
    return problem(res, 404, 'not_found', 'Không tìm thấy tin.', 'Listing not found.');
  if (!action && m === 'GET') return send(res, 200, owner || officer ? o : publicView(o));
  if (!action && m === 'PUT') {
    if (!owner) return problem(res, 403, 'forbidden', 'Không có quyền.', 'Forbidden.');
    const input = JSON.parse((await readBody(req)) || '{}') as Json;
    if (input.revision !== o.revision)
      return problem(res, 409, 'stale_revision', 'Tin đã thay đổi.', 'Stale revision.');
    const errs = validate(input);
    if (errs.length) return problem(res, 422, 'validation', 'Dữ liệu không hợp lệ.', 'Invalid input.', errs);
    Object.assign(o, fromInput(input), { revision: o.revision + 1, updatedAt: now() });
    if (o.status === 'published') o.status = 'draft';
    return send(res, 200, o);
  }
  if (m !== 'POST') return problem(res, 405, 'method', 'Không hỗ trợ.', 'Method not allowed.');
  if (action === 'submit') {
    if (!owner) return problem(res, 403, 'forbidden', 'Không có quyền.', 'Forbidden.');
    if (o.status !== 'draft' && o.status !== 'returned')
      return problem(res, 409, 'invalid_state', 'Trạng thái không cho phép.', 'Invalid state.');
    Object.assign(o, { status: 'submitted', updatedAt: now(), submittedAt: now() });
    return send(res, 200, o);
  }
  if (!officer) return problem(res, 403, 'forbidden', 'Không có quyền.', 'Forbidden.');
  if (o.status !== 'submitted')
    return problem(res, 409, 'invalid_state', 'Trạng thái không cho phép.', 'Invalid state.');
  if (action === 'publish') {
    Object.assign(o, { status: 'published', publishedAt: now(), updatedAt: now(), returnReason: undefined });
    return send(res, 200, o);
  }
  if (action === 'return') {
    const { reason } = JSON.parse((await readBody(req)) || '{}') as { reason?: string };
    if (!reason || reason.trim().length < 10 || reason.length > 2000)
      return problem(res, 422, 'validation', 'Lý do 10–2000 ký tự.', 'Reason must be 10–2000 characters.', [
        { field: 'reason', code: 'length', message: { vi: 'Lý do 10–2000 ký tự.', en: '10–2000 characters.' } },
      ]);
    Object.assign(o, { status: 'returned', returnReason: reason.trim(), updatedAt: now() });
    return send(res, 200, o);
  }
  return problem(res, 404, 'not_found', 'Không tìm thấy.', 'Not found.');
}

function fromInput(i: Json): Partial<Offer> {
  const loc = (i.locality ?? {}) as { provinceCode?: string; communeCode?: string };
  return {
    kind: i.kind as string,
    title: String(i.title ?? '').trim(),
    summary: String(i.summary ?? '').trim(),
    description: String(i.description ?? ''),
    sector: sectorOf(String(i.sectorCode)),
    keywords: (i.keywords as string[]) ?? [],
    trl: Number(i.trl),
    ipStatus: i.ipStatus as string,
    transferModes: (i.transferModes as string[]) ?? [],
    price: i.price,
    locality: localityOf(loc.provinceCode ?? '', loc.communeCode),
    contact: i.contact,
    ...(i.equipment ? { equipment: i.equipment } : {}),
  };
}

// ---------- Search ----------
/** Fold Vietnamese to ASCII one character at a time, so offsets stay aligned with the original. */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const base = lower === 'đ' ? 'd' : (lower.normalize('NFD')[0] ?? lower);
    out += base.length === ch.length ? base : ch.toLowerCase();
  }
  return out;
}
function ranges(text: string, tokens: string[]): [number, number][] {
  const f = fold(text);
  const out: [number, number][] = [];
  for (const tok of tokens) {
    const re = new RegExp(`(^|[^a-z0-9])(${tok.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'g');
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const start = m.index + (m[1]?.length ?? 0);
      out.push([start, start + tok.length]);
    }
  }
  return out;
}

function search(res: ServerResponse, url: URL) {
  const q = url.searchParams.get('q') ?? '';
  const type = url.searchParams.get('type') ?? 'offer';
  const tokens = fold(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const docs = [
    ...[...offers.values()]
      .filter((o) => o.status === 'published')
      .map((o) => ({
        id: o.id,
        type: o.kind === 'equipment' ? 'equipment' : 'offer',
        title: o.title,
        summary: o.summary,
        sector: o.sector,
        locality: o.locality,
        trl: o.trl as number | null,
        keywords: o.keywords,
        transferModes: o.transferModes as string[],
        ipStatus: o.ipStatus as string | null,
        condition: ((o.equipment as { condition?: string } | undefined)?.condition ?? null) as string | null,
        price: priceOfHit(o.price),
        ownerName: o.owner.name,
        publishedAt: o.publishedAt ?? '',
        facets: {
          sector: [o.sector.code],
          trl: [String(o.trl)],
          locality: [o.locality.provinceCode],
          transferMode: o.transferModes,
          ipStatus: [o.ipStatus],
        },
        text: `${o.title} ${o.summary} ${o.keywords.join(' ')}`,
      })),
    ...needList.map((n) => ({
      id: n.id as string,
      type: 'need',
      title: n.title as string,
      summary: n.problem as string,
      sector: n.sector,
      locality: n.locality,
      trl: (n.desiredTrl as number | undefined) ?? null,
      keywords: n.keywords as string[],
      transferModes: [] as string[],
      ipStatus: null,
      ownerName: (n.requester as { name: string }).name,
      publishedAt: n.publishedAt as string,
      facets: {
        sector: [(n.sector as { code: string }).code],
        trl: [String(n.desiredTrl)],
        locality: [(n.locality as { provinceCode: string }).provinceCode],
        transferMode: [],
        ipStatus: [],
      },
      text: `${n.title} ${n.problem}`,
    })),
    ...expertList.map((e) => ({
      id: e.id as string,
      type: 'expert',
      title: `${e.academicTitle} ${e.fullName}`,
      summary: e.biography as string,
      sector: (e.fields as { code: string }[])[0],
      locality: e.locality,
      trl: null,
      keywords: e.keywords as string[],
      transferModes: [] as string[],
      ipStatus: null,
      ownerName: (e.organisation as { name: string }).name,
      publishedAt: e.publishedAt as string,
      facets: {
        sector: (e.fields as { code: string }[]).map((f) => f.code),
        trl: [],
        locality: [(e.locality as { provinceCode: string }).provinceCode],
        transferMode: [],
        ipStatus: [],
      },
      text: `${e.fullName} ${e.biography} ${(e.keywords as string[]).join(' ')}`,
    })),
  ];
  const facetNames = ['sector', 'trl', 'locality', 'transferMode', 'ipStatus'] as const;
  const matched = docs
    .map((d) => {
      const f = fold(d.text);
      const score = tokens.filter((t) => f.includes(t)).length;
      return { d, score };
    })
    .filter(({ d, score }) => {
      if (tokens.length && score < Math.ceil(tokens.length * 0.6)) return false;
      return facetNames.every((fn) => {
        const want = url.searchParams.getAll(fn);
        return want.length === 0 || d.facets[fn].some((v) => want.includes(v));
      });
    });
  const typeCounts: Record<string, number> = { offer: 0, equipment: 0, need: 0, expert: 0 };
  for (const { d } of matched) typeCounts[d.type] = (typeCounts[d.type] ?? 0) + 1;
  const ofType = matched.filter(({ d }) => d.type === type);
  const facets: Record<string, Record<string, number>> = { type: typeCounts };
  for (const fn of facetNames) {
    facets[fn] = {};
    for (const { d } of ofType) for (const v of d.facets[fn]) facets[fn][v] = (facets[fn][v] ?? 0) + 1;
  }
  if (url.searchParams.get('sort') === 'newest') ofType.sort((a, b) => b.d.publishedAt.localeCompare(a.d.publishedAt));
  else ofType.sort((a, b) => b.score - a.score || b.d.publishedAt.localeCompare(a.d.publishedAt));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 20)));
  send(res, 200, {
    query: q,
    total: ofType.length,
    page,
    limit,
    tookMs: 1,
    hits: ofType.slice((page - 1) * limit, page * limit).map(({ d }) => ({
      id: d.id,
      type: d.type,
      title: d.title,
      summary: d.summary,
      sector: d.sector,
      locality: d.locality,
      trl: d.trl,
      keywords: d.keywords,
      transferModes: d.transferModes,
      ipStatus: d.ipStatus,
      condition: 'condition' in d ? d.condition : null,
      price: 'price' in d ? d.price : null,
      ownerName: d.ownerName,
      publishedAt: d.publishedAt,
      highlights: { title: ranges(d.title, tokens), summary: ranges(d.summary, tokens) },
    })),
    facets,
  });
}

/** A search hit's price: whole VND as a number, or negotiable (the search schema's shape). */
function priceOfHit(price: unknown): { amountVnd: number } | { negotiable: true } | null {
  if (price && typeof price === 'object' && 'amountVnd' in price) return { amountVnd: Number(price.amountVnd) };
  return price ? { negotiable: true } : null;
}

// The gateway's Content-Security-Policy, applied by `vite preview --mode fixtures` so the built
// bundle is exercised under the same rules (no inline scripts or styles).
const GATEWAY_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

export function fixturesPlugin(): Plugin {
  return {
    name: 'sti-fixtures',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('Content-Security-Policy', GATEWAY_CSP);
        handle(req, res, next, (e) => server.config.logger.error(String(e)));
      });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => handle(req, res, next, (e) => server.config.logger.error(String(e))));
    },
  };
}

function handle(req: IncomingMessage, res: ServerResponse, next: () => void, log: (e: unknown) => void): void {
  const origin = `http://${req.headers.host ?? '127.0.0.1:5173'}`;
  const url = new URL(req.url ?? '/', origin);
  const run = async () => {
    if (url.pathname.startsWith(ISSUER_PATH) && (await oidc(req, res, url, origin))) return;
    if (url.pathname.startsWith('/api/techmart/v1/')) return techmart(req, res, url.pathname.slice(16), url);
    if (url.pathname === '/api/search/v1/search') return search(res, url);
    if (url.pathname === '/api/portal-config')
      return send(res, 200, {
        authMode: 'embedded',
        oidc: { authority: `${origin}${ISSUER_PATH}`, clientId: 'sti-portal', scope: 'openid profile email' },
      });
    next();
  };
  run().catch((e: unknown) => {
    log(e);
    problem(res, 500, 'internal', 'Lỗi máy chủ.', 'Server error.');
  });
}
