// The jury rules of the incubation service, on top of the shared review engine (@sti/review): who is an
// "author" of a startup's application (its team and organisation, for the conflict rules), the written
// feedback every final sheet must carry, and results (aggregation, ranking with the engine's documented
// tie-break, each applicant's feedback). Plain functions, no I/O.
import {
  aggregateSheets,
  buildConflictIndex,
  type ConflictDeclaration,
  type RankedEntry,
  type ReviewPool,
  type Rubric,
  rankSubmissions,
  type ScoreAggregate,
  type ScoreSheet,
} from '@sti/review';

export interface PanelItem {
  id: string;
  title: string;
  submittedAt: Date;
  startup: {
    id: string;
    name: string;
    stage: string;
    sectorCode: string;
    trl: number;
    communeCode: string;
    summary: string;
    ownerUserId: string;
    organisationId: string | null;
    memberUserIds: readonly (string | null)[];
  };
  answers: { key: string; label: { vi: string; en: string }; value: string }[];
}

export interface PanelMemberRow {
  userId: string;
  organisationId: string | null;
}

export interface SheetRow {
  id: string;
  itemId: string;
  reviewerUserId: string;
  status: string;
  scores: ScoreSheet['scores'];
  feedback: string;
  total: number | null;
}

/** The shortest written feedback a juror may leave on a final sheet (every applicant gets feedback). */
export const MIN_FEEDBACK_LENGTH = 20;

/** A startup's team members with an account and its organisation are the application's "authors". */
export function reviewPool(
  items: readonly PanelItem[],
  members: readonly PanelMemberRow[],
  declared: readonly ConflictDeclaration[],
): ReviewPool {
  return {
    submissions: items.map((item) => {
      const people = [
        ...new Set([item.startup.ownerUserId, ...item.startup.memberUserIds.filter((u): u is string => !!u)]),
      ];
      return {
        id: item.id,
        authors: people.map((personId) => ({
          personId,
          ...(item.startup.organisationId ? { organisationId: item.startup.organisationId } : {}),
        })),
      };
    }),
    reviewers: members.map((m) => ({ id: m.userId, organisationIds: m.organisationId ? [m.organisationId] : [] })),
    conflicts: buildConflictIndex([], declared),
  };
}

export function feedbackProblem(status: 'draft' | 'final', feedback: string): string | undefined {
  if (status === 'final' && feedback.trim().length < MIN_FEEDBACK_LENGTH) return 'feedback_required';
  return undefined;
}

export function toEngineSheet(rubric: Rubric, row: Pick<SheetRow, 'status' | 'scores' | 'feedback'>): ScoreSheet {
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    status: row.status === 'final' ? 'final' : 'draft',
    scores: row.scores,
    comment: row.feedback,
  };
}

export interface ItemResult {
  itemId: string;
  rank: number;
  /** the trimmed mean of the final sheets' totals (undefined: no final sheet) */
  score: number | undefined;
  aggregate: ScoreAggregate | undefined;
  tieBreak: RankedEntry['separatedBy'];
  /** each final sheet's total and written feedback, jurors unnamed ("Giám khảo 1", …) */
  feedback: { juror: string; total: number; comment: string }[];
}

/**
 * Results of a panel: every item aggregated from its final sheets and ranked by the engine's total
 * order — higher trimmed mean, then higher median, then more final sheets, then earlier submission,
 * then smaller id — so ties are always broken the same documented way.
 */
export function panelResults(rubric: Rubric, items: readonly PanelItem[], sheets: readonly SheetRow[]): ItemResult[] {
  const byItem = new Map<string, SheetRow[]>();
  for (const s of sheets) byItem.set(s.itemId, [...(byItem.get(s.itemId) ?? []), s]);
  const aggregates = new Map(
    items.map((item) => {
      const rows = byItem.get(item.id) ?? [];
      const result = aggregateSheets(
        rubric,
        rows.map((r) => ({ reviewerId: r.reviewerUserId, sheet: toEngineSheet(rubric, r) })),
      );
      return [item.id, { result, rows }] as const;
    }),
  );
  const ranked = rankSubmissions(
    items.map((item) => ({
      submissionId: item.id,
      submittedAt: item.submittedAt,
      aggregate: aggregates.get(item.id)?.result.aggregate,
    })),
  );
  return ranked.map((entry) => {
    const { result, rows } = aggregates.get(entry.submissionId) as {
      result: ReturnType<typeof aggregateSheets>;
      rows: SheetRow[];
    };
    const counted = new Map(result.totals.map((t) => [t.reviewerId, t.total]));
    const finals = rows
      .filter((r) => counted.has(r.reviewerUserId))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      itemId: entry.submissionId,
      rank: entry.rank,
      score: entry.aggregate?.trimmedMean,
      aggregate: entry.aggregate,
      tieBreak: entry.separatedBy,
      feedback: finals.map((r, i) => ({
        juror: `Giám khảo ${i + 1}`,
        total: counted.get(r.reviewerUserId) as number,
        comment: r.feedback,
      })),
    };
  });
}

/** What stops results from being published: sheets not final (so some applicant would lack feedback). */
export function publishBlockers(items: readonly PanelItem[], sheets: readonly SheetRow[]) {
  const open = sheets.filter((s) => s.status !== 'final');
  const withFinal = new Set(sheets.filter((s) => s.status === 'final').map((s) => s.itemId));
  const unreviewed = items.filter((i) => !withFinal.has(i.id)).map((i) => i.id);
  return { openSheets: open.length, unreviewedItemIds: unreviewed };
}

export const TIE_BREAK_RULE = {
  vi: 'Xếp hạng theo điểm trung bình đã loại cao nhất và thấp nhất (khi có từ 5 phiếu); bằng điểm thì xét trung vị, rồi số phiếu chấm, rồi hồ sơ nộp sớm hơn, cuối cùng theo mã hồ sơ.',
  en: 'Ranked by the trimmed mean (highest and lowest dropped from 5 sheets up); ties go to the higher median, then more score sheets, then the earlier submission, then the smaller application id.',
};
