// Wires Techmart's application services from a database. Plain construction, no framework: the
// Nest module, the seed and the integration tests all start from here.

import { IpCertificateRepository } from './ip-certificates/ip-certificate.repository.js';
import { IpCertificateService } from './ip-certificates/ip-certificate.service.js';
import { join } from 'node:path';
import { AttachmentStore } from '@sti/attachments';
import { prismaTransactionRunner } from '@sti/platform';
import { AuditLog } from './audit/audit-log.js';
import { AuditLogReader } from './audit/audit-log-reader.js';
import { AttachmentRepository } from './attachments/attachment.repository.js';
import { AttachmentService } from './attachments/attachment.service.js';
import { ExchangeClientRepository } from './exchange/exchange-client.repository.js';
import { ExchangeFeedRepository } from './exchange/exchange-feed.repository.js';
import { type ExchangeSource, ExchangeService } from './exchange/exchange.service.js';
import { ExpiryService } from './expiry/expiry.service.js';
import type { ExpiryPolicy } from './expiry/listing-expiry.js';
import { ExpertRepository } from './experts/expert.repository.js';
import { ExpertService } from './experts/expert.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { CommuneOfficerModeration } from './moderation/listing-ownership.policy.js';
import type { Db, ListingViewShape, ListingWorkflow, Transactions } from './moderation/listing-workflow.js';
import { DraftRepository } from './drafts/draft.repository.js';
import { DraftService } from './drafts/draft.service.js';
import { HomeRepository } from './home/home.repository.js';
import { HomeService } from './home/home.service.js';
import { ModerationDecisionRepository } from './moderation/moderation-decision.repository.js';
import { ModerationQueueRepository } from './moderation/moderation-queue.repository.js';
import { ModerationService, type ModerationServiceDependencies } from './moderation/moderation.service.js';
import { NeedRepository } from './needs/need.repository.js';
import { NeedService } from './needs/need.service.js';
import { NotificationRepository } from './notifications/notification.repository.js';
import { NotificationService } from './notifications/notification.service.js';
import { OfferRepository } from './offers/offer.repository.js';
import { OfferService } from './offers/offer.service.js';
import { OrganisationRepository } from './organisations/organisation.repository.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { ReferenceRepository } from './reference/reference.repository.js';
import { ReferenceService } from './reference/reference.service.js';
import { ConnectionNotifier } from './connections/connection-notifier.js';
import { ConnectionRepository } from './connections/connection.repository.js';
import { ConnectionService } from './connections/connection.service.js';
import { MatchRepository } from './matching/match.repository.js';
import { MatchingService } from './matching/matching.service.js';
import type { AttachmentView } from './shared/schema-primitives.js';

export interface TechmartServices {
  prisma: PrismaClient;
  reference: ReferenceService;
  offers: OfferService;
  needs: NeedService;
  experts: ExpertService;
  moderation: ModerationService;
  attachments: AttachmentService;
  notifications: NotificationService;
  home: HomeService;
  drafts: DraftService;
  organisations: OrganisationService;
  auditLog: AuditLogReader;
  matching: MatchingService;
  connections: ConnectionService;
  exchange: ExchangeService;
  expiry: ExpiryService;
  ipCertificates: IpCertificateService;
  ipCertificateRepository: IpCertificateRepository;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  /** attachments are stored under `<dataDir>/attachments` */
  dataDir: string;
  clock?: () => Date;
  /** COMMUNE_OFFICER_MODERATION: commune officers moderate their commune (default) or nothing */
  communeOfficerModeration?: CommuneOfficerModeration | undefined;
  /** this platform as a source in its export feed */
  exchangeSource?: ExchangeSource | undefined;
  /** LISTING_EXPIRY_MONTHS / LISTING_EXPIRY_REMINDER_DAYS (default 12 months, 30 days) */
  expiryPolicy?: ExpiryPolicy | undefined;
}

/** Loads the reference data (syncing the shipped lists first) and builds every service. */
export async function composeTechmart(options: ComposeOptions): Promise<TechmartServices> {
  const { prisma } = options;
  // PrismaClient and a transaction client share the model API the repositories use.
  const db = prisma as unknown as Db;
  const transactions = prismaTransactionRunner<Db>(prisma);
  const reference = await ReferenceService.load(transactions, new ReferenceRepository(), new AuditLog());
  return buildTechmartServices({ ...options, db, transactions, reference });
}

