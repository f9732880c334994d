// One import: validate each row as it streams in, drop repeats of a (source unit, external id) already
// seen in the same file, hand good rows to the sink in batches, and build the per-row report.
import { createHash } from 'node:crypto';
import type { MappedRow } from './import-file.reader.js';
import { type RowIssue, rowIssue } from './import-issues.js';
import { type ImportRecord, type RowContext, validateImportRow } from './import-row.rules.js';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

/** Where good rows go (the repository, in one transaction per batch). */
export interface ImportSink {
  /** Upserts by (source unit, external id); returns one outcome per record, in order. */
  apply(records: readonly ImportRecord[]): Promise<ImportOutcome[]>;
}

export interface ImportReport {
  /** data rows read (headings and blank rows not counted) */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** every problem found, by row; capped at `maxListedIssues` (then `issuesTruncated`) */
  issues: RowIssue[];
  issuesTruncated: boolean;
}

export interface ImportOptions {
  batchSize?: number;
  maxListedIssues?: number;
}

export async function runImport(
  rows: AsyncIterable<MappedRow>,
  context: RowContext,
  sink: ImportSink,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 500;
  const maxListed = options.maxListedIssues ?? 2000;
  const report: ImportReport = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    issues: [],
    issuesTruncated: false,
  };
  const firstRowOf = new Map<string, number>();
  let batch: ImportRecord[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await sink.apply(batch);
    for (const outcome of outcomes) report[outcome]++;
    batch = [];
  };
  const reject = (issues: RowIssue[]) => {
    report.rejected++;
    for (const issue of issues) {
      if (report.issues.length < maxListed) report.issues.push(issue);
      else report.issuesTruncated = true;
    }
  };

  for await (const { row, values } of rows) {
    report.rows++;
    const result = validateImportRow(row, values, context);
    if (!result.ok) {
      reject(result.issues);
      continue;
    }
    const key = importKey(result.record);
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined) {
      reject([rowIssue(row, 'external_id', 'duplicate_in_file', { value: result.record.externalId, firstRow })]);
      continue;
    }
    firstRowOf.set(key, row);
    batch.push(result.record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return report;
}

/** The idempotency key: (source unit, external id); unit codes are upper-cased by validation. */
export const importKey = (record: Pick<ImportRecord, 'sourceUnitCode' | 'externalId'>) =>
  `${record.sourceUnitCode}\u0000${record.externalId}`;

/** A digest of everything a record publishes: equal digests mean a re-import changes nothing. */
export function importFingerprint(record: ImportRecord): string {
  const { row: _row, ...content } = record;
  const canonical = JSON.stringify(content, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
  return createHash('sha256').update(canonical).digest('base64url');
}
