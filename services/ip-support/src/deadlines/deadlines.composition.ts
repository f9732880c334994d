// Wires the deadline, holiday and fee capability: repositories, services, the reference tables on
// first start, and the hooks the filing and dossier workflows call.
import { EmailNotifier, loadSmtpConfig, NotificationCenter } from '@sti/notifications';
import { prismaTxExecutor } from '@sti/platform';
import type { Logger } from 'pino';
import { FeeRepository } from '../fees/fee.repository.js';
import { FeeService } from '../fees/fee.service.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { HolidayRepository } from '../holidays/holiday.repository.js';
import { HolidayService } from '../holidays/holiday.service.js';
import type { Clock } from '../shared/clock.js';
import type { IpSupportHooks } from '../shared/hooks.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { DeadlineRuleRepository } from './deadline-rule.repository.js';
import { DeadlineRuleService } from './deadline-rule.service.js';
import { DeadlineRepository } from './deadline.repository.js';
import { DeadlineService } from './deadline.service.js';
import { ReminderService } from './reminder.service.js';

export interface DeadlineCapability {
  deadlines: DeadlineService;
  deadlineRules: DeadlineRuleService;
  holidays: HolidayService;
  reminders: ReminderService;
  calendarFeeds: CalendarFeedService;
  fees: FeeService;
  notificationCenter: NotificationCenter;
}

export async function composeDeadlines(options: {
  prisma: PrismaClient;
  clock: Clock;
  hooks: IpSupportHooks;
  email?: EmailNotifier | null;
  logger?: Logger;
}): Promise<DeadlineCapability> {
  const { prisma, clock, hooks } = options;
  const repository = new DeadlineRepository();
  const deadlines = new DeadlineService({
    prisma,
    clock,
    holidays: new HolidayRepository(),
    rules: new DeadlineRuleRepository(),
    deadlines: repository,
  });
  const deadlineRules = new DeadlineRuleService({ prisma, rules: new DeadlineRuleRepository(), deadlines });
  const holidays = new HolidayService({ prisma, holidays: new HolidayRepository(), deadlines });
  const fees = new FeeService({ prisma, fees: new FeeRepository(), clock });
  // E-mail only where SMTP is configured (SMTP_HOST…); in-app notifications always.
  const smtp = options.email === undefined ? loadSmtpConfig(process.env) : null;
  const email = options.email ?? (smtp ? new EmailNotifier(smtp) : null);
  const reminders = new ReminderService({
    prisma,
    deadlines,
    repository,
    email,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const calendarFeeds = new CalendarFeedService({ prisma, deadlines, repository });
  const notificationCenter = new NotificationCenter({ sql: prismaTxExecutor(prisma), templates: {}, clock });

  await holidays.ensureSeeded();
  await deadlineRules.ensureSeeded();
  await fees.ensureSeeded();

  // Tests may pass their own hooks; the capability fills only the empty seams.
  hooks.filingChanged ??= async (tx, filing) => {
    await deadlines.filingChanged(tx, filing.id);
  };
  hooks.estimateFee ??= async (input) => {
    const quote = await fees.estimate(input);
    if (!quote) return null;
    return {
      totalVnd: String(quote.totalVnd),
      effectiveFrom: quote.effectiveFrom,
      lines: quote.lines.map((l) => ({
        code: l.code,
        labelVi: l.titleVi,
        labelEn: l.titleEn,
        quantity: l.quantity,
        amountVnd: String(l.amountVnd),
      })),
    };
  };
  return { deadlines, deadlineRules, holidays, reminders, calendarFeeds, fees, notificationCenter };
}

/** Reminders, digests and scheduled table versions: once at start, then hourly. */
export function startDeadlineTicker(capability: DeadlineCapability, logger: Logger, everyMs = 3_600_000) {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = capability.reminders
      .tick()
      .then((r) => {
        if (r.reminders || r.digests || r.recomputed) logger.info(r, 'deadline reminders and digests sent');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'deadline tick failed'));
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
