// Reminders at configurable offsets, the weekly digest per organisation, and the daily check that a
// scheduled holiday or rule version has come into force. Runs on a timer; safe with several
// instances: a reminder or digest row is inserted first (unique), and only its inserter sends.
import type { EmailNotifier, NewNotification } from '@sti/notifications';
import { NotificationRepository } from '@sti/notifications';
import { prismaTxExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import { uuidv7 } from 'uuidv7';
import { addDays, type IsoDate } from '../holidays/calendar-date.js';
import { fromIso } from '../holidays/holiday.repository.js';
import type { Actor } from '../shared/actor.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden } from '../shared/problems.js';
import type { DeadlineRepository } from './deadline.repository.js';
import type { DeadlineService } from './deadline.service.js';
import { assertAdmin, isOfficer } from './deadline-access.js';
import { DEFAULT_REMINDER_OFFSETS, reminderBand, weekStart } from './reminder-bands.js';

export interface ReminderSettingView {
  scope: string;
  offsetsDays: number[];
  emailTo: string | null;
}

export interface TickResult {
  reminders: number;
  emailed: number;
  digests: number;
  recomputed: boolean;
}

const DIGEST_DAYS = 30;
const vnDate = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export class ReminderService {
  private readonly notifications = new NotificationRepository();

  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      deadlines: DeadlineService;
      repository: DeadlineRepository;
      email?: EmailNotifier | null;
      logger?: Logger;
    },
  ) {}

  async settings(actor: Actor, organisationId?: string): Promise<ReminderSettingView> {
    const scope = this.scopeFor(actor, organisationId, false);
    const [own, fallback] = await Promise.all([
      this.deps.prisma.reminderSetting.findUnique({ where: { scope } }),
      this.deps.prisma.reminderSetting.findUnique({ where: { scope: '*' } }),
    ]);
    const s = own ?? fallback;
    return {
      scope,
      offsetsDays: s?.offsetsDays ?? [...DEFAULT_REMINDER_OFFSETS],
      emailTo: own?.emailTo ?? null,
    };
  }

  /** A business sets its organisation's offsets and e-mail; an admin the default ('*'). */
  async updateSettings(
    actor: Actor,
    input: { organisationId?: string | undefined; offsetsDays: number[]; emailTo?: string | null | undefined },
  ): Promise<ReminderSettingView> {
    const scope = this.scopeFor(actor, input.organisationId, true);
    const offsetsDays = [...new Set(input.offsetsDays)].sort((a, b) => b - a);
    const data = { offsetsDays, emailTo: scope === '*' ? null : (input.emailTo ?? null), updatedBy: actor.userId };
    await this.deps.prisma.reminderSetting.upsert({
      where: { scope },
      create: { scope, ...data },
      update: { ...data, updatedAt: new Date() },
    });
    return { scope, offsetsDays, emailTo: data.emailTo };
  }

  private scopeFor(actor: Actor, organisationId: string | undefined, writing: boolean): string {
    const requested = organisationId ?? actor.organisationId ?? (isOfficer(actor) ? '*' : undefined);
    if (!requested) throw forbidden('Tài khoản không thuộc tổ chức nào.', 'The account belongs to no organisation.');
    if (requested === '*') {
      if (writing) assertAdmin(actor);
      else if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ Sở được xem mục này.', 'Only officers may see this.');
      return '*';
    }
    if (requested !== actor.organisationId && !isOfficer(actor)) {
      throw forbidden('Chỉ xem và thay đổi được cài đặt của tổ chức mình.', "Only your own organisation's settings.");
    }
    return requested;
  }

  async tick(): Promise<TickResult> {
    const recomputed = await this.applyScheduledVersions();
    const { reminders, emailed } = await this.sendReminders();
    const digests = await this.sendDigests();
    return { reminders, emailed, digests, recomputed };
  }

  /** A holiday or rule version whose date has come: recompute once. */
  private async applyScheduledVersions(): Promise<boolean> {
    const [ctx, last] = await Promise.all([this.deps.deadlines.context(), this.deps.deadlines.lastKey()]);
    if (last === ctx.key) return false;
    if (last === null) {
      // First run: the tables as seeded; remember them without touching anything.
      await this.deps.prisma.deadlineRecomputation.create({
        data: { id: uuidv7(), reason: 'baseline', calendarKey: ctx.key, filings: 0, changed: 0, durationMs: 0 },
      });
      return false;
    }
    await this.deps.deadlines.recomputeAll('scheduled version in force');
    return true;
  }

  private async sendReminders(): Promise<{ reminders: number; emailed: number }> {
    const today = this.deps.deadlines.today();
    const settings = await this.deps.prisma.reminderSetting.findMany();
    const byScope = new Map(settings.map((s) => [s.scope, s]));
    const defaults = byScope.get('*')?.offsetsDays ?? [...DEFAULT_REMINDER_OFFSETS];
    const maxOffset = Math.max(...settings.flatMap((s) => s.offsetsDays), ...defaults, 0);
    let reminders = 0;
    let emailed = 0;
    let after: { dueDate: string; id: string } | undefined;
    for (;;) {
      const rows = await this.deps.repository.page(
        this.deps.prisma,
        { status: 'open', from: today, to: addDays(today, maxOffset), ...(after ? { after } : {}) },
        500,
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const setting = byScope.get(row.organisationId);
        const daysLeft = Math.round((Date.parse(row.dueDate) - Date.parse(today)) / 86_400_000);
        const band = reminderBand(daysLeft, setting?.offsetsDays ?? defaults);
        if (band === null) continue;
        const notification: NewNotification = {
          recipient: { type: 'organisation', organisationId: row.organisationId },
          kind: 'ip_deadline_reminder',
          content: {
            title: {
              vi: `Còn ${daysLeft} ngày: ${row.titleVi}`,
              en: `${daysLeft} days left: ${row.titleEn}`,
            },
            body: {
              vi: `Đơn ${row.applicationNumber} (${row.subjectTitle}): hạn cuối ${vnDate(row.dueDate)}.`,
              en: `Application ${row.applicationNumber} (${row.subjectTitle}): last day ${row.dueDate}.`,
            },
          },
          link: `/so-huu-tri-tue/thoi-han`,
        };
        const sent = await inTransaction(this.deps.prisma, async (tx) => {
          const inserted = await tx.$executeRawUnsafe(
            `INSERT INTO deadline_reminders (id, deadline_id, offset_days, due_date, emailed)
             VALUES ($1::uuid, $2::uuid, $3, $4::date, false) ON CONFLICT DO NOTHING`,
            uuidv7(),
            row.id,
            band,
            row.dueDate,
          );
          if (inserted === 0) return false;
          await this.notifications.add(prismaTxExecutor(tx), notification, new Date());
          return true;
        });
        if (!sent) continue;
        reminders += 1;
        if (this.deps.email && setting?.emailTo) {
          try {
            await this.deps.email.send({
              to: setting.emailTo,
              content: notification.content,
              link: notification.link ?? null,
            });
            await this.deps.prisma.deadlineReminder.updateMany({
              where: { deadlineId: row.id, offsetDays: band, dueDate: fromIso(row.dueDate) },
              data: { emailed: true },
            });
            emailed += 1;
          } catch (error) {
            this.deps.logger?.warn({ err: error, deadlineId: row.id }, 'deadline reminder e-mail failed');
          }
        }
      }
      const last = rows.at(-1);
      if (!last || rows.length < 500) break;
      after = { dueDate: last.dueDate, id: last.id };
    }
    return { reminders, emailed };
  }

  /** Once per week and organisation: what falls due in the next 30 days. */
  private async sendDigests(): Promise<number> {
    const today = this.deps.deadlines.today();
    const week = weekStart(today);
    const horizon = addDays(today, DIGEST_DAYS);
    const orgs = await this.deps.prisma.$queryRawUnsafe<{ organisationId: string; count: number; first: string }[]>(
      `SELECT organisation_id AS "organisationId", count(*)::int AS count,
              to_char(min(due_date), 'YYYY-MM-DD') AS first
       FROM filing_deadlines WHERE status = 'open' AND due_date BETWEEN $1::date AND $2::date
       GROUP BY organisation_id`,
      today,
      horizon,
    );
    let sent = 0;
    for (const org of orgs) {
      const wrote = await inTransaction(this.deps.prisma, async (tx: Db) => {
        const inserted = await tx.$executeRawUnsafe(
          `INSERT INTO deadline_digests (id, organisation_id, week_start, deadlines) VALUES ($1::uuid, $2, $3::date, $4)
           ON CONFLICT DO NOTHING`,
          uuidv7(),
          org.organisationId,
          week,
          org.count,
        );
        if (inserted === 0) return null;
        const content = {
          title: {
            vi: `Tóm tắt tuần: ${org.count} thời hạn trong 30 ngày tới`,
            en: `Weekly digest: ${org.count} deadlines in the next 30 days`,
          },
          body: {
            vi: `Thời hạn gần nhất: ${vnDate(org.first)}. Xem lịch thời hạn để biết chi tiết.`,
            en: `The nearest falls on ${org.first}. Open the deadline calendar for details.`,
          },
        };
        await this.notifications.add(
          prismaTxExecutor(tx),
          {
            recipient: { type: 'organisation', organisationId: org.organisationId },
            kind: 'ip_deadline_digest',
            content,
            link: '/so-huu-tri-tue/thoi-han',
          },
          new Date(),
        );
        return content;
      });
      if (!wrote) continue;
      sent += 1;
      const setting = await this.deps.prisma.reminderSetting.findUnique({ where: { scope: org.organisationId } });
      if (this.deps.email && setting?.emailTo) {
        await this.deps.email
          .send({ to: setting.emailTo, content: wrote, link: '/so-huu-tri-tue/thoi-han' })
          .catch((error: unknown) => this.deps.logger?.warn({ err: error }, 'deadline digest e-mail failed'));
      }
    }
    return sent;
  }
}
