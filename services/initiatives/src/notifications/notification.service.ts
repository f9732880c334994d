// In-app notifications, one user each, in the platform's shared model (@sti/notifications). Written in
// the caller's transaction, so a notification exists exactly when the step it announces does.
import { NotificationCenter } from '@sti/notifications';
import { prismaTxExecutor } from '@sti/platform';
import { requireActor } from '../campaigns/campaign.service.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { Db, PrismaClient } from '../shared/db.js';
import type { NotificationList } from './notification.schema.js';

export type NotificationKind = 'assignment' | 'reminder' | 'decision' | 'reassignment' | 'round_closed';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  vi: string;
  en: string;
  link?: string;
}

/** The heading an e-mail or a list groups them under. */
const TITLES: Record<NotificationKind, { vi: string; en: string }> = {
  assignment: { vi: 'Phân công chấm sáng kiến', en: 'Initiatives to score' },
  reassignment: { vi: 'Phân công chấm sáng kiến', en: 'Initiatives to score' },
  reminder: { vi: 'Nhắc hạn chấm sáng kiến', en: 'Scoring due soon' },
  round_closed: { vi: 'Kết thúc vòng chấm', en: 'Scoring round closed' },
  decision: { vi: 'Quyết định công nhận sáng kiến', en: 'Recognition decision' },
};

/** The bell shows the newest of them. */
const LIST_SIZE = 100;

export class NotificationService {
  private readonly center: NotificationCenter;

  constructor(prisma: PrismaClient, clock: Clock) {
    this.center = new NotificationCenter({ sql: prismaTxExecutor(prisma), templates: {}, clock });
  }

  async notify(db: Db, notifications: readonly NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await this.center.notify(
      prismaTxExecutor(db),
      notifications.map((n) => ({
        recipient: { type: 'user' as const, userId: n.userId },
        kind: n.kind,
        content: { title: TITLES[n.kind], body: { vi: n.vi, en: n.en } },
        link: n.link ?? null,
      })),
    );
  }

  async list(actorIn: Actor | null): Promise<NotificationList> {
    const actor = requireActor(actorIn);
    const page = await this.center.list({ userId: actor.userId }, { limit: LIST_SIZE });
    return {
      items: page.items.map((n) => ({
        id: n.id,
        kind: n.kind,
        message: n.body,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        read: n.readAt !== null,
      })),
      unreadCount: page.unreadCount,
    };
  }

  async markAllRead(actorIn: Actor | null): Promise<NotificationList> {
    const actor = requireActor(actorIn);
    await this.center.markAllRead({ userId: actor.userId });
    return this.list(actor);
  }
}
