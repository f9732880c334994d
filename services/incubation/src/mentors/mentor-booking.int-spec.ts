// Mentor bookings on real PostgreSQL: slots read in Asia/Ho_Chi_Minh, two startups racing for one
// slot, who sees which bookings and notes, cancellation, iCalendar feeds, events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';
import { insertStartup, people } from './people-fixtures.js';

const base = '/api/incubation/v1';
// Monday 7 December 2026, 09:00 in Ho Chi Minh City.
const monday = new Date('2026-12-07T02:00:00Z');
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests
type Json = any;

describe('mentor bookings', () => {
  let app: IncubationTestApp;
  let startupA: string;
  let startupB: string;
  let lan: string;
  let minh: string;

  beforeAll(async () => {
    app = await startTestIncubation({ now: monday });
    const prisma = app.handle.services.prisma;
    startupA = await insertStartup(prisma, 'Nông Sản Xanh', people.founderA.userId);
    startupB = await insertStartup(prisma, 'Cá Sạch Đồng Tháp', people.founderB.userId);
    const mentor = (name: string, userId: string) =>
      app.request<Json>({
        method: 'POST',
        url: `${base}/mentors`,
        principal: people.officer,
        body: { name, headline: 'Cố vấn gọi vốn', expertise: ['gọi vốn'], languages: ['vi', 'en'], userId },
      });
    lan = (await mentor('Nguyễn Thị Lan', people.mentorLan.userId)).body.id;
    minh = (await mentor('Trần Văn Minh', people.mentorMinh.userId)).body.id;
    const availability = await app.request<Json>({
      method: 'PUT',
      url: `${base}/mentors/${lan}/availability`,
      principal: people.mentorLan,
      body: {
        patterns: [
          { weekday: 2, startTime: '19:00', endTime: '21:00', slotMinutes: 60 },
          { weekday: 5, startTime: '23:30', endTime: '00:30', slotMinutes: 60 },
        ],
        exceptions: [],
      },
    });
    expect(availability.status).toBe(200);
  });
  afterAll(() => app?.close());

  const slots = async (mentorId = lan) =>
    (
      await app.request<Json>({
        url: `${base}/mentors/${mentorId}/slots?from=2026-12-07T00:00:00Z&to=2026-12-14T00:00:00Z`,
        principal: people.founderA,
      })
    ).body;
  const book = (principal: typeof people.founderA, startupId: string, startsAt: string, mentorId = lan) =>
    app.request<Json>({
      method: 'POST',
      url: `${base}/mentors/${mentorId}/bookings`,
      principal,
      body: { startupId, startsAt, topic: 'Chuẩn bị gọi vốn vòng hạt giống' },
    });

  it('offers a 23:30 Asia/Ho_Chi_Minh slot at 16:30 UTC on the same local Friday', async () => {
    const body = await slots();
    expect(body.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(body.items.map((s: Json) => [s.startsAt, s.localDate, s.localStartTime, s.localEndTime])).toEqual([
      ['2026-12-08T12:00:00.000Z', '2026-12-08', '19:00', '20:00'],
      ['2026-12-08T13:00:00.000Z', '2026-12-08', '20:00', '21:00'],
      ['2026-12-11T16:30:00.000Z', '2026-12-11', '23:30', '00:30'],
    ]);
    const booked = await book(people.founderA, startupA, '2026-12-11T16:30:00.000Z');
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      localDate: '2026-12-11',
      localStartTime: '23:30',
      endsAt: '2026-12-11T17:30:00.000Z',
    });
    expect((await slots()).items.map((s: Json) => s.localStartTime)).toEqual(['19:00', '20:00']);
  });

  it('lets exactly one of two startups racing for the same slot have it', async () => {
    const slot = '2026-12-08T12:00:00.000Z';
    const results = await Promise.all([book(people.founderA, startupA, slot), book(people.founderB, startupB, slot)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('slot_taken');
    const live = await app.handle.services.prisma.mentorBooking.count({
      where: { mentorId: lan, startsAt: new Date(slot), status: 'booked' },
    });
    expect(live).toBe(1);
  });

  it('keeps the database itself from holding two live bookings of one slot', async () => {
    const prisma = app.handle.services.prisma;
    const existing = await prisma.mentorBooking.findFirstOrThrow({ where: { mentorId: lan, status: 'booked' } });
    await expect(
      prisma.mentorBooking.create({
        data: { ...existing, id: uuidv7(), startupId: startupB, startupName: 'x', notes: null },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('refuses a time that is not an offered slot, and a startup the caller is not part of', async () => {
    expect((await book(people.founderA, startupA, '2026-12-08T12:30:00.000Z')).status).toBe(409);
    expect((await book(people.founderA, startupB, '2026-12-08T13:00:00.000Z')).status).toBe(403);
  });

  it('shows bookings to their mentor, their startup and officers only; notes to mentor and startup only', async () => {
    const listA = (await app.request<Json>({ url: `${base}/mentor-bookings`, principal: people.founderA })).body;
    const friday = listA.items.find((b: Json) => b.localStartTime === '23:30');
    expect(friday).toBeDefined();
    const id = friday.id;

    const minhList = (await app.request<Json>({ url: `${base}/mentor-bookings`, principal: people.mentorMinh })).body;
    expect(minhList.items).toEqual([]);
    expect((await app.request({ url: `${base}/mentor-bookings/${id}`, principal: people.mentorMinh })).status).toBe(
      404,
    );
    expect((await app.request({ url: `${base}/mentor-bookings/${id}`, principal: people.founderB })).status).toBe(404);
    const lanList = (await app.request<Json>({ url: `${base}/mentor-bookings`, principal: people.mentorLan })).body;
    expect(lanList.items.length).toBe(2);

    // Notes: not before the session starts, then visible to the mentor and startup A only.
    const note = { notes: 'Cần hoàn thiện mô hình tài chính 3 năm.' };
    const early = await app.request<Json>({
      method: 'PUT',
      url: `${base}/mentor-bookings/${id}/notes`,
      principal: people.mentorLan,
      body: note,
    });
    expect(early.body.code).toBe('booking_not_started');
    app.setNow(new Date('2026-12-11T17:00:00Z'));
    const byStartup = await app.request({
      method: 'PUT',
      url: `${base}/mentor-bookings/${id}/notes`,
      principal: people.founderA,
      body: note,
    });
    expect(byStartup.status).toBe(403);
    expect(
      (
        await app.request({
          method: 'PUT',
          url: `${base}/mentor-bookings/${id}/notes`,
          principal: people.mentorLan,
          body: note,
        })
      ).status,
    ).toBe(200);
    const seenByA = await app.request<Json>({ url: `${base}/mentor-bookings/${id}`, principal: people.founderA });
    expect(seenByA.body.notes).toBe(note.notes);
    const seenByOfficer = await app.request<Json>({ url: `${base}/mentor-bookings/${id}`, principal: people.officer });
    expect(seenByOfficer.status).toBe(200);
    expect(seenByOfficer.body.notes).toBeNull();
    const listB = (await app.request<Json>({ url: `${base}/mentor-bookings`, principal: people.founderB })).body;
    expect(JSON.stringify(listB)).not.toContain('mô hình tài chính');
    app.setNow(monday);
  });

  it('frees a cancelled slot for the next startup', async () => {
    const slot = '2026-12-08T13:00:00.000Z';
    const first = await book(people.founderB, startupB, slot);
    expect(first.status).toBe(201);
    expect(
      (
        await app.request({
          method: 'POST',
          url: `${base}/mentor-bookings/${first.body.id}/cancel`,
          principal: people.founderA,
          body: {},
        })
      ).status,
    ).toBe(404);
    const cancelled = await app.request<Json>({
      method: 'POST',
      url: `${base}/mentor-bookings/${first.body.id}/cancel`,
      principal: people.mentorLan,
      body: { reason: 'Cố vấn bận công tác' },
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Cố vấn bận công tác' });
    expect((await book(people.founderA, startupA, slot)).status).toBe(201);
    const types = (await app.events(lan)).map((e) => e.type);
    expect(types).toContain('sti.incubation.v1.MentorBooked');
    expect(types).toContain('sti.incubation.v1.MentorBookingCancelled');
    expect(types).toContain('sti.incubation.v1.MentorMeetingNoted');
  });

  it('serves a token-authenticated iCalendar feed per mentor and per startup', async () => {
    const forOther = await app.request({
      method: 'POST',
      url: `${base}/calendar-feeds`,
      principal: people.mentorMinh,
      body: { ownerKind: 'mentor', ownerId: lan },
    });
    expect(forOther.status).toBe(404);
    const created = await app.request<Json>({
      method: 'POST',
      url: `${base}/calendar-feeds`,
      principal: people.mentorLan,
      body: { ownerKind: 'mentor', ownerId: lan },
    });
    expect(created.status).toBe(201);
    const feed = await app.request({ url: created.body.path });
    expect(feed.status).toBe(200);
    expect(String(feed.headers['content-type'])).toContain('text/calendar');
    expect(feed.text).toContain('DTSTART:20261211T163000Z');
    expect(feed.text).toContain('STATUS:CANCELLED');
    expect(feed.text).not.toContain('mô hình tài chính');

    const team = await app.request<Json>({
      method: 'POST',
      url: `${base}/calendar-feeds`,
      principal: people.founderB,
      body: { ownerKind: 'startup', ownerId: startupB },
    });
    const teamFeed = await app.request({ url: team.body.path });
    expect(teamFeed.text).toContain('Cố vấn với Nguyễn Thị Lan');
    expect(teamFeed.text).not.toContain('Nông Sản Xanh');

    const forged = created.body.path.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${'A'.repeat(43)}.ics`);
    expect((await app.request({ url: forged })).status).toBe(404);
    // a new address retires the old one
    const again = await app.request<Json>({
      method: 'POST',
      url: `${base}/calendar-feeds`,
      principal: people.mentorLan,
      body: { ownerKind: 'mentor', ownerId: lan },
    });
    expect((await app.request({ url: created.body.path })).status).toBe(404);
    expect((await app.request({ url: again.body.path })).status).toBe(200);
  });

  it('filters mentors by language and expertise, and pages with a cursor', async () => {
    const names = async (query: string) =>
      (await app.request<Json>({ url: `${base}/mentors?${query}`, principal: people.founderA })).body.items.map(
        (m: Json) => m.name,
      );
    expect(await names('language=en')).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh']);
    expect(await names('language=fr')).toEqual([]);
    expect(await names(`expertise=${encodeURIComponent('gọi vốn')}`)).toHaveLength(2);
    const first = (await app.request<Json>({ url: `${base}/mentors?limit=1`, principal: people.founderA })).body;
    expect(first.items).toHaveLength(1);
    const second = (
      await app.request<Json>({ url: `${base}/mentors?limit=1&cursor=${first.nextCursor}`, principal: people.founderA })
    ).body;
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.nextCursor).toBeNull();
  });

  it('lets only officers add mentors and only the mentor or officers change availability', async () => {
    expect(
      (
        await app.request({
          method: 'POST',
          url: `${base}/mentors`,
          principal: people.founderA,
          body: { name: 'Tự xưng', headline: 'Cố vấn', expertise: ['x1'], languages: ['vi'] },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.request({
          method: 'PUT',
          url: `${base}/mentors/${lan}/availability`,
          principal: people.mentorMinh,
          body: { patterns: [], exceptions: [] },
        })
      ).status,
    ).toBe(403);
    expect((await slots(minh)).items).toEqual([]);
  });
});
