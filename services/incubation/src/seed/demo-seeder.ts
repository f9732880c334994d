// Demo data on first start, written through the application services (so every row has its events),
// from the data files next to this one. Runs once: a `seed_runs` row marks it done.
import type { Logger } from 'pino';
import type { IncubationServices } from '../incubation.composition.js';
import { PEOPLE_SEED_STEP } from '../mentors/people.seed.js';
import { INCUBATION_SEED_STEP } from './incubation.seed.js';

export const DEMO_SEED_NAME = 'incubation-demo-v1';

export interface SeedResult {
  seeded: boolean;
  items: number;
}

/** One step of the demo seed; each returns how many items it wrote. Capabilities add theirs to SEED_STEPS. */
export type SeedStep = (services: IncubationServices, signal: AbortSignal) => Promise<number>;

export const SEED_STEPS: { name: string; run: SeedStep }[] = [INCUBATION_SEED_STEP];

export async function seedDemoData(input: {
  services: IncubationServices;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<SeedResult> {
  const { services, logger } = input;
  const signal = input.signal ?? new AbortController().signal;
  const done = await services.prisma.seedRun.findUnique({ where: { name: DEMO_SEED_NAME } });
  if (done) return { seeded: false, items: done.items };
  let items = 0;
  for (const step of SEED_STEPS) {
    if (signal.aborted) return { seeded: false, items };
    items += await step.run(services, signal);
    logger.debug({ step: step.name, items }, 'incubation demo seed step done');
  }
  await services.prisma.seedRun.create({ data: { name: DEMO_SEED_NAME, items } });
  logger.info({ items }, 'incubation demo data seeded');
  return { seeded: true, items };
}

// Mentors, investors, introductions and readiness (inc-people): after the startups exist.
SEED_STEPS.push(PEOPLE_SEED_STEP);
