// The events of the request aggregate (topic ipsupport.request.v1, key = request id).
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  DossierCompletedSchema,
  DossierDocumentUploadedSchema,
  DossierItemReviewedSchema,
  RequestAssignedSchema,
  type RequestFactsSchema,
  RequestMessagePostedSchema,
  RequestTransitionedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import {
  actorMessage,
  EVENT_SOURCE,
  REQUEST_STATE_MESSAGE,
  REQUEST_TOPIC,
  RIGHT_MESSAGE,
  SUBJECT_MESSAGE,
} from '../events/event-messages.js';
import type { SupportRequest } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { RequestAction, RequestStateCode } from './request-lifecycle.js';

const AGGREGATE = 'ipsupport.request';

export function requestFacts(r: SupportRequest): MessageInitShape<typeof RequestFactsSchema> {
  return {
    id: r.id,
    reference: r.reference,
    organisation: { id: r.organisationId, name: r.organisationName },
    right: RIGHT_MESSAGE[r.right],
    subjectKind: SUBJECT_MESSAGE[r.subjectKind],
    subjectTitle: r.subjectTitle,
    subjectRefId: r.subjectRefId ?? '',
    localityCode: r.localityCode ?? '',
    revision: r.revision,
  };
}

const options = (requestId: string, occurredAt: Date) => ({
  topic: REQUEST_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: requestId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const requestEvents = {
  transitioned: (
    r: SupportRequest,
    from: RequestStateCode,
    action: RequestAction | 'submit',
    reason: string | null,
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      RequestTransitionedSchema,
      {
        request: requestFacts(r),
        from: action === 'submit' ? 0 : REQUEST_STATE_MESSAGE[from],
        to: REQUEST_STATE_MESSAGE[r.state],
        action,
        reason: reason ?? '',
        by: actorMessage(by),
      },
      options(r.id, at),
    ),
  assigned: (r: SupportRequest, by: Actor, at: Date): OutgoingEvent =>
    event(
      RequestAssignedSchema,
      { requestId: r.id, assigneeId: r.assigneeId ?? '', assigneeName: r.assigneeName ?? '', by: actorMessage(by) },
      options(r.id, at),
    ),
  messagePosted: (requestId: string, messageId: string, internal: boolean, by: Actor, at: Date): OutgoingEvent =>
    event(RequestMessagePostedSchema, { requestId, messageId, internal, by: actorMessage(by) }, options(requestId, at)),
  documentUploaded: (
    d: {
      requestId: string;
      itemCode: string;
      documentId: string;
      mediaType: string;
      sizeBytes: number;
      sha256: string;
    },
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      DossierDocumentUploadedSchema,
      { ...d, sizeBytes: BigInt(d.sizeBytes), by: actorMessage(by) },
      options(d.requestId, at),
    ),
  itemReviewed: (
    d: { requestId: string; itemCode: string; verdict: 'accepted' | 'rejected'; note: string | null },
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(DossierItemReviewedSchema, { ...d, note: d.note ?? '', by: actorMessage(by) }, options(d.requestId, at)),
  dossierCompleted: (r: SupportRequest, itemsAccepted: number, by: Actor, at: Date): OutgoingEvent =>
    event(DossierCompletedSchema, { request: requestFacts(r), itemsAccepted, by: actorMessage(by) }, options(r.id, at)),
};
