// The iCalendar feed of an organisation's deadlines (ical-generator). A calendar app cannot sign in,
// so the feed is addressed by an unguessable token (256 random bits); only its SHA-256 is stored, a
// new token replaces the old one, and an unknown token is a plain 404.
import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalAlarmType } from 'ical-generator';
import { addDays, parseIsoDate } from '../holidays/calendar-date.js';
import type { Actor } from '../shared/actor.js';
import type { PrismaClient } from '../shared/db.js';
import { notFound } from '../shared/problems.js';
import type { DeadlineRepository } from './deadline.repository.js';
import type { DeadlineService } from './deadline.service.js';
import { organisationFor } from './deadline-access.js';

export const FEED_PATH = '/api/ip-support/v1/calendar';
const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface FeedStatus {
  organisationId: string;
  exists: boolean;
  createdAt: string | null;
}

export class CalendarFeedService {
  constructor(
    private readonly deps: { prisma: PrismaClient; deadlines: DeadlineService; repository: DeadlineRepository },
  ) {}

  async status(actor: Actor, organisationId?: string): Promise<FeedStatus> {
    const org = organisationFor(actor, organisationId);
    const feed = await this.deps.prisma.calendarFeed.findUnique({ where: { organisationId: org } });
    return { organisationId: org, exists: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** A new token (the old one stops working); shown once. */
  async rotate(actor: Actor, organisationId?: string): Promise<{ token: string; path: string }> {
    const org = organisationFor(actor, organisationId);
    const token = randomBytes(32).toString('base64url');
    await this.deps.prisma.calendarFeed.upsert({
      where: { organisationId: org },
      create: { organisationId: org, tokenHash: hash(token), createdBy: actor.userId },
      update: { tokenHash: hash(token), createdBy: actor.userId, createdAt: new Date() },
    });
    return { token, path: `${FEED_PATH}/${token}.ics` };
  }

  async revoke(actor: Actor, organisationId?: string): Promise<void> {
    const org = organisationFor(actor, organisationId);
    await this.deps.prisma.calendarFeed.deleteMany({ where: { organisationId: org } });
  }

  /** The feed: open deadlines from a month ago to three years ahead, all-day events with alarms. */
  async render(token: string): Promise<string> {
    const feed = TOKEN.test(token)
      ? await this.deps.prisma.calendarFeed.findUnique({ where: { tokenHash: hash(token) } })
      : null;
    if (!feed) throw notFound({ vi: 'lịch', en: 'calendar' }, 'feed');
    const today = this.deps.deadlines.today();
    const rows = await this.deps.repository.page(
      this.deps.prisma,
      { organisationId: feed.organisationId, status: 'open', from: addDays(today, -30), to: addDays(today, 3 * 366) },
      5000,
    );
    const calendar = ical({
      name: `Thời hạn sở hữu trí tuệ — ${rows[0]?.organisationName ?? feed.organisationId}`,
      prodId: { company: 'So KHCN', product: 'ip-support', language: 'VI' },
      timezone: 'Asia/Ho_Chi_Minh',
      ttl: 3600,
    });
    for (const row of rows) {
      const { year, month, day } = parseIsoDate(row.dueDate);
      const event = calendar.createEvent({
        id: `${row.id}@ip-support`,
        // all-day events are written from the local date parts, so build the date locally
        start: new Date(year, month - 1, day),
        allDay: true,
        summary: `${row.titleVi} — ${row.applicationNumber}`,
        description: [
          `${row.subjectTitle}`,
          `${row.titleEn}`,
          `Hạn theo luật / statutory last day: ${row.nominalDueDate}`,
          row.graceEndsOn ? `Gia hạn nộp muộn đến / grace until: ${row.graceEndsOn}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      });
      event.createAlarm({ type: ICalAlarmType.display, triggerBefore: 7 * 86_400, description: row.titleVi });
    }
    return calendar.toString();
  }
}
