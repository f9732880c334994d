export const ROLES = ['business', 'researcher', 'officer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  username: string;
  name: string;
  organisationName?: string;
  email?: string;
  /** the province or commune the account belongs to (an officer's area), from `locality_code` */
  localityCode?: string;
  roles: Role[];
}

/** Decode (not verify: the API verifies) a JWT payload to read claims for the UI. */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const b64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function rolesOf(claims: Record<string, unknown> | null | undefined): Role[] {
  const ra = claims?.realm_access as { roles?: unknown } | undefined;
  const list = Array.isArray(ra?.roles) ? ra.roles : [];
  return ROLES.filter((r) => list.includes(r));
}

export function identityFrom(accessToken: string, profile: Record<string, unknown>): Identity {
  const claims = decodeJwtPayload(accessToken);
  const pick = (k: string): string | undefined => {
    const v = claims?.[k] ?? profile[k];
    return typeof v === 'string' && v ? v : undefined;
  };
  const roles = rolesOf(claims);
  const username = pick('preferred_username') ?? pick('sub') ?? '';
  return {
    username,
    name: pick('name') ?? username,
    organisationName: pick('organisation_name'),
    email: pick('email'),
    localityCode: pick('locality_code'),
    roles: roles.length > 0 ? roles : rolesOf(profile),
  };
}

export const canList = (roles: readonly Role[]) => roles.includes('business') || roles.includes('researcher');
export const canModerate = (roles: readonly Role[]) => roles.includes('officer');
