// Pure rules of listing expiry: a published listing lapses a configurable number of months after its
// last publication or renewal; its owner is reminded some days before; a lapsed listing leaves the
// public record until renewed. Copies imported from another exchange follow their source (its
// tombstones), not these rules. No I/O.

import type { ListingMeta } from '../moderation/listing-record.js';

export interface ExpiryPolicy {
  /** LISTING_EXPIRY_MONTHS */
  months: number;
  /** LISTING_EXPIRY_REMINDER_DAYS: how long before the date the owner is reminded */
  reminderDays: number;
}

export const DEFAULT_EXPIRY_POLICY: ExpiryPolicy = { months: 12, reminderDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar months in UTC; the 31st plus one month is the last day of the shorter month. */
export function addMonths(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export function expiryAfter(at: Date, policy: ExpiryPolicy): Date {
  return addMonths(at, policy.months);
}

type ExpiryFacts = Pick<
  ListingMeta,
  'status' | 'publishedSnapshot' | 'expiresAt' | 'expiredAt' | 'expiryRemindedAt'
> & {
  provenance?: unknown;
};

/** A public version exists and is not archived (also while an edit of it waits in moderation). */
function isLive(listing: ExpiryFacts): boolean {
  return listing.publishedSnapshot !== null && listing.status !== 'archived' && !listing.expiredAt;
}

/** What the periodic sweep does to a listing now: expire it, remind its owner, or nothing. */
export function expiryDue(listing: ExpiryFacts, now: Date, policy: ExpiryPolicy): 'expire' | 'remind' | null {
  if (!isLive(listing) || listing.provenance || !listing.expiresAt) return null;
  if (listing.expiresAt.getTime() <= now.getTime()) return 'expire';
  const remindFrom = listing.expiresAt.getTime() - policy.reminderDays * DAY_MS;
  return !listing.expiryRemindedAt && now.getTime() >= remindFrom ? 'remind' : null;
}

/** The owner may renew a listing with a public version (live or lapsed), not an archived or imported one. */
export function renewalRefusal(listing: ExpiryFacts): 'not_published' | 'archived' | 'imported' | null {
  if (listing.status === 'archived') return 'archived';
  if (listing.publishedSnapshot === null) return 'not_published';
  if (listing.provenance) return 'imported';
  return null;
}
