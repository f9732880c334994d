// In-app notifications, one user each. Written in the caller's transaction, so a notification exists
// exactly when the step it announces does.
import { uuidv7 } from 'uuidv7';
import { requireActor } from '../campaigns/campaign.service.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { Db, PrismaClient } from '../shared/db.js';
import type { NotificationList } from './notification.schema.js';

export interface NewNotification {
  userId: string;
  kind: 'assignment' | 'reminder' | 'decision' | 'reassignment' | 'round_closed';
  vi: string;
  en: string;
  link?: string;
}

export class NotificationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
  ) {}

  async notify(db: Db, notifications: readonly NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const now = this.clock();
    await db.notification.createMany({
      data: notifications.map((n) => ({
        id: uuidv7(),
        userId: n.userId,
        kind: n.kind,
        titleVi: n.vi,
        titleEn: n.en,
        link: n.link ?? null,
        createdAt: now,
      })),
    });
  }

  async list(actorIn: Actor | null): Promise<NotificationList> {
    const actor = requireActor(actorIn);
    const [rows, unreadCount] = await Promise.all([
      this.prisma.notification.findMany({
        where: { userId: actor.userId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 100,
      }),
      this.prisma.notification.count({ where: { userId: actor.userId, readAt: null } }),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        message: { vi: r.titleVi, en: r.titleEn },
        link: r.link,
        createdAt: r.createdAt.toISOString(),
        read: r.readAt !== null,
      })),
      unreadCount,
    };
  }

  async markAllRead(actorIn: Actor | null): Promise<NotificationList> {
    const actor = requireActor(actorIn);
    await this.prisma.notification.updateMany({
      where: { userId: actor.userId, readAt: null },
      data: { readAt: this.clock() },
    });
    return this.list(actor);
  }
}
