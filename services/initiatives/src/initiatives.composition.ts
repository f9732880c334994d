// Wires the initiatives service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
import { CampaignRepository } from './campaigns/campaign.repository.js';
import { CampaignService } from './campaigns/campaign.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { ReferenceService } from './reference/reference.service.js';
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
}

export interface ComposeOptions {
  prisma: PrismaClient;
  /** the service's own files (ini-files: attachments, certificate PDFs) */
  dataDir: string;
  clock?: Clock;
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
  return { prisma, clock, reference, campaigns, submissions, screening };
}
