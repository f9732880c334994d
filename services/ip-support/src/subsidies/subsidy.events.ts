// The events of subsidy claims (topic ipsupport.subsidy-claim.v1, key = claim id) and of budgets and
// policy versions (topic ipsupport.subsidy-budget.v1, key = budget id / programme code).
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  SubsidyBudgetChangedSchema,
  type SubsidyClaimFactsSchema,
  SubsidyClaimState as StateMessage,
  SubsidyClaimTransitionedSchema,
  SubsidyPolicyVersionAddedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE } from '../events/event-messages.js';
import type { Actor } from '../shared/actor.js';
import type { ClaimAction, ClaimState } from './claim.state.js';
import type { BudgetRecord, ClaimRecord, PolicyRecord } from './subsidy.repository.js';

export const SUBSIDY_CLAIM_TOPIC = 'ipsupport.subsidy-claim.v1';
export const SUBSIDY_BUDGET_TOPIC = 'ipsupport.subsidy-budget.v1';
export const SUBSIDY_TOPICS = [SUBSIDY_CLAIM_TOPIC, SUBSIDY_BUDGET_TOPIC] as const;

/** The service itself (opening a claim on a grant, releasing the queue when money appears). */
export const SYSTEM_ACTOR: Actor = {
  userId: 'system:ip-support',
  displayName: 'Hệ thống / System',
  organisationId: null,
  organisationName: null,
  roles: [],
  localityCode: null,
};

const STATE: Record<ClaimState, StateMessage> = {
  open: StateMessage.OPEN,
  submitted: StateMessage.SUBMITTED,
  needs_info: StateMessage.NEEDS_INFO,
  queued: StateMessage.QUEUED,
  approved: StateMessage.APPROVED,
  paid: StateMessage.PAID,
  rejected: StateMessage.REJECTED,
  withdrawn: StateMessage.WITHDRAWN,
};

export function claimFacts(
  c: ClaimRecord,
  budgetYear: number | null,
): MessageInitShape<typeof SubsidyClaimFactsSchema> {
  return {
    id: c.id,
    organisation: { id: c.organisationId, name: c.organisationName },
    programmeCode: c.programmeCode,
    right: c.right,
    kind: c.kind,
    trigger: c.trigger,
    triggerDate: c.triggerDate,
    documentedCostVnd: c.documentedCostVnd,
    amountVnd: c.amountVnd ?? 0n,
    budgetYear: budgetYear ?? 0,
    policyVersion: c.policyVersion ?? 0,
    filingId: c.filingId ?? '',
    requestId: c.requestId ?? '',
  };
}

export const subsidyEvents = {
  claimTransitioned: (
    c: ClaimRecord,
    from: ClaimState | null,
    action: ClaimAction | 'open',
    by: Actor,
    at: Date,
    budgetYear: number | null,
    reason = '',
  ): OutgoingEvent =>
    event(
      SubsidyClaimTransitionedSchema,
      {
        claim: claimFacts(c, budgetYear),
        from: from ? STATE[from] : StateMessage.UNSPECIFIED,
        to: STATE[c.state],
        action,
        reason,
        by: actorMessage(by),
      },
      {
        topic: SUBSIDY_CLAIM_TOPIC,
        aggregateType: 'ipsupport.subsidy-claim',
        aggregateId: c.id,
        source: EVENT_SOURCE,
        occurredAt: at,
      },
    ),
  budgetChanged: (
    b: BudgetRecord,
    change: 'opened' | 'topped_up' | 'committed' | 'paid',
    amountVnd: bigint,
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      SubsidyBudgetChangedSchema,
      {
        budgetId: b.id,
        programmeCode: b.programmeCode,
        year: b.year,
        totalVnd: b.totalVnd,
        committedVnd: b.committedVnd,
        paidVnd: b.paidVnd,
        change,
        amountVnd,
        by: actorMessage(by),
      },
      {
        topic: SUBSIDY_BUDGET_TOPIC,
        aggregateType: 'ipsupport.subsidy-budget',
        aggregateId: b.id,
        source: EVENT_SOURCE,
        occurredAt: at,
      },
    ),
  policyVersionAdded: (p: PolicyRecord, by: Actor, at: Date): OutgoingEvent =>
    event(
      SubsidyPolicyVersionAddedSchema,
      {
        policyId: p.id,
        programmeCode: p.programmeCode,
        version: p.version,
        effectiveFrom: p.effectiveFrom,
        ruleCount: p.rules.length,
        by: actorMessage(by),
      },
      {
        topic: SUBSIDY_BUDGET_TOPIC,
        aggregateType: 'ipsupport.subsidy-policy',
        aggregateId: p.id,
        source: EVENT_SOURCE,
        occurredAt: at,
      },
    ),
};
