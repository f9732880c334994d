// Records of the central initiative repository and their events, as the initiatives service
// publishes them on initiatives.repository.v1 (tests of the projection and the rebuild).
import { create, type MessageInitShape } from '@bufbuild/protobuf';
import {
  RecordOrigin,
  RecordPublishedSchema,
  type RepositoryRecord,
  RepositoryRecordSchema,
  RecordWithdrawnSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';

export const INITIATIVES_REPOSITORY_TOPIC = 'initiatives.repository.v1';

export const recordId = (n: number) => `01936d3e-5000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export const HEALTH_FIELD = { code: 'y-te', nameVi: 'Y tế', nameEn: 'Health care' };
export const EDUCATION_FIELD = { code: 'giao-duc', nameVi: 'Giáo dục', nameEn: 'Education' };

export function repositoryRecord(
  init: MessageInitShape<typeof RepositoryRecordSchema> & { id: string },
): RepositoryRecord {
  const record = {
    revision: 1,
    title: 'Sáng kiến giảm thời gian chờ khám bệnh tại khoa khám bệnh',
    summary: 'Sắp xếp lại quy trình tiếp đón, phát số thứ tự qua điện thoại.',
    field: HEALTH_FIELD,
    unitName: 'Khoa Khám bệnh, Bệnh viện Đa khoa Đồng Tháp',
    organisation: { id: 'org-syt', name: 'Sở Y tế Đồng Tháp' },
    locality: { provinceCode: '87', provinceName: 'Đồng Tháp', communeCode: '87001', communeName: 'Phường Cao Lãnh' },
    year: 2025,
    effectivenessSummary: 'Thời gian chờ trung bình giảm từ 90 xuống 35 phút.',
    benefitVnd: 120_000_000n,
    authors: [
      { name: 'Trần Thị Mai', sharePercent: 60 },
      { name: 'Lê Văn Hùng', sharePercent: 40 },
    ],
    origin: RecordOrigin.CAMPAIGN,
    source: 'campaign-2025',
    certificateCode: 'SK-2025-000123',
    recognisedOn: '2025-12-15',
    decisionNumber: '125/QĐ-SKHCN',
    ...init,
  };
  // `init` may be a whole record (a revision of another): both shapes are valid init for create()
  return create(RepositoryRecordSchema, record as MessageInitShape<typeof RepositoryRecordSchema>);
}

export function recordPublished(record: RepositoryRecord): OutgoingEvent {
  return event(
    RecordPublishedSchema,
    { record },
    { aggregateType: 'initiatives.repository', aggregateId: record.id, topic: INITIATIVES_REPOSITORY_TOPIC },
  );
}

export function recordWithdrawn(id: string, revision: number, reason = 'certificate revoked'): OutgoingEvent {
  return event(
    RecordWithdrawnSchema,
    { recordId: id, revision, reason },
    { aggregateType: 'initiatives.repository', aggregateId: id, topic: INITIATIVES_REPOSITORY_TOPIC },
  );
}
