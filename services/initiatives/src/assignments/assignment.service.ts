// Reviewer assignment: automatic (balanced, randomised, conflict-free — @sti/review's autoAssign) or by
// hand (checked against the same conflict rules); a reviewer who declares a conflict hands the
// submission to the least-loaded eligible reviewer (@sti/review's reassignOnConflict). Due dates,
// the progress board, and reminders as in-app notifications.
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor } from '@sti/platform';
import { autoAssign, conflictsOf, reassignOnConflict } from '@sti/review';
import { uuidv7 } from 'uuidv7';
import { canActAsSecretary, councilRoleOf } from '../campaigns/campaign-access.policy.js';
import type { CampaignRecord, CampaignRepository } from '../campaigns/campaign.repository.js';
import { requireActor } from '../campaigns/campaign.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { Actor } from '../shared/actor.js';
import { addDays, type Clock, isoDate } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound } from '../shared/problems.js';
import { isCampaignStaff } from '../submissions/submission-access.js';
import { submissionEvents } from '../submissions/submission.events.js';
import type { SubmissionRecord, SubmissionRepository } from '../submissions/submission.repository.js';
import type { AssignmentBoard, AutoAssignResultView, ManualAssignmentInput } from './assignment.schema.js';
import { buildReviewPool } from './review-pool.js';

export interface AssignmentServiceDependencies {
  prisma: PrismaClient;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  notifications: NotificationService;
  clock: Clock;
}

/** Days before the due date a reviewer with an unfinished sheet is reminded. */
export const REMINDER_DAYS = 3;

export interface AssignmentRow {
  id: string;
  campaignId: string;
  submissionId: string;
  reviewerUserId: string;
  method: string;
  status: string;
  dueOn: Date;
  sheetStatus: 'none' | 'draft' | 'final';
}

const notSecretary = () =>
  forbidden('Chỉ thư ký hội đồng của đợt xét mới phân công chấm.', 'Only the campaign’s secretary assigns reviewers.');

export const isOverdue = (dueOn: Date, sheetStatus: string, now: Date) =>
  sheetStatus !== 'final' && isoDate(now) > isoDate(dueOn);

export class AssignmentService {
  constructor(private readonly deps: AssignmentServiceDependencies) {}

