// Demo data on first start (filled in with the campaigns step).
import type { Logger } from 'pino';
import type { InitiativesServices } from '../initiatives.composition.js';

export const DEMO_SEED_NAME = 'initiatives-demo-v1';

export interface SeedResult {
  seeded: boolean;
  items: number;
}

export async function seedDemoData(_options: { services: InitiativesServices; logger: Logger }): Promise<SeedResult> {
  return { seeded: false, items: 0 };
}
