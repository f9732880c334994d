// Wires the initiatives service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { AttachmentStore } from '@sti/attachments';
import { SubmissionAttachmentService } from './attachments/submission-attachment.service.js';
import { AssignmentService } from './assignments/assignment.service.js';
import { CampaignRepository } from './campaigns/campaign.repository.js';
import { CampaignService } from './campaigns/campaign.service.js';
import type { CertificateIssuer } from './certificates/certificate-issuer.js';
import { CertificateService } from './certificates/certificate.service.js';
import { createVerificationCodes } from './certificates/verification-code.js';
import { DecisionService } from './decisions/decision.service.js';
import { ExportsService } from './exports/exports.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { NotificationService } from './notifications/notification.service.js';
import { ReferenceService } from './reference/reference.service.js';
import { RepositoryImportService } from './repository/import/repository-import.service.js';
import { RepositoryService } from './repository/repository.service.js';
import { RepositorySimilarityService } from './repository/similarity/repository-similarity.service.js';
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
  attachments: SubmissionAttachmentService;
  screening: ScreeningService;
  assignments: AssignmentService;
  reviews: ReviewService;
  decisions: DecisionService;
  repository: RepositoryService;
  notifications: NotificationService;
  certificates: CertificateIssuer;
  /** signed codes, the PDF, verification and revocation (also the default issuer) */
  certificateService: CertificateService;
  repositoryImport: RepositoryImportService;
  similarity: RepositorySimilarityService;
  exports: ExportsService;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  /** the service's own files (ini-files: attachments, certificate PDFs) */
  dataDir: string;
  clock?: Clock;
  /** how certificates get their verification code (default: ini-files' signed, typo-checked codes) */
  certificateIssuer?: CertificateIssuer;
  /** the portal's public address, for certificate QR codes (`<publicUrl>/xac-minh/<code>`) */
  publicUrl?: string;
  /** signs certificate codes (≥ 32 characters); without it, one derived from the internal auth secret */
  certificateSecret?: string;
  internalAuthSecret?: string;
}

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

function certificateSecretOf(options: ComposeOptions): string {
  if (options.certificateSecret) return options.certificateSecret;
  const base = options.internalAuthSecret ?? 'sti-initiatives-development-only-secret';
  return createHmac('sha256', base).update('sti.initiatives.certificates').digest('base64url');
}

/** Syncs the shipped reference data, then builds every service. */
export async function composeInitiatives(options: ComposeOptions): Promise<InitiativesServices> {
  const { prisma } = options;
  const clock = options.clock ?? systemClock;
  const reference = new ReferenceService(prisma, clock);
  await reference.sync();
  const repositories = { campaigns: new CampaignRepository(), submissions: new SubmissionRepository() };
  const notifications = new NotificationService(prisma, clock);
  const repository = new RepositoryService(prisma, reference);
  const similarity = new RepositorySimilarityService({ prisma, ...repositories });
  const certificateService = new CertificateService({
    prisma,
    codes: createVerificationCodes(certificateSecretOf(options)),
    publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
    ...repositories,
    reference,
    clock,
    onRecordsChanged: (rows) => similarity.apply(rows),
  });
  const certificates = options.certificateIssuer ?? certificateService;
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
    attachments: new SubmissionAttachmentService({
      prisma,
      store: new AttachmentStore(join(options.dataDir, 'attachments')),
      ...repositories,
    }),
    screening,
    assignments,
    reviews,
    decisions,
    repository,
    notifications,
    certificates,
    certificateService,
    repositoryImport: new RepositoryImportService(prisma, reference, clock, (rows) => similarity.apply(rows)),
    similarity,
    exports: new ExportsService({ prisma, campaigns: repositories.campaigns, reference }),
  };
}
