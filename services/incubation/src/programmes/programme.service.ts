// Incubation programmes: an officer opens a call, teams apply, the selection panel scores through the
// shared review engine, the officer forms a cohort from the ranking (selected / not selected, each with
// the panel's feedback), and the programme runs until it is closed.
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor } from '@sti/platform';
import type { Rubric } from '@sti/review';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import type { PanelItem } from '../panels/panel.rules.js';
import { type PanelService, requireRubric } from '../panels/panel.service.js';
import { PROGRAMME_SELECTION_RUBRIC } from '../reference/rubrics.data.js';
import type { Actor } from '../shared/actor.js';
import { isOfficer } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, invalidState, NAMES, notFound, rejected } from '../shared/problems.js';
import { actingForWhere, requireMember } from '../startups/startup.repository.js';
import { cohortFormed, programmeApplicationTransitioned, programmeTransitioned } from './programme.events.js';
import { type ProgrammeAction, programmeTransition, selectionProblems } from './programme.rules.js';
import type {
  CohortInput,
  CohortView,
  ProgrammeApplicationInput,
  ProgrammeApplicationStatus,
  ProgrammeApplicationView,
  ProgrammeInput,
  ProgrammeView,
} from './programme.schema.js';

const programmeInclude = {
  cohorts: { include: { _count: { select: { members: true } } }, orderBy: { startsOn: 'asc' } },
  _count: { select: { applications: true } },
} satisfies Prisma.ProgrammeInclude;
type ProgrammeRecord = Prisma.ProgrammeGetPayload<{ include: typeof programmeInclude }>;

const cohortInclude = {
  programme: true,
  members: { include: { startup: true } },
} satisfies Prisma.CohortInclude;

