// Wires the initiatives service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
import { createHmac } from 'node:crypto';
import { CampaignRepository } from './campaigns/campaign.repository.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { CertificateService } from './certificates/certificate.service.js';
import { createVerificationCodes } from './certificates/verification-code.js';
import { ExportsService } from './exports/exports.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { ReferenceService } from './reference/reference.service.js';
import { RepositoryImportService } from './repository/import/repository-import.service.js';
import { RepositorySimilarityService } from './repository/similarity/repository-similarity.service.js';
import { ScreeningService } from './screening/screening.service.js';
import { type Clock, systemClock } from './shared/clock.js';
import { SubmissionRepository } from './submissions/submission.repository.js';
import { SubmissionService } from './submissions/submission.service.js';

export interface InitiativesServices {
  prisma: PrismaClient;
  clock: Clock;
  reference: ReferenceService;
  campaigns: CampaignService;
  submissions: SubmissionService;
  screening: ScreeningService;
  repositoryImport: RepositoryImportService;
  certificates: CertificateService;
  similarity: RepositorySimilarityService;
  exports: ExportsService;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  /** the service's own files (ini-files: attachments, certificate PDFs) */
  dataDir: string;
  clock?: Clock;
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
  const campaigns = new CampaignService({ prisma, campaigns: repositories.campaigns, clock });
  const submissions = new SubmissionService({ prisma, ...repositories, reference, clock });
  const screening = new ScreeningService({
    prisma,
    submissions: repositories.submissions,
    submissionService: submissions,
    reference,
    clock,
  });
  const similarity = new RepositorySimilarityService({ prisma, ...repositories });
  const repositoryImport = new RepositoryImportService(prisma, reference, clock, (rows) => similarity.apply(rows));
  const certificates = new CertificateService({
    prisma,
    codes: createVerificationCodes(certificateSecretOf(options)),
    publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
    ...repositories,
    reference,
    clock,
    onRecordsChanged: (rows) => similarity.apply(rows),
  });
  const exports = new ExportsService({ prisma, campaigns: repositories.campaigns, reference });
  return {
    prisma,
    clock,
    reference,
    campaigns,
    submissions,
    screening,
    repositoryImport,
    certificates,
    similarity,
    exports,
  };
}
