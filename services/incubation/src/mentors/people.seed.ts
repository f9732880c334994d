// The demo seed of mentors, investors, introductions and readiness, run after the startups' seed
// step. Everything goes through the application services (so the outbox has the events); past
// bookings are made with a clock set before them, as the mentor would have.
import { DEMO_INTRODUCTIONS, DEMO_INVESTORS } from '../introductions/demo-investors.data.js';
import type { IntroductionAction } from '../introductions/introduction-lifecycle.js';
import { DEMO_READINESS } from '../readiness/demo-readiness.data.js';
import type { IncubationServices } from '../incubation.composition.js';
import type { Actor } from '../shared/actor.js';
import { findFreeSlot, freeSlots } from './availability.rules.js';
import { DEMO_MENTORS } from './demo-mentors.data.js';
import { MentorService } from './mentor.service.js';

const OFFICER: Actor = {
  userId: '01920000-0000-7000-8000-000000000004',
  displayName: 'Cán bộ Sở KH&CN',
  roles: ['officer'],
  organisationId: '01920000-0000-7000-8000-000000000104',
  organisationName: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
};

const DAY = 86_400_000;
/** The startup of the demo founder `khoinghiep`. */
const DEMO_FOUNDER_STARTUP = 'Sen Hồng AgriTech';

interface SeedStartup {
  id: string;
  name: string;
  ownerUserId: string;
  organisationId: string | null;
}

const ownerOf = (s: SeedStartup): Actor => ({
  userId: s.ownerUserId,
  displayName: s.name,
  roles: ['business'],
  ...(s.organisationId ? { organisationId: s.organisationId } : {}),
});

/** Named entries first, then the others in order, each startup at most once. */
function assign<T extends { startupName: string | null }>(
  items: readonly T[],
  startups: SeedStartup[],
): [T, SeedStartup][] {
  const used = new Set<string>();
  const pairs: [T, SeedStartup][] = [];
  for (const item of items) {
    const named = item.startupName ? startups.find((s) => s.name === item.startupName) : undefined;
    if (named) {
      pairs.push([item, named]);
      used.add(named.id);
    }
  }
  const rest = startups.filter((s) => !used.has(s.id));
  for (const item of items) {
    if (item.startupName && startups.some((s) => s.name === item.startupName)) continue;
    const next = rest.shift();
    if (next) pairs.push([item, next]);
  }
  return pairs;
}

