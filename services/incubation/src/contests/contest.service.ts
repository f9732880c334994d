// Idea contests: an officer sets up the contest (form, eligibility, rubric, awards, rounds), opens a
// round, teams apply (eligibility checked at once), the jury scores through the shared review engine,
// results are published with a ranking, awards and written feedback for every applicant, and the
// commune round's best carry their application on to the province round.
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor, problem } from '@sti/platform';
import type { Rubric } from '@sti/review';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import type { PanelItem } from '../panels/panel.rules.js';
import { publishBlockers, TIE_BREAK_RULE } from '../panels/panel.rules.js';
import { type PanelService, requireRubric } from '../panels/panel.service.js';
import { IDEA_CONTEST_RUBRIC } from '../reference/rubrics.data.js';
import type { Actor } from '../shared/actor.js';
import { isOfficer } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, invalidState, NAMES, notFound, rejected } from '../shared/problems.js';
import { requireMember } from '../startups/startup.repository.js';
import {
  applicationTransitioned,
  juryAssigned,
  resultsPublished,
  roundTransitioned,
  scoreSubmitted,
} from './contest.events.js';
import {
  answerErrors,
  awardFor,
  eligibilityIssues,
  mayCarryOver,
  normaliseAnswers,
  type RoundAction,
  roundTransition,
} from './contest.rules.js';
import type {
  ApplicationInput,
  ApplicationStatus,
  ApplicationView,
  Award,
  ContestInput,
  ContestView,
  Eligibility,
  EligibilityIssue,
  FormField,
  Ranking,
  RoundView,
} from './contest.schema.js';

const withRounds = {
  rounds: { orderBy: { sequence: 'asc' }, include: { _count: { select: { applications: true } } } },
} satisfies Prisma.ContestInclude;
type ContestRecord = Prisma.ContestGetPayload<{ include: typeof withRounds }>;

const applicationInclude = {
  round: { include: { contest: true } },
  startup: { include: { members: true } },
} satisfies Prisma.ContestApplicationInclude;

/** Applications that take part in judging (ineligible ones get their reasons as feedback instead). */
const JUDGED: ApplicationStatus[] = ['submitted', 'in_review', 'ranked', 'advanced'];

