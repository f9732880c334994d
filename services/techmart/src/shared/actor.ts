// The person acting on a request, as the gateway vouches for them. Domain rules and services use
// this shape; the HTTP layer maps the platform's principal onto it.

export const ROLES = ['business', 'researcher', 'officer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  displayName: string;
  /** the organisation the user belongs to; officers belong to the Department or a commune office */
  organisationId: string | null;
  organisationName: string | null;
  roles: readonly Role[];
  /** province code, or a commune code for commune officers (the identity provider's locality claim) */
  localityCode?: string | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
