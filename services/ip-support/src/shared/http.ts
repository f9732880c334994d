// Small pieces the controllers share: the principal → actor mapping and the id pipe.
import type { PipeTransform } from '@nestjs/common';
import { type Principal, problem } from '@sti/platform';
import type { Actor } from './actor.js';

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

/** A path id that is not a UUID names nothing: 404, before it reaches the database. */
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw problem('not_found', { detail: `no such id ${value.slice(0, 80)}` });
    return value.toLowerCase();
  }
}
