import { serviceConfigFields, urlField } from '@sti/platform';
import { z } from 'zod';

export const searchConfigSchema = z.object({
  ...serviceConfigFields,
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((b) => b.trim())),
  MEILI_URL: urlField().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  SEARCH_DATA_DIR: z.string().default('.data/search'),
});

export type SearchConfig = z.output<typeof searchConfigSchema>;
