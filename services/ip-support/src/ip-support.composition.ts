// Wires the IP-support service's application services from a database. Plain construction, no
// framework: the Nest module, the seed and the integration tests all start from here.
// Capabilities (deadlines, holidays, fees, subsidies, signatures, OCOP) add their service here and in
// IpSupportModule; keep one line per capability so parallel branches merge cleanly.
import type { PrismaClient } from './generated/prisma/client.js';
import { type Clock, systemClock } from './shared/clock.js';

export interface IpSupportServices {
  prisma: PrismaClient;
  clock: Clock;
  /** the service's own files (dossier documents) go under it */
  dataDir: string;
}

export interface ComposeOptions {
  prisma: PrismaClient;
  dataDir: string;
  clock?: Clock;
}

export async function composeIpSupport(options: ComposeOptions): Promise<IpSupportServices> {
  const { prisma } = options;
  const clock = options.clock ?? systemClock;
  return { prisma, clock, dataDir: options.dataDir };
}
