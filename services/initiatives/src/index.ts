// @sti/initiatives: recognition campaigns, legal gates, blind council scoring, decisions, certificates
// and the central repository of initiatives.
export { composeInitiatives, type InitiativesServices } from './initiatives.composition.js';
export { InitiativesModule } from './initiatives.module.js';
export {
  INITIATIVES_TOPICS,
  type InitiativesHandle,
  MIGRATIONS_DIR,
  SERVICE_NAME,
  type StartInitiativesOptions,
  startInitiatives,
} from './start-initiatives.js';
export { CAMPAIGN_TOPIC, REPOSITORY_TOPIC, SUBMISSION_TOPIC } from './events/event-messages.js';
export { DEMO_SEED_NAME, type SeedResult, seedDemoData } from './seed/demo-seeder.js';
export * from './api/index.js';
