// A small, known event history (Techmart listings and initiative records in two communes of
// province 87) with the figures it must produce. Shared by the projection, rebuild and HTTP tests.
import {
  ConnectionProposedSchema,
  ConnectionSignedSchema,
  ExpertPublishedSchema,
  NeedArchivedSchema,
  NeedPublishedSchema,
  OfferKind,
  OfferPublishedSchema,
  RecordOrigin,
  RecordPublishedSchema,
  RecordWithdrawnSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent } from '@sti/platform';

export interface HistoryTopics {
  offer: string;
  need: string;
  expert: string;
  repository: string;
  connection: string;
}

export const DEFAULT_TOPICS: HistoryTopics = {
  offer: 'techmart.offer.v1',
  need: 'techmart.need.v1',
  expert: 'techmart.expert.v1',
  repository: 'initiatives.repository.v1',
  connection: 'techmart.connection.v1',
};

export const topicList = (t: HistoryTopics) => [t.offer, t.need, t.expert, t.repository, t.connection];

export const COMMUNE_A = {
  provinceCode: '87',
  provinceName: 'Đồng Tháp',
  communeCode: '30175',
  communeName: 'Phường Mỹ Tho',
};
export const COMMUNE_B = {
  provinceCode: '87',
  provinceName: 'Đồng Tháp',
  communeCode: '30268',
  communeName: 'Xã Mỹ Hiệp',
};
const sector = { code: 'agri-processing', nameVi: 'Chế biến nông sản', nameEn: 'Agricultural processing' };

