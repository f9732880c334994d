// A public record of the central repository (kho dữ liệu sáng kiến tập trung).
import { z } from 'zod';

export const repositoryRecordViewSchema = z.object({
  id: z.string(),
  origin: z.enum(['campaign', 'import']),
  title: z.string(),
  summary: z.string(),
  fieldCode: z.string(),
  unitName: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  localityCode: z.string(),
  year: z.number().int(),
  effectivenessSummary: z.string(),
  benefitVnd: z.number().nullable(),
  authors: z.array(z.object({ name: z.string(), sharePercent: z.number() })),
  recognisedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  certificateCode: z.string().nullable(),
  revision: z.number().int(),
});

export type RepositoryRecordView = z.output<typeof repositoryRecordViewSchema>;
