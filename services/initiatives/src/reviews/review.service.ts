// Blind review: reviewers read their assignments through the blind view, save a draft sheet and submit
// it final (validated against the campaign's rubric version by @sti/review). Other reviewers' scores
// stay hidden from a reviewer until the council closes the round. Results use @sti/review's
// aggregation (mean, trimmed mean, spread flag); the council can re-open one submission's scoring.
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import {
  aggregateSheets,
  type CriterionScore,
  type ScoreSheet,
  toFieldErrors,
  validateScoreSheet,
  weightedTotal,
} from '@sti/review';
import { canActAsSecretary, councilRoleOf } from '../campaigns/campaign-access.policy.js';
import { campaignEvents } from '../campaigns/campaign.events.js';
import type { CampaignRecord, CampaignRepository } from '../campaigns/campaign.repository.js';
import { requireActor } from '../campaigns/campaign.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import type { Actor } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound, validationFailed } from '../shared/problems.js';
import { isCampaignStaff } from '../submissions/submission-access.js';
import { submissionEvents } from '../submissions/submission.events.js';
import type { SubmissionRecord, SubmissionRepository } from '../submissions/submission.repository.js';
import { isOverdue } from '../assignments/assignment.service.js';
import { blindSubmissionView } from './blind-view.js';
import type {
  AssignmentDetail,
  CampaignResults,
  MyAssignmentList,
  ScoreSheetView,
  SheetInput,
  SubmissionResult,
} from './review.schema.js';

export interface ReviewServiceDependencies {
  prisma: PrismaClient;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  reference: ReferenceService;
  notifications: NotificationService;
  clock: Clock;
}

interface SheetRow {
  status: string;
  scores: unknown;
  comment: string | null;
  total: number | null;
  submittedAt: Date | null;
  rubricId: string;
  rubricVersion: number;
}

/** Aggregation settings of the council (the issue's defaults: trimmed from 5 sheets, flag above 20 points). */
export const AGGREGATION = { trimFrom: 5, spreadMeasure: 'range', discussionThreshold: 20 } as const;

const label = (i: number) => `Thành viên ${i + 1} / Reviewer ${i + 1}`;

function sheetView(c: CampaignRecord, sheet: SheetRow | null): ScoreSheetView {
  return {
    status: (sheet?.status as 'draft' | 'final' | undefined) ?? 'none',
    scores: (sheet?.scores as CriterionScore[] | undefined) ?? [],
    comment: sheet?.comment ?? null,
    total: sheet?.total ?? null,
    submittedAt: sheet?.status === 'final' ? (sheet.submittedAt?.toISOString() ?? null) : null,
    rubricId: c.rubricId,
    rubricVersion: c.rubricVersion,
  };
}

/** A sheet can change while the round is open, or when the council re-opened its submission. */
function sheetEditable(c: CampaignRecord, sheet: SheetRow | null): boolean {
  if (sheet?.status === 'final') return false;
  return c.roundClosedAt === null || (sheet !== null && sheet.submittedAt !== null);
}

export class ReviewService {
  constructor(private readonly deps: ReviewServiceDependencies) {}

  private async fieldOf(code: string) {
    return (await this.deps.reference.fields()).find((f) => f.code === code) ?? { code, nameVi: code, nameEn: code };
  }

  private async mine(db: Db, actor: Actor, assignmentId: string, lock = false) {
    if (lock) await db.$queryRawUnsafe('SELECT id FROM assignments WHERE id = $1::uuid FOR UPDATE', assignmentId);
    const a = await db.assignment.findUnique({ where: { id: assignmentId }, include: { sheet: true } });
    // someone else's assignment, or one given back with a conflict, does not exist for this reviewer
    if (!a || a.reviewerUserId !== actor.userId || a.status !== 'active')
      throw notFound(NAMES.assignment, assignmentId);
    const c = await this.deps.campaigns.find(db, a.campaignId);
    const s = await this.deps.submissions.find(db, a.submissionId);
    if (!c || !s) throw notFound(NAMES.assignment, assignmentId);
    return { a, c, s };
  }

