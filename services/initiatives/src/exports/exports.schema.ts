// Statistics of the central repository as the API returns them.
import { z } from 'zod';

export const statisticsQuerySchema = z.object({ by: z.enum(['unit', 'field', 'year']).default('unit') });

export const statisticsResponseSchema = z
  .object({
    by: z.enum(['unit', 'field', 'year']),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        count: z.number().int(),
        fromCampaigns: z.number().int(),
        imported: z.number().int(),
        benefitVnd: z.string().describe('sum of the estimated yearly benefits, integer VND as digits'),
      }),
    ),
  })
  .meta({ id: 'RepositoryStatistics' });

export type StatisticsResponse = z.infer<typeof statisticsResponseSchema>;
