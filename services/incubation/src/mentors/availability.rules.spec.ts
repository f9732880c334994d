import { describe, expect, it } from 'vitest';
import {
  type AvailabilityException,
  findFreeSlot,
  freeSlots,
  localDay,
  localToUtc,
  offeredSlots,
  patternProblems,
  utcToLocal,
  type WeeklyPattern,
} from './availability.rules.js';

const pattern = (p: Partial<WeeklyPattern>): WeeklyPattern => ({
  weekday: 2,
  startTime: '19:00',
  endTime: '21:00',
  slotMinutes: 60,
  validFrom: null,
  validUntil: null,
  ...p,
});
const iso = (slots: { startsAt: Date; endsAt: Date }[]) =>
  slots.map((s) => `${s.startsAt.toISOString()}/${s.endsAt.toISOString()}`);
// Monday 7 December 2026 00:00 in Ho Chi Minh City is Sunday 6 December 17:00 UTC.
const weekFrom = new Date('2026-12-06T17:00:00Z');
const weekTo = new Date('2026-12-13T17:00:00Z');
const longAgo = new Date('2026-01-01T00:00:00Z');

describe('slots from weekly patterns (Asia/Ho_Chi_Minh)', () => {
  it('reads a Tuesday evening pattern in local time and returns UTC slots', () => {
    expect(iso(offeredSlots([pattern({})], [], weekFrom, weekTo))).toEqual([
      '2026-12-08T12:00:00.000Z/2026-12-08T13:00:00.000Z',
      '2026-12-08T13:00:00.000Z/2026-12-08T14:00:00.000Z',
    ]);
  });

  it('keeps a 23:30 local slot at 16:30 UTC on the same local Friday, ending after local midnight', () => {
    const late = pattern({ weekday: 5, startTime: '23:30', endTime: '00:30', slotMinutes: 60 });
    const slots = offeredSlots([late], [], weekFrom, weekTo);
    expect(iso(slots)).toEqual(['2026-12-11T16:30:00.000Z/2026-12-11T17:30:00.000Z']);
    const [slot] = slots;
    if (!slot) throw new Error('no slot');
    expect(utcToLocal(slot.startsAt)).toEqual({ date: '2026-12-11', time: '23:30' });
    expect(utcToLocal(slot.endsAt)).toEqual({ date: '2026-12-12', time: '00:30' });
  });

  it('puts an early local Saturday slot on the previous UTC date', () => {
    const early = pattern({ weekday: 6, startTime: '06:00', endTime: '07:00', slotMinutes: 30 });
    expect(iso(offeredSlots([early], [], weekFrom, weekTo))).toEqual([
      '2026-12-11T23:00:00.000Z/2026-12-11T23:30:00.000Z',
      '2026-12-11T23:30:00.000Z/2026-12-12T00:00:00.000Z',
    ]);
  });

  it('offers the after-midnight part of a window that began the local evening before the query', () => {
    const night = pattern({ weekday: 5, startTime: '23:00', endTime: '01:00', slotMinutes: 60 });
    const saturday = localDay('2026-12-12');
    expect(iso(offeredSlots([night], [], saturday.startsAt, saturday.endsAt))).toEqual([
      '2026-12-11T17:00:00.000Z/2026-12-11T18:00:00.000Z',
    ]);
  });

  it('honours validFrom and validUntil as local dates', () => {
    const p = pattern({ validFrom: '2026-12-09', validUntil: null });
    expect(offeredSlots([p], [], weekFrom, weekTo)).toEqual([]);
    const q = pattern({ validFrom: null, validUntil: '2026-12-08' });
    expect(offeredSlots([q], [], weekFrom, weekTo)).toHaveLength(2);
  });

  it('drops leftovers shorter than a slot', () => {
    const p = pattern({ startTime: '19:00', endTime: '20:30', slotMinutes: 60 });
    expect(offeredSlots([p], [], weekFrom, weekTo)).toHaveLength(1);
  });
});

describe('free slots', () => {
  const base = {
    patterns: [pattern({})],
    exceptions: [] as AvailabilityException[],
    busy: [],
    from: weekFrom,
    to: weekTo,
    now: longAgo,
  };

  it('subtracts a blocked local day', () => {
    const holiday = { kind: 'blocked' as const, ...localDay('2026-12-08'), slotMinutes: null };
    expect(freeSlots({ ...base, exceptions: [holiday] })).toEqual([]);
  });

  it('adds an extra one-off window', () => {
    const extra = {
      kind: 'extra' as const,
      startsAt: localToUtc('2026-12-10', '09:00'),
      endsAt: localToUtc('2026-12-10', '10:00'),
      slotMinutes: 30,
    };
    expect(freeSlots({ ...base, exceptions: [extra] }).map((s) => utcToLocal(s.startsAt).time)).toEqual([
      '19:00',
      '20:00',
      '09:00',
      '09:30',
    ]);
  });

  it('subtracts booked periods, including a partial overlap', () => {
    const busy = [{ startsAt: localToUtc('2026-12-08', '20:30'), endsAt: localToUtc('2026-12-08', '21:30') }];
    expect(freeSlots({ ...base, busy }).map((s) => utcToLocal(s.startsAt).time)).toEqual(['19:00']);
  });

  it('no longer offers slots that start within the lead time', () => {
    const now = localToUtc('2026-12-08', '18:30');
    expect(freeSlots({ ...base, now }).map((s) => utcToLocal(s.startsAt).time)).toEqual(['20:00']);
  });

  it('finds a free slot only at an offered start', () => {
    expect(findFreeSlot(base, localToUtc('2026-12-08', '20:00'))?.endsAt.toISOString()).toBe(
      '2026-12-08T14:00:00.000Z',
    );
    expect(findFreeSlot(base, localToUtc('2026-12-08', '19:30'))).toBeNull();
    expect(findFreeSlot(base, localToUtc('2026-12-09', '19:00'))).toBeNull();
  });
});

describe('pattern validation', () => {
  it('accepts a sound pattern and names the faulty fields of others', () => {
    expect(patternProblems(pattern({}))).toEqual([]);
    expect(patternProblems(pattern({ weekday: 8 }))).toEqual(['weekday']);
    expect(patternProblems(pattern({ startTime: '25:00' }))).toEqual(['startTime']);
    expect(patternProblems(pattern({ slotMinutes: 7 }))).toEqual(['slotMinutes']);
    expect(patternProblems(pattern({ startTime: '19:00', endTime: '19:30', slotMinutes: 60 }))).toEqual(['endTime']);
    expect(patternProblems(pattern({ validFrom: '2026-12-10', validUntil: '2026-12-01' }))).toEqual(['validUntil']);
  });
});
