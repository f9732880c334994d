// In-app notifications. A notification belongs to an organisation (every member sees it); read
// marks belong to each user, so one colleague reading it does not clear it for the others.

import { uuidv7 } from 'uuidv7';
import { Prisma } from '../generated/prisma/client.js';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';

export type NotificationKind = 'listing_published' | 'listing_returned';

export interface NewNotification {
  organisationId: string;
  kind: NotificationKind;
  listingType: ListingKind;
  listingId: string;
  listingTitle: string;
  reason: string | null;
  createdAt: Date;
}

export interface NotificationRow extends NewNotification {
  id: string;
  readAt: Date | null;
}

export interface NotificationPageQuery {
  organisationId: string;
  userId: string;
  unreadOnly: boolean;
  afterId?: string | undefined;
  limit: number;
}

interface SqlRow {
  id: string;
  organisation_id: string;
  kind: NotificationKind;
  listing_type: ListingKind;
  listing_id: string;
  listing_title: string;
  reason: string | null;
  created_at: Date;
  read_at: Date | null;
}

export class NotificationRepository {
  async add(db: Db, notification: NewNotification): Promise<void> {
    await db.notification.create({ data: { id: uuidv7(), ...notification } });
  }

  /** Newest first (ids are UUIDv7); fetches limit + 1 rows for paging. */
  async list(db: Db, query: NotificationPageQuery): Promise<NotificationRow[]> {
    const rows = await db.$queryRaw<SqlRow[]>(Prisma.sql`
      SELECT n.id::text AS id, n.organisation_id::text AS organisation_id, n.kind, n.listing_type,
             n.listing_id::text AS listing_id, n.listing_title, n.reason, n.created_at, r.read_at
        FROM notifications n
        LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${query.userId}
       WHERE n.organisation_id = ${query.organisationId}::uuid
         ${query.unreadOnly ? Prisma.sql`AND r.read_at IS NULL` : Prisma.empty}
         ${query.afterId ? Prisma.sql`AND n.id < ${query.afterId}::uuid` : Prisma.empty}
       ORDER BY n.id DESC
       LIMIT ${query.limit + 1}`);
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      kind: row.kind,
      listingType: row.listing_type,
      listingId: row.listing_id,
      listingTitle: row.listing_title,
      reason: row.reason,
      createdAt: new Date(row.created_at),
      readAt: row.read_at === null ? null : new Date(row.read_at),
    }));
  }

  async unreadCount(db: Db, organisationId: string, userId: string): Promise<number> {
    const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(*)::int AS n
        FROM notifications n
       WHERE n.organisation_id = ${organisationId}::uuid
         AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${userId})`);
    return row?.n ?? 0;
  }

  /** Marks one of the organisation's notifications read; false when it is not the organisation's. */
  async markRead(db: Db, organisationId: string, userId: string, id: string, at: Date): Promise<boolean> {
    const inserted = await db.$executeRaw(Prisma.sql`
      INSERT INTO notification_reads (id, notification_id, user_id, read_at)
      SELECT ${uuidv7()}::uuid, n.id, ${userId}, ${at}
        FROM notifications n
       WHERE n.id = ${id}::uuid AND n.organisation_id = ${organisationId}::uuid
      ON CONFLICT (user_id, notification_id) DO NOTHING`);
    if (inserted > 0) return true;
    const owned = await db.notification.findFirst({ where: { id, organisationId }, select: { id: true } });
    return owned !== null;
  }

  async markAllRead(db: Db, organisationId: string, userId: string, at: Date): Promise<number> {
    const unread = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT n.id::text AS id
        FROM notifications n
       WHERE n.organisation_id = ${organisationId}::uuid
         AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${userId})`);
    if (unread.length === 0) return 0;
    await db.notificationRead.createMany({
      data: unread.map((row) => ({ id: uuidv7(), notificationId: row.id, userId, readAt: at })),
      skipDuplicates: true,
    });
    return unread.length;
  }
}
