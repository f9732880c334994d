// Mentors: profiles (officers, and the mentor for their own), availability, free slots, bookings by
// startups (conflict-free: the mentor row is locked while a slot is checked, and the database's
// unique slot keys refuse a second live booking whatever happens), cancellation, meeting notes
// (mentor and startup only) and secret iCalendar feeds.
import { appendToOutbox, problem, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import { type Actor, isOfficer } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, invalidState, notFound, rejected } from '../shared/problems.js';
import {
  type AvailabilityException,
  findFreeSlot,
  freeSlots,
  MAX_WINDOW_DAYS,
  PROGRAMME_ZONE,
  patternProblems,
  utcToLocal,
  type WeeklyPattern,
} from './availability.rules.js';
import {
  type BookingFacts,
  canCancel,
  canReadNotes,
  canSeeBooking,
  canWriteNotes,
  type ViewerFacts,
} from './booking.rules.js';
import { calendarFeed, FEED_TOKEN, feedTokenHash, newFeedToken } from './calendar-feed.js';
import { decodeCursor, page } from './cursor.js';
import { mentorEvents } from './mentor.events.js';
import type {
  AvailabilityInput,
  AvailabilityView,
  BookingInput,
  BookingList,
  BookingListQuery,
  BookingView,
  CalendarFeedInput,
  CalendarFeedView,
  MentorInput,
  MentorList,
  MentorListQuery,
  MentorView,
  SlotList,
  SlotQuery,
  UpdateMentorInput,
} from './mentor.schema.js';
import { findStartup, startupsOf } from './startup-teams.js';

export const MENTOR = { vi: 'cố vấn', en: 'mentor' };
export const BOOKING = { vi: 'lịch hẹn cố vấn', en: 'mentor booking' };
const DEFAULT_WINDOW_DAYS = 28;
const DAY = 86_400_000;

export interface MentorServiceDependencies {
  prisma: PrismaClient;
  clock: Clock;
  /** how feed paths are written (the gateway's prefix) */
  feedPathPrefix?: string;
}

function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw problem('unauthenticated');
  return actor;
}

type MentorRow = {
  id: string;
  userId: string | null;
  name: string;
  headline: string;
  bio: string;
  expertise: unknown;
  languages: unknown;
  sectorCodes: unknown;
  active: boolean;
  revision: number;
};

