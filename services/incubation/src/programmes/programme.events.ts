// The events of programmes, cohorts, milestones and alumni outcomes (topic incubation.programme.v1,
// key = programme id).
import {
  AlumniOutcomeRecordedSchema,
  CohortFormedSchema,
  MilestoneTransitionedSchema,
  ProgrammeApplicationTransitionedSchema,
  ProgrammeTransitionedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, PROGRAMME_TOPIC } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';
import { isoDate } from '../shared/clock.js';

const AGGREGATE = 'incubation.programme';
const options = (programmeId: string, occurredAt: Date) => ({
  topic: PROGRAMME_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: programmeId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const programmeTransitioned = (
  p: { id: string; title: string; status: string; seats: number; callClosesAt: Date },
  from: string,
  action: string,
  by: Actor,
  at: Date,
): OutgoingEvent =>
  event(
    ProgrammeTransitionedSchema,
    {
      programme: {
        id: p.id,
        title: p.title,
        status: p.status,
        seats: p.seats,
        callClosesAt: p.callClosesAt.toISOString(),
      },
      from,
      to: p.status,
      action,
      by: actorMessage(by),
    },
    options(p.id, at),
  );

export const programmeApplicationTransitioned = (
  a: { id: string; programmeId: string; startupId: string; score?: number | null; rank?: number | null },
  from: string,
  to: string,
  action: string,
  by: Actor,
  at: Date,
): OutgoingEvent =>
  event(
    ProgrammeApplicationTransitionedSchema,
    {
      applicationId: a.id,
      programmeId: a.programmeId,
      startupId: a.startupId,
      from,
      to,
      action,
      score: a.score ?? 0,
      rank: a.rank ?? 0,
      by: actorMessage(by),
    },
    options(a.programmeId, at),
  );

export const cohortFormed = (
  c: { id: string; programmeId: string; name: string; startsOn: Date; endsOn: Date },
  startupIds: string[],
  by: Actor,
  at: Date,
): OutgoingEvent =>
  event(
    CohortFormedSchema,
    {
      cohortId: c.id,
      programmeId: c.programmeId,
      name: c.name,
      startsOn: isoDate(c.startsOn),
      endsOn: isoDate(c.endsOn),
      startupIds,
      by: actorMessage(by),
    },
    options(c.programmeId, at),
  );

export const milestoneTransitioned = (
  m: { id: string; cohortId: string; startupId: string; title: string; dueOn: Date },
  programmeId: string,
  from: string,
  to: string,
  action: string,
  by: Actor,
  at: Date,
): OutgoingEvent =>
  event(
    MilestoneTransitionedSchema,
    {
      milestoneId: m.id,
      cohortId: m.cohortId,
      startupId: m.startupId,
      title: m.title,
      dueOn: isoDate(m.dueOn),
      from,
      to,
      action,
      by: actorMessage(by),
    },
    options(programmeId, at),
  );

export const alumniOutcomeRecorded = (
  o: {
    startupId: string;
    cohortId: string;
    collectedOn: Date;
    stillOperating: boolean;
    revenueBand: string;
    fundingRaisedVnd: bigint;
    becameStEnterprise: boolean;
  },
  programmeId: string,
  at: Date,
): OutgoingEvent =>
  event(AlumniOutcomeRecordedSchema, { ...o, collectedOn: isoDate(o.collectedOn) }, options(programmeId, at));
