// Topics and the shared value types of the service's events (sti.common.v1).
import type { MessageInitShape } from '@bufbuild/protobuf';
import type { ActorSchema } from '@sti/contracts';
import type { Actor } from '../shared/actor.js';

export const EVENT_SOURCE = '/sti/initiatives';
export const CAMPAIGN_TOPIC = 'initiatives.campaign.v1';
export const SUBMISSION_TOPIC = 'initiatives.submission.v1';
export const REPOSITORY_TOPIC = 'initiatives.repository.v1';
export const INITIATIVES_TOPICS = [CAMPAIGN_TOPIC, SUBMISSION_TOPIC, REPOSITORY_TOPIC] as const;

export function actorMessage(actor: Actor): MessageInitShape<typeof ActorSchema> {
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    organisationId: actor.organisationId ?? '',
    roles: [...actor.roles],
  };
}