  async rows(
    db: Db,
    where: { campaignId?: string; reviewerUserId?: string; submissionId?: string },
  ): Promise<AssignmentRow[]> {
    const rows = await db.assignment.findMany({
      where,
      include: { sheet: { select: { status: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({
      id: r.id,
      campaignId: r.campaignId,
      submissionId: r.submissionId,
      reviewerUserId: r.reviewerUserId,
      method: r.method,
      status: r.status,
      dueOn: r.dueOn,
      sheetStatus: (r.sheet?.status as 'draft' | 'final' | undefined) ?? 'none',
    }));
  }

  private async secretaryCampaign(db: Db, actor: Actor, campaignId: string, lock = false): Promise<CampaignRecord> {
    const c = lock ? await this.deps.campaigns.lock(db, campaignId) : await this.deps.campaigns.find(db, campaignId);
    if (!c || !isCampaignStaff(actor, c)) throw notFound(NAMES.campaign, campaignId);
    if (!canActAsSecretary(actor, c)) throw notSecretary();
    if (c.roundClosedAt) {
      throw conflict('round_closed', 'Hội đồng đã kết thúc vòng chấm.', 'The council has closed the scoring round.');
    }
    return c;
  }

  /** The engine's pool for a campaign: its reviewers, its submissions under review, all history. */
  private async pool(db: Db, c: CampaignRecord, submissions: readonly SubmissionRecord[]) {
    const [history, declared] = await Promise.all([
      db.submission.findMany({
        where: { state: { notIn: ['draft', 'withdrawn'] } },
        select: { id: true, authors: { select: { userId: true, fullName: true } } },
      }),
      db.assignment.findMany({ where: { campaignId: c.id, status: 'conflict' } }),
    ]);
    return buildReviewPool({
      submissions: submissions.map((s) => ({
        id: s.id,
        organisationId: s.organisationId,
        unitName: s.unitName,
        authors: s.authors,
      })),
      reviewers: c.members
        .filter((m) => m.role === 'reviewer')
        .map((m) => ({ userId: m.userId, organisationId: m.organisationId, organisationName: m.organisationName })),
      history,
      declarations: declared.map((d) => ({
        reviewerId: d.reviewerUserId,
        submissionId: d.submissionId,
        ...(d.conflictReason ? { reason: d.conflictReason } : {}),
      })),
    });
  }

  async autoAssign(actorIn: Actor | null, campaignId: string): Promise<AutoAssignResultView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    const result = await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.secretaryCampaign(tx, actor, campaignId, true);
      const submissions = await this.deps.submissions.list(tx, { campaignId, state: 'under_review' });
      const pool = await this.pool(tx, c, submissions);
      const active = (await this.rows(tx, { campaignId })).filter((a) => a.status === 'active');
      const inPool = new Set(submissions.map((s) => s.id));
      const existing = active
        .filter((a) => inPool.has(a.submissionId))
        .map((a) => ({ submissionId: a.submissionId, reviewerId: a.reviewerUserId }));
      const outcome = autoAssign({
        ...pool,
        reviewersPerSubmission: c.reviewsPerSubmission,
        seed: `${campaignId}:${now.toISOString()}`,
        existing,
      });
      const held = new Set(existing.map((a) => `${a.submissionId}/${a.reviewerId}`));
      const fresh = outcome.assignments.filter((a) => !held.has(`${a.submissionId}/${a.reviewerId}`));
      await this.insert(tx, c, fresh, 'auto', actor, now);
      return {
        created: fresh.length,
        shortages: outcome.shortages.map((s) => ({
          submissionId: s.submissionId,
          needed: s.needed,
          assigned: s.assigned,
        })),
      };
    });
    return { ...result, board: await this.board(actor, campaignId) };
  }

  async assignManually(
    actorIn: Actor | null,
    campaignId: string,
    input: ManualAssignmentInput,
  ): Promise<AssignmentBoard> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.secretaryCampaign(tx, actor, campaignId, true);
      const s = await this.deps.submissions.find(tx, input.submissionId);
      if (!s || s.campaignId !== campaignId) throw notFound(NAMES.submission, input.submissionId);
      if (s.state !== 'under_review') {
        throw conflict(
          'not_under_review',
          'Hồ sơ chưa được chuyển hội đồng chấm.',
          'The submission is not under review.',
        );
      }
      if (councilRoleOf(c, { userId: input.reviewerUserId } as Actor) !== 'reviewer') {
        throw conflict(
          'not_a_reviewer',
          'Người này không phải thành viên chấm của hội đồng.',
          'That person is not one of the council’s reviewers.',
        );
      }
      const existing = await tx.assignment.findUnique({
        where: { submissionId_reviewerUserId: { submissionId: s.id, reviewerUserId: input.reviewerUserId } },
      });
      if (existing) {
        throw conflict(
          'already_assigned',
          'Thành viên đã được phân công hồ sơ này.',
          'The reviewer already has this submission.',
        );
      }
      const pool = await this.pool(tx, c, [s]);
      const reviewer = pool.reviewers.find((r) => r.id === input.reviewerUserId);
      const submission = pool.submissions[0];
      const reasons = reviewer && submission ? conflictsOf(pool.conflicts, reviewer, submission) : [];
      if (reasons.length > 0) {
        const codes = [...new Set(reasons.map((r) => r.code))];
        throw conflict(
          'conflict_of_interest',
          `Không thể phân công: ${[...new Set(reasons.map((r) => r.message.vi))].join(' ')}`,
          `Cannot assign: ${[...new Set(reasons.map((r) => r.message.en))].join(' ')}`,
          { reasons: codes },
        );
      }
      await this.insert(tx, c, [{ submissionId: s.id, reviewerId: input.reviewerUserId }], 'manual', actor, now);
    });
    return this.board(actor, campaignId);
  }

  private async insert(
    tx: Db,
    c: CampaignRecord,
    pairs: readonly { submissionId: string; reviewerId: string }[],
    method: 'auto' | 'manual' | 'reassigned',
    actor: Actor,
    now: Date,
  ): Promise<void> {
    if (pairs.length === 0) return;
    const dueOn = addDays(now, c.reviewDays);
    const day = isoDate(dueOn);
    await tx.assignment.createMany({
      data: pairs.map((p) => ({
        id: uuidv7(),
        campaignId: c.id,
        submissionId: p.submissionId,
        reviewerUserId: p.reviewerId,
        method,
        dueOn: new Date(`${day}T00:00:00Z`),
        assignedBy: actor.userId,
        createdAt: now,
      })),
    });
    const bySubmission = new Map<string, string[]>();
    for (const p of pairs)
      bySubmission.set(p.submissionId, [...(bySubmission.get(p.submissionId) ?? []), p.reviewerId]);
    const events: OutgoingEvent[] = [...bySubmission].map(([submissionId, reviewerIds]) =>
      submissionEvents.reviewersAssigned(submissionId, c.id, reviewerIds, method, day, actor, now),
    );
    await appendToOutbox(prismaTxExecutor(tx), events);
    const perReviewer = new Map<string, number>();
    for (const p of pairs) perReviewer.set(p.reviewerId, (perReviewer.get(p.reviewerId) ?? 0) + 1);
    await this.deps.notifications.notify(
      tx,
      [...perReviewer].map(([userId, n]) => ({
        userId,
        kind: method === 'reassigned' ? 'reassignment' : 'assignment',
        vi: `Bạn được phân công chấm ${n} hồ sơ sáng kiến (${c.title}), hạn ${day}.`,
        en: `You have ${n} initiative(s) to score (${c.title}), due ${day}.`,
        link: '/sang-kien/cham',
      })),
    );
    if (c.state === 'open') {
      await tx.campaign.update({ where: { id: c.id }, data: { state: 'review', updatedAt: now } });
    }
  }

  async board(actorIn: Actor | null, campaignId: string): Promise<AssignmentBoard> {
    const actor = requireActor(actorIn);
    const db = this.deps.prisma;
    const c = await this.deps.campaigns.find(db, campaignId);
    if (!c || !isCampaignStaff(actor, c)) throw notFound(NAMES.campaign, campaignId);
    const now = this.deps.clock();
    const [submissions, rows] = await Promise.all([
      this.deps.submissions.list(db, {
        campaignId,
        state: { in: ['under_review', 'recognised', 'not_recognised', 'appealed'] },
      }),
      this.rows(db, { campaignId }),
    ]);
    const names = new Map(c.members.map((m) => [m.userId, m.displayName]));
    const reviewers = c.members.filter((m) => m.role === 'reviewer');
    return {
      campaignId,
      reviewsPerSubmission: c.reviewsPerSubmission,
      submissions: submissions
        .filter((s) => s.state === 'under_review' || rows.some((r) => r.submissionId === s.id))
        .map((s) => {
          const mine = rows.filter((r) => r.submissionId === s.id);
          return {
            submissionId: s.id,
            title: s.title,
            complete:
              mine.filter((r) => r.status === 'active' && r.sheetStatus === 'final').length >= c.reviewsPerSubmission,
            reviewers: mine.map((r) => ({
              assignmentId: r.id,
              reviewerUserId: r.reviewerUserId,
              displayName: names.get(r.reviewerUserId) ?? r.reviewerUserId,
              status:
                r.status === 'conflict'
                  ? ('conflict' as const)
                  : r.sheetStatus === 'final'
                    ? ('submitted' as const)
                    : r.sheetStatus === 'draft'
                      ? ('draft' as const)
                      : ('assigned' as const),
              method: r.method,
              dueOn: isoDate(r.dueOn),
              overdue: r.status === 'active' && isOverdue(r.dueOn, r.sheetStatus, now),
            })),
          };
        }),
      reviewers: reviewers.map((m) => {
        const mine = rows.filter((r) => r.reviewerUserId === m.userId && r.status === 'active');
        return {
          userId: m.userId,
          displayName: m.displayName,
          assigned: mine.length,
          submitted: mine.filter((r) => r.sheetStatus === 'final').length,
          overdue: mine.filter((r) => isOverdue(r.dueOn, r.sheetStatus, now)).length,
        };
      }),
    };
  }

  /** The reviewer gives the assignment back with a conflict; someone eligible takes it over. */
  async declareConflict(
    actorIn: Actor | null,
    assignmentId: string,
    reason: string,
  ): Promise<{ declared: true; reassigned: boolean }> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      await tx.$queryRawUnsafe('SELECT id FROM assignments WHERE id = $1::uuid FOR UPDATE', assignmentId);
      const a = await tx.assignment.findUnique({ where: { id: assignmentId }, include: { sheet: true } });
      if (!a || a.reviewerUserId !== actor.userId) throw notFound(NAMES.assignment, assignmentId);
      if (a.status !== 'active' || a.sheet?.status === 'final') {
        throw conflict('assignment_closed', 'Phân công này không còn mở.', 'This assignment is no longer open.');
      }
      const c = await this.deps.campaigns.lock(tx, a.campaignId);
      const s = await this.deps.submissions.find(tx, a.submissionId);
      if (!c || !s) throw notFound(NAMES.assignment, assignmentId);
      const pool = await this.pool(tx, c, [s]);
      const active = (await this.rows(tx, { campaignId: c.id })).filter((r) => r.status === 'active');
      const outcome = reassignOnConflict(
        pool,
        active.map((r) => ({ submissionId: r.submissionId, reviewerId: r.reviewerUserId })),
        { reviewerId: actor.userId, submissionId: s.id, reason },
        `${assignmentId}:${now.toISOString()}`,
      );
      await tx.assignment.update({ where: { id: a.id }, data: { status: 'conflict', conflictReason: reason } });
      if (a.sheet) await tx.scoreSheet.delete({ where: { assignmentId: a.id } });
      await appendToOutbox(prismaTxExecutor(tx), [
        submissionEvents.conflictDeclared(s.id, c.id, actor.userId, outcome.replacement, now),
      ]);
      if (outcome.replacement) {
        await this.insert(tx, c, [{ submissionId: s.id, reviewerId: outcome.replacement }], 'reassigned', actor, now);
      }
      return { declared: true as const, reassigned: outcome.replacement !== undefined };
    });
  }

  /** In-app reminders for unfinished sheets due within REMINDER_DAYS (once per assignment). */
  async sendReminders(campaignId?: string): Promise<number> {
    const now = this.deps.clock();
    const horizon = new Date(`${isoDate(addDays(now, REMINDER_DAYS))}T00:00:00Z`);
    return inTransaction(this.deps.prisma, async (tx) => {
      const due = await tx.assignment.findMany({
        where: {
          status: 'active',
          remindedAt: null,
          dueOn: { lte: horizon },
          ...(campaignId ? { campaignId } : {}),
          OR: [{ sheet: null }, { sheet: { status: 'draft' } }],
          campaign: { roundClosedAt: null },
        },
        include: { campaign: { select: { title: true } } },
      });
      if (due.length === 0) return 0;
      await tx.assignment.updateMany({ where: { id: { in: due.map((d) => d.id) } }, data: { remindedAt: now } });
      await this.deps.notifications.notify(
        tx,
        due.map((d) => ({
          userId: d.reviewerUserId,
          kind: 'reminder' as const,
          vi: `Nhắc việc: phiếu chấm (${d.campaign.title}) đến hạn ngày ${isoDate(d.dueOn)}.`,
          en: `Reminder: a score sheet (${d.campaign.title}) is due on ${isoDate(d.dueOn)}.`,
          link: `/sang-kien/cham/${d.id}`,
        })),
      );
      return due.length;
    });
  }

  async remind(actorIn: Actor | null, campaignId: string): Promise<{ reminded: number }> {
    const actor = requireActor(actorIn);
    await this.secretaryCampaign(this.deps.prisma, actor, campaignId);
    return { reminded: await this.sendReminders(campaignId) };
  }
}