export class ProgrammeService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly panels: PanelService,
    private readonly clock: Clock,
  ) {
    panels.register({
      kind: 'programme',
      title: async (db, id) => (await db.programme.findUnique({ where: { id } }))?.title ?? '—',
      items: (db, id) => this.panelItems(db, id),
      scoringOpen: async (db, id) => (await db.programme.findUnique({ where: { id } }))?.status === 'selecting',
    });
  }

  async create(actor: Actor, input: ProgrammeInput): Promise<ProgrammeView> {
    requireOfficer(actor);
    const rubric = requireRubric(input.rubric ?? PROGRAMME_SELECTION_RUBRIC);
    const id = uuidv7();
    const now = this.clock();
    await inTransaction(this.prisma, async (tx) => {
      await tx.programme.create({
        data: {
          id,
          title: input.title,
          description: input.description,
          organisationId: actor.organisationId && isUuid(actor.organisationId) ? actor.organisationId : uuidv7(),
          status: 'draft',
          callOpensAt: new Date(input.callOpensAt),
          callClosesAt: new Date(input.callClosesAt),
          seats: input.seats,
          createdAt: now,
        },
      });
      const panel = await this.panels.ensure(tx, 'programme', id, rubric);
      await tx.programme.update({ where: { id }, data: { panelId: panel.id } });
    });
    return this.get(actor, id);
  }

  async list(actor: Actor | undefined) {
    const rows = await this.prisma.programme.findMany({
      where: isOfficer(actor) ? {} : { status: { not: 'draft' } },
      include: programmeInclude,
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
    return { items: await Promise.all(rows.map((p) => this.toView(p))) };
  }

  async get(actor: Actor | undefined, id: string): Promise<ProgrammeView> {
    const row = await this.prisma.programme.findUnique({ where: { id }, include: programmeInclude });
    if (!row || (row.status === 'draft' && !isOfficer(actor))) throw notFound(NAMES.programme, id);
    return this.toView(row);
  }

  private async toView(p: ProgrammeRecord): Promise<ProgrammeView> {
    const panel = p.panelId ? await this.prisma.panel.findUnique({ where: { id: p.panelId } }) : null;
    return {
      id: p.id,
      title: p.title,
      description: p.description,
      status: p.status as ProgrammeView['status'],
      callOpensAt: p.callOpensAt.toISOString(),
      callClosesAt: p.callClosesAt.toISOString(),
      seats: p.seats,
      applicationCount: p._count.applications,
      cohorts: p.cohorts.map((c) => ({
        id: c.id,
        name: c.name,
        startsOn: isoDate(c.startsOn),
        endsOn: isoDate(c.endsOn),
        startupCount: c._count.members,
      })),
      rubric: (panel?.rubric ?? requireRubric(PROGRAMME_SELECTION_RUBRIC)) as Rubric,
    };
  }

  async transition(actor: Actor, id: string, action: Exclude<ProgrammeAction, 'start'>): Promise<ProgrammeView> {
    requireOfficer(actor);
    const now = this.clock();
    await inTransaction(this.prisma, async (tx) => {
      const p = await tx.programme.findUnique({ where: { id } });
      if (!p) throw notFound(NAMES.programme, id);
      const to = programmeTransition(p.status, action);
      if (!to) {
        throw invalidState(
          'programme_state',
          `Chương trình đang ở trạng thái "${p.status}", không thể thực hiện.`,
          `The programme is ${p.status}; ${action} does not apply.`,
          { status: p.status, action },
        );
      }
      const events: OutgoingEvent[] = [];
      if (action === 'start_selection') {
        const moving = await tx.programmeApplication.findMany({ where: { programmeId: id, status: 'submitted' } });
        await tx.programmeApplication.updateMany({
          where: { programmeId: id, status: 'submitted' },
          data: { status: 'in_review' },
        });
        for (const a of moving) {
          events.push(programmeApplicationTransitioned(a, 'submitted', 'in_review', 'start_review', actor, now));
        }
      }
      const updated = await tx.programme.update({
        where: { id },
        data: { status: to, revision: p.revision + 1 },
      });
      events.unshift(programmeTransitioned(updated, p.status, action, actor, now));
      await appendToOutbox(prismaTxExecutor(tx), events);
    });
    return this.get(actor, id);
  }

  async apply(actor: Actor, programmeId: string, input: ProgrammeApplicationInput): Promise<ProgrammeApplicationView> {
    const now = this.clock();
    const id = await inTransaction(this.prisma, async (tx) => {
      const p = await tx.programme.findUnique({ where: { id: programmeId } });
      if (!p || p.status === 'draft') throw notFound(NAMES.programme, programmeId);
      if (p.status !== 'call_open' || now < p.callOpensAt || now > p.callClosesAt) {
        throw invalidState('call_closed', 'Chương trình không nhận hồ sơ lúc này.', 'The call is not open now.');
      }
      const startup = await requireMember(tx, actor, input.startupId);
      const duplicate = await tx.programmeApplication.findUnique({
        where: { programmeId_startupId: { programmeId, startupId: startup.id } },
      });
      if (duplicate) {
        throw invalidState('already_applied', 'Nhóm đã đăng ký chương trình này.', 'The startup already applied.', {
          applicationId: duplicate.id,
        });
      }
      const id = uuidv7();
      await tx.programmeApplication.create({
        data: {
          id,
          programmeId,
          startupId: startup.id,
          applicantUserId: actor.userId,
          motivation: input.motivation,
          seededFrom: input.seededFrom ?? null,
          status: 'submitted',
          submittedAt: now,
        },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        programmeApplicationTransitioned(
          { id, programmeId, startupId: startup.id },
          'draft',
          'submitted',
          'submit',
          actor,
          now,
        ),
      ]);
      return id;
    });
    return this.applicationView(actor, id);
  }

  async applicationView(actor: Actor, id: string): Promise<ProgrammeApplicationView> {
    const row = await this.prisma.programmeApplication.findUnique({
      where: { id },
      include: { programme: true, startup: true },
    });
    if (!row) throw notFound(NAMES.programmeApplication, id);
    if (!isOfficer(actor)) {
      await requireMember(this.prisma, actor, row.startupId).catch(() => {
        throw notFound(NAMES.programmeApplication, id);
      });
    }
    const decided = row.status === 'selected' || row.status === 'not_selected';
    const { results, sheets } = row.programme.panelId
      ? await this.panels.results(this.prisma, 'programme', row.programmeId)
      : { results: [], sheets: [] };
    const mine = sheets.filter((s) => s.itemId === row.id);
    return {
      id: row.id,
      programmeId: row.programmeId,
      programmeTitle: row.programme.title,
      startupId: row.startupId,
      startupName: row.startup.name,
      sectorCode: row.startup.sectorCode,
      stage: row.startup.stage,
      motivation: row.motivation,
      seededFrom: row.seededFrom,
      status: row.status as ProgrammeApplicationStatus,
      submittedAt: row.submittedAt.toISOString(),
      score:
        decided || isOfficer(actor) ? (row.score ?? results.find((r) => r.itemId === row.id)?.score ?? null) : null,
      rank: decided || isOfficer(actor) ? (row.rank ?? results.find((r) => r.itemId === row.id)?.rank ?? null) : null,
      feedback: decided ? (results.find((r) => r.itemId === row.id)?.feedback ?? []) : [],
      sheets: { assigned: mine.length, final: mine.filter((s) => s.status === 'final').length },
    };
  }

  async applications(actor: Actor, programmeId: string) {
    requireOfficer(actor);
    const rows = await this.prisma.programmeApplication.findMany({
      where: { programmeId },
      orderBy: { submittedAt: 'asc' },
      select: { id: true },
    });
    const items = await Promise.all(rows.map((r) => this.applicationView(actor, r.id)));
    return { items: items.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)) };
  }

  async mine(actor: Actor) {
    const rows = await this.prisma.programmeApplication.findMany({
      where: { startup: actingForWhere(actor) },
      orderBy: { submittedAt: 'desc' },
      select: { id: true },
      take: 100,
    });
    return { items: await Promise.all(rows.map((r) => this.applicationView(actor, r.id))) };
  }

  /**
   * Forms the cohort from the officer's selection (usually the ranking's top `seats`): the selected
   * applications become `selected`, every other one `not_selected`, and the programme starts running.
   */
  async formCohort(actor: Actor, programmeId: string, input: CohortInput): Promise<CohortView> {
    requireOfficer(actor);
    const now = this.clock();
    const cohortId = uuidv7();
    await inTransaction(this.prisma, async (tx) => {
      const p = await tx.programme.findUnique({ where: { id: programmeId } });
      if (!p) throw notFound(NAMES.programme, programmeId);
      if (p.status !== 'selecting') {
        throw invalidState(
          'programme_state',
          'Chỉ lập khóa khi đang tuyển chọn.',
          'A cohort is formed during selection.',
          {
            status: p.status,
          },
        );
      }
      const applications = await tx.programmeApplication.findMany({ where: { programmeId } });
      const problems = selectionProblems(
        input.startupIds,
        applications.map((a) => a.startupId),
        p.seats,
      );
      if (problems.length > 0) {
        throw rejected(
          'invalid_selection',
          `Danh sách chọn không hợp lệ (tối đa ${p.seats} nhóm, chỉ nhóm đã đăng ký).`,
          `The selection is invalid (at most ${p.seats} startups, applicants only).`,
          { problems },
        );
      }
      const { results } = await this.panels.results(tx, 'programme', programmeId);
      const selected = new Set(input.startupIds);
      await tx.cohort.create({
        data: {
          id: cohortId,
          programmeId,
          name: input.name,
          startsOn: new Date(input.startsOn),
          endsOn: new Date(input.endsOn),
          createdAt: now,
          members: { create: input.startupIds.map((startupId) => ({ id: uuidv7(), startupId, joinedAt: now })) },
        },
      });
      const events: OutgoingEvent[] = [];
      for (const a of applications) {
        if (a.status === 'withdrawn') continue;
        const result = results.find((r) => r.itemId === a.id);
        const to = selected.has(a.startupId) ? 'selected' : 'not_selected';
        const updated = await tx.programmeApplication.update({
          where: { id: a.id },
          data: { status: to, score: result?.score ?? null, rank: result?.rank ?? null, revision: a.revision + 1 },
        });
        events.push(
          programmeApplicationTransitioned(
            updated,
            a.status,
            to,
            to === 'selected' ? 'select' : 'not_select',
            actor,
            now,
          ),
        );
      }
      const running = await tx.programme.update({
        where: { id: programmeId },
        data: { status: 'running', revision: p.revision + 1 },
      });
      events.unshift(programmeTransitioned(running, p.status, 'start', actor, now));
      events.push(
        cohortFormed(
          {
            id: cohortId,
            programmeId,
            name: input.name,
            startsOn: new Date(input.startsOn),
            endsOn: new Date(input.endsOn),
          },
          input.startupIds,
          actor,
          now,
        ),
      );
      await appendToOutbox(prismaTxExecutor(tx), events);
    });
    return this.cohort(actor, cohortId);
  }

  async cohort(actor: Actor, id: string): Promise<CohortView> {
    const c = await this.prisma.cohort.findUnique({ where: { id }, include: cohortInclude });
    if (!c) throw notFound(NAMES.cohort, id);
    if (!isOfficer(actor)) {
      const mine = await this.prisma.startup.findMany({
        where: { ...actingForWhere(actor), cohortMembers: { some: { cohortId: id } } },
        select: { id: true },
      });
      if (mine.length === 0) throw notFound(NAMES.cohort, id);
    }
    return toCohortView(c);
  }

  async myCohorts(actor: Actor) {
    const rows = await this.prisma.cohort.findMany({
      where: isOfficer(actor) ? {} : { members: { some: { startup: actingForWhere(actor) } } },
      include: cohortInclude,
      orderBy: { startsOn: 'desc' },
      take: 100,
    });
    return { items: rows.map(toCohortView) };
  }

  private async panelItems(db: Db, programmeId: string): Promise<PanelItem[]> {
    const rows = await db.programmeApplication.findMany({
      where: { programmeId, status: { not: 'withdrawn' } },
      include: { startup: { include: { members: true } } },
      orderBy: { id: 'asc' },
    });
    return rows.map((a) => ({
      id: a.id,
      title: a.startup.name,
      submittedAt: a.submittedAt,
      startup: {
        id: a.startup.id,
        name: a.startup.name,
        stage: a.startup.stage,
        sectorCode: a.startup.sectorCode,
        trl: a.startup.trl,
        communeCode: a.startup.communeCode,
        summary: a.startup.summary,
        ownerUserId: a.startup.ownerUserId,
        organisationId: a.startup.organisationId,
        memberUserIds: a.startup.members.map((m) => m.userId),
      },
      answers: [
        { key: 'motivation', label: { vi: 'Mục tiêu tham gia', en: 'Motivation' }, value: a.motivation },
        { key: 'traction', label: { vi: 'Kết quả đạt được', en: 'Traction' }, value: a.startup.traction },
      ],
    }));
  }
}

function toCohortView(c: Prisma.CohortGetPayload<{ include: typeof cohortInclude }>): CohortView {
  return {
    id: c.id,
    programmeId: c.programmeId,
    programmeTitle: c.programme.title,
    name: c.name,
    startsOn: isoDate(c.startsOn),
    endsOn: isoDate(c.endsOn),
    startups: c.members
      .map((m) => ({
        id: m.startup.id,
        name: m.startup.name,
        sectorCode: m.startup.sectorCode,
        stage: m.startup.stage,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

function requireOfficer(actor: Actor | undefined) {
  if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ quản lý chương trình.', 'Only officers run programmes.');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s: string) => UUID.test(s);
