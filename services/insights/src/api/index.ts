// @sti/insights/api: the request and response schemas of /api/insights/v1, for the portal's types.
export * from '../reporting/report.schema.js';
export type { IndicatorDefinition, IndicatorDefinitionInput } from '../indicators/indicator-definition.js';
export { GRAINS, type Grain } from '../periods/period.js';
