// Review panels for contest rounds and programme selection: members, randomised balanced assignment with
// conflict exclusion, jurors' score sheets with written feedback, conflict declarations, and results —
// every rule from the shared engine (@sti/review); only storage and access live here. Contests and
// programmes register themselves as panel subjects (what the items are, whether scoring is open).
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor, problem } from '@sti/platform';
import {
  type Assignment,
  autoAssign,
  formatIssuePath,
  parseRubric,
  type Rubric,
  type RubricInput,
  reassignOnConflict,
  validateScoreSheet,
  weightedTotal,
} from '@sti/review';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../shared/actor.js';
import { hasRole, isOfficer } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, invalidState, NAMES, notFound, rejected } from '../shared/problems.js';
import {
  feedbackProblem,
  MIN_FEEDBACK_LENGTH,
  type PanelItem,
  panelResults,
  reviewPool,
  type SheetRow,
  toEngineSheet,
} from './panel.rules.js';
import type {
  AssignmentRun,
  JuryAssignment,
  JuryAssignmentDetail,
  PanelInput,
  PanelView,
  ScoreSheetInput,
} from './panel.schema.js';

export type PanelKind = 'contest_round' | 'programme';

export interface PanelSubject {
  kind: PanelKind;
  title(db: Db, subjectId: string): Promise<string>;
  /** the applications under review, with their startups */
  items(db: Db, subjectId: string): Promise<PanelItem[]>;
  /** sheets may be saved (a round in judging, a programme selecting) */
  scoringOpen(db: Db, subjectId: string): Promise<boolean>;
  assignedEvents?(subjectId: string, run: AssignmentRun, jurorIds: string[], actor: Actor, at: Date): OutgoingEvent[];
  sheetEvents?(subjectId: string, itemId: string, jurorId: string, total: number, at: Date): OutgoingEvent[];
}

/** A rubric from configuration, or a 422 listing every problem the engine finds. */
export function requireRubric(input: RubricInput | unknown): Rubric {
  const parsed = parseRubric(input);
  if (!parsed.ok) {
    throw problem('validation_failed', {
      errors: parsed.issues.map((i) => ({
        field: `rubric.${formatIssuePath(i.path)}`,
        code: i.code,
        message: i.message,
      })),
    });
  }
  return parsed.rubric;
}

