// Wires the incubation service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
// Capabilities register here and in incubation.module.ts (one line each).
import { join } from 'node:path';
import { AttachmentStore } from '@sti/attachments';
import { MilestoneService } from './cohorts/milestone.service.js';
import { ContestService } from './contests/contest.service.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { IntroductionService } from './introductions/introduction.service.js';
import { KpiService } from './kpis/kpi.service.js';
import { MentorService } from './mentors/mentor.service.js';
import { PanelService } from './panels/panel.service.js';
import { ProgrammeService } from './programmes/programme.service.js';
import { ReadinessService } from './readiness/readiness.service.js';
import { type Clock, systemClock } from './shared/clock.js';
import { StartupService } from './startups/startup.service.js';

export interface IncubationServices {
  prisma: PrismaClient;
  clock: Clock;
  /** the service's own files (milestone evidence) */
  dataDir: string;
  startups: StartupService;
  kpis: KpiService;
  panels: PanelService;
  contests: ContestService;
  programmes: ProgrammeService;
  milestones: MilestoneService;
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
  const startups = new StartupService(prisma, clock);
  const kpis = new KpiService(prisma, clock);
  const panels = new PanelService(prisma, clock);
  // contests and programmes register themselves as panel subjects
  const contests = new ContestService(prisma, panels, clock);
  const programmes = new ProgrammeService(prisma, panels, clock);
  const milestones = new MilestoneService(prisma, new AttachmentStore(join(dataDir, 'attachments')), clock);
  const mentors = new MentorService({ prisma, clock });
  const introductions = new IntroductionService({ prisma, clock });
  const readiness = new ReadinessService({ prisma, clock });
  return {
    prisma,
    clock,
    dataDir,
    startups,
    kpis,
    panels,
    contests,
    programmes,
    milestones,
    mentors,
    introductions,
    readiness,
  };
}
