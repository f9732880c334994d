// Wires the initiatives service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
import { AssignmentService } from './assignments/assignment.service.js';
import { CampaignRepository } from './campaigns/campaign.repository.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { type CertificateIssuer, RandomCodeCertificateIssuer } from './certificates/certificate-issuer.js';
import { DecisionService } from './decisions/decision.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { NotificationService } from './notifications/notification.service.js';
import { ReferenceService } from './reference/reference.service.js';
import { RepositoryService } from './repository/repository.service.js';
import { ReviewService } from './reviews/review.service.js';
import { ScreeningService } from './screening/screening.service.js';
import { type Clock, systemClock } from './shared/clock.js';
import { SubmissionRepository } from './submissions/submission.repository.js';
import { SubmissionService } from './submissions/submission.service.js';

export interface InitiativesServices {
  prisma: PrismaClient;
  clock: Clock;
  dataDir: string;
  reference: ReferenceService;
  campaigns: CampaignService;
  submissions: SubmissionService;
  screening: ScreeningService;
  assignments: AssignmentService;
  reviews: ReviewService;
  decisions: DecisionService;
  repository: RepositoryService;
  notifications: NotificationService;
  certificates: CertificateIssuer;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  /** the service's own files (ini-files: attachments, certificate PDFs) */
  dataDir: string;
  clock?: Clock;
  /** how certificates get their verification code (default: a random, unguessable code) */
  certificateIssuer?: CertificateIssuer;
}

/** Syncs the shipped reference data, then builds every service. */
export async function composeInitiatives(options: ComposeOptions): Promise<InitiativesServices> {
  const { prisma } = options;
  const clock = options.clock ?? systemClock;
  const reference = new ReferenceService(prisma, clock);
  await reference.sync();
  const repositories = { campaigns: new CampaignRepository(), submissions: new SubmissionRepository() };
  const notifications = new NotificationService(prisma, clock);
  const certificates = options.certificateIssuer ?? new RandomCodeCertificateIssuer();
  const campaigns = new CampaignService({ prisma, campaigns: repositories.campaigns, clock });
  const submissions = new SubmissionService({ prisma, ...repositories, reference, clock });
  const screening = new ScreeningService({
    prisma,
    submissions: repositories.submissions,
    submissionService: submissions,
    reference,
    clock,
  });
  const assignments = new AssignmentService({ prisma, ...repositories, notifications, clock });
  const reviews = new ReviewService({ prisma, ...repositories, reference, notifications, clock });
  const repository = new RepositoryService(prisma, reference);
  const decisions = new DecisionService({
    prisma,
    ...repositories,
    submissionService: submissions,
    reviews,
    repository,
    certificates,
    notifications,
    clock,
  });
  return {
    prisma,
    clock,
    dataDir: options.dataDir,
    reference,
    campaigns,
    submissions,
    screening,
    assignments,
    reviews,
    decisions,
    repository,
    notifications,
    certificates,
  };
}
