// Investors (profiles kept by programme officers) and introduction requests between startups and
// investors, mediated by the officer. Contact data of either side leaves this service only inside
// an introduction both sides accepted: investor views never carry it, and an introduction's
// `contacts` stay null until then, for every caller.
import { appendToOutbox, problem, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { decodeCursor, page } from '../mentors/cursor.js';
import { startupsOf } from '../mentors/startup-teams.js';
import { type Actor, isOfficer } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, invalidState, notFound, rejected } from '../shared/problems.js';
import { introductionEvent } from './introduction.events.js';
import {
  availableActions,
  disclosedContact,
  type IntroductionAction,
  type IntroductionParty,
  type IntroductionState,
  transition,
} from './introduction-lifecycle.js';
import type {
  IntroductionActionInput,
  IntroductionInput,
  IntroductionList,
  IntroductionListQuery,
  IntroductionView,
  InvestorInput,
  InvestorList,
  InvestorListQuery,
  InvestorView,
} from './introduction.schema.js';

export const INVESTOR = { vi: 'nhà đầu tư', en: 'investor' };
export const INTRODUCTION = { vi: 'đề nghị kết nối', en: 'introduction' };
const OPEN_STATES: IntroductionState[] = ['requested', 'forwarded'];

export interface IntroductionServiceDependencies {
  prisma: PrismaClient;
  clock: Clock;
}

function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw problem('unauthenticated');
  return actor;
}

type InvestorRow = {
  id: string;
  name: string;
  kind: string;
  description: string;
  sectorCodes: unknown;
  stages: unknown;
  ticketMinVnd: bigint;
  ticketMaxVnd: bigint;
  website: string | null;
  userId: string | null;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  active: boolean;
  revision: number;
};

