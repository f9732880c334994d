// The events of the offer aggregate (topic techmart.offer.v1, key = offer id).
// Created/Updated carry the working copy (not public); Published carries the public snapshot;
// Submitted/Returned/Archived carry ids only.

import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  EquipmentCondition,
  IpStatus,
  OfferArchivedSchema,
  OfferCreatedSchema,
  OfferKind,
  OfferPublishedSchema,
  OfferReturnedSchema,
  type OfferSchema,
  OfferSubmittedSchema,
  OfferWithdrawnSchema,
  OfferUpdatedSchema,
  TransferMode,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import {
  actorMessage,
  attachmentMessage,
  contactMessage,
  EVENT_SOURCE,
  localityMessage,
} from '../events/common-messages.js';
import type { Actor } from '../shared/actor.js';
import type { PublishedOfferView } from './offer.schema.js';

export const OFFER_TOPIC = 'techmart.offer.v1';
const AGGREGATE = 'techmart.offer';

const KIND = { technology: OfferKind.TECHNOLOGY, equipment: OfferKind.EQUIPMENT } as const;
const IP = {
  granted_patent: IpStatus.GRANTED_PATENT,
  pending_application: IpStatus.PENDING_APPLICATION,
  utility_solution: IpStatus.UTILITY_SOLUTION,
  know_how: IpStatus.KNOW_HOW,
  none: IpStatus.NONE,
} as const;
const MODE = {
  licence: TransferMode.LICENCE,
  assignment: TransferMode.ASSIGNMENT,
  turnkey: TransferMode.TURNKEY,
  joint_venture: TransferMode.JOINT_VENTURE,
  consulting_training: TransferMode.CONSULTING_TRAINING,
} as const;
const CONDITION = {
  new: EquipmentCondition.NEW,
  used_good: EquipmentCondition.USED_GOOD,
  used_fair: EquipmentCondition.USED_FAIR,
  refurbished: EquipmentCondition.REFURBISHED,
} as const;

export function offerMessage(view: PublishedOfferView): MessageInitShape<typeof OfferSchema> {
  return {
    id: view.id,
    kind: KIND[view.kind],
    title: view.title,
    summary: view.summary,
    description: view.description,
    sector: view.sector,
    keywords: view.keywords,
    // proto3 has no null: 0 and UNSPECIFIED say "not known" (used equipment); search reads them as null
    trl: view.trl ?? 0,
    ipStatus: view.ipStatus ? IP[view.ipStatus] : IpStatus.UNSPECIFIED,
    transferModes: view.transferModes.map((mode) => MODE[mode]),
    price:
      'amountVnd' in view.price
        ? { value: { case: 'amountVnd', value: BigInt(view.price.amountVnd) } }
        : { value: { case: 'negotiable', value: true } },
    locality: localityMessage(view.locality),
    owner: view.owner,
    attachments: view.attachments.map(attachmentMessage),
    contact: contactMessage(view.contact),
    ...(view.equipment
      ? {
          equipment: {
            specifications: view.equipment.specifications,
            condition: CONDITION[view.equipment.condition],
            quantity: view.equipment.quantity,
          },
        }
      : {}),
    revision: view.revision,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    publishedAt: view.publishedAt ?? '',
  };
}

const options = (offerId: string, occurredAt: Date) => ({
  topic: OFFER_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: offerId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const offerEvents = {
  created: (view: PublishedOfferView, by: Actor, at: Date): OutgoingEvent =>
    event(OfferCreatedSchema, { offer: offerMessage(view), by: actorMessage(by) }, options(view.id, at)),
  updated: (view: PublishedOfferView, by: Actor, at: Date): OutgoingEvent =>
    event(OfferUpdatedSchema, { offer: offerMessage(view), by: actorMessage(by) }, options(view.id, at)),
  submitted: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(OfferSubmittedSchema, { offerId: id, revision, by: actorMessage(by) }, options(id, at)),
  withdrawn: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(OfferWithdrawnSchema, { offerId: id, revision, by: actorMessage(by) }, options(id, at)),
  published: (snapshot: PublishedOfferView, by: Actor, at: Date): OutgoingEvent =>
    event(OfferPublishedSchema, { offer: offerMessage(snapshot), by: actorMessage(by) }, options(snapshot.id, at)),
  returned: (id: string, revision: number, reason: string, by: Actor, at: Date): OutgoingEvent =>
    event(OfferReturnedSchema, { offerId: id, revision, reason, by: actorMessage(by) }, options(id, at)),
  archived: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(OfferArchivedSchema, { offerId: id, revision, by: actorMessage(by) }, options(id, at)),
};
