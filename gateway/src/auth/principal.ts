// The user as the gateway vouches for them to the services (headers x-sti-principal / -sig).
// Built from a verified access token's claims, the same way for Keycloak and the embedded provider.

import { type Principal, ROLES } from '@sti/platform';

export type { Principal };

/** The claims the gateway reads from a Keycloak-shaped access token. */
export interface AccessTokenClaims {
  sub?: string;
  name?: string;
  preferred_username?: string;
  realm_access?: { roles?: unknown };
  organisation_id?: unknown;
  organisation_name?: unknown;
  locality_code?: unknown;
  [claim: string]: unknown;
}

export function principalFromClaims(claims: AccessTokenClaims): Principal {
  const rawRoles = Array.isArray(claims.realm_access?.roles) ? (claims.realm_access.roles as unknown[]) : [];
  // Keycloak adds default-roles-sti, offline_access…; services only know the platform's roles.
  const roles = ROLES.filter((role) => rawRoles.includes(role));
  const principal: Principal = {
    userId: claims.sub ?? '',
    displayName: claims.name || claims.preferred_username || claims.sub || '',
    roles,
  };
  if (typeof claims.organisation_id === 'string' && claims.organisation_id)
    principal.organisationId = claims.organisation_id;
  if (typeof claims.organisation_name === 'string' && claims.organisation_name) {
    principal.organisationName = claims.organisation_name;
  }
  if (typeof claims.locality_code === 'string' && claims.locality_code) principal.localityCode = claims.locality_code;
  // Keycloak: a user attribute `pending` mapped into the token; the embedded provider sets the claim itself.
  if (claims.pending === true || claims.pending === 'true') principal.pending = true;
  return principal;
}
