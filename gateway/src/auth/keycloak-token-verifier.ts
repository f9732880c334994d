// TokenVerifier on keycloak-connect's GrantManager: the same path for Keycloak (distributed) and for
// the embedded provider, which serves Keycloak's URL layout. GrantManager checks expiry, `typ`,
// `iss` against `<auth-server-url>/realms/<realm>`, `aud` (verify-token-audience) and the RS256
// signature with the realm's JWKS fetched from `<realm>/protocol/openid-connect/certs`.
import Keycloak from 'keycloak-connect';
import { type AccessTokenClaims, principalFromClaims } from './principal.js';
import {
  identityProviderUnavailable,
  type InvalidTokenReason,
  invalidToken,
  type TokenVerifier,
  type VerifiedToken,
} from './token-verifier.js';

export interface KeycloakTokenVerifierOptions {
  /** the base URL in the tokens' issuer (`<authServerUrl>/realms/<realm>`) */
  authServerUrl: string;
  realm: string;
  /** the audience the tokens must carry */
  clientId: string;
  /** where to fetch the realm's keys when the issuer URL is not reachable from here (proxy, container) */
  internalAuthServerUrl?: string;
  /** verification gives up after this long (GrantManager's key fetch has no timeout of its own) */
  timeoutMs?: number;
  /** seconds between key fetches for an unknown key id */
  minTimeBetweenJwksRequests?: number;
}

// The parts of keycloak-connect's untyped internals this adapter relies on.
interface GrantManagerInternals {
  createGrant(raw: { access_token: string }): Promise<{ access_token?: { content: AccessTokenClaims } }>;
  rotation: {
    realmUrl: string;
    jwks: { kid?: string }[];
    lastTimeRequesTime: number;
    minTimeBetweenJwksRequests: number;
  };
}

export class KeycloakTokenVerifier implements TokenVerifier {
  private readonly grants: GrantManagerInternals;
  private readonly timeoutMs: number;

  constructor(options: KeycloakTokenVerifierOptions) {
    const keycloak = new Keycloak(
      {},
      {
        realm: options.realm,
        'auth-server-url': options.authServerUrl,
        resource: options.clientId,
        'bearer-only': true,
        'ssl-required': 'external',
        'confidential-port': 0,
        // keycloak.json keys keycloak-connect reads but its typings omit
        ...({
          'verify-token-audience': true,
          'min-time-between-jwks-requests': options.minTimeBetweenJwksRequests ?? 10,
        } as object),
      },
    );
    this.grants = keycloak.grantManager as unknown as GrantManagerInternals;
    if (options.internalAuthServerUrl) {
      // `iss` stays the public URL; only the key fetch goes to the internal address.
      this.grants.rotation.realmUrl = `${options.internalAuthServerUrl.replace(/\/+$/, '')}/realms/${options.realm}`;
    }
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  async verify(bearer: string): Promise<VerifiedToken> {
    if (!bearer) throw invalidToken('missing');
    const parts = decodeParts(bearer);
    if (parts === null) throw invalidToken('malformed');
    // keycloak-connect reads neither `nbf` nor a missing `exp` (NaN is never "expired"), and must never
    // see an unsigned or HMAC token: check those here, before it does.
    if (typeof parts.header.alg !== 'string' || !ASYMMETRIC_ALGORITHMS.has(parts.header.alg))
      throw invalidToken('signature');
    const now = Date.now() / 1000;
    if (typeof parts.payload.exp !== 'number' || !Number.isFinite(parts.payload.exp)) throw invalidToken('malformed');
    if (parts.payload.exp <= now) throw invalidToken('expired');
    if (parts.payload.nbf !== undefined) {
      if (typeof parts.payload.nbf !== 'number') throw invalidToken('malformed');
      if (parts.payload.nbf > now + CLOCK_SKEW_SECONDS) throw invalidToken('not_yet_valid');
    }
    const kid = typeof parts.header.kid === 'string' ? parts.header.kid : undefined;
    if (this.refetchBlocked(kid)) throw invalidToken('signature'); // unknown key, keys fetched moments ago

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(identityProviderUnavailable(new Error('key fetch timed out'))), this.timeoutMs);
    });
    try {
      const grant = await Promise.race([this.grants.createGrant({ access_token: bearer }), timeout]);
      const claims = grant.access_token?.content;
      if (!claims?.sub) throw invalidToken('malformed');
      return { principal: principalFromClaims(claims), claims };
    } catch (error) {
      if (error instanceof Error && error.name === 'ProblemError') throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (
        /failed to load public key/.test(message) &&
        /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|ECONNRESET|socket hang up|Error fetching JWK/i.test(message)
      ) {
        throw identityProviderUnavailable(error);
      }
      throw invalidToken(reasonOf(message), error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** GrantManager refetches keys for an unknown `kid` at most every N seconds and logs to stderr otherwise. */
  private refetchBlocked(kid: string | undefined): boolean {
    const rotation = this.grants.rotation;
    if (rotation.jwks.some((key) => key.kid === kid)) return false;
    return Date.now() / 1000 <= rotation.lastTimeRequesTime + rotation.minTimeBetweenJwksRequests;
  }
}

const ASYMMETRIC_ALGORITHMS = new Set([
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
]);
const CLOCK_SKEW_SECONDS = 30;

function decodeParts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (!isObject(header) || !isObject(payload)) return null;
    return { header, payload };
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reasonOf(message: string): InvalidTokenReason {
  if (/expired/.test(message)) return 'expired';
  if (/wrong ISS/.test(message)) return 'issuer';
  if (/wrong audience|authorized party/.test(message)) return 'audience';
  if (/wrong type/.test(message)) return 'type';
  if (/signature|public key|reading 'then'/.test(message)) return 'signature';
  return 'malformed';
}
