// The events of an OCOP product (topic ipsupport.ocop.v1, key = product id): what the indicators
// count — products supported, readiness steps, barcodes issued, marks registered.
import {
  OcopBarcodeIssuedSchema,
  OcopMarkRegisteredSchema,
  type OcopProductFactsSchema,
  OcopProductEnrolledSchema,
  OcopReadinessItemChangedSchema,
  OcopReadinessStatus as StatusMessage,
} from '@sti/contracts';
import type { MessageInitShape } from '@bufbuild/protobuf';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, RIGHT_MESSAGE } from '../events/event-messages.js';
import type { OcopProduct } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { ReadinessStatus } from './ocop-rules.js';

export const OCOP_TOPIC = 'ipsupport.ocop.v1';
const AGGREGATE = 'ipsupport.ocop_product';

const STATUS: Record<ReadinessStatus, StatusMessage> = {
  not_started: StatusMessage.NOT_STARTED,
  in_progress: StatusMessage.IN_PROGRESS,
  ready_for_review: StatusMessage.READY_FOR_REVIEW,
  done: StatusMessage.DONE,
  not_applicable: StatusMessage.NOT_APPLICABLE,
};

function facts(p: OcopProduct): MessageInitShape<typeof OcopProductFactsSchema> {
  return {
    id: p.id,
    organisation: { id: p.organisationId, name: p.organisationName },
    name: p.name,
    category: p.category,
    targetStars: p.targetStars,
    currentStars: p.currentStars,
    localityCode: p.localityCode ?? '',
  };
}

const options = (productId: string, occurredAt: Date) => ({
  topic: OCOP_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: productId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const ocopEvents = {
  enrolled: (p: OcopProduct, rulesEffectiveFrom: string, by: Actor, at: Date): OutgoingEvent =>
    event(
      OcopProductEnrolledSchema,
      { product: facts(p), rulesEffectiveFrom, by: actorMessage(by) },
      options(p.id, at),
    ),
  itemChanged: (
    p: OcopProduct,
    change: {
      itemCode: string;
      from: ReadinessStatus;
      to: ReadinessStatus;
      note: string;
      done: number;
      applicable: number;
    },
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      OcopReadinessItemChangedSchema,
      {
        product: facts(p),
        itemCode: change.itemCode,
        from: STATUS[change.from],
        to: STATUS[change.to],
        note: change.note,
        doneCount: change.done,
        applicableCount: change.applicable,
        by: actorMessage(by),
      },
      options(p.id, at),
    ),
  barcodeIssued: (p: OcopProduct, companyPrefix: string, gtin: string, by: Actor, at: Date): OutgoingEvent =>
    event(OcopBarcodeIssuedSchema, { product: facts(p), companyPrefix, gtin, by: actorMessage(by) }, options(p.id, at)),
  markRegistered: (
    p: OcopProduct,
    mark: { right: keyof typeof RIGHT_MESSAGE; certificateNumber: string; requestId: string | null },
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      OcopMarkRegisteredSchema,
      {
        product: facts(p),
        right: RIGHT_MESSAGE[mark.right],
        certificateNumber: mark.certificateNumber,
        requestId: mark.requestId ?? '',
        by: actorMessage(by),
      },
      options(p.id, at),
    ),
};
