// Who sees what: officers and administrators see every request; a business or institute sees its
// own organisation's requests, documents and filings only; anonymous callers never get this far
// (every controller is @Authenticated). Pure.
import { type Actor, hasRole } from '../shared/actor.js';
import { notFound, type Named } from '../shared/problems.js';
import type { Side } from './request-lifecycle.js';

export function isOfficer(actor: Actor): boolean {
  return hasRole(actor, 'officer', 'admin');
}

/** Businesses, co-operatives and research institutes ask for support for their own organisation. */
export function canRequestSupport(actor: Actor): boolean {
  return hasRole(actor, 'business', 'researcher') && actor.organisationId !== null;
}

export function canSeeOrganisation(actor: Actor, organisationId: string): boolean {
  return isOfficer(actor) || (actor.organisationId !== null && actor.organisationId === organisationId);
}

/** Someone else's request answers 404, as if it did not exist (no probing for ids). */
export function assertCanSee(actor: Actor, record: { organisationId: string }, what: Named, id: string): void {
  if (!canSeeOrganisation(actor, record.organisationId)) throw notFound(what, id);
}

/** The side a person acts on for a request they can see. */
export function sideOf(actor: Actor): Side {
  return isOfficer(actor) ? 'officer' : 'business';
}
