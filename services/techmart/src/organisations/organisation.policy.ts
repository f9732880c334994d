// Who may find and administer organisations, and which status changes are allowed. Pure.

import { type Actor, hasRole } from '../shared/actor.js';
import type { AccessDecision } from '../moderation/listing-ownership.policy.js';

export const ORGANISATION_STATUSES = ['pending', 'verified', 'merged', 'deactivated'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** Officers pick owners at intake and verify registrations; admins administer. */
export function canSearchOrganisations(actor: Actor | null): AccessDecision {
  if (!actor) return 'unauthenticated';
  return hasRole(actor, 'officer', 'admin') ? 'allow' : 'forbidden';
}

/** Officers and admins verify registrations, never their own organisation's (separation of duties). */
export function canVerifyOrganisation(actor: Actor | null, organisationId?: string): AccessDecision {
  const decision = canSearchOrganisations(actor);
  if (decision !== 'allow' || organisationId === undefined) return decision;
  return actor?.organisationId === organisationId ? 'forbidden' : 'allow';
}

/** Creating, merging, deactivating organisations and reading the audit log: admins. */
export function canAdministerOrganisations(actor: Actor | null): AccessDecision {
  if (!actor) return 'unauthenticated';
  return hasRole(actor, 'admin') ? 'allow' : 'forbidden';
}

/** Active organisations own listings and can be chosen; merged and deactivated ones cannot. */
export function isActive(status: OrganisationStatus): boolean {
  return status === 'pending' || status === 'verified';
}

export type StatusDecision = { ok: true; status: OrganisationStatus } | { ok: false; reason: string };

export function decideVerify(status: OrganisationStatus): StatusDecision {
  if (status === 'pending') return { ok: true, status: 'verified' };
  return { ok: false, reason: status === 'verified' ? 'already_verified' : `organisation_${status}` };
}

export function decideDeactivate(status: OrganisationStatus): StatusDecision {
  return isActive(status) ? { ok: true, status: 'deactivated' } : { ok: false, reason: `organisation_${status}` };
}

/** A duplicate folds into another active organisation, never into itself. */
export function decideMerge(
  duplicate: { id: string; status: OrganisationStatus },
  survivor: { id: string; status: OrganisationStatus },
): StatusDecision {
  if (duplicate.id === survivor.id) return { ok: false, reason: 'same_organisation' };
  if (!isActive(duplicate.status)) return { ok: false, reason: `organisation_${duplicate.status}` };
  if (!isActive(survivor.status)) return { ok: false, reason: `survivor_${survivor.status}` };
  return { ok: true, status: 'merged' };
}
