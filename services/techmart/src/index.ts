// @sti/techmart: the technology exchange service (offers, needs, experts and their moderation).
export { buildTechmartServices, composeTechmart, type TechmartServices } from './techmart.composition.js';
export { TechmartModule } from './techmart.module.js';
export {
  MIGRATIONS_DIR,
  SERVICE_NAME,
  startTechmart,
  type StartTechmartOptions,
  TECHMART_TOPICS,
  type TechmartHandle,
} from './start-techmart.js';
export { DEMO_SEED_NAME, type SeedResult, seedDemoData } from './seed/demo-seeder.js';
export { DEMO_ORGANISATION_IDS, DEMO_ORGANISATIONS, DEMO_USER_IDS } from './seed/demo-organisations.js';
export { OFFER_TOPIC } from './offers/offer.events.js';
export { NEED_TOPIC } from './needs/need.events.js';
export { EXPERT_TOPIC } from './experts/expert.events.js';
export { CONNECTION_TOPIC } from './connections/connection.events.js';
export { MATCH_TOPIC } from './matching/matching.service.js';
export { MatchEngine } from './matching/match-engine.js';
export type { MatchDocumentData } from './matching/match-document.js';
export * from './api/index.js';
