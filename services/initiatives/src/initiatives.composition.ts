// Wires the initiatives service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
import type { PrismaClient } from './generated/prisma/client.js';
import { ReferenceService } from './reference/reference.service.js';
import { type Clock, systemClock } from './shared/clock.js';

export interface InitiativesServices {
  prisma: PrismaClient;
  reference: ReferenceService;
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
  return { prisma, reference };
}