export const id = (n: number) => `01936d3e-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export function offer(
  topics: HistoryTopics,
  n: number,
  options: { kind?: 'technology' | 'equipment'; revision?: number; publishedAt: string; place?: typeof COMMUNE_A },
): OutgoingEvent {
  const offerId = id(n);
  return event(
    OfferPublishedSchema,
    {
      offer: {
        id: offerId,
        kind: options.kind === 'equipment' ? OfferKind.EQUIPMENT : OfferKind.TECHNOLOGY,
        title: `Công nghệ ${n}`,
        sector,
        revision: options.revision ?? 1,
        publishedAt: options.publishedAt,
        locality: options.place ?? COMMUNE_A,
      },
    },
    { aggregateType: 'techmart.offer', aggregateId: offerId, topic: topics.offer },
  );
}

export function need(
  topics: HistoryTopics,
  n: number,
  options: { intake: boolean; publishedAt: string; place?: typeof COMMUNE_A; revision?: number },
): OutgoingEvent {
  const needId = id(n);
  return event(
    NeedPublishedSchema,
    {
      need: {
        id: needId,
        title: `Nhu cầu ${n}`,
        sector,
        revision: options.revision ?? 1,
        publishedAt: options.publishedAt,
        locality: options.place ?? COMMUNE_A,
        requester: { id: id(900 + n), name: 'HTX Mỹ Hiệp' },
        ...(options.intake
          ? {
              intake: {
                enteredBy: { userId: 'officer-1', displayName: 'Cán bộ xã' },
                onBehalfOf: { id: id(900 + n), name: 'HTX' },
              },
            }
          : {}),
      },
    },
    { aggregateType: 'techmart.need', aggregateId: needId, topic: topics.need },
  );
}

export function needArchived(topics: HistoryTopics, n: number, revision: number): OutgoingEvent {
  return event(
    NeedArchivedSchema,
    { needId: id(n), revision },
    { aggregateType: 'techmart.need', aggregateId: id(n), topic: topics.need },
  );
}

export function expert(topics: HistoryTopics, n: number, publishedAt: string, place = COMMUNE_A): OutgoingEvent {
  return event(
    ExpertPublishedSchema,
    {
      expert: {
        id: id(n),
        fullName: `TS. Chuyên gia ${n}`,
        revision: 1,
        publishedAt,
        locality: place,
        fields: [sector],
      },
    },
    { aggregateType: 'techmart.expert', aggregateId: id(n), topic: topics.expert },
  );
}

export function record(
  topics: HistoryTopics,
  n: number,
  options: {
    revision: number;
    recognisedOn: string;
    benefitVnd: bigint;
    origin?: 'campaign' | 'import';
    place?: typeof COMMUNE_A;
  },
): OutgoingEvent {
  return event(
    RecordPublishedSchema,
    {
      record: {
        id: id(n),
        revision: options.revision,
        title: `Sáng kiến ${n}`,
        locality: options.place ?? COMMUNE_A,
        year: Number(options.recognisedOn.slice(0, 4)),
        benefitVnd: options.benefitVnd,
        origin: options.origin === 'import' ? RecordOrigin.IMPORT : RecordOrigin.CAMPAIGN,
        recognisedOn: options.recognisedOn,
      },
    },
    { aggregateType: 'initiatives.record', aggregateId: id(n), topic: topics.repository },
  );
}

export function recordWithdrawn(topics: HistoryTopics, n: number, revision: number): OutgoingEvent {
  return event(
    RecordWithdrawnSchema,
    { recordId: id(n), revision, reason: 'Hủy công nhận' },
    { aggregateType: 'initiatives.record', aggregateId: id(n), topic: topics.repository },
  );
}

const connectionFacts = (n: number, needN: number, place: typeof COMMUNE_A) => ({
  connectionId: id(n),
  needId: id(needN),
  candidateId: id(n + 100),
  requester: { id: id(200 + needN), name: `HTX ${needN}` },
  supplier: { id: id(300 + n), name: `Viện ${n}` },
  provinceCode: place.provinceCode,
  communeCode: place.communeCode,
  origin: 'workbench',
});

export function connectionProposed(
  topics: HistoryTopics,
  n: number,
  needN: number,
  at: string,
  place = COMMUNE_A,
): OutgoingEvent {
  return event(
    ConnectionProposedSchema,
    { facts: connectionFacts(n, needN, place), message: 'Kính giới thiệu hai bên.' },
    { aggregateType: 'techmart.connection', aggregateId: id(n), topic: topics.connection, occurredAt: new Date(at) },
  );
}

export function connectionSigned(
  topics: HistoryTopics,
  n: number,
  needN: number,
  signedOn: string,
  valueVnd: bigint,
  place = COMMUNE_A,
): OutgoingEvent {
  return event(
    ConnectionSignedSchema,
    { facts: connectionFacts(n, needN, place), signedOn, valueVnd, transferType: 'turnkey' },
    { aggregateType: 'techmart.connection', aggregateId: id(n), topic: topics.connection },
  );
}

/**
 * The history, in the order the producers would publish it. In Q1 2026 (local time) it counts:
 * 5 listings (1 technology, 1 equipment, 2 needs of which 1 taken in by an officer, 1 expert),
 * 3 of them in commune A and 2 in B; 1 recognised initiative worth 600,000,000 VND (the other was
 * withdrawn, the third is an import). In Q2: 2 listings (a technology offer published at 00:30 on
 * 1 April local time, and a need later archived).
 * Connections: 3 introduced in Q1 for 2 needs (4 twice, 5 once), one signed in Q1 for 350,000,000 VND,
 * one signed on 2 April (Q2) for 100,000,000 VND.
 */
export function insightsHistory(topics: HistoryTopics = DEFAULT_TOPICS): OutgoingEvent[] {
  return [
    offer(topics, 1, { publishedAt: '2026-01-10T03:00:00Z' }),
    offer(topics, 1, { publishedAt: '2026-02-05T03:00:00Z', revision: 2 }),
    // 23:30 on 31 March in Vietnam: Q1
    offer(topics, 2, { kind: 'equipment', publishedAt: '2026-03-31T16:30:00Z', place: COMMUNE_B }),
    // 00:30 on 1 April in Vietnam: Q2
    offer(topics, 3, { publishedAt: '2026-03-31T17:30:00Z', place: COMMUNE_B }),
    need(topics, 4, { intake: true, publishedAt: '2026-02-15T02:00:00Z' }),
    need(topics, 5, { intake: false, publishedAt: '2026-03-01T02:00:00Z', place: COMMUNE_B }),
    need(topics, 6, { intake: false, publishedAt: '2026-05-01T02:00:00Z' }),
    needArchived(topics, 6, 1),
    expert(topics, 7, '2026-01-20T02:00:00Z'),
    record(topics, 8, { revision: 1, recognisedOn: '2026-03-20', benefitVnd: 500_000_000n }),
    record(topics, 8, { revision: 2, recognisedOn: '2026-03-20', benefitVnd: 600_000_000n }),
    record(topics, 9, { revision: 1, recognisedOn: '2026-02-10', benefitVnd: 100_000_000n, place: COMMUNE_B }),
    recordWithdrawn(topics, 9, 2),
    record(topics, 10, {
      revision: 1,
      recognisedOn: '2026-01-05',
      benefitVnd: 50_000_000n,
      origin: 'import',
      place: COMMUNE_B,
    }),
    connectionProposed(topics, 11, 4, '2026-02-20T03:00:00Z'),
    connectionProposed(topics, 12, 4, '2026-02-21T03:00:00Z'),
    connectionProposed(topics, 13, 5, '2026-03-05T03:00:00Z', COMMUNE_B),
    connectionSigned(topics, 11, 4, '2026-03-15', 350_000_000n),
    connectionSigned(topics, 13, 5, '2026-04-02', 100_000_000n, COMMUNE_B),
  ];
}
