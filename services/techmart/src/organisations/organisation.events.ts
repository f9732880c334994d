// The events of the organisation registry (topic techmart.organisation.v1, key = organisation id).

import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  OrganisationCreatedSchema,
  OrganisationDeactivatedSchema,
  OrganisationMergedSchema,
  OrganisationUpdatedSchema,
  type OrganisationRecordSchema,
  OrganisationStatus as StatusMessage,
  OrganisationVerifiedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE } from '../events/common-messages.js';
import type { Actor } from '../shared/actor.js';
import type { OrganisationStatus } from './organisation.policy.js';
import type { OrganisationRecord } from './organisation.repository.js';

export const ORGANISATION_TOPIC = 'techmart.organisation.v1';
const AGGREGATE = 'techmart.organisation';

const STATUS: Record<OrganisationStatus, StatusMessage> = {
  pending: StatusMessage.PENDING,
  verified: StatusMessage.VERIFIED,
  merged: StatusMessage.MERGED,
  deactivated: StatusMessage.DEACTIVATED,
};

export function organisationMessage(record: OrganisationRecord): MessageInitShape<typeof OrganisationRecordSchema> {
  return {
    id: record.id,
    name: record.name,
    status: STATUS[record.status],
    mergedIntoId: record.mergedIntoId ?? '',
    updatedAt: record.updatedAt.toISOString(),
  };
}

const options = (id: string, occurredAt: Date) => ({
  topic: ORGANISATION_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: id,
  source: EVENT_SOURCE,
  occurredAt,
});

export const organisationEvents = {
  created: (record: OrganisationRecord, by: Actor, at: Date): OutgoingEvent =>
    event(
      OrganisationCreatedSchema,
      { organisation: organisationMessage(record), by: actorMessage(by) },
      options(record.id, at),
    ),
  updated: (record: OrganisationRecord, by: Actor, at: Date): OutgoingEvent =>
    event(
      OrganisationUpdatedSchema,
      { organisation: organisationMessage(record), by: actorMessage(by) },
      options(record.id, at),
    ),
  verified: (record: OrganisationRecord, by: Actor, at: Date): OutgoingEvent =>
    event(
      OrganisationVerifiedSchema,
      { organisation: organisationMessage(record), by: actorMessage(by) },
      options(record.id, at),
    ),
  deactivated: (record: OrganisationRecord, by: Actor, at: Date): OutgoingEvent =>
    event(
      OrganisationDeactivatedSchema,
      { organisation: organisationMessage(record), by: actorMessage(by) },
      options(record.id, at),
    ),
  merged: (
    duplicate: OrganisationRecord,
    survivor: OrganisationRecord,
    moved: { offers: string[]; needs: string[]; experts: string[] },
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      OrganisationMergedSchema,
      {
        duplicate: organisationMessage(duplicate),
        survivor: organisationMessage(survivor),
        movedOfferIds: moved.offers,
        movedNeedIds: moved.needs,
        movedExpertIds: moved.experts,
        by: actorMessage(by),
      },
      options(duplicate.id, at),
    ),
};
