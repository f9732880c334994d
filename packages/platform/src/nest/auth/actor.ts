// The person acting on a request, as the services' domain code sees them: the gateway-signed principal
// mapped onto a plain shape (no framework types), so rules are unit-testable with plain objects.
// Shared by every service instead of a copy in each.
import type { PipeTransform } from '@nestjs/common';
import { problem } from '../../http/problem/problem-catalogue.js';
import type { Principal, Role } from './principal.js';

export interface Actor {
  userId: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  roles: readonly Role[];
  /** province code, or a commune code for commune officers */
  localityCode: string | null;
}

export function hasRole(actor: Actor | null | undefined, ...roles: Role[]): boolean {
  return !!actor && roles.some((role) => actor.roles.includes(role));
}

export function toActor(principal: Principal): Actor;
export function toActor(principal: Principal | undefined): Actor | null;
export function toActor(principal: Principal | undefined): Actor | null {
  if (!principal) return null;
  return {
    userId: principal.userId,
    displayName: principal.displayName,
    organisationId: principal.organisationId ?? null,
    organisationName: principal.organisationName ?? null,
    roles: principal.roles,
    localityCode: principal.localityCode ?? null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** A path id that is not a UUID names nothing: 404, before it reaches the database. */
export class UuidPathPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw problem('not_found', { detail: `no such id ${value.slice(0, 80)}` });
    return value.toLowerCase();
  }
}
