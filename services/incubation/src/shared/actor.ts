// The person acting on a request: the platform's verified principal as the gateway signed it. Domain
// rules take this shape (no framework types), so they are unit-testable with plain objects.
import type { Principal, Role } from '@sti/platform';

export type Actor = Readonly<Principal>;

export function hasRole(actor: Actor | undefined | null, ...roles: Role[]): boolean {
  return !!actor && roles.some((role) => actor.roles.includes(role));
}

/** Officers of the Department or a commune and administrators run contests and programmes. */
export function isOfficer(actor: Actor | undefined | null): boolean {
  return hasRole(actor, 'officer', 'admin');
}
