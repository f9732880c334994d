// The import sink over repository_records, inside the import's transaction: one read per batch for the
// existing rows, one multi-row insert for the new ones, an update per changed row (revision + 1), and
// the RecordPublished events of the batch in one outbox append. An unchanged row writes nothing.
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { RepositoryRecord } from '../../generated/prisma/client.js';
import type { Db } from '../../shared/db.js';
import type { ImportRecord } from './import-row.rules.js';
import { type ImportOutcome, type ImportSink, importKey } from './import-run.js';
import { type FieldNames, recordPublishedEvent } from './record-events.js';

type RecordContent = Omit<RepositoryRecord, 'id' | 'revision' | 'publishedAt' | 'updatedAt' | 'submissionId'>;

export function importedContent(record: ImportRecord): RecordContent {
  return {
    origin: 'import',
    sourceUnit: record.sourceUnitCode,
    externalId: record.externalId,
    certificateCode: null,
    title: record.title,
    summary: record.summary,
    fieldCode: record.fieldCode,
    unitName: record.unitName,
    organisationId: record.sourceUnitCode,
    organisationName: record.sourceUnitName,
    localityCode: record.localityCode ?? '',
    year: record.year,
    effectivenessSummary: record.effectivenessSummary,
    benefitVnd: record.benefitVnd,
    authors: record.authors.map((a) => ({ name: a.name, sharePercent: a.sharePercent })),
    recognisedOn: new Date(`${record.recognisedOn}T00:00:00Z`),
    decisionNumber: record.decisionNumber || null,
    status: 'published',
  };
}

/** Whether storing `next` would change anything a reader of the record sees. */
export function sameContent(current: RepositoryRecord, next: RecordContent): boolean {
  return (
    current.status === next.status &&
    current.title === next.title &&
    current.summary === next.summary &&
    current.fieldCode === next.fieldCode &&
    current.unitName === next.unitName &&
    current.organisationName === next.organisationName &&
    current.localityCode === next.localityCode &&
    current.year === next.year &&
    current.effectivenessSummary === next.effectivenessSummary &&
    (current.benefitVnd ?? 0n) === (next.benefitVnd ?? 0n) &&
    JSON.stringify(current.authors) === JSON.stringify(next.authors) &&
    current.recognisedOn?.getTime() === next.recognisedOn?.getTime() &&
    (current.decisionNumber ?? null) === (next.decisionNumber ?? null)
  );
}

// One statement for a batch of new rows: each column as one array parameter (Prisma's createMany binds
// one parameter per cell, which for 500 rows × 22 columns costs about a second per batch here).
const INSERT_SQL = `INSERT INTO repository_records (id, origin, source_unit, external_id, submission_id, certificate_code,
  title, summary, field_code, unit_name, organisation_id, organisation_name, locality_code, year,
  effectiveness_summary, benefit_vnd, authors, recognised_on, decision_number, status, revision, published_at, updated_at)
SELECT r.id::uuid, r.origin, r.source_unit, r.external_id, NULL, NULL, r.title, r.summary, r.field_code, r.unit_name,
  r.organisation_id, r.organisation_name, r.locality_code, r.year::int, r.effectiveness_summary, r.benefit_vnd::bigint,
  r.authors::jsonb, r.recognised_on::date, r.decision_number, r.status, 1, r.at::timestamptz, r.at::timestamptz
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[],
  $19::text[]) AS r(id, origin, source_unit, external_id, title, summary, field_code, unit_name, organisation_id,
  organisation_name, locality_code, year, effectiveness_summary, benefit_vnd, authors, recognised_on, decision_number,
  status, at)`;

async function insertRecords(tx: Db, rows: readonly RepositoryRecord[]): Promise<void> {
  const column = <T>(pick: (row: RepositoryRecord) => T) => rows.map(pick);
  await tx.$executeRawUnsafe(
    INSERT_SQL,
    column((r) => r.id),
    column((r) => r.origin),
    column((r) => r.sourceUnit),
    column((r) => r.externalId),
    column((r) => r.title),
    column((r) => r.summary),
    column((r) => r.fieldCode),
    column((r) => r.unitName),
    column((r) => r.organisationId),
    column((r) => r.organisationName),
    column((r) => r.localityCode),
    column((r) => String(r.year)),
    column((r) => r.effectivenessSummary),
    column((r) => (r.benefitVnd === null ? null : r.benefitVnd.toString())),
    column((r) => JSON.stringify(r.authors)),
    column((r) => r.recognisedOn?.toISOString().slice(0, 10) ?? null),
    column((r) => r.decisionNumber),
    column((r) => r.status),
    column((r) => r.publishedAt.toISOString()),
  );
}

export class PrismaImportSink implements ImportSink {
  /** rows created or changed by this import, for the similarity index once committed */
  readonly changed: RepositoryRecord[] = [];

  constructor(
    private readonly tx: Db,
    private readonly fields: ReadonlyMap<string, FieldNames>,
    private readonly now: Date,
  ) {}

  async apply(records: readonly ImportRecord[]): Promise<ImportOutcome[]> {
    const existing = await this.tx.repositoryRecord.findMany({
      where: {
        sourceUnit: { in: [...new Set(records.map((r) => r.sourceUnitCode))] },
        externalId: { in: records.map((r) => r.externalId) },
      },
    });
    const byKey = new Map(
      existing.map((row) => [importKey({ sourceUnitCode: row.sourceUnit, externalId: row.externalId }), row]),
    );
    const created: RepositoryRecord[] = [];
    const updated: RepositoryRecord[] = [];
    const outcomes = records.map((record): ImportOutcome => {
      const content = importedContent(record);
      const current = byKey.get(importKey(record));
      if (!current) {
        created.push({
          ...content,
          id: uuidv7(),
          submissionId: null,
          revision: 1,
          publishedAt: this.now,
          updatedAt: this.now,
        });
        return 'created';
      }
      if (sameContent(current, content)) return 'unchanged';
      updated.push({ ...current, ...content, revision: current.revision + 1, updatedAt: this.now });
      return 'updated';
    });
    if (created.length > 0) await insertRecords(this.tx, created);
    for (const row of updated) {
      const { id, ...data } = row;
      await this.tx.repositoryRecord.update({ where: { id }, data: { ...data, authors: data.authors as object[] } });
    }
    const changed = [...created, ...updated];
    await appendToOutbox(
      prismaTxExecutor(this.tx),
      changed.map((row) => recordPublishedEvent(row, this.fields.get(row.fieldCode), this.now)),
    );
    this.changed.push(...changed);
    return outcomes;
  }
}
