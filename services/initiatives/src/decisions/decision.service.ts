// The recognition decision. The secretary drafts it from the aggregated scores once the round is
// closed (the list above the threshold, with scores); the chair approves it, which in one
// transaction decides every listed submission, issues a certificate for each recognised one (through
// the CertificateIssuer seam) and publishes it to the central repository. Appeals get an appeal
// decision drafted and approved the same way.
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { canActAsSecretary, canApproveDecision } from '../campaigns/campaign-access.policy.js';
import { campaignEvents, type DecisionEventEntry } from '../campaigns/campaign.events.js';
import type { CampaignRecord, CampaignRepository } from '../campaigns/campaign.repository.js';
import { requireActor } from '../campaigns/campaign.service.js';
import type { CertificateIssuer } from '../certificates/certificate-issuer.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { publicSummary, type RepositoryService } from '../repository/repository.service.js';
import type { ReviewService } from '../reviews/review.service.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound } from '../shared/problems.js';
import { fromHundredths } from '../submissions/author-shares.js';
import { isCampaignStaff } from '../submissions/submission-access.js';
import type { SubmissionRepository } from '../submissions/submission.repository.js';
import type { SubmissionService } from '../submissions/submission.service.js';
import type { DecisionDraftInput, DecisionEntryView, DecisionList, DecisionView } from './decision.schema.js';

export interface DecisionServiceDependencies {
  prisma: PrismaClient;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  submissionService: SubmissionService;
  reviews: ReviewService;
  repository: RepositoryService;
  certificates: CertificateIssuer;
  notifications: NotificationService;
  clock: Clock;
}

interface DecisionRow {
  id: string;
  campaignId: string;
  kind: string;
  number: string;
  decidedOn: Date;
  status: string;
  entries: unknown;
  approvedAt: Date | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function toView(row: DecisionRow, c: CampaignRecord): DecisionView {
  return {
    id: row.id,
    campaignId: row.campaignId,
    kind: row.kind as 'initial' | 'appeal',
    number: row.number,
    decidedOn: day(row.decidedOn),
    status: row.status as 'draft' | 'approved',
    threshold: c.threshold,
    entries: row.entries as DecisionEntryView[],
    approvedAt: row.approvedAt?.toISOString() ?? null,
  };
}

export class DecisionService {
  constructor(private readonly deps: DecisionServiceDependencies) {}

  private async campaignFor(db: Db, actor: Actor, campaignId: string, lock = false): Promise<CampaignRecord> {
    const c = lock ? await this.deps.campaigns.lock(db, campaignId) : await this.deps.campaigns.find(db, campaignId);
    if (!c || !isCampaignStaff(actor, c)) throw notFound(NAMES.campaign, campaignId);
    return c;
  }

  async list(actorIn: Actor | null, campaignId: string): Promise<DecisionList> {
    const actor = requireActor(actorIn);
    const c = await this.campaignFor(this.deps.prisma, actor, campaignId);
    const rows = await this.deps.prisma.decision.findMany({ where: { campaignId }, orderBy: { createdAt: 'asc' } });
    return { items: rows.map((r) => toView(r, c)) };
  }

