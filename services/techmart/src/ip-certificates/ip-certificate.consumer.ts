// IP support tells the platform when a protection title is granted (CertificateGranted on
// ipsupport.filing.v1). When its subject is a Techmart offer filed by the offer's own organisation,
// the offer shows the title as verified. Another organisation's filing naming someone else's offer
// is ignored: an event never lets one organisation write on another's listing.
import { CertificateGrantedSchema, IpRight, SubjectKind } from '@sti/contracts';
import { type Consumer, createConsumer, type EventTransport, on, type TransactionRunner } from '@sti/platform';
import type { Logger } from 'pino';
import type { Db } from '../moderation/listing-workflow.js';
import type { IpCertificateRepository } from './ip-certificate.repository.js';

/** IP support's filing topic (its events are the contract; no code of that service is imported). */
export const IP_FILING_TOPIC = 'ipsupport.filing.v1';
export const IP_CERTIFICATE_CONSUMER_GROUP = 'techmart.ip-certificates';

const RIGHTS: Partial<Record<IpRight, string>> = {
  [IpRight.TRADEMARK]: 'trademark',
  [IpRight.COLLECTIVE_MARK]: 'collective_mark',
  [IpRight.CERTIFICATION_MARK]: 'certification_mark',
  [IpRight.PATENT]: 'patent',
  [IpRight.UTILITY_SOLUTION]: 'utility_solution',
  [IpRight.INDUSTRIAL_DESIGN]: 'industrial_design',
  [IpRight.GEOGRAPHICAL_INDICATION]: 'geographical_indication',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ipCertificateHandlers(repository: IpCertificateRepository) {
  return {
    ...on(CertificateGrantedSchema, async (e, tx: Db) => {
      const filing = e.message.filing;
      if (!filing || filing.subjectKind !== SubjectKind.TECHMART_OFFER || !UUID.test(filing.subjectRefId)) return;
      const right = RIGHTS[filing.right];
      const grantedOn = /^\d{4}-\d{2}-\d{2}$/.test(e.message.grantedOn)
        ? new Date(`${e.message.grantedOn}T00:00:00Z`)
        : null;
      if (!right || !grantedOn || !e.message.certificateNumber) return;
      const owner = await repository.offerOwner(tx, filing.subjectRefId);
      if (!owner || owner !== filing.organisation?.id) return;
      await repository.record(
        tx,
        {
          offerId: filing.subjectRefId,
          filingId: filing.id,
          organisationId: owner,
          right,
          certificateNumber: e.message.certificateNumber,
          grantedOn,
        },
        e.time,
      );
    }),
  };
}

export function createIpCertificateConsumer(options: {
  repository: IpCertificateRepository;
  transport: EventTransport;
  transactions: TransactionRunner<Db>;
  logger?: Logger;
}): Consumer {
  return createConsumer<Db>({
    group: IP_CERTIFICATE_CONSUMER_GROUP,
    topics: [IP_FILING_TOPIC],
    handlers: ipCertificateHandlers(options.repository),
    transactions: options.transactions,
    transport: options.transport,
    fromBeginning: true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
