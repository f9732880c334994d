// The import report as the API returns it (and the portal reads it).
import { z } from 'zod';

const localized = z.object({ vi: z.string(), en: z.string() });

export const importRowIssueSchema = z.object({
  row: z.number().int().describe('row number as the spreadsheet shows it (the heading row is 1)'),
  field: z.string().describe('column key, e.g. title, authors, recognised_on'),
  code: z.enum([
    'required',
    'too_long',
    'markup',
    'bad_identifier',
    'bad_date',
    'future_date',
    'unknown_field',
    'unknown_locality',
    'authors_format',
    'shares_sum',
    'bad_amount',
    'duplicate_in_file',
  ]),
  message: localized,
});

export const importReportSchema = z
  .object({
    format: z.enum(['xlsx', 'csv']),
    rows: z.number().int().describe('data rows read'),
    created: z.number().int(),
    updated: z.number().int().describe('existing records whose content changed (revision + 1)'),
    unchanged: z.number().int().describe('rows identical to the stored record: nothing written'),
    rejected: z.number().int(),
    issues: z.array(importRowIssueSchema),
    issuesTruncated: z.boolean(),
  })
  .meta({ id: 'ImportReport' });

export type ImportReportView = z.infer<typeof importReportSchema>;
export type ImportRowIssueView = z.infer<typeof importRowIssueSchema>;
