// The events of the filing aggregate (topic ipsupport.filing.v1, key = filing id).
import type { MessageInitShape } from '@bufbuild/protobuf';
import {
  CertificateGrantedSchema,
  FilingRecordedSchema,
  FilingRefusedSchema,
  type FilingFactsSchema,
  FilingStage as FilingStageMessage,
  MilestoneRecordedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';
import { actorMessage, EVENT_SOURCE, FILING_TOPIC, RIGHT_MESSAGE, SUBJECT_MESSAGE } from '../events/event-messages.js';
import type { Filing, SupportRequest } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import { isoDate } from '../shared/clock.js';
import type { FilingStageCode } from './filing-procedure.js';

const AGGREGATE = 'ipsupport.filing';

export const STAGE_MESSAGE: Record<FilingStageCode, FilingStageMessage> = {
  filed: FilingStageMessage.FILED,
  formality_examination: FilingStageMessage.FORMALITY_EXAMINATION,
  publication: FilingStageMessage.PUBLICATION,
  substantive_examination: FilingStageMessage.SUBSTANTIVE_EXAMINATION,
  granted: FilingStageMessage.GRANTED,
  refused: FilingStageMessage.REFUSED,
  withdrawn: FilingStageMessage.WITHDRAWN,
};

export function filingFacts(f: Filing, r: SupportRequest): MessageInitShape<typeof FilingFactsSchema> {
  return {
    id: f.id,
    requestId: f.requestId,
    organisation: { id: r.organisationId, name: r.organisationName },
    right: RIGHT_MESSAGE[f.right],
    applicationNumber: f.applicationNumber,
    territory: f.territory,
    filingDate: isoDate(f.filingDate),
    priorityDate: f.priorityDate ? isoDate(f.priorityDate) : '',
    stage: STAGE_MESSAGE[f.stage],
    subjectRefId: r.subjectRefId ?? '',
    subjectKind: SUBJECT_MESSAGE[r.subjectKind],
    localityCode: r.localityCode ?? '',
  };
}

const options = (filingId: string, occurredAt: Date) => ({
  topic: FILING_TOPIC,
  aggregateType: AGGREGATE,
  aggregateId: filingId,
  source: EVENT_SOURCE,
  occurredAt,
});

export const filingEvents = {
  recorded: (f: Filing, r: SupportRequest, by: Actor, at: Date): OutgoingEvent =>
    event(FilingRecordedSchema, { filing: filingFacts(f, r), by: actorMessage(by) }, options(f.id, at)),
  milestone: (
    f: Filing,
    r: SupportRequest,
    m: { id: string; kind: string; occurredOn: string; responseDueOn: string | null },
    from: FilingStageCode,
    by: Actor,
    at: Date,
  ): OutgoingEvent =>
    event(
      MilestoneRecordedSchema,
      {
        filing: filingFacts(f, r),
        milestoneId: m.id,
        kind: m.kind,
        occurredOn: m.occurredOn,
        responseDueOn: m.responseDueOn ?? '',
        from: STAGE_MESSAGE[from],
        to: STAGE_MESSAGE[f.stage],
        by: actorMessage(by),
      },
      options(f.id, at),
    ),
  granted: (f: Filing, r: SupportRequest, by: Actor, at: Date): OutgoingEvent =>
    event(
      CertificateGrantedSchema,
      {
        filing: filingFacts(f, r),
        certificateNumber: f.certificateNumber ?? '',
        grantedOn: f.grantedOn ? isoDate(f.grantedOn) : '',
        subjectTitle: r.subjectTitle,
        by: actorMessage(by),
      },
      options(f.id, at),
    ),
  refused: (f: Filing, r: SupportRequest, reason: string, by: Actor, at: Date): OutgoingEvent =>
    event(
      FilingRefusedSchema,
      { filing: filingFacts(f, r), refusedOn: f.refusedOn ? isoDate(f.refusedOn) : '', reason, by: actorMessage(by) },
      options(f.id, at),
    ),
};