type BookingRow = {
  id: string;
  mentorId: string;
  startupId: string;
  startupName: string;
  startsAt: Date;
  endsAt: Date;
  topic: string;
  status: string;
  cancelReason: string | null;
  notes: string | null;
  notesUpdatedAt: Date | null;
  createdAt: Date;
  mentor: { id: string; name: string; userId: string | null };
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function mentorView(m: MentorRow, actor: Actor | null): MentorView {
  return {
    id: m.id,
    name: m.name,
    headline: m.headline,
    bio: m.bio,
    expertise: strings(m.expertise),
    languages: strings(m.languages),
    sectorCodes: strings(m.sectorCodes),
    active: m.active,
    isMe: !!actor && m.userId === actor.userId,
    revision: m.revision,
  };
}

const facts = (b: BookingRow): BookingFacts => ({
  mentorUserId: b.mentor.userId,
  startupId: b.startupId,
  status: b.status === 'cancelled' ? 'cancelled' : 'booked',
  startsAt: b.startsAt,
  endsAt: b.endsAt,
});

const bookingInclude = { mentor: { select: { id: true, name: true, userId: true } } } as const;

export class MentorService {
  constructor(private readonly deps: MentorServiceDependencies) {}

  private async viewer(db: Db, actor: Actor): Promise<ViewerFacts> {
    const startups = await startupsOf(db, actor);
    return { userId: actor.userId, isOfficer: isOfficer(actor), startupIds: startups.map((s) => s.id) };
  }

  private bookingView(b: BookingRow, viewer: ViewerFacts, now: Date): BookingView {
    const f = facts(b);
    const local = utcToLocal(b.startsAt);
    const notesVisible = canReadNotes(f, viewer);
    return {
      id: b.id,
      mentor: { id: b.mentor.id, name: b.mentor.name },
      startup: { id: b.startupId, name: b.startupName },
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      localDate: local.date,
      localStartTime: local.time,
      topic: b.topic,
      status: f.status,
      cancelReason: b.cancelReason,
      notes: notesVisible ? b.notes : null,
      notesUpdatedAt: notesVisible ? (b.notesUpdatedAt?.toISOString() ?? null) : null,
      canCancel: canCancel(f, viewer, now) === 'ok',
      canWriteNotes: canWriteNotes(f, viewer, now) === 'ok',
      createdAt: b.createdAt.toISOString(),
    };
  }

  private async loadMentor(db: Db, id: string, actor: Actor | null): Promise<MentorRow> {
    const m = await db.mentor.findUnique({ where: { id } });
    if (!m || (!m.active && !isOfficer(actor) && m.userId !== actor?.userId)) throw notFound(MENTOR, id);
    return m;
  }

  private assertManages(m: MentorRow, actor: Actor): void {
    if (!isOfficer(actor) && m.userId !== actor.userId) {
      throw forbidden(
        'Chỉ cán bộ chương trình hoặc chính cố vấn mới được sửa hồ sơ và lịch rảnh này.',
        'Only a programme officer or the mentor themself may change this profile and availability.',
      );
    }
  }

  // ── profiles ────────────────────────────────────────────────────────────────────────────────────

  async list(actorIn: Actor | null, q: MentorListQuery): Promise<MentorList> {
    const actor = requireActor(actorIn);
    const cursor = decodeCursor(q.cursor);
    const rows = await this.deps.prisma.mentor.findMany({
      where: {
        ...(isOfficer(actor) ? {} : { active: true }),
        ...(cursor ? { id: { gt: cursor.id } } : {}),
        ...(q.language ? { languages: { array_contains: [q.language] } } : {}),
        ...(q.sector ? { sectorCodes: { array_contains: [q.sector] } } : {}),
        ...(q.expertise ? { expertise: { array_contains: [q.expertise] } } : {}),
      },
      orderBy: { id: 'asc' },
      take: q.limit + 1,
    });
    const p = page(rows, q.limit, (m) => ({ at: '', id: m.id }));
    return { items: p.items.map((m) => mentorView(m, actor)), nextCursor: p.nextCursor };
  }

  async get(actor: Actor | null, id: string): Promise<MentorView> {
    requireActor(actor);
    return mentorView(await this.loadMentor(this.deps.prisma, id, actor), actor);
  }

  async me(actorIn: Actor | null): Promise<MentorView | null> {
    const actor = requireActor(actorIn);
    const m = await this.deps.prisma.mentor.findUnique({ where: { userId: actor.userId } });
    return m ? mentorView(m, actor) : null;
  }

  async create(actorIn: Actor | null, input: MentorInput): Promise<MentorView> {
    const actor = requireActor(actorIn);
    if (!isOfficer(actor)) {
      throw forbidden('Chỉ cán bộ chương trình mới được thêm cố vấn.', 'Only programme officers may add mentors.');
    }
    const now = this.deps.clock();
    try {
      const m = await this.deps.prisma.mentor.create({
        data: { id: uuidv7(), ...input, createdAt: now, updatedAt: now },
      });
      return mentorView(m, actor);
    } catch (error) {
      throw this.uniqueUser(error);
    }
  }

  async update(actorIn: Actor | null, id: string, input: UpdateMentorInput): Promise<MentorView> {
    const actor = requireActor(actorIn);
    const m = await this.loadMentor(this.deps.prisma, id, actor);
    this.assertManages(m, actor);
    // A mentor edits their profile; only officers (re)link accounts or retire a mentor.
    if (!isOfficer(actor) && (input.userId !== undefined || input.active !== undefined)) {
      throw forbidden(
        'Chỉ cán bộ chương trình mới được đổi tài khoản liên kết hoặc trạng thái của cố vấn.',
        'Only programme officers may change a mentor’s linked account or status.',
      );
    }
    const data = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    try {
      const next = await this.deps.prisma.mentor.update({
        where: { id },
        data: { ...data, revision: { increment: 1 }, updatedAt: this.deps.clock() },
      });
      return mentorView(next, actor);
    } catch (error) {
      throw this.uniqueUser(error);
    }
  }

  private uniqueUser(error: unknown): unknown {
    if ((error as { code?: string }).code === 'P2002') {
      return invalidState(
        'mentor_account_taken',
        'Tài khoản này đã gắn với một cố vấn khác.',
        'This account is already linked to another mentor.',
      );
    }
    return error;
  }

  // ── availability and slots ──────────────────────────────────────────────────────────────────────

  async availability(actorIn: Actor | null, id: string): Promise<AvailabilityView> {
    const actor = requireActor(actorIn);
    const m = await this.loadMentor(this.deps.prisma, id, actor);
    const [patterns, exceptions] = await Promise.all([
      this.deps.prisma.mentorPattern.findMany({
        where: { mentorId: m.id },
        orderBy: [{ weekday: 'asc' }, { startTime: 'asc' }],
      }),
      this.deps.prisma.mentorException.findMany({ where: { mentorId: m.id }, orderBy: { startsAt: 'asc' } }),
    ]);
    return {
      mentorId: m.id,
      timeZone: PROGRAMME_ZONE,
      patterns: patterns.map(patternOf),
      exceptions: exceptions.map((e) => ({
        id: e.id,
        kind: e.kind === 'extra' ? 'extra' : 'blocked',
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        slotMinutes: e.slotMinutes,
        note: e.note,
      })),
    };
  }

  async setAvailability(actorIn: Actor | null, id: string, input: AvailabilityInput): Promise<AvailabilityView> {
    const actor = requireActor(actorIn);
    const m = await this.loadMentor(this.deps.prisma, id, actor);
    this.assertManages(m, actor);
    const errors = input.patterns.flatMap((p, i) =>
      patternProblems(p).map((field) => ({
        field: `patterns.${i}.${field}`,
        code: 'invalid',
        message: { vi: 'Giá trị không hợp lệ trong lịch rảnh hằng tuần.', en: 'Invalid value in the weekly pattern.' },
      })),
    );
    if (errors.length > 0) throw problem('validation_failed', { errors });
    await inTransaction(this.deps.prisma, async (tx) => {
      await tx.$queryRawUnsafe('SELECT id FROM mentors WHERE id = $1::uuid FOR UPDATE', id);
      await tx.mentorPattern.deleteMany({ where: { mentorId: id } });
      await tx.mentorException.deleteMany({ where: { mentorId: id } });
      if (input.patterns.length > 0) {
        await tx.mentorPattern.createMany({
          data: input.patterns.map((p) => ({
            id: uuidv7(),
            mentorId: id,
            weekday: p.weekday,
            startTime: p.startTime,
            endTime: p.endTime,
            slotMinutes: p.slotMinutes,
            validFrom: p.validFrom ? new Date(`${p.validFrom}T00:00:00Z`) : null,
            validUntil: p.validUntil ? new Date(`${p.validUntil}T00:00:00Z`) : null,
          })),
        });
      }
      if (input.exceptions.length > 0) {
        await tx.mentorException.createMany({
          data: input.exceptions.map((e) => ({
            id: uuidv7(),
            mentorId: id,
            kind: e.kind,
            startsAt: new Date(e.startsAt),
            endsAt: new Date(e.endsAt),
            slotMinutes: e.kind === 'extra' ? e.slotMinutes : null,
            note: e.note,
          })),
        });
      }
      await tx.mentor.update({ where: { id }, data: { revision: { increment: 1 }, updatedAt: this.deps.clock() } });
    });
    return this.availability(actor, id);
  }

  private async calendarFacts(db: Db, mentorId: string, from: Date, to: Date) {
    const [patterns, exceptions, busy] = await Promise.all([
      db.mentorPattern.findMany({ where: { mentorId } }),
      db.mentorException.findMany({ where: { mentorId, endsAt: { gt: from }, startsAt: { lt: to } } }),
      db.mentorBooking.findMany({
        where: { mentorId, status: 'booked', endsAt: { gt: from }, startsAt: { lt: to } },
        select: { startsAt: true, endsAt: true },
      }),
    ]);
    return {
      patterns: patterns.map(patternOf),
      exceptions: exceptions.map(
        (e): AvailabilityException => ({
          kind: e.kind === 'extra' ? 'extra' : 'blocked',
          startsAt: e.startsAt,
          endsAt: e.endsAt,
          slotMinutes: e.slotMinutes,
        }),
      ),
      busy,
    };
  }

  async slots(actorIn: Actor | null, id: string, q: SlotQuery): Promise<SlotList> {
    const actor = requireActor(actorIn);
    const m = await this.loadMentor(this.deps.prisma, id, actor);
    const now = this.deps.clock();
    const from = q.from ? new Date(q.from) : now;
    const to = q.to ? new Date(q.to) : new Date(from.getTime() + DEFAULT_WINDOW_DAYS * DAY);
    if (to <= from || to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) {
      throw rejected(
        'slot_window',
        `Khoảng thời gian phải dương và không quá ${MAX_WINDOW_DAYS} ngày.`,
        `The window must be positive and at most ${MAX_WINDOW_DAYS} days.`,
      );
    }
    const calendar = await this.calendarFacts(this.deps.prisma, m.id, from, to);
    const items = m.active ? freeSlots({ ...calendar, from, to, now }) : [];
    return {
      mentorId: m.id,
      timeZone: PROGRAMME_ZONE,
      from: from.toISOString(),
      to: to.toISOString(),
      items: items.map((s) => {
        const start = utcToLocal(s.startsAt);
        return {
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          localDate: start.date,
          localStartTime: start.time,
          localEndTime: utcToLocal(s.endsAt).time,
        };
      }),
    };
  }

  // ── bookings ────────────────────────────────────────────────────────────────────────────────────

  async book(actorIn: Actor | null, mentorId: string, input: BookingInput): Promise<BookingView> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const viewer = await this.viewer(db, actor);
    if (!viewer.startupIds.includes(input.startupId)) {
      throw forbidden(
        'Chỉ thành viên của nhóm khởi nghiệp mới được đặt lịch cho nhóm.',
        'Only members of the startup may book for it.',
      );
    }
    const startup = await findStartup(db, input.startupId);
    if (!startup) throw notFound({ vi: 'nhóm khởi nghiệp', en: 'startup' }, input.startupId);
    const startsAt = new Date(input.startsAt);
    const now = this.deps.clock();
    const id = uuidv7();
    try {
      await inTransaction(db, async (tx) => {
        // One booking decision per mentor at a time; the unique slot keys back this up.
        await tx.$queryRawUnsafe('SELECT id FROM mentors WHERE id = $1::uuid FOR UPDATE', mentorId);
        const m = await this.loadMentor(tx, mentorId, actor);
        if (!m.active) throw notFound(MENTOR, mentorId);
        const around = { from: new Date(startsAt.getTime() - DAY), to: new Date(startsAt.getTime() + 2 * DAY) };
        const calendar = await this.calendarFacts(tx, mentorId, around.from, around.to);
        const slot = findFreeSlot({ ...calendar, now }, startsAt);
        if (!slot) throw slotTaken();
        const clash = await tx.mentorBooking.count({
          where: {
            startupId: startup.id,
            status: 'booked',
            startsAt: { lt: slot.endsAt },
            endsAt: { gt: slot.startsAt },
          },
        });
        if (clash > 0) {
          throw invalidState(
            'startup_busy',
            'Nhóm đã có một buổi cố vấn khác trùng giờ này.',
            'The startup already has another mentoring session at this time.',
          );
        }
        await tx.mentorBooking.create({
          data: {
            id,
            mentorId,
            startupId: startup.id,
            startupName: startup.name,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            liveSlot: slot.startsAt,
            topic: input.topic,
            status: 'booked',
            bookedBy: actor.userId,
            createdAt: now,
          },
        });
        const eventFacts = {
          id,
          mentorId,
          mentorName: m.name,
          startupId: startup.id,
          startupName: startup.name,
          ...slot,
          topic: input.topic,
        };
        await appendToOutbox(prismaTxExecutor(tx), [mentorEvents.booked(eventFacts, actor, now)]);
      });
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002') throw slotTaken();
      throw error;
    }
    return this.getBooking(actor, id);
  }

  private async loadBooking(db: Db, id: string, viewer: ViewerFacts): Promise<BookingRow> {
    const b = await db.mentorBooking.findUnique({ where: { id }, include: bookingInclude });
    if (!b || !canSeeBooking(facts(b), viewer)) throw notFound(BOOKING, id);
    return b;
  }

  async getBooking(actorIn: Actor | null, id: string): Promise<BookingView> {
    const actor = requireActor(actorIn);
    const viewer = await this.viewer(this.deps.prisma, actor);
    return this.bookingView(await this.loadBooking(this.deps.prisma, id, viewer), viewer, this.deps.clock());
  }

  /**
   * Bookings the caller may see: a mentor their own, a team its startups', an officer all. Filters
   * narrow within that, never widen it.
   */
  async listBookings(actorIn: Actor | null, q: BookingListQuery): Promise<BookingList> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const viewer = await this.viewer(db, actor);
    const mine = await db.mentor.findUnique({ where: { userId: actor.userId }, select: { id: true } });
    const scope: Prisma.MentorBookingWhereInput = viewer.isOfficer
      ? {}
      : { OR: [...(mine ? [{ mentorId: mine.id }] : []), { startupId: { in: [...viewer.startupIds] } }] };
    const cursor = decodeCursor(q.cursor);
    const after = cursor
      ? {
          OR: [{ startsAt: { gt: new Date(cursor.at) } }, { startsAt: new Date(cursor.at), id: { gt: cursor.id } }],
        }
      : {};
    const rows = await db.mentorBooking.findMany({
      where: {
        AND: [
          scope,
          after,
          q.startupId ? { startupId: q.startupId } : {},
          q.mentorId ? { mentorId: q.mentorId } : {},
          q.status ? { status: q.status } : {},
        ],
      },
      include: bookingInclude,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: q.limit + 1,
    });
    const now = this.deps.clock();
    const p = page(rows, q.limit, (b) => ({ at: b.startsAt.toISOString(), id: b.id }));
    return { items: p.items.map((b) => this.bookingView(b, viewer, now)), nextCursor: p.nextCursor };
  }

  async cancel(actorIn: Actor | null, id: string, reason: string): Promise<BookingView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      await tx.$queryRawUnsafe('SELECT id FROM mentor_bookings WHERE id = $1::uuid FOR UPDATE', id);
      const viewer = await this.viewer(tx, actor);
      const b = await this.loadBooking(tx, id, viewer);
      const verdict = canCancel(facts(b), viewer, now);
      if (verdict === 'already_cancelled')
        throw invalidState('booking_cancelled', 'Lịch hẹn đã bị hủy.', 'The booking is already cancelled.');
      if (verdict === 'started')
        throw invalidState(
          'booking_started',
          'Buổi cố vấn đã bắt đầu, không hủy được.',
          'The session has started and can no longer be cancelled.',
        );
      if (verdict !== 'ok') throw notFound(BOOKING, id);
      await tx.mentorBooking.update({
        where: { id },
        data: {
          status: 'cancelled',
          liveSlot: null,
          cancelledAt: now,
          cancelledBy: actor.userId,
          cancelReason: reason || null,
          revision: { increment: 1 },
        },
      });
      const eventFacts = { ...b, mentorName: b.mentor.name };
      await appendToOutbox(prismaTxExecutor(tx), [mentorEvents.cancelled(eventFacts, reason, actor, now)]);
    });
    return this.getBooking(actor, id);
  }

  async writeNotes(actorIn: Actor | null, id: string, notes: string): Promise<BookingView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const viewer = await this.viewer(tx, actor);
      const b = await this.loadBooking(tx, id, viewer);
      const verdict = canWriteNotes(facts(b), viewer, now);
      if (verdict === 'forbidden')
        throw forbidden('Chỉ cố vấn của buổi hẹn mới ghi biên bản.', 'Only the session’s mentor writes its notes.');
      if (verdict === 'not_started')
        throw invalidState('booking_not_started', 'Buổi cố vấn chưa bắt đầu.', 'The session has not started yet.');
      if (verdict === 'cancelled')
        throw invalidState('booking_cancelled', 'Lịch hẹn đã bị hủy.', 'The booking is cancelled.');
      await tx.mentorBooking.update({
        where: { id },
        data: { notes, notesUpdatedAt: now, revision: { increment: 1 } },
      });
      await appendToOutbox(prismaTxExecutor(tx), [mentorEvents.noted({ ...b, mentorName: b.mentor.name }, actor, now)]);
    });
    return this.getBooking(actor, id);
  }

  // ── iCalendar feeds ─────────────────────────────────────────────────────────────────────────────

  /** A new secret feed address for a mentor's or a startup's calendar (replaces the previous one). */
  async createFeed(actorIn: Actor | null, input: CalendarFeedInput): Promise<CalendarFeedView> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    if (input.ownerKind === 'mentor') {
      const m = await db.mentor.findUnique({ where: { id: input.ownerId } });
      if (!m || m.userId !== actor.userId) throw notFound(MENTOR, input.ownerId);
    } else {
      const mine = await startupsOf(db, actor);
      if (!mine.some((s) => s.id === input.ownerId))
        throw notFound({ vi: 'nhóm khởi nghiệp', en: 'startup' }, input.ownerId);
    }
    const { token, hash } = newFeedToken();
    await inTransaction(db, async (tx) => {
      await tx.calendarFeed.deleteMany({ where: { ownerKind: input.ownerKind, ownerId: input.ownerId } });
      await tx.calendarFeed.create({
        data: {
          id: uuidv7(),
          ownerKind: input.ownerKind,
          ownerId: input.ownerId,
          tokenHash: hash,
          createdBy: actor.userId,
          createdAt: this.deps.clock(),
        },
      });
    });
    const prefix = this.deps.feedPathPrefix ?? '/api/incubation/v1';
    return { ownerKind: input.ownerKind, ownerId: input.ownerId, path: `${prefix}/calendars/${token}.ics` };
  }

  /** The feed behind a token: the token is the only credential, so an unknown one is simply 404. */
  async feed(token: string): Promise<string> {
    if (!FEED_TOKEN.test(token)) throw notFound({ vi: 'lịch', en: 'calendar' }, 'feed');
    const db = this.deps.prisma;
    const owner = await db.calendarFeed.findUnique({ where: { tokenHash: feedTokenHash(token) } });
    if (!owner) throw notFound({ vi: 'lịch', en: 'calendar' }, 'feed');
    const now = this.deps.clock();
    const since = new Date(now.getTime() - 90 * DAY);
    const where = owner.ownerKind === 'mentor' ? { mentorId: owner.ownerId } : { startupId: owner.ownerId };
    const rows = await db.mentorBooking.findMany({
      where: { ...where, startsAt: { gte: since } },
      include: bookingInclude,
      orderBy: { startsAt: 'asc' },
      take: 1000,
    });
    const name =
      owner.ownerKind === 'mentor'
        ? `Lịch cố vấn — ${rows[0]?.mentor.name ?? (await db.mentor.findUnique({ where: { id: owner.ownerId } }))?.name ?? ''}`
        : `Lịch cố vấn của nhóm — ${(await findStartup(db, owner.ownerId))?.name ?? ''}`;
    return calendarFeed(
      name,
      rows.map((b) => ({
        id: b.id,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        status: b.status === 'cancelled' ? 'cancelled' : 'booked',
        summary: owner.ownerKind === 'mentor' ? `Cố vấn: ${b.startupName}` : `Cố vấn với ${b.mentor.name}`,
        // Notes stay in the portal: a feed URL can travel further than the people it is for.
        description: b.topic,
        location: null,
      })),
      now,
    );
  }
}

function patternOf(p: {
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  validFrom: Date | null;
  validUntil: Date | null;
}): WeeklyPattern & { slotMinutes: 30 | 45 | 60 | 90 | 120 } {
  return {
    weekday: p.weekday,
    startTime: p.startTime,
    endTime: p.endTime,
    slotMinutes: p.slotMinutes as 30 | 45 | 60 | 90 | 120,
    validFrom: p.validFrom ? p.validFrom.toISOString().slice(0, 10) : null,
    validUntil: p.validUntil ? p.validUntil.toISOString().slice(0, 10) : null,
  };
}

const slotTaken = () =>
  invalidState(
    'slot_taken',
    'Khung giờ này không còn trống (đã có nhóm khác đặt hoặc cố vấn không rảnh).',
    'This slot is no longer free (another startup booked it, or the mentor is unavailable).',
  );
