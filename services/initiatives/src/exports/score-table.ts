// The council's score sheet for a campaign as a plain table (headings in Vietnamese and English, one
// row per submission in rank order), rendered to XLSX or CSV by the writers. Reviewers appear as
// "Phản biện 1…n" in a fixed order per submission, never by name: the file leaves the council.
import type { DecisionOutcome, ScoreAggregate } from '@sti/review';

export interface ScoreExportRow {
  rank: number | null;
  submissionId: string;
  title: string;
  authors: readonly { name: string; sharePercent: number }[];
  unitName: string;
  fieldName: string;
  /** counted reviewers' weighted totals */
  reviewerTotals: readonly number[];
  criterionMeans: readonly { criterion: string; mean: number }[];
  aggregate: ScoreAggregate | undefined;
  outcome: DecisionOutcome | null;
}

export interface ScoreExportInput {
  campaignName: string;
  organisationName: string;
  threshold: number;
  criteria: readonly { key: string; label: string }[];
  rows: readonly ScoreExportRow[];
}

export type TableCell = string | number | null;

export interface Table {
  headings: { vi: string; en: string }[];
  rows: TableCell[][];
}

const OUTCOME: Record<DecisionOutcome, string> = {
  recognised: 'Đạt / Recognised',
  not_recognised: 'Không đạt / Not recognised',
  insufficient_reviews: 'Chưa đủ phiếu / Insufficient reviews',
};

export function scoreTable(input: ScoreExportInput): Table {
  const reviewerColumns = Math.max(0, ...input.rows.map((r) => r.reviewerTotals.length));
  const headings = [
    { vi: 'Hạng', en: 'Rank' },
    { vi: 'Mã hồ sơ', en: 'Submission id' },
    { vi: 'Tên sáng kiến', en: 'Title' },
    { vi: 'Tác giả (tỷ lệ %)', en: 'Authors (share %)' },
    { vi: 'Đơn vị', en: 'Unit' },
    { vi: 'Lĩnh vực', en: 'Field' },
    ...Array.from({ length: reviewerColumns }, (_, i) => ({ vi: `Phản biện ${i + 1}`, en: `Reviewer ${i + 1}` })),
    ...input.criteria.map((c) => ({ vi: `TB ${c.label}`, en: `Mean ${c.key}` })),
    { vi: 'Số phiếu', en: 'Reviews' },
    { vi: 'Điểm trung bình', en: 'Mean' },
    { vi: 'Trung bình cắt', en: 'Trimmed mean' },
    { vi: 'Độ lệch (max − min)', en: 'Spread' },
    { vi: 'Cần thảo luận', en: 'Needs discussion' },
    { vi: 'Kết quả', en: 'Outcome' },
  ];
  const rows = input.rows.map((r): TableCell[] => {
    const means = new Map(r.criterionMeans.map((m) => [m.criterion, m.mean]));
    return [
      r.rank,
      r.submissionId,
      r.title,
      r.authors.map((a) => `${a.name} (${a.sharePercent})`).join('; '),
      r.unitName,
      r.fieldName,
      ...Array.from({ length: reviewerColumns }, (_, i) => score(r.reviewerTotals[i])),
      ...input.criteria.map((c) => score(means.get(c.key))),
      r.aggregate?.count ?? 0,
      score(r.aggregate?.mean),
      score(r.aggregate?.trimmedMean),
      score(r.aggregate?.spread),
      r.aggregate ? (r.aggregate.needsDiscussion ? 'Có / Yes' : 'Không / No') : null,
      r.outcome ? OUTCOME[r.outcome] : null,
    ];
  });
  return { headings, rows };
}

/** Scores to two decimals, as the council reads them. */
const score = (value: number | undefined): number | null =>
  value === undefined ? null : Math.round(value * 100) / 100;
