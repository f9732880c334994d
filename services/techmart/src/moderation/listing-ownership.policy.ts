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

/**
 * The one rule for who moderates at all: the gateway guards the moderation routes with the same
 * roles (its copy lives in @sti/platform and a test keeps the two equal). Admins administer, they do
 * not moderate.
 */
export const MODERATOR_ROLES = ['officer'] as const;

/** Whether commune officers moderate their commune's listings or leave moderation to the province. */
export type CommuneOfficerModeration = 'commune' | 'none';
export const COMMUNE_OFFICER_MODERATION_VALUES = ['commune', 'none'] as const;

/** What an officer may moderate, from the locality the identity provider vouches for. */
export type ModerationScope = { level: 'province' } | { level: 'commune'; communeCode: string } | { level: 'none' };

/** The facts of a listing moderation decides on. */
export interface ModerationSubject {
  ownerOrganisationId: string;
  communeCode: string | null;
  /** the officer who took the need in for a business, if one did */
  intakeByUserId: string | null;
}

/** Vietnamese administrative codes: provinces have two digits, communes and wards five. */
const PROVINCE_CODE = /^\d{2}$/;
const COMMUNE_CODE = /^\d{5}$/;

/**
 * A commune officer carries a commune code as their locality, a provincial (Department) officer a
 * province code. An officer without a recognisable locality moderates nothing: fail closed.
 */
export function moderationScope(actor: Actor, communeOfficers: CommuneOfficerModeration): ModerationScope {
  if (!hasRole(actor, ...MODERATOR_ROLES)) return { level: 'none' };
  const locality = actor.localityCode ?? '';
  if (PROVINCE_CODE.test(locality)) return { level: 'province' };
  if (COMMUNE_CODE.test(locality) && communeOfficers === 'commune') return { level: 'commune', communeCode: locality };
  return { level: 'none' };
}

/**
 * Without a listing: may the actor open the moderation queue (the role; the gateway's rule).
 * With one: separation of duties — nobody moderates a listing of their own organisation or a need
 * they took in themselves; a commune officer only their commune's listings; provincial officers
 * everything else.
 */
export function canModerate(
  actor: Actor | null,
  listing?: ModerationSubject,
  communeOfficers: CommuneOfficerModeration = 'commune',
): AccessDecision {
  if (!actor) return 'unauthenticated';
  if (!hasRole(actor, ...MODERATOR_ROLES)) return 'forbidden';
  if (!listing) return 'allow';
  const scope = moderationScope(actor, communeOfficers);
  if (scope.level === 'none') return 'forbidden';
  if (actor.organisationId != null && actor.organisationId === listing.ownerOrganisationId) return 'forbidden';
  if (listing.intakeByUserId !== null && listing.intakeByUserId === actor.userId) return 'forbidden';
  if (scope.level === 'commune' && listing.communeCode !== scope.communeCode) return 'forbidden';
  return 'allow';
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