  async myAssignments(actorIn: Actor | null): Promise<MyAssignmentList> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const rows = await db.assignment.findMany({
      where: { reviewerUserId: actor.userId, status: 'active' },
      include: { sheet: { select: { status: true } } },
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
    });
    const now = this.deps.clock();
    const campaigns = new Map(
      (await this.deps.campaigns.list(db, { id: { in: [...new Set(rows.map((r) => r.campaignId))] } })).map((c) => [
        c.id,
        c,
      ]),
    );
    const submissions = new Map(
      (await this.deps.submissions.list(db, { id: { in: rows.map((r) => r.submissionId) } })).map((s) => [s.id, s]),
    );
    const items: MyAssignmentList['items'] = [];
    for (const r of rows) {
      const c = campaigns.get(r.campaignId);
      const s = submissions.get(r.submissionId);
      if (!c || !s) continue;
      const blind = blindSubmissionView({ submission: s, field: await this.fieldOf(s.fieldCode), blind: c.blind });
      const sheetStatus = (r.sheet?.status as 'draft' | 'final' | undefined) ?? 'none';
      items.push({
        id: r.id,
        campaign: { id: c.id, title: c.title },
        submission: { id: s.id, title: blind.title, fieldCode: s.fieldCode },
        dueOn: isoDate(r.dueOn),
        overdue: isOverdue(r.dueOn, sheetStatus, now),
        sheetStatus,
        roundClosed: c.roundClosedAt !== null,
      });
    }
    return { items };
  }

  async detail(actorIn: Actor | null, assignmentId: string): Promise<AssignmentDetail> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const { a, c, s } = await this.mine(db, actor, assignmentId);
    const now = this.deps.clock();
    let otherReviews: AssignmentDetail['otherReviews'] = null;
    if (c.roundClosedAt) {
      const others = await db.assignment.findMany({
        where: { submissionId: s.id, status: 'active', id: { not: a.id }, sheet: { status: 'final' } },
        include: { sheet: { select: { total: true } } },
        orderBy: { id: 'asc' },
      });
      otherReviews = others.map((o, i) => ({ label: label(i), total: o.sheet?.total ?? 0 }));
    }
    return {
      id: a.id,
      campaign: { id: c.id, title: c.title, blind: c.blind },
      submission: blindSubmissionView({ submission: s, field: await this.fieldOf(s.fieldCode), blind: c.blind }),
      rubric: c.rubric,
      dueOn: isoDate(a.dueOn),
      overdue: isOverdue(a.dueOn, a.sheet?.status ?? 'none', now),
      sheet: sheetView(c, a.sheet),
      roundClosed: c.roundClosedAt !== null,
      otherReviews,
    };
  }

  async saveSheet(
    actorIn: Actor | null,
    assignmentId: string,
    input: SheetInput,
    final: boolean,
  ): Promise<AssignmentDetail> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const { a, c, s } = await this.mine(tx, actor, assignmentId, true);
      if (s.state !== 'under_review' && s.state !== 'appealed') {
        throw conflict(
          'not_under_review',
          'Hồ sơ không còn trong vòng chấm.',
          'The submission is no longer being scored.',
        );
      }
      if (!sheetEditable(c, a.sheet)) {
        throw conflict(
          a.sheet?.status === 'final' ? 'sheet_final' : 'round_closed',
          a.sheet?.status === 'final'
            ? 'Phiếu chấm đã nộp chính thức; chỉ hội đồng mới mở lại được.'
            : 'Hội đồng đã kết thúc vòng chấm.',
          a.sheet?.status === 'final'
            ? 'The sheet was submitted as final; only the council can re-open it.'
            : 'The council has closed the scoring round.',
        );
      }
      const sheet: ScoreSheet = {
        rubricId: c.rubricId,
        rubricVersion: c.rubricVersion,
        status: final ? 'final' : 'draft',
        scores: input.scores,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
      };
      const issues = validateScoreSheet(c.rubric, sheet);
      if (issues.length > 0) throw validationFailed(toFieldErrors(issues));
      const total = weightedTotal(c.rubric, sheet.scores);
      const data = {
        rubricId: c.rubricId,
        rubricVersion: c.rubricVersion,
        status: sheet.status,
        scores: sheet.scores,
        comment: input.comment ?? null,
        total,
        submittedAt: final ? now : (a.sheet?.submittedAt ?? null),
        updatedAt: now,
      };
      await tx.scoreSheet.upsert({
        where: { assignmentId: a.id },
        create: { id: crypto.randomUUID(), assignmentId: a.id, ...data },
        update: data,
      });
      if (final) {
        await appendToOutbox(prismaTxExecutor(tx), [
          submissionEvents.sheetSubmitted(s.id, c.id, actor.userId, total, now),
        ]);
      }
    });
    return this.detail(actor, assignmentId);
  }

  private async staffCampaign(db: Db, actor: Actor, campaignId: string): Promise<CampaignRecord> {
    const c = await this.deps.campaigns.find(db, campaignId);
    if (!c || (!isCampaignStaff(actor, c) && councilRoleOf(c, actor) === null))
      throw notFound(NAMES.campaign, campaignId);
    return c;
  }

  /** Aggregated results per submission under review or decided (the scores the decision uses). */
  async computeResults(db: Db, c: CampaignRecord): Promise<SubmissionResult[]> {
    const submissions = await this.deps.submissions.list(db, {
      campaignId: c.id,
      state: { in: ['under_review', 'recognised', 'not_recognised', 'appealed'] },
      assignments: { some: {} },
    });
    const rows = await db.assignment.findMany({
      where: { campaignId: c.id, status: 'active' },
      include: { sheet: true },
      orderBy: { id: 'asc' },
    });
    return submissions.map((s: SubmissionRecord) => {
      const mine = rows.filter((r) => r.submissionId === s.id);
      const sheets = mine
        .filter((r) => r.sheet)
        .map((r) => ({
          reviewerId: r.reviewerUserId,
          sheet: {
            rubricId: r.sheet?.rubricId ?? '',
            rubricVersion: r.sheet?.rubricVersion ?? 0,
            status: r.sheet?.status as 'draft' | 'final',
            scores: (r.sheet?.scores as CriterionScore[]) ?? [],
          },
        }));
      const result = aggregateSheets(c.rubric, sheets, AGGREGATION);
      const agg = result.aggregate;
      const score = agg ? agg.trimmedMean : null;
      return {
        submissionId: s.id,
        title: s.title,
        state: s.state,
        finalSheets: result.totals.length,
        expectedSheets: c.reviewsPerSubmission,
        aggregate: agg
          ? {
              count: agg.count,
              mean: agg.mean,
              trimmedMean: agg.trimmedMean,
              trimmed: agg.trimmed,
              median: agg.median,
              min: agg.min,
              max: agg.max,
              spread: agg.spread,
              needsDiscussion: agg.needsDiscussion,
            }
          : null,
        score,
        aboveThreshold: score !== null && score >= c.threshold,
        criterionMeans: result.criterionMeans,
        totals: result.totals.map((t, i) => ({ label: label(i), total: t.total })),
      };
    });
  }

  async results(actorIn: Actor | null, campaignId: string): Promise<CampaignResults> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const c = await this.staffCampaign(db, actor, campaignId);
    if (!isCampaignStaff(actor, c) && c.roundClosedAt === null) {
      throw forbidden(
        'Kết quả chấm của hội đồng chỉ hiện với thành viên chấm sau khi kết thúc vòng chấm.',
        'Reviewers see the council’s results only after the round is closed.',
      );
    }
    return {
      campaignId,
      threshold: c.threshold,
      roundClosed: c.roundClosedAt !== null,
      items: await this.computeResults(db, c),
    };
  }

  async closeRound(actorIn: Actor | null, campaignId: string): Promise<CampaignResults> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.deps.campaigns.lock(tx, campaignId);
      if (!c || !isCampaignStaff(actor, c)) throw notFound(NAMES.campaign, campaignId);
      if (!canActAsSecretary(actor, c)) {
        throw forbidden('Chỉ thư ký hội đồng kết thúc vòng chấm.', 'Only the council’s secretary closes the round.');
      }
      if (c.roundClosedAt) throw conflict('round_closed', 'Vòng chấm đã kết thúc.', 'The round is already closed.');
      const results = await this.computeResults(tx, c);
      if (results.every((r) => r.aggregate === null)) {
        throw conflict('nothing_scored', 'Chưa có phiếu chấm chính thức nào.', 'No final score sheet yet.');
      }
      await tx.campaign.update({ where: { id: c.id }, data: { roundClosedAt: now, updatedAt: now } });
      const scored = results.filter((r) => r.aggregate).length;
      const flagged = results.filter((r) => r.aggregate?.needsDiscussion).length;
      await appendToOutbox(prismaTxExecutor(tx), [campaignEvents.roundClosed(c.id, scored, flagged, actor, now)]);
      await this.deps.notifications.notify(
        tx,
        c.members
          .filter((m) => m.role === 'reviewer')
          .map((m) => ({
            userId: m.userId,
            kind: 'round_closed' as const,
            vi: `Hội đồng đã kết thúc vòng chấm (${c.title}); kết quả tổng hợp đã có.`,
            en: `The council closed the scoring round (${c.title}); the results are available.`,
            link: `/sang-kien/dot/${c.id}/ket-qua`,
          })),
      );
    });
    return this.results(actor, campaignId);
  }

  /** The council re-opens one submission's scoring: its final sheets become editable drafts again. */
  async reopen(actorIn: Actor | null, submissionId: string, reason: string): Promise<CampaignResults> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    const campaignId = await inTransaction(this.deps.prisma, async (tx) => {
      const s = await this.deps.submissions.lock(tx, submissionId);
      const c = s ? await this.deps.campaigns.find(tx, s.campaignId) : null;
      if (!s || !c || !isCampaignStaff(actor, c)) throw notFound(NAMES.submission, submissionId);
      const role = councilRoleOf(c, actor);
      if (!canActAsSecretary(actor, c) && role !== 'chair') {
        throw forbidden(
          'Chỉ thư ký hoặc chủ tịch hội đồng mở lại việc chấm.',
          'Only the secretary or chair re-opens scoring.',
        );
      }
      if (s.state !== 'under_review' && s.state !== 'appealed') {
        throw conflict('not_under_review', 'Hồ sơ đã có quyết định.', 'The submission has been decided.');
      }
      const assignments = await tx.assignment.findMany({ where: { submissionId, status: 'active' } });
      await tx.scoreSheet.updateMany({
        where: { assignmentId: { in: assignments.map((a) => a.id) }, status: 'final' },
        data: { status: 'draft', updatedAt: now },
      });
      await appendToOutbox(prismaTxExecutor(tx), [submissionEvents.scoringReopened(s.id, c.id, reason, actor, now)]);
      await this.deps.notifications.notify(
        tx,
        assignments.map((a) => ({
          userId: a.reviewerUserId,
          kind: 'assignment' as const,
          vi: `Hội đồng mở lại việc chấm một hồ sơ (${c.title}): ${reason}`,
          en: `The council re-opened the scoring of a submission (${c.title}): ${reason}`,
          link: `/sang-kien/cham/${a.id}`,
        })),
      );
      return c.id;
    });
    return this.results(actor, campaignId);
  }
}
