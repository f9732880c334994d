// Events of introductions (topic incubation.introduction.v1, key = introduction id). No contact data.
import {
  IntroductionAcceptedSchema,
  IntroductionDeclinedSchema,
  IntroductionForwardedSchema,
  IntroductionRequestedSchema,
  IntroductionWithdrawnSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, INTRODUCTION_TOPIC } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';
import type { IntroductionState } from './introduction-lifecycle.js';

export interface IntroductionEventFacts {
  id: string;
  startupId: string;
  startupName: string;
  investorId: string;
  investorName: string;
  state: IntroductionState;
}

const options = (id: string, at: Date) => ({
  topic: INTRODUCTION_TOPIC,
  aggregateType: 'incubation.introduction',
  aggregateId: id,
  source: EVENT_SOURCE,
  occurredAt: at,
});

const summary = (i: IntroductionEventFacts) => ({
  introductionId: i.id,
  startupId: i.startupId,
  startupName: i.startupName,
  investorId: i.investorId,
  investorName: i.investorName,
  state: i.state,
});

export function introductionEvent(i: IntroductionEventFacts, by: Actor, at: Date, reason = ''): OutgoingEvent {
  const base = { introduction: summary(i), by: actorMessage(by) };
  switch (i.state) {
    case 'requested':
      return event(IntroductionRequestedSchema, base, options(i.id, at));
    case 'forwarded':
      return event(IntroductionForwardedSchema, base, options(i.id, at));
    case 'accepted':
      return event(IntroductionAcceptedSchema, base, options(i.id, at));
    case 'declined':
      return event(IntroductionDeclinedSchema, { ...base, reason }, options(i.id, at));
    case 'withdrawn':
      return event(IntroductionWithdrawnSchema, base, options(i.id, at));
  }
}
