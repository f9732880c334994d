// Techmart consumes its own listing topics to keep suggestions current. Why not in the publishing
// transaction: a new offer re-scores up to thousands of open needs, which would hold the officer's
// publish (and the listing's row lock) for that long, and tie moderation to matching. Through the
// outbox the event exists exactly when the publication committed, the inbox row makes the re-score
// happen once however often it is delivered, and on Kafka the work spreads over the consumer group
// (keyed by listing, so one listing's publish and archive are applied in order).

import {
  ExpertArchivedSchema,
  ExpertPublishedSchema,
  NeedArchivedSchema,
  NeedPublishedSchema,
  OfferArchivedSchema,
  OfferPublishedSchema,
} from '@sti/contracts';
import { type Consumer, createConsumer, type EventTransport, on, type TransactionRunner } from '@sti/platform';
import type { Logger } from 'pino';
import { EXPERT_TOPIC } from '../experts/expert.events.js';
import type { Db } from '../moderation/listing-workflow.js';
import { NEED_TOPIC } from '../needs/need.events.js';
import { OFFER_TOPIC } from '../offers/offer.events.js';
import { expertDocument, needDocument, offerDocument } from './match-document.js';
import type { MatchingService } from './matching.service.js';

export const MATCHING_CONSUMER_GROUP = 'techmart.matching';

export function matchingHandlers(matching: MatchingService) {
  return {
    ...on(OfferPublishedSchema, async (e, tx: Db) => {
      if (e.message.offer) await matching.supplierPublished(tx, offerDocument(e.message.offer));
    }),
    ...on(ExpertPublishedSchema, async (e, tx: Db) => {
      if (e.message.expert) await matching.supplierPublished(tx, expertDocument(e.message.expert));
    }),
    ...on(NeedPublishedSchema, async (e, tx: Db) => {
      if (e.message.need) await matching.needPublished(tx, needDocument(e.message.need));
    }),
    ...on(OfferArchivedSchema, (e, tx: Db) => matching.listingRemoved(tx, e.message.offerId)),
    ...on(ExpertArchivedSchema, (e, tx: Db) => matching.listingRemoved(tx, e.message.expertId)),
    ...on(NeedArchivedSchema, (e, tx: Db) => matching.listingRemoved(tx, e.message.needId)),
  };
}

export function createMatchingConsumer(options: {
  matching: MatchingService;
  transport: EventTransport;
  transactions: TransactionRunner<Db>;
  logger?: Logger;
}): Consumer {
  return createConsumer<Db>({
    group: MATCHING_CONSUMER_GROUP,
    topics: [OFFER_TOPIC, NEED_TOPIC, EXPERT_TOPIC],
    handlers: matchingHandlers(options.matching),
    transactions: options.transactions,
    transport: options.transport,
    // A fresh install (or a new group) builds its suggestions from the whole listing history.
    fromBeginning: true,
    // Batches stay small: each event may re-score thousands of needs.
    maxBatchSize: 20,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