export class PanelService {
  private readonly subjects = new Map<PanelKind, PanelSubject>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
  ) {}

  register(subject: PanelSubject): void {
    this.subjects.set(subject.kind, subject);
  }

  private subject(kind: string): PanelSubject {
    const subject = this.subjects.get(kind as PanelKind);
    if (!subject) throw new Error(`no panel subject ${kind}`);
    return subject;
  }

  /** The subject's panel, created with its rubric on first use. */
  async ensure(db: Db, kind: PanelKind, subjectId: string, rubric: Rubric) {
    const existing = await db.panel.findUnique({ where: { subjectKind_subjectId: { subjectKind: kind, subjectId } } });
    if (existing) return existing;
    return db.panel.create({ data: { id: uuidv7(), subjectKind: kind, subjectId, rubric: rubric as object } });
  }

  async panelOf(db: Db, kind: PanelKind, subjectId: string) {
    const panel = await db.panel.findUnique({ where: { subjectKind_subjectId: { subjectKind: kind, subjectId } } });
    if (!panel) throw notFound(NAMES.round, subjectId);
    return panel;
  }

  rubricOf(panel: { rubric: unknown }): Rubric {
    return panel.rubric as Rubric;
  }

  async setMembers(actor: Actor, kind: PanelKind, subjectId: string, input: PanelInput): Promise<PanelView> {
    requireOfficer(actor);
    return inTransaction(this.prisma, async (tx) => {
      const panel = await this.panelOf(tx, kind, subjectId);
      const ids = input.members.map((m) => m.userId);
      if (new Set(ids).size !== ids.length) {
        throw rejected('duplicate_juror', 'Một giám khảo được nhập hai lần.', 'A juror is listed twice.');
      }
      if (input.members.length < input.reviewersPerItem) {
        throw rejected(
          'jury_too_small',
          `Cần ít nhất ${input.reviewersPerItem} giám khảo.`,
          `At least ${input.reviewersPerItem} jurors are needed.`,
        );
      }
      const assigned = await tx.panelAssignment.findMany({
        where: { panelId: panel.id },
        select: { reviewerUserId: true },
      });
      const removed = assigned.filter((a) => !ids.includes(a.reviewerUserId));
      if (removed.length > 0) {
        throw invalidState(
          'juror_has_assignments',
          'Không thể bỏ giám khảo đã được phân công hồ sơ.',
          'A juror with assignments cannot be removed.',
        );
      }
      await tx.panelMember.deleteMany({ where: { panelId: panel.id } });
      await tx.panelMember.createMany({
        data: input.members.map((m) => ({
          id: uuidv7(),
          panelId: panel.id,
          userId: m.userId,
          displayName: m.displayName,
          organisationId: m.organisationId && isUuid(m.organisationId) ? m.organisationId : null,
          organisationName: m.organisationName ?? null,
        })),
      });
      await tx.panel.update({ where: { id: panel.id }, data: { reviewersPerItem: input.reviewersPerItem } });
      return this.view(tx, panel.id);
    });
  }

  async viewFor(actor: Actor, kind: PanelKind, subjectId: string): Promise<PanelView> {
    requireOfficer(actor);
    const panel = await this.panelOf(this.prisma, kind, subjectId);
    return this.view(this.prisma, panel.id);
  }

  async view(db: Db, panelId: string): Promise<PanelView> {
    const panel = await db.panel.findUniqueOrThrow({
      where: { id: panelId },
      include: { members: { orderBy: { displayName: 'asc' } }, assignments: true },
    });
    return {
      id: panel.id,
      subjectKind: panel.subjectKind as PanelView['subjectKind'],
      subjectId: panel.subjectId,
      reviewersPerItem: panel.reviewersPerItem,
      assignedAt: panel.assignedAt?.toISOString() ?? null,
      members: panel.members.map((m) => {
        const mine = panel.assignments.filter((a) => a.reviewerUserId === m.userId);
        return {
          userId: m.userId,
          displayName: m.displayName,
          organisationName: m.organisationName,
          load: mine.length,
          finalSheets: mine.filter((a) => a.status === 'final').length,
        };
      }),
    };
  }

  /**
   * Randomised balanced assignment (the engine's autoAssign): every application gets K jurors without a
   * conflict, loads differ by at most one where the conflicts allow. Pairs already made are kept.
   */
  async assign(actor: Actor, kind: PanelKind, subjectId: string, seed?: string): Promise<AssignmentRun> {
    requireOfficer(actor);
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const panel = await this.panelOf(tx, kind, subjectId);
      const subject = this.subject(kind);
      const [items, members, declared, existing] = await Promise.all([
        subject.items(tx, subjectId),
        tx.panelMember.findMany({ where: { panelId: panel.id } }),
        tx.panelConflict.findMany({ where: { panelId: panel.id } }),
        tx.panelAssignment.findMany({ where: { panelId: panel.id } }),
      ]);
      if (members.length < panel.reviewersPerItem) {
        throw invalidState(
          'jury_too_small',
          `Hội đồng cần ít nhất ${panel.reviewersPerItem} giám khảo trước khi phân công.`,
          `The panel needs at least ${panel.reviewersPerItem} jurors before assignment.`,
        );
      }
      const pool = reviewPool(
        items,
        members,
        declared.map((d) => ({ reviewerId: d.userId, submissionId: d.itemId, reason: d.reason })),
      );
      const itemIds = new Set(items.map((i) => i.id));
      const kept: Assignment[] = existing
        .filter((a) => itemIds.has(a.itemId))
        .map((a) => ({ submissionId: a.itemId, reviewerId: a.reviewerUserId }));
      const result = autoAssign({
        ...pool,
        reviewersPerSubmission: panel.reviewersPerItem,
        seed: seed ?? `${panel.id}:${now.toISOString()}`,
        existing: kept,
      });
      const have = new Set(kept.map((a) => `${a.submissionId}|${a.reviewerId}`));
      const fresh = result.assignments.filter((a) => !have.has(`${a.submissionId}|${a.reviewerId}`));
      await tx.panelAssignment.createMany({
        data: fresh.map((a) => ({
          id: uuidv7(),
          panelId: panel.id,
          itemId: a.submissionId,
          reviewerUserId: a.reviewerId,
          status: 'assigned',
          createdAt: now,
        })),
      });
      await tx.panel.update({ where: { id: panel.id }, data: { assignedAt: now, seed: String(seed ?? '') } });
      const run: AssignmentRun = {
        assigned: fresh.length,
        loads: result.loads,
        shortages: result.shortages.map((s) => ({
          applicationId: s.submissionId,
          needed: s.needed,
          assigned: s.assigned,
        })),
      };
      const events =
        subject.assignedEvents?.(
          subjectId,
          run,
          members.map((m) => m.userId),
          actor,
          now,
        ) ?? [];
      if (events.length) await appendToOutbox(prismaTxExecutor(tx), events);
      return run;
    });
  }

  /** The caller's own assignments, never anyone else's. */
  async myAssignments(actor: Actor): Promise<{ items: JuryAssignment[] }> {
    const rows = await this.prisma.panelAssignment.findMany({
      where: { reviewerUserId: actor.userId },
      include: { panel: true },
      orderBy: { createdAt: 'desc' },
      take: 500,
    });
    const items: JuryAssignment[] = [];
    const cache = new Map<string, { title: string; open: boolean; items: Map<string, PanelItem> }>();
    for (const row of rows) {
      const key = `${row.panel.subjectKind}:${row.panel.subjectId}`;
      let subjectInfo = cache.get(key);
      if (!subjectInfo) {
        const subject = this.subject(row.panel.subjectKind);
        subjectInfo = {
          title: await subject.title(this.prisma, row.panel.subjectId),
          open: await subject.scoringOpen(this.prisma, row.panel.subjectId),
          items: new Map((await subject.items(this.prisma, row.panel.subjectId)).map((i) => [i.id, i])),
        };
        cache.set(key, subjectInfo);
      }
      items.push({
        id: row.id,
        kind: row.panel.subjectKind as JuryAssignment['kind'],
        subjectId: row.panel.subjectId,
        subjectTitle: subjectInfo.title,
        applicationId: row.itemId,
        applicationTitle: subjectInfo.items.get(row.itemId)?.title ?? '—',
        status: row.status as JuryAssignment['status'],
        total: row.total,
        open: subjectInfo.open,
      });
    }
    return { items };
  }

  private async requireOwnAssignment(db: Db, actor: Actor, id: string) {
    const row = await db.panelAssignment.findUnique({ where: { id }, include: { panel: true } });
    // another juror's assignment is not disclosed
    if (!row || row.reviewerUserId !== actor.userId) throw notFound(NAMES.assignment, id);
    return row;
  }

  async detail(actor: Actor, id: string): Promise<JuryAssignmentDetail> {
    const row = await this.requireOwnAssignment(this.prisma, actor, id);
    const subject = this.subject(row.panel.subjectKind);
    const items = await subject.items(this.prisma, row.panel.subjectId);
    const item = items.find((i) => i.id === row.itemId);
    if (!item) throw notFound(NAMES.application, row.itemId);
    return {
      id: row.id,
      kind: row.panel.subjectKind as JuryAssignment['kind'],
      subjectId: row.panel.subjectId,
      subjectTitle: await subject.title(this.prisma, row.panel.subjectId),
      applicationId: row.itemId,
      applicationTitle: item.title,
      status: row.status as JuryAssignment['status'],
      total: row.total,
      open: await subject.scoringOpen(this.prisma, row.panel.subjectId),
      rubric: this.rubricOf(row.panel),
      // no team names or contact data: the juror sees the idea, not who is behind it
      application: {
        title: item.title,
        startupName: item.startup.name,
        stage: item.startup.stage,
        sectorCode: item.startup.sectorCode,
        trl: item.startup.trl,
        communeCode: item.startup.communeCode,
        summary: item.startup.summary,
        answers: item.answers,
      },
      sheet: {
        scores: (row.scores as SheetRow['scores']) ?? [],
        feedback: row.feedback,
        total: row.total,
        submittedAt: row.submittedAt?.toISOString() ?? null,
      },
    };
  }

  async saveSheet(actor: Actor, id: string, input: ScoreSheetInput): Promise<JuryAssignmentDetail> {
    if (!hasRole(actor, 'reviewer', 'officer', 'admin'))
      throw forbidden('Chỉ giám khảo chấm điểm.', 'Only jurors score.');
    const now = this.clock();
    await inTransaction(this.prisma, async (tx) => {
      const row = await this.requireOwnAssignment(tx, actor, id);
      const subject = this.subject(row.panel.subjectKind);
      if (!(await subject.scoringOpen(tx, row.panel.subjectId))) {
        throw invalidState('scoring_closed', 'Vòng chấm đã đóng.', 'Scoring is closed.');
      }
      if (row.status === 'final') {
        throw invalidState('sheet_final', 'Phiếu chấm đã nộp chính thức.', 'The sheet is already final.');
      }
      const rubric = this.rubricOf(row.panel);
      const sheet = toEngineSheet(rubric, { status: input.status, scores: input.scores, feedback: input.feedback });
      const issues = validateScoreSheet(rubric, sheet);
      const errors = issues.map((i) => ({ field: formatIssuePath(i.path), code: i.code, message: i.message }));
      if (feedbackProblem(input.status, input.feedback)) {
        errors.push({
          field: 'feedback',
          code: 'feedback_required',
          message: {
            vi: `Phiếu chính thức cần nhận xét cho nhóm dự thi (ít nhất ${MIN_FEEDBACK_LENGTH} ký tự).`,
            en: `A final sheet needs written feedback for the applicant (at least ${MIN_FEEDBACK_LENGTH} characters).`,
          },
        });
      }
      if (errors.length > 0) throw problem('validation_failed', { errors });
      const total = weightedTotal(rubric, input.scores);
      await tx.panelAssignment.update({
        where: { id },
        data: {
          status: input.status,
          scores: input.scores as object[],
          feedback: input.feedback,
          total: input.status === 'final' ? total : null,
          submittedAt: input.status === 'final' ? now : null,
        },
      });
      if (input.status === 'final') {
        const events = subject.sheetEvents?.(row.panel.subjectId, row.itemId, actor.userId, total, now) ?? [];
        if (events.length) await appendToOutbox(prismaTxExecutor(tx), events);
      }
    });
    return this.detail(actor, id);
  }

  /** The juror declares a conflict: the pair goes, the application goes to another eligible juror. */
  async declareConflict(actor: Actor, id: string, reason: string): Promise<{ replacement: string | null }> {
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const row = await this.requireOwnAssignment(tx, actor, id);
      if (row.status === 'final') {
        throw invalidState('sheet_final', 'Phiếu chấm đã nộp chính thức.', 'The sheet is already final.');
      }
      const subject = this.subject(row.panel.subjectKind);
      const [items, members, declared, existing] = await Promise.all([
        subject.items(tx, row.panel.subjectId),
        tx.panelMember.findMany({ where: { panelId: row.panelId } }),
        tx.panelConflict.findMany({ where: { panelId: row.panelId } }),
        tx.panelAssignment.findMany({ where: { panelId: row.panelId } }),
      ]);
      const pool = reviewPool(
        items,
        members,
        declared.map((d) => ({ reviewerId: d.userId, submissionId: d.itemId, reason: d.reason })),
      );
      const result = reassignOnConflict(
        pool,
        existing.map((a) => ({ submissionId: a.itemId, reviewerId: a.reviewerUserId })),
        { reviewerId: actor.userId, submissionId: row.itemId, reason },
        `${row.panelId}:${row.id}`,
      );
      await tx.panelConflict.create({
        data: { id: uuidv7(), panelId: row.panelId, userId: actor.userId, itemId: row.itemId, reason, createdAt: now },
      });
      await tx.panelAssignment.delete({ where: { id } });
      if (result.replacement) {
        await tx.panelAssignment.create({
          data: {
            id: uuidv7(),
            panelId: row.panelId,
            itemId: row.itemId,
            reviewerUserId: result.replacement,
            status: 'assigned',
            createdAt: now,
          },
        });
      }
      return { replacement: result.replacement ?? null };
    });
  }

  /** Sheets of a panel in the rules' shape. */
  async sheets(db: Db, panelId: string): Promise<SheetRow[]> {
    const rows = await db.panelAssignment.findMany({ where: { panelId }, orderBy: { id: 'asc' } });
    return rows.map((r) => ({
      id: r.id,
      itemId: r.itemId,
      reviewerUserId: r.reviewerUserId,
      status: r.status,
      scores: (r.scores as SheetRow['scores']) ?? [],
      feedback: r.feedback,
      total: r.total,
    }));
  }

  async results(db: Db, kind: PanelKind, subjectId: string) {
    const panel = await this.panelOf(db, kind, subjectId);
    const items = await this.subject(kind).items(db, subjectId);
    const sheets = await this.sheets(db, panel.id);
    return { panel, items, sheets, results: panelResults(this.rubricOf(panel), items, sheets) };
  }
}

function requireOfficer(actor: Actor) {
  if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ quản lý hội đồng chấm.', 'Only officers manage panels.');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s: string) => UUID.test(s);
