// The demo seed of mentors, investors, introductions and readiness over a handful of startups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';
import { DEMO_MENTOR_LAN_USER_ID } from './demo-mentors.data.js';
import { insertStartup, people } from './people-fixtures.js';
import { seedPeople } from './people.seed.js';

const base = '/api/incubation/v1';
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests
type Json = any;

describe('demo seed: mentors, investors, introductions, readiness', () => {
  let app: IncubationTestApp;
  let items = 0;
  beforeAll(async () => {
    app = await startTestIncubation();
    const prisma = app.handle.services.prisma;
    await insertStartup(prisma, 'Sen Hồng AgriTech', people.founderA.userId);
    for (const name of ['Cá Sạch Đồng Tháp', 'Bánh Phồng Tôm Sa Giang', 'EduMekong', 'Xoài Cao Lãnh Số']) {
      await insertStartup(prisma, name, `owner-${name}`);
    }
    items = await seedPeople(app.handle.services, new AbortController().signal);
  });
  afterAll(() => app?.close());

  it('gives mentors free slots in the coming weeks', async () => {
    expect(items).toBeGreaterThan(10);
    const mentors = (await app.request<Json>({ url: `${base}/mentors`, principal: people.founderA })).body.items;
    expect(mentors).toHaveLength(5);
    for (const m of mentors) {
      const slots = (await app.request<Json>({ url: `${base}/mentors/${m.id}/slots`, principal: people.founderA }))
        .body;
      expect(slots.items.length, m.name).toBeGreaterThan(0);
    }
  });

  it('has introductions in every state, contacts only on the accepted one', async () => {
    const list = (await app.request<Json>({ url: `${base}/introductions?limit=50`, principal: people.officer })).body
      .items;
    expect(new Set(list.map((i: Json) => i.state))).toEqual(
      new Set(['requested', 'forwarded', 'accepted', 'declined', 'withdrawn']),
    );
    for (const i of list) expect(i.contacts === null).toBe(i.state !== 'accepted');
    const mine = (await app.request<Json>({ url: `${base}/introductions`, principal: people.founderA })).body.items;
    expect(mine.map((i: Json) => i.state).sort()).toEqual(['accepted', 'forwarded']);
  });

  it('gives the demo mentor past sessions with notes and upcoming ones', async () => {
    const covan = { userId: DEMO_MENTOR_LAN_USER_ID, displayName: 'Lan', roles: ['researcher' as const] };
    const bookings = (await app.request<Json>({ url: `${base}/mentor-bookings`, principal: covan })).body.items;
    expect(bookings.filter((b: Json) => b.notes)).toHaveLength(2);
    expect(bookings.filter((b: Json) => new Date(b.startsAt) > new Date() && b.status === 'booked').length).toBe(2);
  });

  it('gives the cohort readiness figures at every level', async () => {
    const pipeline = (await app.request<Json>({ url: `${base}/readiness/pipeline`, principal: people.officer })).body;
    const st = pipeline.rows.find((r: Json) => r.certification === 'st_enterprise');
    expect(st.certified).toBe(1);
    expect(st.ready + st.close + st.inProgress).toBe(4);
  });
});