export async function seedPeople(services: IncubationServices, signal: AbortSignal): Promise<number> {
  const { prisma, clock, mentors, readiness } = services;
  let items = 0;
  // Mentors and their weekly availability.
  for (const m of DEMO_MENTORS) {
    if (signal.aborted) return items;
    const now = clock();
    await prisma.mentor.create({ data: { id: m.id, ...m.profile, createdAt: now, updatedAt: now } });
    await mentors.setAvailability(OFFICER, m.id, { patterns: m.patterns, exceptions: [] });
    items += 1;
  }
  const investorIds = new Map<string, string>();
  for (const i of DEMO_INVESTORS) {
    const { ticketMinVnd, ticketMaxVnd, ...rest } = i.input;
    const view = await services.introductions.createInvestor(OFFICER, {
      ...rest,
      ticketMinVnd: ticketMinVnd.toString(),
      ticketMaxVnd: ticketMaxVnd.toString(),
    });
    investorIds.set(i.key, view.id);
    items += 1;
  }

  // The cohort's startups first (readiness and bookings are about them), the demo founder's first of all.
  const rows = await prisma.startup.findMany({
    select: {
      id: true,
      name: true,
      ownerUserId: true,
      organisationId: true,
      _count: { select: { cohortMembers: true } },
    },
    orderBy: { name: 'asc' },
  });
  const rank = (s: (typeof rows)[number]) => (s.name === DEMO_FOUNDER_STARTUP ? 0 : s._count.cohortMembers > 0 ? 1 : 2);
  const startups: SeedStartup[] = rows.sort((a, b) => rank(a) - rank(b)).map(({ _count, ...s }) => s);
  if (startups.length === 0) return items;

  // Introductions in every state: a multi-request startup may appear more than once.
  const named = new Set(DEMO_INTRODUCTIONS.map((i) => i.startupName));
  const others = startups.filter((s) => !named.has(s.name));
  let turn = 0;
  for (const intro of DEMO_INTRODUCTIONS) {
    if (signal.aborted) return items;
    const startup =
      (intro.startupName && startups.find((s) => s.name === intro.startupName)) ||
      (others.length > 0 ? others[turn++ % others.length] : startups[0]);
    const investorId = investorIds.get(intro.investor);
    if (!startup || !investorId) continue;
    const owner = ownerOf(startup);
    const created = await services.introductions.request(owner, {
      startupId: startup.id,
      investorId,
      message: intro.message,
      contact: { name: `Đại diện ${startup.name}`, email: null, phone: '0277 3 000 000' },
    });
    const steps: [Actor, IntroductionAction, string?][] = {
      requested: [],
      forwarded: [[OFFICER, 'forward']],
      accepted: [
        [OFFICER, 'forward'],
        [OFFICER, 'accept'],
      ],
      declined: [
        [OFFICER, 'forward'],
        [OFFICER, 'decline', intro.reason ?? 'Chưa phù hợp'],
      ],
      withdrawn: [[owner, 'withdraw']],
    }[intro.state] as [Actor, IntroductionAction, string?][];
    for (const [actor, action, reason] of steps) {
      await services.introductions.act(actor, created.id, {
        action,
        ...(reason ? { reason } : {}),
        note: 'Sở KH&CN giới thiệu.',
      });
    }
    items += 1;
  }

  // Bookings: for the first startups, one past session with notes and one upcoming, with Lan.
  const lan = DEMO_MENTORS[0];
  if (lan) {
    const now = clock();
    const patterns = lan.patterns.map((p) => ({ ...p }));
    const past = freeSlots({
      patterns,
      exceptions: [],
      busy: [],
      from: new Date(now.getTime() - 21 * DAY),
      to: new Date(now.getTime() - 2 * DAY),
      now: new Date(0),
    });
    const upcoming = freeSlots({
      patterns,
      exceptions: [],
      busy: [],
      from: new Date(now.getTime() + 2 * DAY),
      to: new Date(now.getTime() + 21 * DAY),
      now,
    });
    for (const [index, startup] of startups.slice(0, 2).entries()) {
      const owner = ownerOf(startup);
      const before = past[index * 2];
      if (before && findFreeSlot({ patterns, exceptions: [], busy: [], now: new Date(0) }, before.startsAt)) {
        const thenClock = () => new Date(before.startsAt.getTime() - 3 * DAY);
        const afterClock = () => new Date(before.endsAt.getTime() + 3_600_000);
        const booked = await new MentorService({ prisma, clock: thenClock }).book(owner, lan.id, {
          startupId: startup.id,
          startsAt: before.startsAt.toISOString(),
          topic: 'Rà soát chuỗi giá trị và kênh phân phối',
        });
        await new MentorService({ prisma, clock: afterClock }).writeNotes(
          { userId: lan.profile.userId ?? '', displayName: lan.profile.name, roles: ['researcher'] },
          booked.id,
          'Đã thống nhất: (1) thử nghiệm kênh bán qua hợp tác xã trong 2 tháng; (2) tính lại giá thành theo lô 500 kg; (3) chuẩn bị hồ sơ đăng ký nhãn hiệu.',
        );
        items += 1;
      }
      const next = upcoming[index * 3];
      if (next) {
        await mentors.book(owner, lan.id, {
          startupId: startup.id,
          startsAt: next.startsAt.toISOString(),
          topic: 'Chuẩn bị hồ sơ gọi vốn hạt giống',
        });
        items += 1;
      }
    }
  }

  // Readiness figures for the cohort, and the certifications already held.
  for (const [entry, startup] of assign(DEMO_READINESS, startups)) {
    if (signal.aborted) return items;
    await readiness.update(OFFICER, startup.id, {
      fiscalYear: entry.fiscalYear,
      facts: entry.figures.facts,
      figures: Object.fromEntries(Object.entries(entry.figures.figures).map(([k, v]) => [k, v.toString()])),
    });
    for (const certification of entry.certified) {
      await readiness.certify(OFFICER, startup.id, { certification, certified: true });
    }
    items += 1;
  }
  return items;
}

/** For the seeder's step list. */
export const PEOPLE_SEED_STEP = { name: 'mentors-investors-readiness', run: seedPeople };
