// Talking to the real Keycloak of the distributed tests: the portal's sign-in (authorization code +
// PKCE through Keycloak's own login form) and, through the admin API, short-lived test clients.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';

export const REALM = 'sti';
export const PORTAL_CLIENT_ID = 'sti-portal';
export const GATEWAY_CLIENT_ID = 'sti-gateway';
export const DEMO_PASSWORD = 'demo123';
/** A redirect URI the realm allows for sti-portal (the stack's gateway origin). */
const REDIRECT_URI = 'http://127.0.0.1:3000/auth/callback';

/**
 * KEYCLOAK_URL, or undefined when Keycloak is not available. CI always sets it (scripts/verify.sh
 * starts Keycloak); a run with CI set and no KEYCLOAK_URL fails instead of skipping.
 */
export function keycloakUrl(): string | undefined {
  const url = process.env.KEYCLOAK_URL?.replace(/\/+$/, '');
  if (url) return url;
  if (process.env.CI) throw new Error('KEYCLOAK_URL is not set: CI must start Keycloak (scripts/verify.sh)');
  console.warn(
    '\n*** SKIPPING the distributed tests: KEYCLOAK_URL is not set. Start Keycloak with ' +
      '`bash infra/scripts/keycloak.sh start` and run with KEYCLOAK_URL=http://127.0.0.1:8180 ***\n',
  );
  return undefined;
}

export interface Tokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
}

function cookiesOf(response: Response, jar: Map<string, string>): string {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';', 1);
    const eq = pair.indexOf('=');
    if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** The portal's sign-in: authorization code flow with PKCE S256 against Keycloak's login form. */
export async function signIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<Tokens> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomUUID();
  const authorize = new URL(`${baseUrl}/realms/${REALM}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: PORTAL_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const jar = new Map<string, string>();
  const page = await fetch(authorize);
  const cookie = cookiesOf(page, jar);
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no Keycloak login form (status ${page.status})`);
  const login = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const location = login.headers.get('location');
  if (login.status !== 302 || !location) throw new Error(`Keycloak login of ${username} answered ${login.status}`);
  const callback = new URL(location);
  if (callback.searchParams.get('state') !== state) throw new Error('Keycloak returned another state');
  const token = await fetch(`${baseUrl}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: PORTAL_CLIENT_ID,
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
  if (token.status !== 200) throw new Error(`Keycloak token endpoint answered ${token.status}: ${await token.text()}`);
  return (await token.json()) as Tokens;
}

/** Access tokens per demo user, signed in again when less than a minute of validity is left. */
export class DemoSessions {
  private readonly tokens = new Map<string, { token: string; exp: number }>();

  constructor(private readonly baseUrl: string) {}

  async token(username: string): Promise<string> {
    const held = this.tokens.get(username);
    if (held && held.exp * 1000 - Date.now() > 60_000) return held.token;
    const { access_token } = await signIn(this.baseUrl, username);
    this.tokens.set(username, { token: access_token, exp: decodeJwt(access_token).exp ?? 0 });
    return access_token;
  }
}

/** The admin API with the bootstrap admin of infra/scripts/keycloak.sh (dev Keycloak only). */
export class KeycloakAdmin {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async connect(baseUrl: string): Promise<KeycloakAdmin> {
    const response = await fetch(`${baseUrl}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME || 'admin',
        password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD || 'admin',
      }),
    });
    if (response.status !== 200) throw new Error(`Keycloak admin sign-in answered ${response.status}`);
    const { access_token } = (await response.json()) as Tokens;
    return new KeycloakAdmin(baseUrl, access_token);
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/admin/realms/${REALM}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', ...init.headers },
    });
  }

  /**
   * A public client of realm `sti` with direct access grants (tests only) whose tokens are shaped like
   * the portal's (its protocol mappers are copied), optionally without `sti-gateway` in the audience,
   * optionally with a short access token lifespan. Returns its ids.
   */
  async createClient(options: {
    gatewayAudience: boolean;
    accessTokenLifespanSeconds?: number;
  }): Promise<{ id: string; clientId: string }> {
    const portal = (await (await this.request(`/clients?clientId=${PORTAL_CLIENT_ID}`)).json()) as {
      protocolMappers?: { protocolMapper: string; name: string; protocol: string; config: object }[];
    }[];
    const mappers = (portal[0]?.protocolMappers ?? [])
      .filter((m) => options.gatewayAudience || m.protocolMapper !== 'oidc-audience-mapper')
      .map(({ name, protocol, protocolMapper, config }) => ({ name, protocol, protocolMapper, config }));
    if (mappers.length === 0) throw new Error(`client ${PORTAL_CLIENT_ID} has no protocol mappers to copy`);
    const clientId = `sti-test-${randomBytes(4).toString('hex')}`;
    const response = await this.request('/clients', {
      method: 'POST',
      body: JSON.stringify({
        clientId,
        enabled: true,
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        attributes: options.accessTokenLifespanSeconds
          ? { 'access.token.lifespan': String(options.accessTokenLifespanSeconds) }
          : {},
        protocolMappers: mappers,
      }),
    });
    if (response.status !== 201)
      throw new Error(`creating client answered ${response.status}: ${await response.text()}`);
    const id = response.headers.get('location')?.split('/').at(-1) ?? '';
    return { id, clientId };
  }

  async deleteClient(id: string): Promise<void> {
    await this.request(`/clients/${id}`, { method: 'DELETE' });
  }
}

/** A password grant through a test client (`KeycloakAdmin.createClient`). */
export async function passwordGrant(
  baseUrl: string,
  clientId: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Tokens> {
  const response = await fetch(`${baseUrl}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password, scope: 'openid' }),
  });
  if (response.status !== 200) throw new Error(`password grant answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Tokens;
}
