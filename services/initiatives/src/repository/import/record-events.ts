// RecordPublished / RecordWithdrawn for a repository_records row: one mapping for both origins
// (imported rows here, recognised initiatives through the certificate issuer).
import { RecordOrigin, RecordPublishedSchema, RecordWithdrawnSchema } from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { REPOSITORY_TOPIC } from '../../events/event-messages.js';
import type { RepositoryRecord } from '../../generated/prisma/client.js';

const AGGREGATE = 'initiatives.repository';

export interface FieldNames {
  nameVi: string;
  nameEn: string;
}

export function recordPublishedEvent(row: RepositoryRecord, field: FieldNames | undefined, now: Date): OutgoingEvent {
  const authors = (row.authors as { name: string; sharePercent: number }[]).map((a) => ({
    name: a.name,
    sharePercent: a.sharePercent,
  }));
  const code = row.localityCode;
  return event(
    RecordPublishedSchema,
    {
      record: {
        id: row.id,
        revision: row.revision,
        title: row.title,
        summary: row.summary,
        field: { code: row.fieldCode, nameVi: field?.nameVi ?? '', nameEn: field?.nameEn ?? '' },
        unitName: row.unitName,
        organisation: { id: row.organisationId, name: row.organisationName },
        // province codes have 2 digits, commune codes 5
        locality: code.length > 3 ? { communeCode: code } : { provinceCode: code },
        year: row.year,
        effectivenessSummary: row.effectivenessSummary,
        benefitVnd: row.benefitVnd ?? 0n,
        authors,
        origin: row.origin === 'campaign' ? RecordOrigin.CAMPAIGN : RecordOrigin.IMPORT,
        source: row.sourceUnit,
        certificateCode: row.certificateCode ?? '',
        recognisedOn: row.recognisedOn ? row.recognisedOn.toISOString().slice(0, 10) : '',
        decisionNumber: row.decisionNumber ?? '',
      },
    },
    { aggregateType: AGGREGATE, aggregateId: row.id, topic: REPOSITORY_TOPIC, occurredAt: now },
  );
}

export function recordWithdrawnEvent(
  row: Pick<RepositoryRecord, 'id' | 'revision'>,
  reason: string,
  now: Date,
): OutgoingEvent {
  return event(
    RecordWithdrawnSchema,
    { recordId: row.id, revision: row.revision, reason },
    { aggregateType: AGGREGATE, aggregateId: row.id, topic: REPOSITORY_TOPIC, occurredAt: now },
  );
}