export interface BuildOptions {
  prisma: PrismaClient;
  /** where reads go and, with `transactions`, where writes go (the seed passes one open transaction) */
  db: Db;
  transactions: Transactions;
  reference: ReferenceService;
  dataDir: string;
  clock?: (() => Date) | undefined;
  communeOfficerModeration?: CommuneOfficerModeration | undefined;
  exchangeSource?: ExchangeSource | undefined;
  expiryPolicy?: ExpiryPolicy | undefined;
}

export function buildTechmartServices(options: BuildOptions): TechmartServices {
  const { prisma, db, transactions, reference, clock } = options;
  const organisations = new OrganisationRepository();
  const audit = new AuditLog();
  const organisationService = new OrganisationService({
    db,
    transactions,
    organisations,
    audit,
    ...(clock ? { clock } : {}),
  });
  const attachments = new AttachmentRepository();
  const repositories = { offers: new OfferRepository(), needs: new NeedRepository(), experts: new ExpertRepository() };
  const common = {
    db,
    transactions,
    reference: reference.catalog,
    organisations,
    organisationRegistry: organisationService,
    attachments,
    ...(clock ? { clock } : {}),
  };

  const offers = new OfferService({ ...common, offers: repositories.offers });
  const needs = new NeedService({ ...common, needs: repositories.needs });
  const experts = new ExpertService({ ...common, experts: repositories.experts });
  const communeOfficerModeration = options.communeOfficerModeration ?? 'commune';
  const matches = new MatchRepository();
  const matching = new MatchingService({ db, transactions, matches, ...(clock ? { clock } : {}) });
  const connections = new ConnectionService({
    db,
    transactions,
    connections: new ConnectionRepository(),
    matches,
    matching,
    notifier: new ConnectionNotifier(),
    ...(clock ? { clock } : {}),
  });
  for (const service of [offers, needs, experts]) {
    service.workflow.communeOfficerModeration = communeOfficerModeration;
    if (options.expiryPolicy) service.workflow.expiry = options.expiryPolicy;
  }
  const listingWorkflows = {
    offer: offers.workflow as unknown as ListingWorkflow<unknown, ListingViewShape>,
    need: needs.workflow as unknown as ListingWorkflow<unknown, ListingViewShape>,
    expert: experts.workflow as unknown as ListingWorkflow<unknown, ListingViewShape>,
  };
  type AnyWorkflow = ListingWorkflow<unknown, ListingViewShape & { attachments: AttachmentView[] }>;
  type QueueWorkflow = ModerationServiceDependencies['workflows']['offer'];
  const ipCertificateRepository = new IpCertificateRepository();
  return {
    prisma,
    reference,
    offers,
    ipCertificateRepository,
    ipCertificates: new IpCertificateService({ db, offers, repository: ipCertificateRepository }),
    needs,
    experts,
    organisations: organisationService,
    auditLog: new AuditLogReader(db, audit),
    matching,
    connections,
    expiry: new ExpiryService(listingWorkflows, clock),
    exchange: new ExchangeService({
      db,
      transactions,
      reference: reference.catalog,
      organisations,
      feed: new ExchangeFeedRepository(),
      clients: new ExchangeClientRepository(),
      workflows: listingWorkflows,
      source: options.exchangeSource,
      ...(clock ? { clock } : {}),
    }),
    moderation: new ModerationService({
      db,
      organisations,
      queue: new ModerationQueueRepository(),
      decisions: new ModerationDecisionRepository(),
      workflows: {
        offer: offers.workflow as unknown as QueueWorkflow,
        need: needs.workflow as unknown as QueueWorkflow,
        expert: experts.workflow as unknown as QueueWorkflow,
      },
      communeOfficerModeration,
      ...(clock ? { clock } : {}),
    }),
    drafts: new DraftService({
      db,
      drafts: new DraftRepository(),
      offers,
      needs,
      experts,
      ...(clock ? { clock } : {}),
    }),
    home: new HomeService({ db, home: new HomeRepository(), offers, needs, experts, ...(clock ? { clock } : {}) }),
    notifications: new NotificationService({
      db,
      notifications: new NotificationRepository(),
      ...(clock ? { clock } : {}),
    }),
    attachments: new AttachmentService({
      db,
      store: new AttachmentStore(join(options.dataDir, 'attachments')),
      attachments,
      workflows: {
        offer: offers.workflow as unknown as AnyWorkflow,
        need: needs.workflow as unknown as AnyWorkflow,
        expert: experts.workflow as unknown as AnyWorkflow,
      },
    }),
  };
}
