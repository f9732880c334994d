// Wires the incubation service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
// Capabilities register here and in incubation.module.ts (one line each).
import type { PrismaClient } from './generated/prisma/client.js';
import { IntroductionService } from './introductions/introduction.service.js';
import { MentorService } from './mentors/mentor.service.js';
import { ReadinessService } from './readiness/readiness.service.js';
import { type Clock, systemClock } from './shared/clock.js';

export interface IncubationServices {
  prisma: PrismaClient;
  clock: Clock;
  /** the service's own files (milestone evidence) */
  dataDir: string;
  mentors: MentorService;
  introductions: IntroductionService;
  readiness: ReadinessService;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  dataDir: string;
  clock?: Clock;
}

export async function composeIncubation(options: ComposeOptions): Promise<IncubationServices> {
  const { prisma, dataDir } = options;
  const clock = options.clock ?? systemClock;
  const mentors = new MentorService({ prisma, clock });
  const introductions = new IntroductionService({ prisma, clock });
  const readiness = new ReadinessService({ prisma, clock });
  return { prisma, clock, dataDir, mentors, introductions, readiness };
}
