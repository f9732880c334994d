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
  /** expiry, seconds since the epoch: a captured header pair stops working soon */
  exp: z.number().int(),
});

export interface SignedPrincipalHeaders {
  [PRINCIPAL_HEADER]: string;
  [PRINCIPAL_SIGNATURE_HEADER]: string;
}

/** For the gateway: the two headers carrying the verified user to a service. */
export function signPrincipal(
  principal: Principal,
  secret: string,
  options: { ttlSeconds?: number; now?: Date } = {},
): SignedPrincipalHeaders {
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload = { ...principal, exp: nowSeconds + (options.ttlSeconds ?? 300) };
  const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return { [PRINCIPAL_HEADER]: encoded, [PRINCIPAL_SIGNATURE_HEADER]: hmac(encoded, secret) };
}

export type PrincipalVerification =
  | { ok: true; principal: Principal | undefined }
  | { ok: false; reason: 'missing_signature' | 'bad_signature' | 'malformed' | 'expired' };

/**
 * Reads the principal headers. No principal header at all → anonymous (`principal: undefined`);
 * a principal without a valid, unexpired signature → not ok (the service answers 401).
 */
export function verifyPrincipalHeaders(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
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
  if (parsed.exp * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  const { exp: _exp, ...principal } = parsed;
  return { ok: true, principal };
}

function hmac(encoded: string, secret: string): string {
  return createHmac('sha256', secret).update(encoded).digest('base64url');
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}
