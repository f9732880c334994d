// Computes and stores filings' deadlines, recomputes them when the tables change, and serves the lists.
import { uuidv7 } from 'uuidv7';
import { addDays, compareIsoDates, type IsoDate, todayInVietnam } from '../holidays/calendar-date.js';
import { WorkingCalendar } from '../holidays/holiday-table.js';
import type { HolidayRepository } from '../holidays/holiday.repository.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { validationFailed } from '../shared/problems.js';
import type { DeadlineRule } from './deadline-rule.js';
import type { DeadlineRuleRepository } from './deadline-rule.repository.js';
import { assertOfficer, isOfficer, organisationFor } from './deadline-access.js';
import { type ComputedDeadline, computeDeadlines } from './deadline.engine.js';
import type { DeadlineRepository, DeadlineRow, FilingScope } from './deadline.repository.js';
import { filingFacts } from './filing-facts.js';

export interface DeadlineContext {
  rules: DeadlineRule[];
  calendar: WorkingCalendar;
  /** which holiday and rule versions are in force (a change of key means: recompute) */
  key: string;
}

export interface RecomputationResult {
  reason: string;
  filings: number;
  changed: number;
  durationMs: number;
}

export interface DeadlinePage {
  items: (DeadlineRow & { daysLeft: number })[];
  nextCursor: string | null;
}

export const MAX_PAGE = 100;
const BATCH = 2000;

