// The identity the gateway forwards to services: signed headers, verified with a shared secret.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const ROLES = ['business', 'researcher', 'officer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may moderate listings: the gateway guards the moderation routes with these roles, and the
 * services' own policies (Techmart's canModerate) use the same list; tests on both sides keep it so.
 */
export const MODERATOR_ROLES = ['officer'] as const satisfies readonly Role[];

export interface Principal {
  userId: string;
  displayName: string;
  roles: Role[];
  organisationId?: string;
  organisationName?: string;
  localityCode?: string;
  /** a self-registered account an officer has not verified yet (it may sign in; services may hold back publishing) */
  pending?: boolean;
}

export const PRINCIPAL_HEADER = 'x-sti-principal';
export const PRINCIPAL_SIGNATURE_HEADER = 'x-sti-principal-sig';

const principalPayloadSchema = z.object({
  userId: z.string().min(1),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  organisationId: z.string().min(1).optional(),
  organisationName: z.string().optional(),
  localityCode: z.string().optional(),
  pending: z.literal(true).optional(),
  /** issued at / expiry, seconds since the epoch: a captured header pair stops working soon */
  iat: z.number().int(),
  exp: z.number().int(),
  /** the service the gateway forwarded to, the request's method and path: the pair is good for that request only */
  aud: z.string().min(1),
  mth: z.string().min(1),
  pth: z.string().min(1),
});

/** What one header pair is bound to: a captured pair cannot be replayed to another service, method or path. */
export interface PrincipalBinding {
  /** the target service's name (`techmart`), its `/api/<name>` prefix */
  audience: string;
  method: string;
  /** the request path without the query, exactly as sent (`/api/techmart/v1/offers/…`) */
  path: string;
}

/** Lifetime of a signed pair: the gateway signs per request, so this covers only transit and clock skew. */
export const PRINCIPAL_TTL_SECONDS = 30;
const CLOCK_SKEW_SECONDS = 30;

export interface SignedPrincipalHeaders {
  [PRINCIPAL_HEADER]: string;
  [PRINCIPAL_SIGNATURE_HEADER]: string;
}

/** For the gateway: the two headers carrying the verified user to a service. */
export function signPrincipal(
  principal: Principal,
  secret: string,
  binding: PrincipalBinding,
  options: { ttlSeconds?: number; now?: Date } = {},
): SignedPrincipalHeaders {
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload = {
    ...principal,
    iat: nowSeconds,
    exp: nowSeconds + (options.ttlSeconds ?? PRINCIPAL_TTL_SECONDS),
    aud: binding.audience,
    mth: binding.method.toUpperCase(),
    pth: pathOnly(binding.path),
  };
  const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return { [PRINCIPAL_HEADER]: encoded, [PRINCIPAL_SIGNATURE_HEADER]: hmac(encoded, secret) };
}

export type PrincipalVerification =
  | { ok: true; principal: Principal | undefined }
  | {
      ok: false;
      reason: 'missing_signature' | 'bad_signature' | 'malformed' | 'expired' | 'not_yet_valid' | 'wrong_request';
    };

/**
 * Reads the principal headers. No principal header at all → anonymous (`principal: undefined`);
 * a principal without a valid, unexpired signature → not ok (the service answers 401).
 */
export function verifyPrincipalHeaders(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  request: PrincipalBinding,
  now: Date = new Date(),
): PrincipalVerification {
  const encoded = single(headers[PRINCIPAL_HEADER]);
  const signature = single(headers[PRINCIPAL_SIGNATURE_HEADER]);
  if (encoded === undefined)
    return signature === undefined ? { ok: true, principal: undefined } : { ok: false, reason: 'malformed' };
  if (signature === undefined) return { ok: false, reason: 'missing_signature' };
  const expected = Buffer.from(hmac(encoded, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad_signature' };
  let parsed: z.infer<typeof principalPayloadSchema>;
  try {
    const result = principalPayloadSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    if (!result.success) return { ok: false, reason: 'malformed' };
    parsed = result.data;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const nowSeconds = now.getTime() / 1000;
  if (parsed.exp < nowSeconds) return { ok: false, reason: 'expired' };
  if (parsed.iat > nowSeconds + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'not_yet_valid' };
  if (
    parsed.aud !== request.audience ||
    parsed.mth !== request.method.toUpperCase() ||
    parsed.pth !== pathOnly(request.path)
  ) {
    return { ok: false, reason: 'wrong_request' };
  }
  const { exp: _exp, iat: _iat, aud: _aud, mth: _mth, pth: _pth, ...principal } = parsed;
  return { ok: true, principal };
}

function pathOnly(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

function hmac(encoded: string, secret: string): string {
  return createHmac('sha256', secret).update(encoded).digest('base64url');
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}
