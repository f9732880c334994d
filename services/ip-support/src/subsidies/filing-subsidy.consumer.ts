// Opens subsidy claims from the service's own filing events: a granted certificate (and an
// application accepted after formality examination) opens the claims the policy in force offers for
// that right, for the business to complete with its costs and evidence. Through the outbox and the
// inbox, so it happens once per event however often it is delivered, and on Kafka it spreads over
// the consumer group like any other projection.
import { CertificateGrantedSchema, type FilingFacts, MilestoneRecordedSchema } from '@sti/contracts';
import { type Consumer, createConsumer, type EventTransport, on, type TransactionRunner } from '@sti/platform';
import type { Logger } from 'pino';
import { FILING_TOPIC, RIGHT_MESSAGE } from '../events/event-messages.js';
import type { Db } from '../shared/db.js';
import type { Clock } from '../shared/clock.js';
import type { GrantFacts, SubsidyClaimWorkflow } from './subsidy-claim.workflow.js';
import type { IpRight } from './subsidy-policy.rules.js';

export const SUBSIDY_CONSUMER_GROUP = 'ip-support.subsidies';

const RIGHT_CODE = new Map(Object.entries(RIGHT_MESSAGE).map(([code, n]) => [n, code as IpRight]));

export function grantFactsOf(
  filing: FilingFacts | undefined,
  trigger: GrantFacts['trigger'],
  occurredOn: string,
  extra: { certificateNumber?: string; subjectTitle?: string } = {},
): GrantFacts | null {
  const right = filing ? RIGHT_CODE.get(filing.right) : undefined;
  if (!filing || !right || !filing.organisation?.id || !/^\d{4}-\d{2}-\d{2}$/.test(occurredOn)) return null;
  return {
    filingId: filing.id,
    requestId: filing.requestId || null,
    organisationId: filing.organisation.id,
    organisationName: filing.organisation.name || filing.organisation.id,
    right,
    territory: filing.territory === 'foreign' ? 'foreign' : 'domestic',
    trigger,
    occurredOn,
    applicationNumber: filing.applicationNumber || null,
    certificateNumber: extra.certificateNumber || null,
    subjectTitle: extra.subjectTitle || filing.applicationNumber || 'Đơn đăng ký sở hữu trí tuệ',
  };
}

export function subsidyHandlers(claims: SubsidyClaimWorkflow, clock: Clock) {
  return {
    ...on(CertificateGrantedSchema, async (e, tx: Db) => {
      const facts = grantFactsOf(e.message.filing, 'certificate_granted', e.message.grantedOn, {
        certificateNumber: e.message.certificateNumber,
        subjectTitle: e.message.subjectTitle,
      });
      if (facts) await claims.openFromFiling(tx, facts, clock());
    }),
    ...on(MilestoneRecordedSchema, async (e, tx: Db) => {
      if (e.message.kind !== 'formality_accepted') return;
      const facts = grantFactsOf(e.message.filing, 'application_accepted', e.message.occurredOn);
      if (facts) await claims.openFromFiling(tx, facts, clock());
    }),
  };
}

export function createSubsidyConsumer(options: {
  claims: SubsidyClaimWorkflow;
  clock: Clock;
  transport: EventTransport;
  transactions: TransactionRunner<Db>;
  logger?: Logger;
  /** consumer group (default SUBSIDY_CONSUMER_GROUP; prefixed where clusters are shared) */
  group?: string;
}): Consumer {
  return createConsumer<Db>({
    group: options.group ?? SUBSIDY_CONSUMER_GROUP,
    topics: [FILING_TOPIC],
    handlers: subsidyHandlers(options.claims, options.clock),
    transactions: options.transactions,
    transport: options.transport,
    // a fresh install opens the claims of certificates granted before it (the demo seed's too)
    fromBeginning: true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
