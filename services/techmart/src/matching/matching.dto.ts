// nestjs-zod DTOs for matching.

import { createZodDto } from 'nestjs-zod';
import {
  dashboardQuerySchema,
  dismissInputSchema,
  matchingDashboardSchema,
  needSuggestionsViewSchema,
  offerNeedMatchesSchema,
  suggestionViewSchema,
  workbenchPageSchema,
  workbenchQuerySchema,
} from './matching.schema.js';

export class WorkbenchQueryDto extends createZodDto(workbenchQuerySchema) {}
export class WorkbenchPageDto extends createZodDto(workbenchPageSchema) {}
export class NeedSuggestionsDto extends createZodDto(needSuggestionsViewSchema) {}
export class SuggestionDto extends createZodDto(suggestionViewSchema) {}
export class DismissInputDto extends createZodDto(dismissInputSchema) {}
export class OfferNeedMatchesDto extends createZodDto(offerNeedMatchesSchema) {}
export class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}
export class MatchingDashboardDto extends createZodDto(matchingDashboardSchema) {}
