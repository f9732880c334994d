// The portal's side of the code + PKCE flow, driven over HTTP against a running gateway.
import { createHash, randomBytes } from 'node:crypto';

export interface TokenSet {
  access_token: string;
  refresh_token: string;
  id_token: string;
  expires_in: number;
  token_type: string;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export async function signIn(
  base: string,
  username: string,
  password: string,
  redirectUri = `${base}/auth/callback`,
): Promise<{ tokens: TokenSet; verifier: string; code: string }> {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const authorize = new URL(`${base}/realms/sti/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'sti-portal',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    state,
    nonce: 'n-0S6',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(authorize);
  if (page.status !== 200) throw new Error(`authorize answered ${page.status}`);
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!requestId || !action) throw new Error('no login form');
  const login = await fetch(new URL(action, base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, username, password }),
  });
  if (login.status !== 302) throw new Error(`login answered ${login.status}`);
  const location = new URL(login.headers.get('location') ?? '');
  if (location.searchParams.get('state') !== state) throw new Error('state mismatch');
  const code = location.searchParams.get('code') ?? '';
  const token = await fetch(`${base}/realms/sti/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'sti-portal',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  if (token.status !== 200) throw new Error(`token answered ${token.status}: ${await token.text()}`);
  return { tokens: (await token.json()) as TokenSet, verifier, code };
}

/** The first half of signIn: the login page of a fresh authorization request. */
export async function openLoginPage(
  base: string,
  redirectUri = `${base}/auth/callback`,
): Promise<{ html: string; requestId: string; verifier: string; state: string; redirectUri: string }> {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const authorize = new URL(`${base}/realms/sti/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'sti-portal',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(authorize);
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  if (page.status !== 200 || !requestId) throw new Error(`authorize answered ${page.status} without a form`);
  return { html, requestId, verifier, state, redirectUri };
}

/** POSTs a form of the provider's pages without following redirects. */
export function postForm(base: string, path: string, values: Record<string, string>): Promise<Response> {
  return fetch(new URL(path, base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(values),
  });
}

/** The second half of signIn: the redirect back to the portal carries a code, exchanged for tokens. */
export async function exchangeRedirect(
  base: string,
  response: Response,
  flow: { verifier: string; state: string; redirectUri: string },
): Promise<TokenSet> {
  if (response.status !== 302) throw new Error(`expected a redirect, got ${response.status}: ${await response.text()}`);
  const location = new URL(response.headers.get('location') ?? '');
  if (location.searchParams.get('state') !== flow.state) throw new Error('state mismatch');
  const token = await postForm(base, '/realms/sti/protocol/openid-connect/token', {
    grant_type: 'authorization_code',
    client_id: 'sti-portal',
    code: location.searchParams.get('code') ?? '',
    redirect_uri: flow.redirectUri,
    code_verifier: flow.verifier,
  });
  if (token.status !== 200) throw new Error(`token answered ${token.status}: ${await token.text()}`);
  return (await token.json()) as TokenSet;
}
