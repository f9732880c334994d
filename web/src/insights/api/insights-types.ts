// The insights responses as the portal sees them, inferred from the service's own schemas
// (@sti/insights/api): a change of the API is a compile error here.
import type { z } from 'zod';
import type {
  CommuneRow,
  CommuneTable,
  IndicatorView,
  LocalityView,
  Overview,
  Series,
  seriesPointSchema,
  Tile,
} from '@sti/insights/api';

export type { CommuneRow, CommuneTable, IndicatorView, LocalityView, Overview, Series, Tile };
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type Status = NonNullable<Tile['status']>;
export type Grain = 'month' | 'quarter' | 'half' | 'year';
