// The service's API contract for the portal: every request and response zod schema, and the types
// inferred from them (one source of truth with validation and the OpenAPI document).
export * from '../reference/reference.data.js';
export * from '../mentors/mentor.schema.js';
export { PROGRAMME_ZONE, SLOT_MINUTES, MAX_WINDOW_DAYS } from '../mentors/availability.rules.js';
export * from '../introductions/introduction.schema.js';
export {
  INTRODUCTION_ACTIONS,
  INTRODUCTION_STATES,
  type IntroductionAction,
  type IntroductionState,
} from '../introductions/introduction-lifecycle.js';
export * from '../readiness/readiness.schema.js';
export {
  CERTIFICATIONS,
  READINESS_FACTS,
  READINESS_FIGURES,
  type Certification,
  type ReadinessFact,
  type ReadinessFigure,
} from '../readiness/readiness.rules.js';
export * from '../startups/startup.schema.js';
export * from '../kpis/kpi.schema.js';
export * from '../contests/contest.schema.js';
export * from '../panels/panel.schema.js';
export * from '../programmes/programme.schema.js';
export * from '../cohorts/milestone.schema.js';