  async draft(actorIn: Actor | null, campaignId: string, input: DecisionDraftInput): Promise<DecisionView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.campaignFor(tx, actor, campaignId, true);
      if (!canActAsSecretary(actor, c)) {
        throw forbidden('Chỉ thư ký hội đồng dự thảo quyết định.', 'Only the council’s secretary drafts the decision.');
      }
      if (!c.roundClosedAt) {
        throw conflict(
          'round_open',
          'Cần kết thúc vòng chấm trước khi dự thảo quyết định.',
          'Close the scoring round first.',
        );
      }
      const results = await this.deps.reviews.computeResults(tx, c);
      let entries: DecisionEntryView[];
      if (input.kind === 'initial') {
        if (c.state === 'decided') {
          throw conflict(
            'already_decided',
            'Đợt xét đã có quyết định công nhận.',
            'The campaign already has its decision.',
          );
        }
        const unscored = results.filter((r) => r.state === 'under_review' && r.score === null);
        if (unscored.length > 0) {
          throw conflict(
            'unscored_submissions',
            `Còn ${unscored.length} hồ sơ chưa có phiếu chấm chính thức.`,
            `${unscored.length} submission(s) have no final score sheet yet.`,
            { submissionIds: unscored.map((r) => r.submissionId) },
          );
        }
        entries = results
          .filter((r) => r.state === 'under_review')
          .map((r) => ({
            submissionId: r.submissionId,
            title: r.title,
            score: r.score,
            recognised: r.aboveThreshold,
            certificateCode: null,
          }))
          .sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
      } else {
        const appealed = await this.deps.submissions.list(tx, { campaignId, state: 'appealed' });
        if (appealed.length === 0)
          throw conflict('no_appeals', 'Không có khiếu nại nào đang chờ.', 'No appeal is pending.');
        const chosen = new Map(input.appeals.map((a) => [a.submissionId, a.recognised]));
        const scores = new Map(results.map((r) => [r.submissionId, r]));
        entries = appealed.map((s) => {
          const r = scores.get(s.id);
          const score = r?.score ?? s.score;
          return {
            submissionId: s.id,
            title: s.title,
            score,
            recognised: chosen.get(s.id) ?? (score !== null && score >= c.threshold),
            certificateCode: null,
          };
        });
      }
      await tx.decision.deleteMany({ where: { campaignId, kind: input.kind, status: 'draft' } });
      const row = await tx.decision.create({
        data: {
          id: uuidv7(),
          campaignId,
          kind: input.kind,
          number: input.number,
          decidedOn: new Date(`${input.decidedOn}T00:00:00Z`),
          status: 'draft',
          entries: entries as unknown as object,
          draftedBy: actor.userId,
          createdAt: now,
        },
      });
      const submissions = await this.deps.submissions.list(tx, { id: { in: entries.map((e) => e.submissionId) } });
      const facts = new Map(submissions.map((s) => [s.id, s]));
      await appendToOutbox(prismaTxExecutor(tx), [
        campaignEvents.decisionDrafted(
          { campaignId, decisionId: row.id, number: row.number, decidedOn: input.decidedOn, kind: input.kind },
          entries.map((e) => eventEntry(e, facts.get(e.submissionId))),
          actor,
          now,
        ),
      ]);
      return toView(row, c);
    });
  }

  async approve(actorIn: Actor | null, campaignId: string): Promise<DecisionView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.campaignFor(tx, actor, campaignId, true);
      if (!canApproveDecision(actor, c)) {
        throw forbidden(
          'Chỉ chủ tịch hội đồng phê duyệt quyết định.',
          'Only the council’s chair approves the decision.',
        );
      }
      const draft = await tx.decision.findFirst({
        where: { campaignId, status: 'draft' },
        orderBy: { createdAt: 'desc' },
      });
      if (!draft) throw conflict('no_draft', 'Chưa có dự thảo quyết định.', 'There is no draft decision.');
      const entries = draft.entries as DecisionEntryView[];
      const decidedOn = day(draft.decidedOn);
      const events: OutgoingEvent[] = [];
      const approved: DecisionEntryView[] = [];
      const facts = new Map<string, Awaited<ReturnType<SubmissionRepository['find']>>>();
      for (const entry of entries) {
        const s = await this.deps.submissions.lock(tx, entry.submissionId);
        if (!s) throw notFound(NAMES.submission, entry.submissionId);
        facts.set(s.id, s);
        const step = this.deps.submissionService.transition(
          s,
          c,
          entry.recognised ? 'recognise' : 'not_recognise',
          actor,
          now,
          `${draft.number} (${decidedOn})`,
          { score: entry.score, decidedAt: now },
        );
        await this.deps.submissions.update(tx, step.record);
        events.push(step.event);
        let certificateCode: string | null = null;
        if (entry.recognised) {
          const authors = s.authors.map((a) => ({ name: a.fullName, sharePercent: fromHundredths(a.shareHundredths) }));
          const issued = await this.deps.certificates.issue(tx, {
            submissionId: s.id,
            decisionId: draft.id,
            issuedAt: now,
            snapshot: {
              title: s.title,
              authors,
              organisation: { id: c.organisationId, name: c.organisationName },
              unitName: s.unitName,
              campaignTitle: c.title,
              fieldCode: s.fieldCode,
              decisionNumber: draft.number,
              decidedOn,
              year: c.year,
            },
          });
          certificateCode = issued.code;
          await this.deps.repository.upsert(
            tx,
            {
              origin: 'campaign',
              sourceUnit: c.id,
              externalId: s.id,
              submissionId: s.id,
              certificateCode,
              title: s.title,
              summary: publicSummary(s.solution),
              fieldCode: s.fieldCode,
              unitName: s.unitName,
              organisationId: c.organisationId,
              organisationName: c.organisationName,
              localityCode: c.localityCode,
              year: c.year,
              effectivenessSummary: publicSummary(s.benefitText),
              benefitVnd: s.benefitVnd,
              authors,
              recognisedOn: draft.decidedOn,
              decisionNumber: draft.number,
            },
            now,
          );
        }
        approved.push({ ...entry, certificateCode });
      }
      const row = await tx.decision.update({
        where: { id: draft.id },
        data: { status: 'approved', approvedBy: actor.userId, approvedAt: now, entries: approved as unknown as object },
      });
      if (draft.kind === 'initial') {
        await tx.campaign.update({ where: { id: c.id }, data: { state: 'decided', updatedAt: now } });
      }
      events.push(
        campaignEvents.decisionApproved(
          c,
          { decisionId: draft.id, number: draft.number, decidedOn, kind: draft.kind },
          approved.map((e) => eventEntry(e, facts.get(e.submissionId) ?? null)),
          actor,
          now,
        ),
      );
      await appendToOutbox(prismaTxExecutor(tx), events);
      await this.deps.notifications.notify(
        tx,
        [...facts.values()].flatMap((s) =>
          s
            ? [
                {
                  userId: s.ownerUserId,
                  kind: 'decision' as const,
                  vi: `Quyết định ${draft.number}: sáng kiến “${s.title}” ${approved.find((e) => e.submissionId === s.id)?.recognised ? 'được công nhận' : 'không được công nhận'}.`,
                  en: `Decision ${draft.number}: “${s.title}” was ${approved.find((e) => e.submissionId === s.id)?.recognised ? 'recognised' : 'not recognised'}.`,
                  link: `/sang-kien/cua-toi/${s.id}`,
                },
              ]
            : [],
        ),
      );
      return toView(row, c);
    });
  }
}

function eventEntry(
  e: DecisionEntryView,
  s: { benefitVnd: bigint | null; fieldCode: string } | null | undefined,
): DecisionEventEntry {
  return {
    submissionId: e.submissionId,
    title: e.title,
    score: e.score ?? 0,
    recognised: e.recognised,
    benefitVnd: s?.benefitVnd ?? null,
    fieldCode: s?.fieldCode ?? '',
  };
}
