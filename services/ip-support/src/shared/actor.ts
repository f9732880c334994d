// The person acting on a request, as the gateway vouches for them. Domain rules and services use
// this shape; the HTTP layer maps the platform's principal onto it.
import type { Role } from '@sti/platform';

export interface Actor {
  userId: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  roles: readonly Role[];
  localityCode: string | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}
