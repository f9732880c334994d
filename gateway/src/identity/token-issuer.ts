// Issues Keycloak-shaped tokens: the claims and `typ` values keycloak-connect and the portal expect
// from a Keycloak realm, so both identity providers look the same to everything downstream.
import { randomUUID } from 'node:crypto';
import { compactVerify, jwtVerify, SignJWT } from 'jose';
import type { SigningKey } from './signing-key-store.js';

export const ACCESS_TOKEN_SECONDS = 300;
export const REFRESH_IDLE_SECONDS = 1800;
export const SESSION_MAX_SECONDS = 10 * 3600;

export interface TokenIssuerOptions {
  issuer: string;
  /** the client the tokens are issued to (`azp`) */
  clientId: string;
  /** the audience the gateway checks */
  audience: string;
  allowedOrigins: string[];
}

export interface SessionInfo {
  sid: string;
  /** epoch seconds of the password login */
  authTime: number;
  nonce?: string;
  scope: string;
}

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_expires_in: number;
  refresh_token: string;
  token_type: 'Bearer';
  id_token: string;
  'not-before-policy': 0;
  session_state: string;
  scope: string;
}

export interface RefreshClaims {
  sub: string;
  sid: string;
  /** one per refresh token: rotation remembers the newest of each session (reuse detection) */
  jti: string;
  auth_time: number;
  scope: string;
  exp: number;
}

/** The account a token is issued for. */
export interface TokenSubject {
  id: string;
  username: string;
  displayName: string;
  email: string;
  roles: readonly string[];
  organisationId?: string;
  organisationName?: string;
  localityCode?: string;
  /** a self-registered account not yet verified by an officer */
  pending?: boolean;
}

export class TokenIssuer {
  constructor(
    private readonly key: SigningKey,
    private readonly options: TokenIssuerOptions,
  ) {}

  get issuer(): string {
    return this.options.issuer;
  }

  /** The tokens, and the id of the refresh token (the session's newest, for rotation). */
  async issue(user: TokenSubject, session: SessionInfo): Promise<TokenResponse & { refreshJti: string }> {
    const now = Math.floor(Date.now() / 1000);
    const sessionEnd = session.authTime + SESSION_MAX_SECONDS;
    const refreshExp = Math.min(now + REFRESH_IDLE_SECONDS, sessionEnd);
    const profile = {
      name: user.displayName,
      preferred_username: user.username,
      email: user.email,
      email_verified: true,
      organisation_id: user.organisationId,
      organisation_name: user.organisationName,
      locality_code: user.localityCode,
      ...(user.pending ? { pending: true } : {}),
    };
    const common = {
      sid: session.sid,
      session_state: session.sid,
      auth_time: session.authTime,
      azp: this.options.clientId,
    };

    const access = await this.sign(
      {
        ...common,
        typ: 'Bearer',
        acr: '1',
        'allowed-origins': this.options.allowedOrigins,
        realm_access: { roles: [...user.roles, 'default-roles-sti'] },
        scope: session.scope,
        ...profile,
      },
      user.id,
      [this.options.audience],
      now,
      Math.min(now + ACCESS_TOKEN_SECONDS, sessionEnd),
    );
    const id = await this.sign(
      { ...common, typ: 'ID', acr: '1', ...(session.nonce ? { nonce: session.nonce } : {}), ...profile },
      user.id,
      [this.options.clientId],
      now,
      now + ACCESS_TOKEN_SECONDS,
    );
    const refreshJti = randomUUID();
    const refresh = await this.sign(
      { ...common, typ: 'Refresh', scope: session.scope },
      user.id,
      [this.options.issuer],
      now,
      refreshExp,
      refreshJti,
    );
    return {
      access_token: access,
      expires_in: ACCESS_TOKEN_SECONDS,
      refresh_expires_in: refreshExp - now,
      refresh_token: refresh,
      token_type: 'Bearer',
      id_token: id,
      'not-before-policy': 0,
      session_state: session.sid,
      scope: session.scope,
      refreshJti,
    };
  }

  /** Checks one of our own refresh tokens (signature, issuer, audience, expiry, `typ`, client). */
  async verifyRefreshToken(token: string): Promise<RefreshClaims> {
    const { payload } = await jwtVerify(token, this.key.publicKey, {
      issuer: this.options.issuer,
      audience: this.options.issuer,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'jti'],
    });
    if (payload.typ !== 'Refresh' || payload.azp !== this.options.clientId)
      throw new Error('not a refresh token of this client');
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.jti !== 'string')
      throw new Error('refresh token lacks sub/sid/jti');
    return payload as unknown as RefreshClaims;
  }

  /** For logout's `id_token_hint` / `refresh_token`: our signature and issuer, expired or not. */
  async sessionOfHint(token: string): Promise<{ sid: string; sub: string } | undefined> {
    try {
      const { payload } = await compactVerify(token, this.key.publicKey, { algorithms: ['RS256'] });
      const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
      if (claims.iss !== this.options.issuer || typeof claims.sid !== 'string' || typeof claims.sub !== 'string')
        return undefined;
      return { sid: claims.sid, sub: claims.sub };
    } catch {
      return undefined;
    }
  }

  private sign(
    claims: Record<string, unknown>,
    subject: string,
    audience: string[],
    iat: number,
    exp: number,
    jti: string = randomUUID(),
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.key.kid })
      .setIssuer(this.options.issuer)
      .setSubject(subject)
      .setAudience(audience.length === 1 ? (audience[0] as string) : audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .setJti(jti)
      .sign(this.key.privateKey);
  }
}
