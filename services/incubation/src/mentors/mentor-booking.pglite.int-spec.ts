// The embedded mode's database (PGlite): the same migration applies, and the slot keys still let
// only one of two simultaneous bookings of a slot through.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { injectRequest, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IncubationHandle, startIncubation } from '../start-incubation.js';
import { insertStartup, people } from './people-fixtures.js';

const base = '/api/incubation/v1';
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests
type Json = any;

describe('mentor bookings on PGlite (embedded mode)', () => {
  let handle: IncubationHandle;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'incubation-pglite-'));
    handle = await startIncubation({
      databaseUrl: 'pglite://memory',
      dataDir,
      internalAuthSecret: TEST_AUTH_SECRET,
      listen: false,
      seed: 'off',
      logger: pino({ level: 'silent' }),
      shutdownHooks: false,
      defaultMetrics: false,
      clock: () => new Date('2026-12-07T02:00:00Z'),
    });
  });
  afterAll(async () => {
    await handle?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('books a 23:30 local slot once, and refuses the second of two simultaneous requests', async () => {
    const prisma = handle.services.prisma;
    const a = await insertStartup(prisma, 'Nông Sản Xanh', people.founderA.userId);
    const b = await insertStartup(prisma, 'Cá Sạch', people.founderB.userId);
    const request = <T>(o: Parameters<typeof injectRequest>[1]) => injectRequest<T>(handle.app, o);
    const mentor = await request<Json>({
      method: 'POST',
      url: `${base}/mentors`,
      principal: people.officer,
      body: { name: 'Nguyễn Thị Lan', headline: 'Cố vấn', expertise: ['gọi vốn'], languages: ['vi'] },
    });
    await request({
      method: 'PUT',
      url: `${base}/mentors/${mentor.body.id}/availability`,
      principal: people.officer,
      body: { patterns: [{ weekday: 5, startTime: '23:30', endTime: '00:30', slotMinutes: 60 }], exceptions: [] },
    });
    const book = (principal: typeof people.founderA, startupId: string) =>
      request<Json>({
        method: 'POST',
        url: `${base}/mentors/${mentor.body.id}/bookings`,
        principal,
        body: { startupId, startsAt: '2026-12-11T16:30:00.000Z', topic: 'Gọi vốn' },
      });
    const results = await Promise.all([book(people.founderA, a), book(people.founderB, b)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 201)?.body).toMatchObject({
      localDate: '2026-12-11',
      localStartTime: '23:30',
    });
    expect(await prisma.mentorBooking.count({ where: { status: 'booked' } })).toBe(1);
  });
});
