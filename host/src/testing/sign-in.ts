// Signs a demo user in the way the portal does: authorization code + PKCE against the gateway's
// identity provider (login form included), and returns the access token the portal would send.
import { createHash, randomBytes } from 'node:crypto';

export async function signIn(base: string, username: string, password: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(8).toString('hex');
  const redirectUri = `${base}/auth/callback`;
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
  const form = await fetch(authorize);
  if (form.status !== 200) throw new Error(`authorize answered ${form.status}`);
  const html = await form.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!requestId || !action) throw new Error('the provider showed no login form');
  const login = await fetch(new URL(action, base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, username, password }),
  });
  if (login.status !== 302) throw new Error(`login of ${username} answered ${login.status}`);
  const back = new URL(login.headers.get('location') ?? '', base);
  if (back.searchParams.get('state') !== state) throw new Error('state mismatch');
  const token = await fetch(`${base}/realms/sti/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'sti-portal',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  if (token.status !== 200) throw new Error(`token answered ${token.status}: ${await token.text()}`);
  return ((await token.json()) as { access_token: string }).access_token;
}
