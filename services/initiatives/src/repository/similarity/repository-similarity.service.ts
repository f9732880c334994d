// The near-duplicate index over the published repository, kept in memory per instance. It follows
// repository_records by their update time (so records written by another instance are seen within
// REFRESH_MS), and hears this instance's own writes at once. Withdrawn records leave the index.
import { problem } from '@sti/platform';
import type { CampaignRepository } from '../../campaigns/campaign.repository.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Actor } from '../../shared/actor.js';
import { NAMES, notFound } from '../../shared/problems.js';
import { isCampaignStaff } from '../../submissions/submission-access.js';
import type { SubmissionRepository } from '../../submissions/submission.repository.js';
import type { SimilarRecordsView } from './similarity.schema.js';
import { SimilarityIndex } from './similarity-index.js';

const REFRESH_MS = 5_000;
/** rows committed late with an earlier update time are caught by re-reading this far back */
const OVERLAP_MS = 60_000;
const PAGE = 2_000;

export interface IndexedRow {
  id: string;
  title: string;
  summary: string;
  status: string;
  revision: number;
  updatedAt: Date;
}

export const recordText = (row: Pick<IndexedRow, 'title' | 'summary'>) => `${row.title}. ${row.summary}`;

export class RepositorySimilarityService {
  private readonly index = new SimilarityIndex();
  private readonly revisions = new Map<string, number>();
  private syncedTo = new Date(0);
  private lastRefresh = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly deps: { prisma: PrismaClient; campaigns: CampaignRepository; submissions: SubmissionRepository },
  ) {}

  get size(): number {
    return this.index.size;
  }

  /** Applies committed rows (published → indexed, withdrawn → removed); older revisions are ignored. */
  apply(rows: readonly IndexedRow[]): void {
    for (const row of rows) {
      const known = this.revisions.get(row.id);
      if (known !== undefined && known >= row.revision) continue;
      this.revisions.set(row.id, row.revision);
      if (row.status === 'published') this.index.upsert(row.id, recordText(row));
      else this.index.remove(row.id);
      if (row.updatedAt > this.syncedTo) this.syncedTo = row.updatedAt;
    }
  }

  /** Reads what changed since the last refresh (everything, the first time). */
  refresh(force = false): Promise<void> {
    if (!force && Date.now() - this.lastRefresh < REFRESH_MS && this.lastRefresh > 0) return Promise.resolve();
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const since = new Date(Math.max(0, this.syncedTo.getTime() - OVERLAP_MS));
    this.lastRefresh = Date.now();
    let cursor: { updatedAt: Date; id: string } | undefined;
    for (;;) {
      const rows = await this.deps.prisma.repositoryRecord.findMany({
        where: cursor
          ? { OR: [{ updatedAt: { gt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { gt: cursor.id } }] }
          : { updatedAt: { gte: since } },
        select: { id: true, title: true, summary: true, status: true, revision: true, updatedAt: true },
        orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
        take: PAGE,
      });
      this.apply(rows);
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1] as IndexedRow;
      cursor = { updatedAt: last.updatedAt, id: last.id };
    }
  }

  async similarToSubmission(actor: Actor | null, submissionId: string, limit = 10): Promise<SimilarRecordsView> {
    if (!actor) throw problem('unauthenticated');
    const { prisma } = this.deps;
    const submission = await this.deps.submissions.find(prisma, submissionId);
    const campaign = submission ? await this.deps.campaigns.find(prisma, submission.campaignId) : null;
    if (!submission || !campaign) throw notFound(NAMES.submission, submissionId);
    if (!isCampaignStaff(actor, campaign) || submission.state === 'draft') {
      throw problem('forbidden', {
        message: {
          vi: 'Chỉ thư ký, chủ tịch hội đồng và cán bộ quản lý đợt xét xem được sáng kiến tương tự.',
          en: "Only the campaign's secretary, chair and managers see similar initiatives.",
        },
      });
    }
    await this.refresh();
    const text = `${submission.title}. ${submission.solution} ${submission.novelty}`;
    const found = this.index.query(text, { limit: limit + 1, minJaccard: 0.15 });
    const rows = await prisma.repositoryRecord.findMany({ where: { id: { in: found.map((m) => m.id) } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const matches = found.flatMap((m) => {
      const row = byId.get(m.id);
      // the submission's own record (recognised earlier, now on appeal) is not a duplicate of itself
      if (!row || row.submissionId === submission.id || row.status !== 'published') return [];
      return [
        {
          record: {
            id: row.id,
            title: row.title,
            unitName: row.unitName,
            organisationName: row.organisationName,
            fieldCode: row.fieldCode,
            year: row.year,
            origin: row.origin === 'campaign' ? ('campaign' as const) : ('import' as const),
            decisionNumber: row.decisionNumber,
          },
          jaccard: m.jaccard,
          estimatedJaccard: m.estimatedJaccard,
        },
      ];
    });
    return { submissionId, indexedRecords: this.index.size, matches: matches.slice(0, limit) };
  }
}
