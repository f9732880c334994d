// Wires the incubation service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
// Capabilities register here and in incubation.module.ts (one line each).
import type { PrismaClient } from './generated/prisma/client.js';
import { type Clock, systemClock } from './shared/clock.js';

export interface IncubationServices {
  prisma: PrismaClient;
  clock: Clock;
  /** the service's own files (milestone evidence) */
  dataDir: string;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  dataDir: string;
  clock?: Clock;
}

export async function composeIncubation(options: ComposeOptions): Promise<IncubationServices> {
  const { prisma, dataDir } = options;
  const clock = options.clock ?? systemClock;
  return { prisma, clock, dataDir };
}
