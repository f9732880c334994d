// Exports for the council and the province: a campaign's scores (XLSX, CSV) and the repository's
// statistics per unit, field and year (JSON, XLSX). Scores are aggregated with @sti/review from the
// final score sheets, exactly as the council's results are.
import {
  aggregateSheets,
  decide,
  type RankingEntry,
  type ReviewerSheet,
  rankSubmissions,
  type ScoreSheet,
} from '@sti/review';
import { problem } from '@sti/platform';
import type { CampaignRepository } from '../campaigns/campaign.repository.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { type Actor, hasRole } from '../shared/actor.js';
import { NAMES, notFound } from '../shared/problems.js';
import { isCampaignStaff } from '../submissions/submission-access.js';
import { type ScoreExportRow, scoreTable, type Table } from './score-table.js';
import { type StatisticsDimension, type StatisticsRow, type StatisticsSource, statistics } from './statistics.js';
import { statisticsTable, tableCsv, tablesXlsx } from './table.writer.js';

const SCORED_STATES = ['under_review', 'recognised', 'not_recognised', 'appealed'] as const;
const DIMENSIONS: readonly StatisticsDimension[] = ['unit', 'field', 'year'];

export class ExportsService {
  constructor(
    private readonly deps: { prisma: PrismaClient; campaigns: CampaignRepository; reference: ReferenceService },
  ) {}

  async scoresTable(actor: Actor | null, campaignId: string): Promise<{ table: Table; campaignTitle: string }> {
    if (!actor) throw problem('unauthenticated');
    const { prisma } = this.deps;
    const campaign = await this.deps.campaigns.find(prisma, campaignId);
    // another organisation's staff learn nothing, not even that the campaign exists
    if (!campaign || !isCampaignStaff(actor, campaign)) throw notFound(NAMES.campaign, campaignId);
    const [submissions, fields] = await Promise.all([
      prisma.submission.findMany({
        where: { campaignId, state: { in: [...SCORED_STATES] } },
        include: {
          authors: { orderBy: { position: 'asc' } },
          assignments: { where: { status: 'active' }, include: { sheet: true }, orderBy: { createdAt: 'asc' } },
        },
      }),
      this.deps.reference.fields(),
    ]);
    const fieldName = new Map(fields.map((f) => [f.code, f.nameVi]));
    const rule = { threshold: campaign.threshold, minReviews: campaign.reviewsPerSubmission };
    const scored = submissions.map((s) => {
      const sheets: ReviewerSheet[] = s.assignments.flatMap((a) =>
        a.sheet
          ? [
              {
                reviewerId: a.reviewerUserId,
                sheet: {
                  rubricId: a.sheet.rubricId,
                  rubricVersion: a.sheet.rubricVersion,
                  status: a.sheet.status as ScoreSheet['status'],
                  scores: a.sheet.scores as ScoreSheet['scores'],
                },
              },
            ]
          : [],
      );
      return { submission: s, result: aggregateSheets(campaign.rubric, sheets) };
    });
    const entries: RankingEntry[] = scored.map(({ submission, result }) => ({
      submissionId: submission.id,
      submittedAt: submission.submittedAt ?? submission.createdAt,
      aggregate: result.aggregate,
    }));
    const rankOf = new Map(rankSubmissions(entries).map((r) => [r.submissionId, r.rank]));
    const rows: ScoreExportRow[] = scored
      .map(({ submission, result }) => ({
        rank: result.aggregate ? (rankOf.get(submission.id) ?? null) : null,
        submissionId: submission.id,
        title: submission.title,
        authors: submission.authors.map((a) => ({ name: a.fullName, sharePercent: a.shareHundredths / 100 })),
        unitName: submission.unitName,
        fieldName: fieldName.get(submission.fieldCode) ?? submission.fieldCode,
        reviewerTotals: result.totals.map((t) => t.total),
        criterionMeans: result.criterionMeans,
        aggregate: result.aggregate,
        outcome: decide(result.aggregate, rule).outcome,
      }))
      .sort((a, b) => (rankOf.get(a.submissionId) ?? 0) - (rankOf.get(b.submissionId) ?? 0));
    const table = scoreTable({
      campaignName: campaign.title,
      organisationName: campaign.organisationName,
      threshold: campaign.threshold,
      criteria: campaign.rubric.criteria.map((c) => ({ key: c.key, label: c.title.vi })),
      rows,
    });
    return { table, campaignTitle: campaign.title };
  }

  async scoresXlsx(actor: Actor | null, campaignId: string): Promise<Buffer> {
    const { table, campaignTitle } = await this.scoresTable(actor, campaignId);
    return tablesXlsx([{ name: `Diem ${campaignTitle}`, table }]);
  }

  async scoresCsv(actor: Actor | null, campaignId: string): Promise<Buffer> {
    return tableCsv((await this.scoresTable(actor, campaignId)).table);
  }

  async statistics(actor: Actor | null, by: StatisticsDimension): Promise<StatisticsRow[]> {
    return statistics(await this.statisticsSource(actor), by);
  }

  async statisticsXlsx(actor: Actor | null): Promise<Buffer> {
    const source = await this.statisticsSource(actor);
    const names: Record<StatisticsDimension, string> = {
      unit: 'Theo don vi',
      field: 'Theo linh vuc',
      year: 'Theo nam',
    };
    return tablesXlsx(
      DIMENSIONS.map((by) => ({
        name: names[by],
        table: statisticsTable(statistics(source, by), by),
        numberFormats: { 4: '#,##0' },
      })),
    );
  }

  /** The published repository (campaign recognitions and imports), for officers and admins. */
  private async statisticsSource(actor: Actor | null): Promise<StatisticsSource[]> {
    if (!actor) throw problem('unauthenticated');
    if (!hasRole(actor, 'officer', 'admin')) {
      throw problem('forbidden', {
        message: {
          vi: 'Chỉ cán bộ quản lý và quản trị viên xem được thống kê.',
          en: 'Only officers and admins see statistics.',
        },
      });
    }
    const [rows, fields] = await Promise.all([
      this.deps.prisma.repositoryRecord.findMany({
        where: { status: 'published' },
        select: { unitName: true, organisationName: true, fieldCode: true, year: true, benefitVnd: true, origin: true },
      }),
      this.deps.reference.fields(),
    ]);
    const fieldName = new Map(fields.map((f) => [f.code, f.nameVi]));
    return rows.map((r) => ({
      // the recognising organisation or source unit: the "unit" a province report counts by
      unitName: r.organisationName,
      fieldCode: r.fieldCode,
      fieldName: fieldName.get(r.fieldCode) ?? r.fieldCode,
      year: r.year,
      benefitVnd: r.benefitVnd ?? 0n,
      origin: r.origin === 'campaign' ? 'campaign' : 'import',
    }));
  }
}
