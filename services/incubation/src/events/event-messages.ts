// Topics of the service's events and the shared value shapes (sti.common.v1).
import type { MessageInitShape } from '@bufbuild/protobuf';
import type { ActorSchema } from '@sti/contracts';
import type { Actor } from '../shared/actor.js';

export const EVENT_SOURCE = '/sti/incubation';
export const STARTUP_TOPIC = 'incubation.startup.v1';
export const CONTEST_TOPIC = 'incubation.contest.v1';
export const PROGRAMME_TOPIC = 'incubation.programme.v1';
export const MENTORING_TOPIC = 'incubation.mentoring.v1';
export const INTRODUCTION_TOPIC = 'incubation.introduction.v1';
export const READINESS_TOPIC = 'incubation.readiness.v1';
export const INCUBATION_TOPICS = [
  STARTUP_TOPIC,
  CONTEST_TOPIC,
  PROGRAMME_TOPIC,
  MENTORING_TOPIC,
  INTRODUCTION_TOPIC,
  READINESS_TOPIC,
] as const;

export function actorMessage(actor: Actor | undefined | null): MessageInitShape<typeof ActorSchema> {
  if (!actor) return { userId: 'system', displayName: 'system', organisationId: '', roles: [] };
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    organisationId: actor.organisationId ?? '',
    roles: [...actor.roles],
  };
}
