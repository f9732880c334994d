// ReadinessChanged (topic incubation.readiness.v1, key = startup id).
import { ReadinessChangedSchema } from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, READINESS_TOPIC } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';
import type { ReadinessResult } from './readiness.rules.js';

export function readinessChanged(
  startup: { id: string; name: string },
  result: ReadinessResult,
  previousLevel: string,
  certified: boolean,
  by: Actor,
  at: Date,
): OutgoingEvent {
  return event(
    ReadinessChangedSchema,
    {
      startupId: startup.id,
      startupName: startup.name,
      certification: result.certification,
      ruleSetId: result.ruleSetId,
      previousLevel,
      level: result.level,
      conditionsMet: result.met,
      conditionsTotal: result.total,
      certified,
      by: actorMessage(by),
    },
    {
      topic: READINESS_TOPIC,
      aggregateType: 'incubation.readiness',
      aggregateId: startup.id,
      source: EVENT_SOURCE,
      occurredAt: at,
    },
  );
}
