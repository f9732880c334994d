// An in-memory repository keyed like the real one: used by the unit tests and the import benchmark
// to exercise the import pipeline without a database (the service's sink is the Prisma one).
import type { ImportRecord } from './import-row.rules.js';
import { type ImportOutcome, type ImportSink, importFingerprint, importKey } from './import-run.js';

export interface StoredImport {
  record: ImportRecord;
  fingerprint: string;
  revision: number;
}

export class MemoryImportSink implements ImportSink {
  readonly records = new Map<string, StoredImport>();
  /** one entry per RecordPublished the real sink would write */
  readonly published: { key: string; revision: number }[] = [];

  async apply(records: readonly ImportRecord[]): Promise<ImportOutcome[]> {
    return records.map((record) => {
      const key = importKey(record);
      const fingerprint = importFingerprint(record);
      const stored = this.records.get(key);
      if (stored?.fingerprint === fingerprint) return 'unchanged';
      const revision = (stored?.revision ?? 0) + 1;
      this.records.set(key, { record, fingerprint, revision });
      this.published.push({ key, revision });
      return stored ? 'updated' : 'created';
    });
  }
}
