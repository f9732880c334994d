// The events of the expert aggregate (topic techmart.expert.v1, key = expert id).

import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  ExpertArchivedSchema,
  ExpertCreatedSchema,
  ExpertPublishedSchema,
  ExpertReturnedSchema,
  type ExpertSchema,
  ExpertSubmittedSchema,
  ExpertWithdrawnSchema,
  ExpertUpdatedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, contactMessage, EVENT_SOURCE, localityMessage } from '../events/common-messages.js';
import type { Actor } from '../shared/actor.js';
import type { PublishedExpertView } from './expert.schema.js';

export const EXPERT_TOPIC = 'techmart.expert.v1';
const AGGREGATE = 'techmart.expert';

export function expertMessage(view: PublishedExpertView): MessageInitShape<typeof ExpertSchema> {
  return {
    id: view.id,
    fullName: view.fullName,
    academicTitle: view.academicTitle ?? '',
    organisation: view.organisation,
    fields: view.fields,
    keywords: view.keywords,
    results: view.results,
    availableForConsulting: view.availableForConsulting,
    locality: localityMessage(view.locality),
    contact: contactMessage(view.contact),
    biography: view.biography,
    revision: view.revision,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    publishedAt: view.publishedAt ?? '',
  };
}

const options = (expertId: string, occurredAt: Date) => ({
  topic: EXPERT_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: expertId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const expertEvents = {
  created: (view: PublishedExpertView, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertCreatedSchema, { expert: expertMessage(view), by: actorMessage(by) }, options(view.id, at)),
  updated: (view: PublishedExpertView, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertUpdatedSchema, { expert: expertMessage(view), by: actorMessage(by) }, options(view.id, at)),
  submitted: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertSubmittedSchema, { expertId: id, revision, by: actorMessage(by) }, options(id, at)),
  withdrawn: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertWithdrawnSchema, { expertId: id, revision, by: actorMessage(by) }, options(id, at)),
  published: (snapshot: PublishedExpertView, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertPublishedSchema, { expert: expertMessage(snapshot), by: actorMessage(by) }, options(snapshot.id, at)),
  returned: (id: string, revision: number, reason: string, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertReturnedSchema, { expertId: id, revision, reason, by: actorMessage(by) }, options(id, at)),
  archived: (id: string, revision: number, by: Actor, at: Date): OutgoingEvent =>
    event(ExpertArchivedSchema, { expertId: id, revision, by: actorMessage(by) }, options(id, at)),
};
