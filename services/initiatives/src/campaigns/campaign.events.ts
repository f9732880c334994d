// The events of the campaign aggregate (topic initiatives.campaign.v1, key = campaign id).
import {
  CampaignCreatedSchema,
  CampaignLevel as CampaignLevelMessage,
  CampaignOpenedSchema,
  type CampaignSummarySchema,
  CouncilAppointedSchema,
  DecisionApprovedSchema,
  DecisionDraftedSchema,
  type DecisionEntrySchema,
  RoundClosedSchema,
} from '@sti/contracts';
import type { MessageInitShape } from '@bufbuild/protobuf';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, CAMPAIGN_TOPIC, EVENT_SOURCE } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';
import type { CampaignRecord } from './campaign.repository.js';

const AGGREGATE = 'initiatives.campaign';
const LEVEL = {
  unit: CampaignLevelMessage.UNIT,
  commune: CampaignLevelMessage.COMMUNE,
  province: CampaignLevelMessage.PROVINCE,
} as const;

export function campaignSummary(c: CampaignRecord): MessageInitShape<typeof CampaignSummarySchema> {
  return {
    id: c.id,
    title: c.title,
    organisation: { id: c.organisationId, name: c.organisationName },
    level: LEVEL[c.level],
    year: c.year,
    submissionOpensAt: c.submissionOpensAt.toISOString(),
    submissionClosesAt: c.submissionClosesAt.toISOString(),
    rubricId: c.rubricId,
    rubricVersion: c.rubricVersion,
    threshold: c.threshold,
    reviewsPerSubmission: c.reviewsPerSubmission,
    blind: c.blind,
    appealDays: c.appealDays,
    localityCode: c.localityCode,
  };
}

const options = (campaignId: string, occurredAt: Date) => ({
  topic: CAMPAIGN_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: campaignId,
  source: EVENT_SOURCE,
  occurredAt,
});

export interface DecisionEventEntry {
  submissionId: string;
  title: string;
  score: number;
  recognised: boolean;
  benefitVnd: bigint | null;
  fieldCode: string;
}

const entryMessage = (e: DecisionEventEntry): MessageInitShape<typeof DecisionEntrySchema> => ({
  submissionId: e.submissionId,
  title: e.title,
  score: e.score,
  recognised: e.recognised,
  benefitVnd: e.benefitVnd ?? 0n,
  fieldCode: e.fieldCode,
});

export const campaignEvents = {
  created: (c: CampaignRecord, by: Actor, at: Date): OutgoingEvent =>
    event(CampaignCreatedSchema, { campaign: campaignSummary(c), by: actorMessage(by) }, options(c.id, at)),
  opened: (c: CampaignRecord, by: Actor, at: Date): OutgoingEvent =>
    event(CampaignOpenedSchema, { campaign: campaignSummary(c), by: actorMessage(by) }, options(c.id, at)),
  councilAppointed: (c: CampaignRecord, by: Actor, at: Date): OutgoingEvent =>
    event(
      CouncilAppointedSchema,
      { campaignId: c.id, members: c.members.map((m) => ({ userId: m.userId, role: m.role })), by: actorMessage(by) },
      options(c.id, at),
    ),
  roundClosed: (campaignId: string, scored: number, flagged: number, by: Actor, at: Date): OutgoingEvent =>
    event(
      RoundClosedSchema,
      { campaignId, submissionsScored: scored, flaggedForDiscussion: flagged, by: actorMessage(by) },
      options(campaignId, at),
    ),
  decisionDrafted: (
    d: { campaignId: string; decisionId: string; number: string; decidedOn: string; kind: string },
    entries: readonly DecisionEventEntry[],
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      DecisionDraftedSchema,
      { ...d, entries: entries.map(entryMessage), by: actorMessage(by) },
      options(d.campaignId, at),
    ),
  decisionApproved: (
    c: CampaignRecord,
    d: { decisionId: string; number: string; decidedOn: string; kind: string },
    entries: readonly DecisionEventEntry[],
    by: Actor,
    at: Date,
  ): OutgoingEvent => {
    const recognised = entries.filter((e) => e.recognised);
    return event(
      DecisionApprovedSchema,
      {
        campaignId: c.id,
        ...d,
        entries: entries.map(entryMessage),
        recognisedCount: recognised.length,
        recognisedBenefitVnd: recognised.reduce((sum, e) => sum + (e.benefitVnd ?? 0n), 0n),
        by: actorMessage(by),
        organisation: { id: c.organisationId, name: c.organisationName },
        localityCode: c.localityCode,
      },
      options(c.id, at),
    );
  },
};
