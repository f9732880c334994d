// The central repository's events (topic initiatives.repository.v1, key = record id), read by search
// and insights. Public data only.
import { RecordOrigin, RecordPublishedSchema, RecordWithdrawnSchema } from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { EVENT_SOURCE, REPOSITORY_TOPIC } from '../events/event-messages.js';
import type { RepositoryRecordRow } from './repository.service.js';

const AGGREGATE = 'initiatives.repository_record';

const options = (id: string, occurredAt: Date) => ({
  topic: REPOSITORY_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: id,
  source: EVENT_SOURCE,
  occurredAt,
});

export function recordPublished(
  r: RepositoryRecordRow,
  field: { code: string; nameVi: string; nameEn: string },
  at: Date,
): OutgoingEvent {
  return event(
    RecordPublishedSchema,
    {
      record: {
        id: r.id,
        revision: r.revision,
        title: r.title,
        summary: r.summary,
        field,
        unitName: r.unitName,
        organisation: { id: r.organisationId, name: r.organisationName },
        locality: {
          provinceCode: r.localityCode.length <= 2 ? r.localityCode : '',
          communeCode: r.localityCode.length > 2 ? r.localityCode : '',
        },
        year: r.year,
        effectivenessSummary: r.effectivenessSummary,
        benefitVnd: r.benefitVnd ?? 0n,
        authors: r.authors.map((a) => ({ name: a.name, sharePercent: Math.round(a.sharePercent) })),
        origin: r.origin === 'campaign' ? RecordOrigin.CAMPAIGN : RecordOrigin.IMPORT,
        source: r.sourceUnit,
        certificateCode: r.certificateCode ?? '',
        recognisedOn: r.recognisedOn ? r.recognisedOn.toISOString().slice(0, 10) : '',
        decisionNumber: r.decisionNumber ?? '',
      },
    },
    options(r.id, at),
  );
}

export function recordWithdrawn(id: string, revision: number, reason: string, at: Date): OutgoingEvent {
  return event(RecordWithdrawnSchema, { recordId: id, revision, reason }, options(id, at));
}
