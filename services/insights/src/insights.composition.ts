// Wires insights from a database: plain construction, no framework. The Nest module, the embedded
// host and the tests all start from here.
import type { SqlClient } from '@sti/platform';
import { InsightsService } from './reporting/insights.service.js';

export interface InsightsServices {
  insights: InsightsService;
}

export interface ComposeInsightsOptions {
  db: SqlClient;
  /** the province the installation reports for (the demo data's Đồng Tháp, 87, by default) */
  provinceCode?: string;
  clock?: () => Date;
}

export const DEFAULT_PROVINCE_CODE = '87';

export function composeInsights(options: ComposeInsightsOptions): InsightsServices {
  return {
    insights: new InsightsService({
      db: options.db,
      provinceCode: options.provinceCode ?? DEFAULT_PROVINCE_CODE,
      ...(options.clock ? { clock: options.clock } : {}),
    }),
  };
}