export class ContestService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly panels: PanelService,
    private readonly clock: Clock,
  ) {
    panels.register({
      kind: 'contest_round',
      title: async (db, roundId) => {
        const round = await db.contestRound.findUnique({ where: { id: roundId }, include: { contest: true } });
        return round ? `${round.contest.title} — ${round.title}` : '—';
      },
      items: (db, roundId) => this.panelItems(db, roundId),
      scoringOpen: async (db, roundId) =>
        (await db.contestRound.findUnique({ where: { id: roundId } }))?.status === 'judging',
      assignedEvents: (roundId, run, jurorIds, actor, at) => [juryAssigned(roundId, run.assigned, jurorIds, actor, at)],
      sheetEvents: (roundId, itemId, jurorId, total, at) => [scoreSubmitted(roundId, itemId, jurorId, total, at)],
    });
  }

  async create(actor: Actor, input: ContestInput): Promise<ContestView> {
    requireOfficer(actor);
    const rubric = requireRubric(input.rubric ?? IDEA_CONTEST_RUBRIC);
    const now = this.clock();
    const id = uuidv7();
    await inTransaction(this.prisma, async (tx) => {
      await tx.contest.create({
        data: {
          id,
          title: input.title,
          year: input.year,
          description: input.description,
          organisationId: actor.organisationId && isUuid(actor.organisationId) ? actor.organisationId : uuidv7(),
          formFields: input.formFields as object[],
          eligibility: input.eligibility as object,
          rubric: rubric as object,
          awards: input.awards as object[],
          createdAt: now,
        },
      });
      for (const [i, r] of input.rounds.entries()) {
        const roundId = uuidv7();
        await tx.contestRound.create({
          data: {
            id: roundId,
            contestId: id,
            level: r.level,
            sequence: i + 1,
            localityCode: r.localityCode,
            title: r.title,
            status: 'draft',
            opensAt: new Date(r.opensAt),
            closesAt: new Date(r.closesAt),
            advanceCount: r.advanceCount,
          },
        });
        const panel = await this.panels.ensure(tx, 'contest_round', roundId, rubric);
        await tx.contestRound.update({ where: { id: roundId }, data: { panelId: panel.id } });
      }
    });
    return this.get(actor, id);
  }

  async list(actor: Actor | undefined) {
    const rows = await this.prisma.contest.findMany({ include: withRounds, orderBy: { createdAt: 'desc' }, take: 100 });
    const visible = isOfficer(actor) ? rows : rows.filter((c) => c.rounds.some((r) => r.status !== 'draft'));
    return { items: visible.map(toContestView) };
  }

  async get(actor: Actor | undefined, id: string): Promise<ContestView> {
    const contest = await this.prisma.contest.findUnique({ where: { id }, include: withRounds });
    if (!contest || (!isOfficer(actor) && contest.rounds.every((r) => r.status === 'draft'))) {
      throw notFound(NAMES.contest, id);
    }
    return toContestView(contest);
  }

  async transition(actor: Actor, roundId: string, action: RoundAction): Promise<RoundView> {
    requireOfficer(actor);
    const now = this.clock();
    await inTransaction(this.prisma, async (tx) => {
      const round = await tx.contestRound.findUnique({ where: { id: roundId }, include: { contest: true } });
      if (!round) throw notFound(NAMES.round, roundId);
      const to = roundTransition(round.status, action);
      if (!to) {
        throw invalidState(
          'round_state',
          `Vòng thi đang ở trạng thái "${round.status}", không thể thực hiện.`,
          `The round is ${round.status}; ${action} does not apply.`,
          { status: round.status, action },
        );
      }
      const events: OutgoingEvent[] = [];
      if (action === 'start_judging') {
        const moving = await tx.contestApplication.findMany({ where: { roundId, status: 'submitted' } });
        await tx.contestApplication.updateMany({
          where: { roundId, status: 'submitted' },
          data: { status: 'in_review' },
        });
        for (const a of moving)
          events.push(applicationTransitioned(a, 'submitted', 'in_review', 'start_review', actor, now));
      }
      if (action === 'publish_results') events.push(...(await this.publishResults(tx, round, actor, now)));
      const updated = await tx.contestRound.update({
        where: { id: roundId },
        data: {
          status: to,
          revision: round.revision + 1,
          ...(action === 'publish_results' ? { resultsPublishedAt: now } : {}),
        },
        include: { contest: true },
      });
      events.unshift(roundTransitioned(updated, round.status, action, actor, now));
      await appendToOutbox(prismaTxExecutor(tx), events);
    });
    return this.roundView(roundId);
  }

  /** Ranks the judged applications; refuses while a sheet is open, so every applicant has feedback. */
  private async publishResults(
    tx: Db,
    round: Prisma.ContestRoundGetPayload<{ include: { contest: true } }>,
    actor: Actor,
    now: Date,
  ): Promise<OutgoingEvent[]> {
    const { items, sheets, results } = await this.panels.results(tx, 'contest_round', round.id);
    const blockers = publishBlockers(items, sheets);
    if (blockers.openSheets > 0 || blockers.unreviewedItemIds.length > 0) {
      throw invalidState(
        'results_incomplete',
        'Chưa thể công bố: còn phiếu chấm chưa nộp hoặc hồ sơ chưa được chấm.',
        'Results cannot be published yet: some sheets are not final or some applications are not scored.',
        { openSheets: blockers.openSheets, unreviewedApplicationIds: blockers.unreviewedItemIds },
      );
    }
    const awards = round.contest.awards as Award[];
    const titles = new Map(items.map((i) => [i.id, i]));
    const entries = [];
    for (const r of results) {
      const award = awardFor(awards, r.rank);
      await tx.contestApplication.update({
        where: { id: r.itemId },
        data: {
          status: 'ranked',
          rank: r.rank,
          score: r.score ?? null,
          tieBreak: r.tieBreak ?? null,
          award: award?.title.vi ?? null,
        },
      });
      entries.push({
        applicationId: r.itemId,
        startupId: titles.get(r.itemId)?.startup.id ?? '',
        rank: r.rank,
        score: r.score ?? 0,
        award: award?.title.vi ?? '',
        tieBreak: r.tieBreak ?? '',
      });
    }
    return [resultsPublished({ ...round, status: 'results_published' }, entries, actor, now)];
  }

  async apply(actor: Actor, roundId: string, input: ApplicationInput): Promise<ApplicationView> {
    const now = this.clock();
    const id = await inTransaction(this.prisma, async (tx) => {
      const round = await tx.contestRound.findUnique({ where: { id: roundId }, include: { contest: true } });
      if (!round) throw notFound(NAMES.round, roundId);
      if (round.status !== 'open' || now < round.opensAt || now > round.closesAt) {
        throw invalidState(
          'round_not_open',
          'Vòng thi không nhận hồ sơ lúc này.',
          'The round does not take applications now.',
        );
      }
      const startup = await requireMember(tx, actor, input.startupId);
      const answers = normaliseAnswers(input.answers);
      const errors = answerErrors(round.contest.formFields as FormField[], answers);
      if (errors.length > 0) throw problem('validation_failed', { errors });
      return this.createApplication(
        tx,
        round,
        startup,
        { title: input.title, answers, carriedFromId: null },
        actor,
        now,
      );
    });
    return this.applicationView(actor, id);
  }

  private async createApplication(
    tx: Db,
    round: Prisma.ContestRoundGetPayload<{ include: { contest: true } }>,
    startup: { id: string; stage: string; sectorCode: string; trl: number; communeCode: string; members: unknown[] },
    content: { title: string; answers: Record<string, string>; carriedFromId: string | null },
    actor: Actor,
    now: Date,
  ): Promise<string> {
    const duplicate = await tx.contestApplication.findUnique({
      where: { roundId_startupId: { roundId: round.id, startupId: startup.id } },
    });
    if (duplicate) {
      throw invalidState(
        'already_applied',
        'Nhóm đã nộp hồ sơ cho vòng này.',
        'The startup already applied to this round.',
        {
          applicationId: duplicate.id,
        },
      );
    }
    const issues = eligibilityIssues(
      round.contest.eligibility as Eligibility,
      { ...startup, teamSize: startup.members.length },
      round,
    );
    const status: ApplicationStatus = issues.length > 0 ? 'ineligible' : 'submitted';
    const id = uuidv7();
    await tx.contestApplication.create({
      data: {
        id,
        roundId: round.id,
        startupId: startup.id,
        applicantUserId: actor.userId,
        title: content.title,
        answers: content.answers,
        status,
        eligibility: issues as object[],
        carriedFromId: content.carriedFromId,
        submittedAt: now,
        createdAt: now,
      },
    });
    await appendToOutbox(prismaTxExecutor(tx), [
      applicationTransitioned(
        { id, roundId: round.id, startupId: startup.id, carriedFromId: content.carriedFromId },
        'draft',
        status,
        content.carriedFromId ? 'carry_over' : issues.length > 0 ? 'reject_ineligible' : 'submit',
        actor,
        now,
      ),
    ]);
    return id;
  }

  /** Carries a commune-round application (ranked within the advance count) on to the province round. */
  async carryOver(actor: Actor, applicationId: string, targetRoundId: string): Promise<ApplicationView> {
    const now = this.clock();
    const id = await inTransaction(this.prisma, async (tx) => {
      const source = await tx.contestApplication.findUnique({
        where: { id: applicationId },
        include: applicationInclude,
      });
      if (!source) throw notFound(NAMES.application, applicationId);
      await requireMember(tx, actor, source.startupId);
      const target = await tx.contestRound.findUnique({ where: { id: targetRoundId }, include: { contest: true } });
      if (!target || target.contestId !== source.round.contestId || target.sequence !== source.round.sequence + 1) {
        throw rejected(
          'not_next_round',
          'Chỉ chuyển hồ sơ lên vòng kế tiếp của cùng cuộc thi.',
          'Only to the next round of the same contest.',
        );
      }
      if (!mayCarryOver(source, source.round)) {
        throw invalidState(
          'not_advancing',
          `Chỉ ${source.round.advanceCount} hồ sơ dẫn đầu vòng trước được chuyển tiếp.`,
          `Only the top ${source.round.advanceCount} of the previous round go on.`,
        );
      }
      if (target.status !== 'open' && target.status !== 'draft') {
        throw invalidState(
          'round_not_open',
          'Vòng kế tiếp không còn nhận hồ sơ.',
          'The next round no longer takes applications.',
        );
      }
      const newId = await this.createApplication(
        tx,
        target,
        source.startup,
        { title: source.title, answers: source.answers as Record<string, string>, carriedFromId: source.id },
        actor,
        now,
      );
      await tx.contestApplication.update({ where: { id: source.id }, data: { status: 'advanced' } });
      await appendToOutbox(prismaTxExecutor(tx), [
        applicationTransitioned(source, 'ranked', 'advanced', 'advance', actor, now),
      ]);
      return newId;
    });
    return this.applicationView(actor, id);
  }

  async mine(actor: Actor) {
    const rows = await this.prisma.contestApplication.findMany({
      where: {
        startup: {
          OR: [
            { ownerUserId: actor.userId },
            { members: { some: { userId: actor.userId } } },
            ...(actor.organisationId ? [{ organisationId: actor.organisationId }] : []),
          ],
        },
      },
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
    return { items: await Promise.all(rows.map((r) => this.applicationView(actor, r.id))) };
  }

  /** The applicant's view (team members, officers): feedback from every juror once results are out. */
  async applicationView(actor: Actor, id: string): Promise<ApplicationView> {
    const row = await this.prisma.contestApplication.findUnique({ where: { id }, include: applicationInclude });
    if (!row) throw notFound(NAMES.application, id);
    if (!isOfficer(actor))
      await requireMember(this.prisma, actor, row.startupId).catch(() => {
        throw notFound(NAMES.application, id);
      });
    const published = row.round.status === 'results_published';
    let feedback: ApplicationView['feedback'] = [];
    if (published && row.status !== 'ineligible') {
      const { results } = await this.panels.results(this.prisma, 'contest_round', row.roundId);
      feedback = results.find((r) => r.itemId === row.id)?.feedback ?? [];
    }
    const next = await this.prisma.contestRound.findFirst({
      where: { contestId: row.round.contestId, sequence: row.round.sequence + 1 },
    });
    return {
      id: row.id,
      contestId: row.round.contestId,
      contestTitle: row.round.contest.title,
      roundId: row.roundId,
      roundTitle: row.round.title,
      level: row.round.level as ApplicationView['level'],
      roundStatus: row.round.status as ApplicationView['roundStatus'],
      startupId: row.startupId,
      startupName: row.startup.name,
      title: row.title,
      answers: row.answers as Record<string, string>,
      status: row.status as ApplicationStatus,
      eligibility: row.eligibility as EligibilityIssue[],
      carriedFromId: row.carriedFromId,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      score: published ? row.score : null,
      rank: published ? row.rank : null,
      award: published ? row.award : null,
      feedback,
      canCarryOver: !!next && (next.status === 'open' || next.status === 'draft') && mayCarryOver(row, row.round),
    };
  }

  async roundApplications(actor: Actor, roundId: string) {
    requireOfficer(actor);
    const round = await this.prisma.contestRound.findUnique({ where: { id: roundId } });
    if (!round) throw notFound(NAMES.round, roundId);
    const rows = await this.prisma.contestApplication.findMany({
      where: { roundId },
      include: { startup: true },
      orderBy: { submittedAt: 'asc' },
    });
    const sheets = round.panelId ? await this.panels.sheets(this.prisma, round.panelId) : [];
    return {
      items: rows.map((a) => {
        const mine = sheets.filter((s) => s.itemId === a.id);
        return {
          id: a.id,
          startupId: a.startupId,
          startupName: a.startup.name,
          title: a.title,
          status: a.status as ApplicationStatus,
          eligibility: a.eligibility as EligibilityIssue[],
          carriedFromId: a.carriedFromId,
          submittedAt: a.submittedAt?.toISOString() ?? null,
          sheets: { assigned: mine.length, final: mine.filter((s) => s.status === 'final').length },
          score: a.score,
          rank: a.rank,
        };
      }),
    };
  }

  /** Officers see the live ranking while judging; everyone sees it once results are published. */
  async ranking(actor: Actor | undefined, roundId: string): Promise<Ranking> {
    const round = await this.prisma.contestRound.findUnique({ where: { id: roundId }, include: { contest: true } });
    if (!round) throw notFound(NAMES.round, roundId);
    const published = round.status === 'results_published';
    if (!published && !isOfficer(actor)) throw notFound(NAMES.round, roundId);
    const { items, results } = await this.panels.results(this.prisma, 'contest_round', roundId);
    const byId = new Map(items.map((i) => [i.id, i]));
    const awards = round.contest.awards as Award[];
    return {
      roundId,
      published,
      tieBreakRule: TIE_BREAK_RULE,
      items: results.map((r) => ({
        applicationId: r.itemId,
        startupId: byId.get(r.itemId)?.startup.id ?? '',
        startupName: byId.get(r.itemId)?.startup.name ?? '',
        title: byId.get(r.itemId)?.title ?? '',
        rank: r.rank,
        score: r.score ?? null,
        tieBreak: r.tieBreak ?? null,
        award: awardFor(awards, r.rank)?.title.vi ?? null,
      })),
    };
  }

  async roundView(roundId: string): Promise<RoundView> {
    const round = await this.prisma.contestRound.findUnique({
      where: { id: roundId },
      include: { _count: { select: { applications: true } } },
    });
    if (!round) throw notFound(NAMES.round, roundId);
    return toRoundView(round);
  }

  /** The round's judged applications as panel items (answers labelled from the contest's form). */
  private async panelItems(db: Db, roundId: string): Promise<PanelItem[]> {
    const round = await db.contestRound.findUnique({ where: { id: roundId }, include: { contest: true } });
    if (!round) return [];
    const fields = round.contest.formFields as FormField[];
    const rows = await db.contestApplication.findMany({
      where: { roundId, status: { in: JUDGED } },
      include: { startup: { include: { members: true } } },
      orderBy: { id: 'asc' },
    });
    return rows.map((a) => ({
      id: a.id,
      title: a.title,
      submittedAt: a.submittedAt ?? a.createdAt,
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
      answers: fields
        .filter((f) => (a.answers as Record<string, string>)[f.key] !== undefined)
        .map((f) => ({ key: f.key, label: f.label, value: (a.answers as Record<string, string>)[f.key] as string })),
    }));
  }
}

function toRoundView(
  r: Prisma.ContestRoundGetPayload<{ include: { _count: { select: { applications: true } } } }>,
): RoundView {
  return {
    id: r.id,
    contestId: r.contestId,
    level: r.level as RoundView['level'],
    sequence: r.sequence,
    localityCode: r.localityCode,
    title: r.title,
    status: r.status as RoundView['status'],
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    advanceCount: r.advanceCount,
    resultsPublishedAt: r.resultsPublishedAt?.toISOString() ?? null,
    applicationCount: r._count.applications,
  };
}

function toContestView(c: ContestRecord): ContestView {
  return {
    id: c.id,
    title: c.title,
    year: c.year,
    description: c.description,
    formFields: c.formFields as FormField[],
    eligibility: c.eligibility as Eligibility,
    rubric: c.rubric as Rubric,
    awards: c.awards as Award[],
    rounds: c.rounds.map(toRoundView),
    createdAt: c.createdAt.toISOString(),
  };
}

function requireOfficer(actor: Actor | undefined) {
  if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ tổ chức cuộc thi.', 'Only officers run contests.');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s: string) => UUID.test(s);
