// @sti/incubation: startups, idea contests with juries, incubation programmes and cohorts, KPIs,
// mentors, investor introductions and the road to an S&T enterprise.
export { composeIncubation, type IncubationServices } from './incubation.composition.js';
export { IncubationModule } from './incubation.module.js';
export {
  INCUBATION_TOPICS,
  type IncubationHandle,
  MIGRATIONS_DIR,
  SERVICE_NAME,
  type StartIncubationOptions,
  startIncubation,
} from './start-incubation.js';
export { CONTEST_TOPIC, PROGRAMME_TOPIC, STARTUP_TOPIC } from './events/event-messages.js';
export { DEMO_SEED_NAME, type SeedResult, seedDemoData } from './seed/demo-seeder.js';
export * from './api/index.js';
