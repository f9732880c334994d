// Who sees what in matching. Officers match: a commune officer their commune's needs, a Department
// officer the province's. A requester sees the suggestions for its own need; nobody else does. Pure.

import type { AccessDecision } from '../moderation/listing-ownership.policy.js';
import { type Actor, hasRole } from '../shared/actor.js';

export type MatchingScope = { level: 'province'; provinceCode: string } | { level: 'commune'; communeCode: string };

/** The officer's matching scope from the locality the identity provider vouches for; null: not an officer. */
export function matchingScope(actor: Actor | null): MatchingScope | null {
  if (!actor || !hasRole(actor, 'officer')) return null;
  const locality = actor.localityCode ?? '';
  if (/^\d{5}$/.test(locality)) return { level: 'commune', communeCode: locality };
  if (/^\d{2}$/.test(locality)) return { level: 'province', provinceCode: locality };
  return null;
}

export function inScope(scope: MatchingScope, need: { provinceCode: string; communeCode: string | null }): boolean {
  return scope.level === 'province' ? true : need.communeCode === scope.communeCode;
}

/** The workbench, the dashboard and suggestion decisions: officers with a recognisable locality. */
export function canUseWorkbench(actor: Actor | null): AccessDecision {
  if (!actor) return 'unauthenticated';
  return matchingScope(actor) ? 'allow' : 'forbidden';
}

/** A need's suggestions: officers whose scope holds the need, and the requester itself. */
export function canSeeSuggestions(
  actor: Actor | null,
  need: { ownerOrganisationId: string; provinceCode: string; communeCode: string | null },
): AccessDecision {
  if (!actor) return 'unauthenticated';
  if (actor.organisationId != null && actor.organisationId === need.ownerOrganisationId) return 'allow';
  const scope = matchingScope(actor);
  if (scope && inScope(scope, need)) return 'allow';
  // Answered like a need that has no suggestions to show: whether it exists is public anyway.
  return 'forbidden';
}

/** Acting on suggestions (shortlist, dismiss, connect): officers whose scope holds the need. */
export function canActOnSuggestions(
  actor: Actor | null,
  need: { provinceCode: string; communeCode: string | null },
): AccessDecision {
  if (!actor) return 'unauthenticated';
  const scope = matchingScope(actor);
  return scope && inScope(scope, need) ? 'allow' : 'forbidden';
}
