// The events of the need aggregate (topic techmart.need.v1, key = need id).

import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  NeedArchivedSchema,
  NeedCreatedSchema,
  NeedPublishedSchema,
  NeedReturnedSchema,
  type NeedSchema,
  NeedSubmittedSchema,
  NeedWithdrawnSchema,
  NeedUpdatedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, contactMessage, EVENT_SOURCE, localityMessage } from '../events/common-messages.js';
import type { Actor } from '../shared/actor.js';
import type { PublishedNeedView } from './need.schema.js';

export const NEED_TOPIC = 'techmart.need.v1';
const AGGREGATE = 'techmart.need';

export function needMessage(view: PublishedNeedView): MessageInitShape<typeof NeedSchema> {
  return {
    id: view.id,
    title: view.title,
    problem: view.problem,
    sector: view.sector,
    keywords: view.keywords,
    desiredTrl: view.desiredTrl ?? 0,
    budgetMinVnd: view.budget.minVnd === undefined ? 0n : BigInt(view.budget.minVnd),
    budgetMaxVnd: view.budget.maxVnd === undefined ? 0n : BigInt(view.budget.maxVnd),
    wantedBy: view.wantedBy ?? '',
    locality: localityMessage(view.locality),
    requester: view.requester,
    ...(view.intake
      ? {
          intake: {
            enteredBy: { userId: view.intake.enteredBy.userId, displayName: view.intake.enteredBy.displayName },
            onBehalfOf: view.intake.onBehalfOf,
          },
        }
      : {}),
    contact: contactMessage(view.contact),
    revision: view.revision,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    publishedAt: view.publishedAt ?? '',
  };
}

const options = (needId: string, occurredAt: Date) => ({
  topic: NEED_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: needId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const needEvents = {
  created: (view: PublishedNeedView, by: Actor, at: Date): OutgoingEvent =>
    event(NeedCreatedSchema, { need: needMessage(view), by: actorMessage(by) }, options(view.id, at)),
  updated: (view: PublishedNeedView, by: Actor, at: Date): OutgoingEvent =>
    event(NeedUpdatedSchema, { need: needMessage(view), by: actorMessage(by) }, options(view.id, at)),
  submitted: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(NeedSubmittedSchema, { needId: id, revision, by: actorMessage(by) }, options(id, at)),
  withdrawn: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(NeedWithdrawnSchema, { needId: id, revision, by: actorMessage(by) }, options(id, at)),
  published: (snapshot: PublishedNeedView, by: Actor, at: Date): OutgoingEvent =>
    event(NeedPublishedSchema, { need: needMessage(snapshot), by: actorMessage(by) }, options(snapshot.id, at)),
  returned: (id: string, revision: number, reason: string, by: Actor, at: Date): OutgoingEvent =>
    event(NeedReturnedSchema, { needId: id, revision, reason, by: actorMessage(by) }, options(id, at)),
  archived: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(NeedArchivedSchema, { needId: id, revision, by: actorMessage(by) }, options(id, at)),
};
