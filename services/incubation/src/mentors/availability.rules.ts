// A mentor's bookable slots: weekly patterns (in the programme's time zone) plus one-off extra
// windows, minus blocked exceptions, minus live bookings. Everything stored and returned is UTC;
// patterns are read in Asia/Ho_Chi_Minh through luxon's IANA zone data, never as a fixed +7 offset,
// so a rule change in the zone database would still be honoured.
import { DateTime } from 'luxon';

export const PROGRAMME_ZONE = 'Asia/Ho_Chi_Minh';

/** The longest window one slot query may span: bounded work per request. */
export const MAX_WINDOW_DAYS = 92;
export const SLOT_MINUTES = [30, 45, 60, 90, 120] as const;

/** A recurring window, e.g. every Tuesday 19:00–21:00 local time cut into 60-minute slots. */
export interface WeeklyPattern {
  /** ISO weekday, 1 = Monday … 7 = Sunday (local). */
  weekday: number;
  /** local 'HH:mm' */
  startTime: string;
  /** local 'HH:mm'; '24:00' or a time not after startTime means the window runs past midnight */
  endTime: string;
  slotMinutes: number;
  /** local dates 'YYYY-MM-DD', inclusive; null = open */
  validFrom: string | null;
  validUntil: string | null;
}

/** An absolute period (UTC): blocked (holiday, travel) or an extra one-off window with slots. */
export interface AvailabilityException {
  kind: 'blocked' | 'extra';
  startsAt: Date;
  endsAt: Date;
  /** for 'extra' windows */
  slotMinutes: number | null;
}

export interface BusyPeriod {
  startsAt: Date;
  endsAt: Date;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Problems with a pattern as codes, empty when it is fine. */
export function patternProblems(p: WeeklyPattern): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(p.weekday) || p.weekday < 1 || p.weekday > 7) problems.push('weekday');
  if (!isLocalTime(p.startTime) || p.startTime === '24:00') problems.push('startTime');
  if (!isLocalTime(p.endTime)) problems.push('endTime');
  if (!(SLOT_MINUTES as readonly number[]).includes(p.slotMinutes)) problems.push('slotMinutes');
  if (problems.length === 0 && windowMinutes(p) < p.slotMinutes) problems.push('endTime');
  if (p.validFrom && p.validUntil && p.validFrom > p.validUntil) problems.push('validUntil');
  return problems;
}

/** Length of a pattern's window; a window ending at or before its start runs past midnight. */
function windowMinutes(p: WeeklyPattern): number {
  const start = minutesOf(p.startTime);
  const end = minutesOf(p.endTime);
  return end > start ? end - start : end + 24 * 60 - start;
}

const overlaps = (a: BusyPeriod, b: BusyPeriod) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

function cut(startsAt: DateTime, endsAt: DateTime, slotMinutes: number): Slot[] {
  const slots: Slot[] = [];
  for (let s = startsAt; s.plus({ minutes: slotMinutes }) <= endsAt; s = s.plus({ minutes: slotMinutes })) {
    slots.push({ startsAt: s.toUTC().toJSDate(), endsAt: s.plus({ minutes: slotMinutes }).toUTC().toJSDate() });
  }
  return slots;
}

/** Every slot the patterns and extra windows offer whose start lies in [from, to), before subtraction. */
export function offeredSlots(
  patterns: readonly WeeklyPattern[],
  exceptions: readonly AvailabilityException[],
  from: Date,
  to: Date,
): Slot[] {
  const slots: Slot[] = [];
  // Start a day early: a window that began yesterday evening (local) may still offer slots after `from`.
  let day = DateTime.fromJSDate(from, { zone: PROGRAMME_ZONE }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromJSDate(to, { zone: PROGRAMME_ZONE }).startOf('day');
  while (day <= last) {
    const localDate = day.toISODate() ?? '';
    for (const p of patterns) {
      if (p.weekday !== day.weekday) continue;
      if (p.validFrom && localDate < p.validFrom) continue;
      if (p.validUntil && localDate > p.validUntil) continue;
      const start = day.plus({ minutes: minutesOf(p.startTime) });
      slots.push(...cut(start, start.plus({ minutes: windowMinutes(p) }), p.slotMinutes));
    }
    day = day.plus({ days: 1 });
  }
  for (const e of exceptions) {
    if (e.kind !== 'extra' || !e.slotMinutes) continue;
    slots.push(
      ...cut(
        DateTime.fromJSDate(e.startsAt, { zone: PROGRAMME_ZONE }),
        DateTime.fromJSDate(e.endsAt, { zone: PROGRAMME_ZONE }),
        e.slotMinutes,
      ),
    );
  }
  const unique = new Map<number, Slot>();
  for (const s of slots) {
    if (s.startsAt >= from && s.startsAt < to && !unique.has(s.startsAt.getTime())) unique.set(s.startsAt.getTime(), s);
  }
  return [...unique.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export interface FreeSlotQuery {
  patterns: readonly WeeklyPattern[];
  exceptions: readonly AvailabilityException[];
  /** live bookings of the mentor */
  busy: readonly BusyPeriod[];
  from: Date;
  to: Date;
  /** slots starting before now + lead time are no longer offered */
  now: Date;
  leadMinutes?: number;
}

/** Bookable slots: offered, not blocked, not overlapping a booking, not in the past. */
export function freeSlots(q: FreeSlotQuery): Slot[] {
  const earliest = new Date(q.now.getTime() + (q.leadMinutes ?? 60) * 60_000);
  const blocked = q.exceptions.filter((e) => e.kind === 'blocked');
  return offeredSlots(q.patterns, q.exceptions, q.from, q.to).filter(
    (s) => s.startsAt >= earliest && !blocked.some((b) => overlaps(s, b)) && !q.busy.some((b) => overlaps(s, b)),
  );
}

/** The free slot that starts exactly at `startsAt`, if any: a booking must name an offered slot. */
export function findFreeSlot(q: Omit<FreeSlotQuery, 'from' | 'to'>, startsAt: Date): Slot | null {
  const from = startsAt;
  const to = new Date(startsAt.getTime() + 60_000);
  return freeSlots({ ...q, from, to }).find((s) => s.startsAt.getTime() === startsAt.getTime()) ?? null;
}

/** A whole local day (Asia/Ho_Chi_Minh) as a UTC period, e.g. for blocking a public holiday. */
export function localDay(date: string): BusyPeriod {
  const start = DateTime.fromISO(date, { zone: PROGRAMME_ZONE }).startOf('day');
  return { startsAt: start.toUTC().toJSDate(), endsAt: start.plus({ days: 1 }).toUTC().toJSDate() };
}

/** A local date and time in the programme zone as a UTC instant. */
export function localToUtc(date: string, time: string): Date {
  const t = DateTime.fromISO(`${date}T${time}`, { zone: PROGRAMME_ZONE });
  if (!t.isValid) throw new RangeError(`not a local date-time: ${date} ${time}`);
  return t.toUTC().toJSDate();
}

/** How a UTC instant reads in the programme zone: 'YYYY-MM-DD' and 'HH:mm'. */
export function utcToLocal(at: Date): { date: string; time: string } {
  const t = DateTime.fromJSDate(at, { zone: PROGRAMME_ZONE });
  return { date: t.toISODate() ?? '', time: t.toFormat('HH:mm') };
}