type IntroductionRow = {
  id: string;
  startupId: string;
  startupName: string;
  investorId: string;
  message: string;
  state: string;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  officerNote: string | null;
  declineReason: string | null;
  forwardedAt: Date | null;
  respondedAt: Date | null;
  revision: number;
  createdAt: Date;
  investor: InvestorRow;
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const kindOf = (k: string) => k as InvestorView['kind'];

/** The public face of an investor: no contact fields exist in this shape. */
function investorView(i: InvestorRow): InvestorView {
  return {
    id: i.id,
    name: i.name,
    kind: kindOf(i.kind),
    description: i.description,
    sectorCodes: strings(i.sectorCodes),
    stages: strings(i.stages),
    ticketMinVnd: i.ticketMinVnd.toString(),
    ticketMaxVnd: i.ticketMaxVnd.toString(),
    website: i.website,
    active: i.active,
    revision: i.revision,
  };
}

interface Caller {
  actor: Actor;
  officer: boolean;
  startupIds: string[];
  investorIds: string[];
}

function partiesOf(i: IntroductionRow, c: Caller): IntroductionParty[] {
  return [
    ...(c.startupIds.includes(i.startupId) ? (['startup'] as const) : []),
    ...(c.officer ? (['officer'] as const) : []),
    // The investor learns of a request only once the officer forwarded it.
    ...(c.investorIds.includes(i.investorId) && i.forwardedAt !== null ? (['investor'] as const) : []),
  ];
}

function introductionView(i: IntroductionRow, c: Caller): IntroductionView {
  const state = i.state as IntroductionState;
  const startupContact = disclosedContact(state, { name: i.contactName, email: i.contactEmail, phone: i.contactPhone });
  const investorContact = disclosedContact(state, {
    name: i.investor.contactName,
    email: i.investor.contactEmail,
    phone: i.investor.contactPhone,
  });
  return {
    id: i.id,
    startup: { id: i.startupId, name: i.startupName },
    investor: { id: i.investor.id, name: i.investor.name, kind: kindOf(i.investor.kind) },
    message: i.message,
    state,
    officerNote: i.officerNote,
    declineReason: i.declineReason,
    requestedAt: i.createdAt.toISOString(),
    forwardedAt: i.forwardedAt?.toISOString() ?? null,
    respondedAt: i.respondedAt?.toISOString() ?? null,
    actions: availableActions(state, partiesOf(i, c)),
    contacts: startupContact && investorContact ? { startup: startupContact, investor: investorContact } : null,
    revision: i.revision,
  };
}

export class IntroductionService {
  constructor(private readonly deps: IntroductionServiceDependencies) {}

  private async caller(db: Db, actor: Actor): Promise<Caller> {
    const [startups, investors] = await Promise.all([
      startupsOf(db, actor),
      db.investor.findMany({ where: { userId: actor.userId }, select: { id: true } }),
    ]);
    return {
      actor,
      officer: isOfficer(actor),
      startupIds: startups.map((s) => s.id),
      investorIds: investors.map((i) => i.id),
    };
  }

  // ── investors ───────────────────────────────────────────────────────────────────────────────────

  async listInvestors(actorIn: Actor | null, q: InvestorListQuery): Promise<InvestorList> {
    const actor = requireActor(actorIn);
    const cursor = decodeCursor(q.cursor);
    const rows = await this.deps.prisma.investor.findMany({
      where: {
        ...(isOfficer(actor) ? {} : { active: true }),
        ...(cursor ? { id: { gt: cursor.id } } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.sector ? { sectorCodes: { array_contains: [q.sector] } } : {}),
        ...(q.stage ? { stages: { array_contains: [q.stage] } } : {}),
      },
      orderBy: { id: 'asc' },
      take: q.limit + 1,
    });
    const p = page(rows, q.limit, (i) => ({ at: '', id: i.id }));
    return { items: p.items.map(investorView), nextCursor: p.nextCursor };
  }

  async getInvestor(actorIn: Actor | null, id: string): Promise<InvestorView> {
    const actor = requireActor(actorIn);
    const row = await this.deps.prisma.investor.findUnique({ where: { id } });
    if (!row || (!row.active && !isOfficer(actor))) throw notFound(INVESTOR, id);
    return investorView(row);
  }

  private assertOfficer(actor: Actor): void {
    if (!isOfficer(actor)) {
      throw forbidden('Chỉ cán bộ chương trình mới quản lý nhà đầu tư.', 'Only programme officers manage investors.');
    }
  }

  async createInvestor(actorIn: Actor | null, input: InvestorInput): Promise<InvestorView> {
    const actor = requireActor(actorIn);
    this.assertOfficer(actor);
    const now = this.deps.clock();
    const { contact, ticketMinVnd, ticketMaxVnd, ...rest } = input;
    const row = await this.deps.prisma.investor.create({
      data: {
        id: uuidv7(),
        ...rest,
        ticketMinVnd: BigInt(ticketMinVnd),
        ticketMaxVnd: BigInt(ticketMaxVnd),
        contactName: contact.name,
        contactEmail: contact.email,
        contactPhone: contact.phone,
        createdAt: now,
        updatedAt: now,
      },
    });
    return investorView(row);
  }

  async updateInvestor(actorIn: Actor | null, id: string, input: InvestorInput): Promise<InvestorView> {
    const actor = requireActor(actorIn);
    this.assertOfficer(actor);
    const existing = await this.deps.prisma.investor.findUnique({ where: { id } });
    if (!existing) throw notFound(INVESTOR, id);
    const { contact, ticketMinVnd, ticketMaxVnd, ...rest } = input;
    const row = await this.deps.prisma.investor.update({
      where: { id },
      data: {
        ...rest,
        ticketMinVnd: BigInt(ticketMinVnd),
        ticketMaxVnd: BigInt(ticketMaxVnd),
        contactName: contact.name,
        contactEmail: contact.email,
        contactPhone: contact.phone,
        revision: { increment: 1 },
        updatedAt: this.deps.clock(),
      },
    });
    return investorView(row);
  }

  // ── introductions ───────────────────────────────────────────────────────────────────────────────

  private async load(db: Db, id: string, c: Caller, lock = false): Promise<IntroductionRow> {
    if (lock) await db.$queryRawUnsafe('SELECT id FROM introductions WHERE id = $1::uuid FOR UPDATE', id);
    const row = await db.introduction.findUnique({ where: { id }, include: { investor: true } });
    if (!row || partiesOf(row, c).length === 0) throw notFound(INTRODUCTION, id);
    return row;
  }

  async request(actorIn: Actor | null, input: IntroductionInput): Promise<IntroductionView> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const startups = await startupsOf(db, actor);
    const startup = startups.find((s) => s.id === input.startupId);
    if (!startup) {
      throw forbidden(
        'Chỉ thành viên của nhóm khởi nghiệp mới gửi đề nghị kết nối cho nhóm.',
        'Only members of the startup may request introductions for it.',
      );
    }
    const investor = await db.investor.findUnique({ where: { id: input.investorId } });
    if (!investor?.active) throw notFound(INVESTOR, input.investorId);
    const now = this.deps.clock();
    const id = uuidv7();
    await inTransaction(db, async (tx) => {
      // One open request per startup and investor: lock the investor row while checking.
      await tx.$queryRawUnsafe('SELECT id FROM investors WHERE id = $1::uuid FOR UPDATE', investor.id);
      const open = await tx.introduction.count({
        where: { startupId: startup.id, investorId: investor.id, state: { in: OPEN_STATES } },
      });
      if (open > 0) {
        throw invalidState(
          'introduction_open',
          'Nhóm đã có một đề nghị kết nối đang xử lý với nhà đầu tư này.',
          'The startup already has an open introduction request with this investor.',
        );
      }
      await tx.introduction.create({
        data: {
          id,
          startupId: startup.id,
          startupName: startup.name,
          investorId: investor.id,
          requestedBy: actor.userId,
          message: input.message,
          state: 'requested',
          contactName: input.contact.name,
          contactEmail: input.contact.email,
          contactPhone: input.contact.phone,
          createdAt: now,
          updatedAt: now,
        },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        introductionEvent(
          {
            id,
            startupId: startup.id,
            startupName: startup.name,
            investorId: investor.id,
            investorName: investor.name,
            state: 'requested',
          },
          actor,
          now,
        ),
      ]);
    });
    return this.get(actor, id);
  }

  async get(actorIn: Actor | null, id: string): Promise<IntroductionView> {
    const actor = requireActor(actorIn);
    const c = await this.caller(this.deps.prisma, actor);
    return introductionView(await this.load(this.deps.prisma, id, c), c);
  }

  /** Officers see every request; a team its startups'; an investor what was forwarded to them. */
  async list(actorIn: Actor | null, q: IntroductionListQuery): Promise<IntroductionList> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const c = await this.caller(db, actor);
    const scope = c.officer
      ? {}
      : {
          OR: [{ startupId: { in: c.startupIds } }, { investorId: { in: c.investorIds }, forwardedAt: { not: null } }],
        };
    const cursor = decodeCursor(q.cursor);
    const rows = await db.introduction.findMany({
      where: {
        AND: [
          scope,
          cursor ? { id: { lt: cursor.id } } : {},
          q.state ? { state: q.state } : {},
          q.startupId ? { startupId: q.startupId } : {},
          q.investorId ? { investorId: q.investorId } : {},
        ],
      },
      include: { investor: true },
      orderBy: { id: 'desc' },
      take: q.limit + 1,
    });
    const p = page(rows, q.limit, (i) => ({ at: '', id: i.id }));
    return { items: p.items.map((i) => introductionView(i, c)), nextCursor: p.nextCursor };
  }

  async act(actorIn: Actor | null, id: string, input: IntroductionActionInput): Promise<IntroductionView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.caller(tx, actor);
      const row = await this.load(tx, id, c, true);
      const state = row.state as IntroductionState;
      const result = transition(state, input.action as IntroductionAction, partiesOf(row, c), input.reason);
      if (!result.ok) {
        if (result.problem === 'forbidden') {
          throw forbidden('Bạn không thực hiện được bước này.', 'You may not take this step.');
        }
        if (result.problem === 'reason_required') {
          throw rejected('reason_required', 'Cần nêu lý do từ chối.', 'A reason is required to decline.');
        }
        throw invalidState(
          'introduction_state',
          `Đề nghị đang ở trạng thái "${state}", không thực hiện được bước này.`,
          `The introduction is ${state}; this step does not apply.`,
        );
      }
      const to = result.to;
      await tx.introduction.update({
        where: { id },
        data: {
          state: to,
          ...(to === 'forwarded'
            ? { forwardedAt: now, forwardedBy: actor.userId, officerNote: input.note ?? null }
            : {}),
          ...(to === 'accepted' || to === 'declined' ? { respondedAt: now, respondedBy: actor.userId } : {}),
          ...(to === 'declined' ? { declineReason: input.reason?.trim() ?? null } : {}),
          revision: { increment: 1 },
          updatedAt: now,
        },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        introductionEvent(
          {
            id,
            startupId: row.startupId,
            startupName: row.startupName,
            investorId: row.investorId,
            investorName: row.investor.name,
            state: to,
          },
          actor,
          now,
          input.reason?.trim() ?? '',
        ),
      ]);
    });
    return this.get(actor, id);
  }
}
