// A signed-in user's notifications: those of their own organisation only, with their own read marks.

import { problem } from '@sti/platform';
import type { Db } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, toPage } from '../shared/paging.js';
import { invalidCursor } from '../shared/problems.js';
import type { NotificationRepository, NotificationRow } from './notification.repository.js';
import type { NotificationListQuery, NotificationPage, NotificationView } from './notification.schema.js';
import { TECHMART_NOTIFICATION_TEMPLATES } from './notification.templates.js';

export interface NotificationServiceDependencies {
  db: Db;
  notifications: NotificationRepository;
  clock?: () => Date;
}

type Member = Actor & { organisationId: string };

function member(actor: Actor | null): Member {
  if (!actor) throw problem('unauthenticated');
  if (!actor.organisationId) {
    throw problem('forbidden', {
      message: {
        vi: 'Tài khoản chưa thuộc tổ chức nào nên không có thông báo.',
        en: 'Your account belongs to no organisation, so it has no notifications.',
      },
    });
  }
  return actor as Member;
}

/** The ready-to-show text, from the shared model's template (see notification.templates.ts). */
export function notificationMessage(
  row: Pick<NotificationRow, 'kind' | 'listingTitle' | 'reason'> & { expiresAt?: string | null },
): {
  vi: string;
  en: string;
} {
  const render = TECHMART_NOTIFICATION_TEMPLATES[`techmart.${row.kind}`];
  // A kind without a template yet shows the text it was written with.
  if (!render) return { vi: row.reason ?? row.kind, en: row.reason ?? row.kind };
  return render({ listingTitle: row.listingTitle, reason: row.reason, expiresAt: row.expiresAt ?? null }).body;
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    listing: { type: row.listingType, id: row.listingId, title: row.listingTitle },
    ...(row.reason ? { reason: row.reason } : {}),
    message: notificationMessage(row),
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
    ...(row.readAt ? { readAt: row.readAt.toISOString() } : {}),
  };
}

export class NotificationService {
  constructor(private readonly deps: NotificationServiceDependencies) {}

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  async list(actor: Actor | null, query: NotificationListQuery): Promise<NotificationPage> {
    const user = member(actor);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const { db, notifications } = this.deps;
    const [rows, unreadCount] = await Promise.all([
      notifications.list(db, {
        organisationId: user.organisationId,
        userId: user.userId,
        unreadOnly: query.unread === true,
        afterId: after?.[0],
        limit: query.limit,
      }),
      notifications.unreadCount(db, user.organisationId, user.userId),
    ]);
    const page = toPage(rows, query.limit, (row) => [row.id]);
    return { items: page.items.map(toView), nextCursor: page.nextCursor, unreadCount };
  }

  async markRead(actor: Actor | null, id: string): Promise<{ unreadCount: number }> {
    const user = member(actor);
    const { db, notifications } = this.deps;
    const found = await notifications.markRead(db, user.organisationId, user.userId, id, this.now());
    // Another organisation's notification is answered like one that does not exist.
    if (!found) throw problem('not_found', { detail: `notification ${id}` });
    return { unreadCount: await notifications.unreadCount(db, user.organisationId, user.userId) };
  }

  async markAllRead(actor: Actor | null): Promise<{ unreadCount: number }> {
    const user = member(actor);
    await this.deps.notifications.markAllRead(this.deps.db, user.organisationId, user.userId, this.now());
    return { unreadCount: 0 };
  }
}
