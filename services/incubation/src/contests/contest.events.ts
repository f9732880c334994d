// The events of idea contests (topic incubation.contest.v1, key = round id).
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  ContestApplicationTransitionedSchema,
  ContestJuryAssignedSchema,
  type ContestResultEntrySchema,
  ContestResultsPublishedSchema,
  type ContestRoundSummarySchema,
  ContestRoundTransitionedSchema,
  ContestScoreSubmittedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, CONTEST_TOPIC, EVENT_SOURCE } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';

const AGGREGATE = 'incubation.contest_round';
const options = (roundId: string, occurredAt: Date) => ({
  topic: CONTEST_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: roundId,
  source: EVENT_SOURCE,
  occurredAt,
});

export interface RoundEventRow {
  id: string;
  contestId: string;
  level: string;
  localityCode: string;
  title: string;
  status: string;
  contest: { title: string; year: number };
}

export function roundSummary(r: RoundEventRow): MessageInitShape<typeof ContestRoundSummarySchema> {
  return {
    id: r.id,
    contestId: r.contestId,
    contestTitle: r.contest.title,
    year: r.contest.year,
    level: r.level,
    localityCode: r.localityCode,
    title: r.title,
    status: r.status,
  };
}

export const roundTransitioned = (r: RoundEventRow, from: string, action: string, by: Actor, at: Date): OutgoingEvent =>
  event(
    ContestRoundTransitionedSchema,
    { round: roundSummary(r), from, to: r.status, action, by: actorMessage(by) },
    options(r.id, at),
  );

export const applicationTransitioned = (
  a: { id: string; roundId: string; startupId: string; carriedFromId: string | null },
  from: string,
  to: string,
  action: string,
  by: Actor | null,
  at: Date,
): OutgoingEvent =>
  event(
    ContestApplicationTransitionedSchema,
    {
      applicationId: a.id,
      roundId: a.roundId,
      startupId: a.startupId,
      from,
      to,
      action,
      carriedFromId: a.carriedFromId ?? '',
      by: actorMessage(by),
    },
    options(a.roundId, at),
  );

export const juryAssigned = (roundId: string, assignments: number, jurorIds: string[], by: Actor, at: Date) =>
  event(ContestJuryAssignedSchema, { roundId, assignments, jurorIds, by: actorMessage(by) }, options(roundId, at));

export const scoreSubmitted = (roundId: string, applicationId: string, jurorId: string, total: number, at: Date) =>
  event(ContestScoreSubmittedSchema, { roundId, applicationId, jurorId, total }, options(roundId, at));

export const resultsPublished = (
  r: RoundEventRow,
  entries: MessageInitShape<typeof ContestResultEntrySchema>[],
  by: Actor,
  at: Date,
): OutgoingEvent =>
  event(ContestResultsPublishedSchema, { round: roundSummary(r), entries, by: actorMessage(by) }, options(r.id, at));
