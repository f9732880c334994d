// @sti/insights: the indicator projections and the province's monitoring reports.
export { composeInsights, DEFAULT_PROVINCE_CODE, type InsightsServices } from './insights.composition.js';
export { InsightsModule } from './insights.module.js';
export {
  createInsightsProjector,
  INSIGHTS_PROJECTOR_GROUP,
  INSIGHTS_TOPICS,
} from './projection/insights-projector.js';
export { rebuildInsights, type RebuildInsightsReport } from './rebuild/rebuild-insights.js';
export {
  INSIGHTS_MIGRATIONS_DIR,
  type InsightsHandle,
  SERVICE_NAME,
  type StartInsightsOptions,
  startInsights,
} from './start-insights.js';
export * from './api/index.js';
