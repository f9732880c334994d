// A small Techmart event history for the rebuild tests: what is published (and stays so), what was
// archived, what changed revision, what was only submitted, and ways to corrupt the projection.
import { create } from '@bufbuild/protobuf';
import {
  ExpertPublishedSchema,
  ExpertSchema,
  NeedArchivedSchema,
  NeedPublishedSchema,
  NeedSchema,
  OfferArchivedSchema,
  OfferKind,
  OfferPublishedSchema,
  OfferSchema,
  OfferSubmittedSchema,
} from '@sti/contracts';
import { event, type OutgoingEvent, type SqlExecutor } from '@sti/platform';
import type { SearchDocument } from '../../engine/index.js';

export interface HistoryTopics {
  offer: string;
  need: string;
  expert: string;
}

export const TECHMART_TOPICS: HistoryTopics = {
  offer: 'techmart.offer.v1',
  need: 'techmart.need.v1',
  expert: 'techmart.expert.v1',
};

const sector = { code: 'agri-processing', nameVi: 'Chế biến nông sản', nameEn: 'Agricultural processing' };

export const listingId = (n: number) => `01936d3e-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export function offerPublished(topics: HistoryTopics, id: string, revision: number, title: string): OutgoingEvent {
  const offer = create(OfferSchema, {
    id,
    kind: OfferKind.TECHNOLOGY,
    title,
    summary: 'Giải pháp cho hợp tác xã Đồng Tháp',
    sector,
    trl: 6,
    revision,
    publishedAt: new Date().toISOString(),
  });
  return event(
    OfferPublishedSchema,
    { offer },
    { aggregateType: 'techmart.offer', aggregateId: id, topic: topics.offer },
  );
}

/** `revision` 0 is an archive event from a producer older than the field (a permanent tombstone). */
export function offerArchived(topics: HistoryTopics, id: string, revision = 0): OutgoingEvent {
  return event(
    OfferArchivedSchema,
    { offerId: id, revision },
    { aggregateType: 'techmart.offer', aggregateId: id, topic: topics.offer },
  );
}

/**
 * The history and what a correct projection holds afterwards: `expected` id → title of every listing
 * that must be searchable; `absent` ids must not be (archived, or never published).
 */
export function techmartHistory(topics: HistoryTopics = TECHMART_TOPICS): {
  events: OutgoingEvent[];
  expected: Map<string, string>;
  absent: string[];
} {
  const events: OutgoingEvent[] = [];
  const expected = new Map<string, string>();
  const titles = [
    'Máy sấy nông sản năng lượng mặt trời',
    'Hệ thống tưới tiết kiệm nước cho vườn xoài',
    'Chế phẩm vi sinh xử lý ao nuôi tôm',
    'Dây chuyền đóng gói sen Đồng Tháp',
    'Phần mềm quản lý hợp tác xã',
  ];
  titles.forEach((title, i) => {
    const id = listingId(i + 1);
    events.push(offerPublished(topics, id, 1, title));
    expected.set(id, title);
  });
  // revised: the second revision's title wins
  const revised = listingId(1);
  events.push(offerPublished(topics, revised, 2, 'Máy sấy nông sản năng lượng mặt trời thế hệ 2'));
  expected.set(revised, 'Máy sấy nông sản năng lượng mặt trời thế hệ 2');
  // archived offer
  const archived = listingId(10);
  events.push(offerPublished(topics, archived, 1, 'Lò đốt trấu đã ngừng chào bán'));
  events.push(offerArchived(topics, archived));
  // submitted only, never published
  const submitted = listingId(11);
  events.push(
    event(
      OfferSubmittedSchema,
      { offerId: submitted, revision: 1 },
      { aggregateType: 'techmart.offer', aggregateId: submitted, topic: topics.offer },
    ),
  );
  // a need, and an archived need
  const need = listingId(20);
  events.push(
    event(
      NeedPublishedSchema,
      {
        need: create(NeedSchema, {
          id: need,
          title: 'Cần công nghệ bảo quản xoài',
          problem: 'Xoài hư nhanh',
          sector,
          revision: 1,
        }),
      },
      { aggregateType: 'techmart.need', aggregateId: need, topic: topics.need },
    ),
  );
  expected.set(need, 'Cần công nghệ bảo quản xoài');
  const archivedNeed = listingId(21);
  events.push(
    event(
      NeedPublishedSchema,
      {
        need: create(NeedSchema, {
          id: archivedNeed,
          title: 'Cần máy bóc vỏ hạt điều',
          problem: 'Thủ công',
          revision: 1,
        }),
      },
      { aggregateType: 'techmart.need', aggregateId: archivedNeed, topic: topics.need },
    ),
  );
  events.push(
    event(
      NeedArchivedSchema,
      { needId: archivedNeed },
      { aggregateType: 'techmart.need', aggregateId: archivedNeed, topic: topics.need },
    ),
  );
  // an expert
  const expert = listingId(30);
  events.push(
    event(
      ExpertPublishedSchema,
      {
        expert: create(ExpertSchema, {
          id: expert,
          fullName: 'Nguyễn Văn An',
          academicTitle: 'TS.',
          fields: [sector],
          revision: 1,
        }),
      },
      { aggregateType: 'techmart.expert', aggregateId: expert, topic: topics.expert },
    ),
  );
  expected.set(expert, 'TS. Nguyễn Văn An');
  return { events, expected, absent: [archived, submitted, archivedNeed] };
}

export const BOGUS_ID = listingId(99);

export function bogusDocument(): SearchDocument {
  return {
    id: BOGUS_ID,
    type: 'offer',
    title: 'Tin rác không có trong lịch sử',
    summary: 'không được xuất bản',
    body: '',
    keywords: [],
    sector: null,
    locality: null,
    trl: null,
    transferModes: [],
    ipStatus: null,
    ownerName: null,
    publishedAt: new Date().toISOString(),
    version: 50,
  };
}

/** Damages the projection table: a listing lost, one overwritten with a higher version, an archived one
 * brought back, a row that no event ever produced. */
export async function corruptProjectionTable(sql: SqlExecutor): Promise<void> {
  await sql.query('DELETE FROM search_document WHERE id = $1', [listingId(2)]);
  await sql.query(
    `UPDATE search_document SET version = 99, document = jsonb_set(document, '{title}', '"Bản hỏng"') WHERE id = $1`,
    [listingId(3)],
  );
  const bogus = bogusDocument();
  await sql.query(`UPDATE search_document SET deleted = false, document = $2::jsonb WHERE id = $1`, [
    listingId(10),
    JSON.stringify({ ...bogus, id: listingId(10), title: 'Lò đốt trấu hồi sinh' }),
  ]);
  await sql.query(
    `INSERT INTO search_document (id, type, version, deleted, document) VALUES ($1, 'offer', 50, false, $2::jsonb)`,
    [BOGUS_ID, JSON.stringify(bogus)],
  );
}