export class DeadlineService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      clock: Clock;
      holidays: HolidayRepository;
      rules: DeadlineRuleRepository;
      deadlines: DeadlineRepository;
    },
  ) {}

  today(): IsoDate {
    return todayInVietnam(this.deps.clock());
  }

  async context(db: Db = this.deps.prisma): Promise<DeadlineContext> {
    const [tables, rules] = await Promise.all([this.deps.holidays.inForce(db, this.today()), this.deps.rules.all(db)]);
    const key = [
      tables.map((t) => `${t.year}v${t.version}`).join(','),
      rules.map((r) => `${r.code}v${r.version}`).join(','),
    ].join('|');
    return { rules, calendar: new WorkingCalendar(tables), key };
  }

  /** Called in the transaction that records a filing or a milestone. */
  async filingChanged(tx: Db, filingId: string): Promise<number> {
    return this.recomputeFilings(tx, [filingId], await this.context(tx));
  }

  async recomputeFilings(db: Db, filingIds: readonly string[], ctx: DeadlineContext): Promise<number> {
    return this.recomputeScope(db, { ids: filingIds }, ctx).then((r) => r.changed);
  }

  private async recomputeScope(
    db: Db,
    scope: FilingScope,
    ctx: DeadlineContext,
  ): Promise<{ changed: number; filings: number; lastId: string | null }> {
    const filings = await this.deps.deadlines.loadFilings(db, scope);
    const computed = new Map<string, ComputedDeadline[]>();
    for (const f of filings) computed.set(f.id, computeDeadlines(filingFacts(f.record), ctx.rules, ctx.calendar));
    const changed = await this.deps.deadlines.replaceForFilings(db, filings, computed, !('ids' in scope));
    return { changed, filings: filings.length, lastId: filings.at(-1)?.id ?? null };
  }

  /** Every filing again (after a rule change): batches of a thousand, one transaction each. */
  async recomputeAll(reason: string): Promise<RecomputationResult> {
    const started = performance.now();
    const ctx = await this.context();
    let after: string | null = null;
    let filings = 0;
    let changed = 0;
    for (;;) {
      const batch = await inTransaction(this.deps.prisma, (tx) =>
        this.recomputeScope(tx, { afterId: after, limit: BATCH }, ctx),
      );
      if (batch.filings === 0) break;
      changed += batch.changed;
      filings += batch.filings;
      after = batch.lastId;
    }
    return this.record(reason, ctx.key, filings, changed, started);
  }

  /**
   * After a holiday-table change only the move off days off can differ (the statutory last days do
   * not depend on holidays): re-apply the calendar to the deadlines whose last day or grace end falls
   * in the changed years (and the weeks before them, which can roll into them).
   */
  async reapplyCalendar(reason: string, years: readonly number[]): Promise<RecomputationResult> {
    const started = performance.now();
    const ctx = await this.context();
    const from = `${Math.min(...years) - 1}-11-01`;
    const to = `${Math.max(...years)}-12-31`;
    let after: string | null = null;
    let seen = 0;
    let changed = 0;
    for (;;) {
      const rows = await this.deps.deadlines.nominalBetween(this.deps.prisma, from, to, after, 20_000);
      if (rows.length === 0) break;
      const changes = [];
      for (const r of rows) {
        const dueDate = ctx.calendar.nextWorkingDayOnOrAfter(r.nominalDueDate);
        const graceEndsOn = r.nominalGraceEndsOn ? ctx.calendar.nextWorkingDayOnOrAfter(r.nominalGraceEndsOn) : null;
        if (dueDate !== r.dueDate || graceEndsOn !== r.graceEndsOn) changes.push({ id: r.id, dueDate, graceEndsOn });
      }
      changed += await this.deps.deadlines.updateDueDates(this.deps.prisma, changes);
      seen += rows.length;
      after = rows.at(-1)?.id ?? null;
    }
    return this.record(reason, ctx.key, seen, changed, started);
  }

  private async record(reason: string, key: string, filings: number, changed: number, started: number) {
    const durationMs = Math.round(performance.now() - started);
    await this.deps.prisma.deadlineRecomputation.create({
      data: { id: uuidv7(), reason, calendarKey: key, filings, changed, durationMs },
    });
    return { reason, filings, changed, durationMs };
  }

  /** The key of the last recomputation (the daily check compares it with the tables in force). */
  async lastKey(): Promise<string | null> {
    const last = await this.deps.prisma.deadlineRecomputation.findFirst({ orderBy: { finishedAt: 'desc' } });
    return last?.calendarKey ?? null;
  }

  // ---- lists ----

  /** Officers: open deadlines due in the next `days` days across organisations. */
  async dueSoon(
    actor: Actor,
    query: { days: number; right?: string | undefined; cursor?: string | undefined; limit: number },
  ): Promise<DeadlinePage> {
    assertOfficer(actor);
    const today = this.today();
    return this.page(
      { status: 'open', from: today, to: addDays(today, query.days), right: query.right },
      query.cursor,
      query.limit,
    );
  }

  /** One organisation's deadlines (a business: its own; officers: any). */
  async forOrganisation(
    actor: Actor,
    query: {
      organisationId?: string | undefined;
      status?: 'open' | 'done' | 'cancelled' | undefined;
      from?: string | undefined;
      to?: string | undefined;
      cursor?: string | undefined;
      limit: number;
    },
  ): Promise<DeadlinePage> {
    const organisationId = organisationFor(actor, query.organisationId);
    return this.page(
      { organisationId, status: query.status ?? 'open', from: query.from, to: query.to },
      query.cursor,
      query.limit,
    );
  }

  /** Every deadline of one filing (its organisation or officers). */
  async forFiling(actor: Actor, filingId: string): Promise<DeadlinePage> {
    const rows = await this.deps.deadlines.page(this.deps.prisma, { filingId }, 1000);
    const visible = isOfficer(actor) ? rows : rows.filter((r) => r.organisationId === actor.organisationId);
    const today = this.today();
    return { items: visible.map((r) => withDaysLeft(r, today)), nextCursor: null };
  }

  private async page(
    filter: {
      status?: string;
      organisationId?: string;
      right?: string | undefined;
      from?: string | undefined;
      to?: string | undefined;
    },
    cursor: string | undefined,
    limit: number,
  ): Promise<DeadlinePage> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = await this.deps.deadlines.page(
      this.deps.prisma,
      {
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
        ...(filter.right ? { right: filter.right } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(after ? { after } : {}),
      },
      limit + 1,
    );
    const today = this.today();
    const items = rows.slice(0, limit).map((r) => withDaysLeft(r, today));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.dueDate, last.id) : null };
  }
}

function withDaysLeft(row: DeadlineRow, today: IsoDate) {
  const ms = Date.parse(`${row.dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return { ...row, daysLeft: Math.round(ms / 86_400_000) };
}

export function encodeCursor(dueDate: IsoDate, id: string): string {
  return Buffer.from(`${dueDate}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { dueDate: IsoDate; id: string } {
  const [dueDate = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw validationFailed([
      {
        field: 'cursor',
        code: 'invalid_cursor',
        message: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The paging cursor is not valid.' },
      },
    ]);
  }
  return { dueDate, id };
}

export { compareIsoDates };
