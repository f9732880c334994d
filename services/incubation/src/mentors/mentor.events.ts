// Events of mentor bookings (topic incubation.mentoring.v1, key = mentor id). Notes never travel.
import { MentorBookedSchema, MentorBookingCancelledSchema, MentorMeetingNotedSchema } from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, MENTORING_TOPIC } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';

export interface BookingEventFacts {
  id: string;
  mentorId: string;
  mentorName: string;
  startupId: string;
  startupName: string;
  startsAt: Date;
  endsAt: Date;
  topic: string;
}

const options = (mentorId: string, at: Date) => ({
  topic: MENTORING_TOPIC,
  aggregateType: 'incubation.mentor',
  aggregateId: mentorId,
  source: EVENT_SOURCE,
  occurredAt: at,
});

const summary = (b: BookingEventFacts) => ({
  bookingId: b.id,
  mentorId: b.mentorId,
  mentorName: b.mentorName,
  startupId: b.startupId,
  startupName: b.startupName,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  topic: b.topic,
});

export const mentorEvents = {
  booked: (b: BookingEventFacts, by: Actor, at: Date): OutgoingEvent =>
    event(MentorBookedSchema, { booking: summary(b), by: actorMessage(by) }, options(b.mentorId, at)),
  cancelled: (b: BookingEventFacts, reason: string, by: Actor, at: Date): OutgoingEvent =>
    event(MentorBookingCancelledSchema, { booking: summary(b), reason, by: actorMessage(by) }, options(b.mentorId, at)),
  noted: (b: BookingEventFacts, by: Actor, at: Date): OutgoingEvent =>
    event(
      MentorMeetingNotedSchema,
      { bookingId: b.id, mentorId: b.mentorId, startupId: b.startupId, by: actorMessage(by) },
      options(b.mentorId, at),
    ),
};
