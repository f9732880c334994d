// The events of the submission aggregate (topic initiatives.submission.v1, key = submission id).
// Blind by construction: facts for indicators, never author names or contact data.
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  ConflictDeclaredSchema,
  ReviewersAssignedSchema,
  ScoreSheetSubmittedSchema,
  ScoringReopenedSchema,
  type SubmissionFactsSchema,
  SubmissionState as StateMessage,
  SubmissionTransitionedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import type { CampaignRecord } from '../campaigns/campaign.repository.js';
import { actorMessage, EVENT_SOURCE, SUBMISSION_TOPIC } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';
import type { SubmissionAction, SubmissionState } from './submission-lifecycle.js';
import type { SubmissionRecord } from './submission.repository.js';

const AGGREGATE = 'initiatives.submission';

const STATE: Record<SubmissionState, StateMessage> = {
  draft: StateMessage.DRAFT,
  submitted: StateMessage.SUBMITTED,
  screening: StateMessage.SCREENING,
  under_review: StateMessage.UNDER_REVIEW,
  recognised: StateMessage.RECOGNISED,
  not_recognised: StateMessage.NOT_RECOGNISED,
  appealed: StateMessage.APPEALED,
  withdrawn: StateMessage.WITHDRAWN,
  redirected_ip: StateMessage.REDIRECTED_IP,
};

function facts(s: SubmissionRecord, c: CampaignRecord): MessageInitShape<typeof SubmissionFactsSchema> {
  return {
    id: s.id,
    campaignId: s.campaignId,
    title: s.title,
    fieldCode: s.fieldCode,
    campaignOrganisation: { id: c.organisationId, name: c.organisationName },
    benefitVnd: s.benefitVnd ?? 0n,
    authorCount: s.authors.length,
    year: c.year,
  };
}

/** People appear by user id only on this topic (its events must not identify authors). */
const byId = (actor: Actor) => ({ ...actorMessage(actor), displayName: '' });

const options = (submissionId: string, occurredAt: Date) => ({
  topic: SUBMISSION_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: submissionId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const submissionEvents = {
  transitioned: (
    s: SubmissionRecord,
    c: CampaignRecord,
    from: SubmissionState | null,
    action: SubmissionAction | 'create',
    by: Actor,
    at: Date,
    reason = '',
  ): OutgoingEvent =>
    event(
      SubmissionTransitionedSchema,
      {
        submission: facts(s, c),
        from: from ? STATE[from] : StateMessage.UNSPECIFIED,
        to: STATE[s.state],
        action,
        reason,
        revision: s.revision,
        by: byId(by),
      },
      options(s.id, at),
    ),
  reviewersAssigned: (
    submissionId: string,
    campaignId: string,
    reviewerIds: string[],
    method: string,
    dueOn: string,
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      ReviewersAssignedSchema,
      { submissionId, campaignId, reviewerIds, method, dueOn, by: byId(by) },
      options(submissionId, at),
    ),
  conflictDeclared: (
    submissionId: string,
    campaignId: string,
    reviewerId: string,
    replacement: string | undefined,
    at: Date,
  ): OutgoingEvent =>
    event(
      ConflictDeclaredSchema,
      { submissionId, campaignId, reviewerId, replacementReviewerId: replacement ?? '' },
      options(submissionId, at),
    ),
  sheetSubmitted: (submissionId: string, campaignId: string, reviewerId: string, total: number, at: Date) =>
    event(ScoreSheetSubmittedSchema, { submissionId, campaignId, reviewerId, total }, options(submissionId, at)),
  scoringReopened: (submissionId: string, campaignId: string, reason: string, by: Actor, at: Date) =>
    event(ScoringReopenedSchema, { submissionId, campaignId, reason, by: byId(by) }, options(submissionId, at)),
};
