// Techmart's notifications, stored in the platform's shared notification tables (@sti/notifications):
// addressed to the listing's owner organisation (every member sees it), each user with their own read
// marks. The listing they are about travels as the template's parameters.

import { type StoredNotification, NotificationRepository as SharedRepository } from '@sti/notifications';
import { prismaTxExecutor } from '@sti/platform';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { NotificationKind } from './notification.schema.js';

export type { NotificationKind } from './notification.schema.js';

export interface NewNotification {
  organisationId: string;
  kind: NotificationKind;
  listingType: ListingKind;
  listingId: string;
  listingTitle: string;
  /** a returned listing: the officer's reason; an introduction: the officer's message; an answer: who
   * answered; a signed contract: the signing date */
  reason: string | null;
  /** reminders and expiries: when the listing lapses / lapsed */
  expiresAt?: string | null;
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

export class NotificationRepository {
  constructor(readonly shared: SharedRepository = new SharedRepository()) {}

  /** Written in the caller's transaction (the moderation decision's). */
  async add(db: Db, notification: NewNotification): Promise<void> {
    await this.shared.add(
      prismaTxExecutor(db),
      {
        recipient: { type: 'organisation', organisationId: notification.organisationId },
        kind: notification.kind,
        content: {
          template: `techmart.${notification.kind}`,
          params: {
            listingType: notification.listingType,
            listingId: notification.listingId,
            listingTitle: notification.listingTitle,
            reason: notification.reason,
            ...(notification.expiresAt ? { expiresAt: notification.expiresAt } : {}),
          },
        },
      },
      notification.createdAt,
    );
  }

  /** Newest first (ids are UUIDv7); fetches limit + 1 rows for paging. */
  async list(db: Db, query: NotificationPageQuery): Promise<NotificationRow[]> {
    const rows = await this.shared.list(prismaTxExecutor(db), {
      audience: { userId: query.userId, organisationId: query.organisationId },
      unreadOnly: query.unreadOnly,
      beforeId: query.afterId,
      limit: query.limit + 1,
    });
    return rows.map(toRow);
  }

  unreadCount(db: Db, organisationId: string, userId: string): Promise<number> {
    return this.shared.unreadCount(prismaTxExecutor(db), { userId, organisationId });
  }

  /** Marks one of the organisation's notifications read; false when it is not the organisation's. */
  markRead(db: Db, organisationId: string, userId: string, id: string, at: Date): Promise<boolean> {
    return this.shared.markRead(prismaTxExecutor(db), { userId, organisationId }, id, at);
  }

  markAllRead(db: Db, organisationId: string, userId: string, at: Date): Promise<number> {
    return this.shared.markAllRead(prismaTxExecutor(db), { userId, organisationId }, at);
  }
}

function toRow(row: StoredNotification): NotificationRow {
  const text = (name: string) => {
    const value = row.params[name];
    return value === null || value === undefined ? null : String(value);
  };
  return {
    id: row.id,
    organisationId: row.recipient.type === 'organisation' ? row.recipient.organisationId : '',
    kind: row.kind as NotificationKind,
    listingType: text('listingType') as ListingKind,
    listingId: text('listingId') ?? '',
    listingTitle: text('listingTitle') ?? '',
    reason: text('reason'),
    expiresAt: text('expiresAt'),
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
