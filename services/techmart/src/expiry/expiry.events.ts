// Expiry events (proto sti.techmart.v1.ListingExpired / ListingRenewed), written to the listing's own
// topic so they stay in order with its other events (key = listing id).

import { ListingExpiredSchema, ListingRenewedSchema, ListingType } from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE } from '../events/common-messages.js';
import { EXPERT_TOPIC } from '../experts/expert.events.js';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import { NEED_TOPIC } from '../needs/need.events.js';
import { OFFER_TOPIC } from '../offers/offer.events.js';
import type { Actor } from '../shared/actor.js';

const TOPIC: Record<ListingKind, string> = { offer: OFFER_TOPIC, need: NEED_TOPIC, expert: EXPERT_TOPIC };
const TYPE: Record<ListingKind, ListingType> = {
  offer: ListingType.OFFER,
  need: ListingType.NEED,
  expert: ListingType.EXPERT,
};

const options = (kind: ListingKind, id: string, at: Date) => ({
  topic: TOPIC[kind],
  aggregateType: `techmart.${kind}`,
  aggregateId: id,
  source: EVENT_SOURCE,
  occurredAt: at,
});

export const expiryEvents = {
  expired: (kind: ListingKind, id: string, revision: number, at: Date): OutgoingEvent =>
    event(
      ListingExpiredSchema,
      { listingType: TYPE[kind], listingId: id, revision, expiredAt: at.toISOString() },
      options(kind, id, at),
    ),
  renewed: (kind: ListingKind, id: string, revision: number, expiresAt: Date, by: Actor, at: Date): OutgoingEvent =>
    event(
      ListingRenewedSchema,
      { listingType: TYPE[kind], listingId: id, revision, expiresAt: expiresAt.toISOString(), by: actorMessage(by) },
      options(kind, id, at),
    ),
};
