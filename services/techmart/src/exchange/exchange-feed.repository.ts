// Reads the export feed: local listings that ever were public, in change order across the three
// listing tables (the change number comes from one sequence, set by a trigger on every change the
// feed shows). Imported listings are left out: an exchange re-publishing another's records would
// echo them back to their source.

import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { FeedListingType } from './exchange.schema.js';
import type { FeedRow } from './feed-mapping.js';

interface RawFeedRow {
  type: FeedListingType;
  id: string;
  feed_seq: bigint;
  status: string;
  expired_at: Date | null;
  updated_at: Date;
  published_snapshot: unknown;
}

export class ExchangeFeedRepository {
  async page(db: Db, after: bigint, limit: number): Promise<FeedRow[]> {
    const select = (type: FeedListingType, table: string) => Prisma.sql`
      SELECT ${type}::text AS type, id::text AS id, feed_seq, status::text AS status, expired_at, updated_at,
             published_snapshot
        FROM ${Prisma.raw(table)}
       WHERE feed_seq > ${after} AND source_code IS NULL
       ORDER BY feed_seq LIMIT ${limit}`;
    const rows = await db.$queryRaw<RawFeedRow[]>(Prisma.sql`
      SELECT * FROM (
        (${select('offer', 'offers')}) UNION ALL (${select('need', 'needs')}) UNION ALL (${select('expert', 'experts')})
      ) AS changes ORDER BY feed_seq LIMIT ${limit}`);
    return rows.map((row) => ({
      type: row.type,
      id: row.id,
      sequence: BigInt(row.feed_seq),
      status: row.status,
      expiredAt: row.expired_at,
      updatedAt: row.updated_at,
      snapshot: row.published_snapshot,
    }));
  }
}
