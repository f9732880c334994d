// The events of the startup aggregate (topic incubation.startup.v1, key = startup id).
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  StartupKpiReportedSchema,
  type StartupProfileSchema,
  StartupProfileChangedSchema,
  StartupProfilePublishedSchema,
  StartupProfileWithdrawnSchema,
  StartupRegisteredSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, STARTUP_TOPIC } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';

const AGGREGATE = 'incubation.startup';

export interface StartupEventRow {
  id: string;
  name: string;
  stage: string;
  sectorCode: string;
  trl: number;
  provinceCode: string;
  communeCode: string;
  summary: string;
  publicSummary: string | null;
  traction: string;
  website: string | null;
  publishedAt: Date | null;
  revision: number;
  updatedAt: Date;
  members: readonly unknown[];
}

const options = (startupId: string, occurredAt: Date) => ({
  topic: STARTUP_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: startupId,
  source: EVENT_SOURCE,
  occurredAt,
});

export function startupProfile(s: StartupEventRow): MessageInitShape<typeof StartupProfileSchema> {
  return {
    id: s.id,
    name: s.name,
    stage: s.stage,
    sectorCode: s.sectorCode,
    trl: s.trl,
    locality: { provinceCode: s.provinceCode, communeCode: s.communeCode },
    // the public profile carries the summary the team chose to publish
    summary: s.publicSummary ?? s.summary,
    traction: s.traction,
    website: s.website ?? '',
    teamSize: s.members.length,
    published: s.publishedAt !== null,
    revision: s.revision,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export const startupRegistered = (s: StartupEventRow, by: Actor, at: Date): OutgoingEvent =>
  event(StartupRegisteredSchema, { startup: startupProfile(s), by: actorMessage(by) }, options(s.id, at));

export const startupProfileChanged = (s: StartupEventRow, by: Actor, at: Date): OutgoingEvent =>
  event(StartupProfileChangedSchema, { startup: startupProfile(s), by: actorMessage(by) }, options(s.id, at));

export const startupProfilePublished = (s: StartupEventRow, by: Actor, at: Date): OutgoingEvent =>
  event(StartupProfilePublishedSchema, { startup: startupProfile(s), by: actorMessage(by) }, options(s.id, at));

export const startupProfileWithdrawn = (s: StartupEventRow, by: Actor, at: Date): OutgoingEvent =>
  event(
    StartupProfileWithdrawnSchema,
    { startupId: s.id, revision: s.revision, by: actorMessage(by) },
    options(s.id, at),
  );

export interface KpiEventInput {
  startupId: string;
  month: string;
  revenueVnd: bigint;
  users: number;
  jobsCreated: number;
  fundingRaisedVnd: bigint;
  ipFiled: number;
  correction: boolean;
}

export const startupKpiReported = (k: KpiEventInput, by: Actor, at: Date): OutgoingEvent =>
  event(StartupKpiReportedSchema, { ...k, by: actorMessage(by) }, options(k.startupId, at));
