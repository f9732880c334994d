// Who may do what to a listing. Listings belong to organisations, not to the person who typed
// them: colleagues share their organisation's listings. Officers moderate and may archive.

import { type Actor, hasRole } from '../shared/actor.js';
import { isPubliclyVisible, type LifecycleState } from './listing-lifecycle.js';

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'not_found';

export interface OwnedListing extends LifecycleState {
  ownerOrganisationId: string;
  /** taken in by an officer for a business without an account: officers keep editing it for them */
  officerManaged?: boolean;
}

export type ListingKind = 'offer' | 'need' | 'expert';

/** Businesses and researchers create offers and experts; needs too (officers use intake instead). */
export function canCreate(actor: Actor | null, kind: ListingKind): AccessDecision {
  if (!actor) return 'unauthenticated';
  if (!hasRole(actor, 'business', 'researcher') || !actor.organisationId) return 'forbidden';
  // Businesses have no expert profiles of their own; that is for researchers' institutes.
  if (kind === 'expert' && !hasRole(actor, 'researcher')) return 'forbidden';
  return 'allow';
}

/** Officers record needs for businesses and co-operatives that do not use the portal themselves. */
export function canTakeIn(actor: Actor | null): AccessDecision {
  if (!actor) return 'unauthenticated';
  return hasRole(actor, 'officer') ? 'allow' : 'forbidden';
}

export function isOwner(actor: Actor | null, listing: OwnedListing): boolean {
  return actor?.organisationId != null && actor.organisationId === listing.ownerOrganisationId;
}

/**
 * Reading: the public sees published listings; the owner organisation and officers see every state.
 * Anyone else gets not_found rather than forbidden so unpublished listings do not leak.
 */
export function canView(actor: Actor | null, listing: OwnedListing): AccessDecision {
  if (isPubliclyVisible(listing)) return 'allow';
  if (actor && (isOwner(actor, listing) || hasRole(actor, 'officer'))) return 'allow';
  return 'not_found';
}

/** Whether the reader sees the working copy (owner, officer) or only the published snapshot. */
export function seesWorkingCopy(actor: Actor | null, listing: OwnedListing): boolean {
  return actor !== null && (isOwner(actor, listing) || hasRole(actor, 'officer'));
}

/** Editing and submitting: the owner organisation (and officers for listings they took in). */
export function canEdit(actor: Actor | null, listing: OwnedListing): AccessDecision {
  if (!actor) return 'unauthenticated';
  if (isOwner(actor, listing)) return 'allow';
  return listing.officerManaged === true && hasRole(actor, 'officer') ? 'allow' : 'forbidden';
}

export function canModerate(actor: Actor | null): AccessDecision {
  if (!actor) return 'unauthenticated';
  return hasRole(actor, 'officer') ? 'allow' : 'forbidden';
}

export function canArchive(actor: Actor | null, listing: OwnedListing): AccessDecision {
  if (!actor) return 'unauthenticated';
  return isOwner(actor, listing) || hasRole(actor, 'officer') ? 'allow' : 'forbidden';
}

/** "My listings": anyone signed in with an organisation. */
export function canListOwn(actor: Actor | null): AccessDecision {
  if (!actor) return 'unauthenticated';
  return actor.organisationId ? 'allow' : 'forbidden';
}
