// Similar repository records for a submission under screening.
import { z } from 'zod';

export const similarRecordSchema = z.object({
  record: z.object({
    id: z.string(),
    title: z.string(),
    unitName: z.string(),
    organisationName: z.string(),
    fieldCode: z.string(),
    year: z.number().int(),
    origin: z.enum(['campaign', 'import']),
    decisionNumber: z.string().nullable(),
  }),
  jaccard: z.number().describe('Jaccard similarity of the accent-folded word-pair shingles, 0–1'),
  estimatedJaccard: z.number().describe('the MinHash estimate that shortlisted the record, 0–1'),
});

export const similarRecordsSchema = z
  .object({
    submissionId: z.string(),
    indexedRecords: z.number().int().describe('published repository records compared against'),
    matches: z.array(similarRecordSchema),
  })
  .meta({ id: 'SimilarRecords' });

export type SimilarRecordsView = z.infer<typeof similarRecordsSchema>;
