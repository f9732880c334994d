// @sti/ip-support: IP-registration support requests, dossiers, filings and deadlines, fees, cost
// subsidies, signed documents and OCOP readiness.
export { composeIpSupport, type IpSupportServices } from './ip-support.composition.js';
export { IpSupportModule } from './ip-support.module.js';
export {
  type IpSupportHandle,
  IP_SUPPORT_TOPICS,
  MIGRATIONS_DIR,
  SERVICE_NAME,
  type StartIpSupportOptions,
  startIpSupport,
} from './start-ip-support.js';
export { EVENT_SOURCE, FILING_TOPIC, REQUEST_TOPIC } from './events/event-messages.js';
export { DEMO_SEED_NAME, type SeedResult, seedDemoData } from './seed/demo-seeder.js';
export * from './api/index.js';
