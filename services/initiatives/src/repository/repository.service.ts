// The central repository: a recognised initiative becomes a public record (and a RecordPublished
// event) when the chair approves the decision. Imports from other units (ini-files) use `upsert`,
// idempotent by (source unit, external id).
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { ReferenceService } from '../reference/reference.service.js';
import type { Db, PrismaClient } from '../shared/db.js';
import { NAMES, notFound } from '../shared/problems.js';
import { recordPublished } from './repository-record.events.js';
import type { RepositoryRecordView } from './repository.schema.js';

export interface RepositoryRecordRow {
  id: string;
  origin: 'campaign' | 'import';
  sourceUnit: string;
  externalId: string;
  submissionId: string | null;
  certificateCode: string | null;
  title: string;
  summary: string;
  fieldCode: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  localityCode: string;
  year: number;
  effectivenessSummary: string;
  benefitVnd: bigint | null;
  authors: { name: string; sharePercent: number }[];
  recognisedOn: Date | null;
  decisionNumber: string | null;
  status: string;
  revision: number;
}

export type NewRepositoryRecord = Omit<RepositoryRecordRow, 'id' | 'status' | 'revision'>;

const SUMMARY_LENGTH = 600;

/** The public summary: the solution's first sentences, cut at a word boundary. */
export function publicSummary(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= SUMMARY_LENGTH) return clean;
  const cut = clean.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export class RepositoryService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly reference: ReferenceService,
  ) {}

  /** Inserts or updates a record by (source unit, external id) and writes RecordPublished when it changed. */
  async upsert(db: Db, input: NewRepositoryRecord, now: Date): Promise<{ id: string; changed: boolean }> {
    const existing = await db.repositoryRecord.findUnique({
      where: { sourceUnit_externalId: { sourceUnit: input.sourceUnit, externalId: input.externalId } },
    });
    const data = { ...input, authors: input.authors as unknown as object };
    let row: RepositoryRecordRow;
    if (existing) {
      const before = JSON.stringify({ ...toRow(existing), id: '', revision: 0, status: '' }, big);
      const after = JSON.stringify({ ...toRow({ ...existing, ...data }), id: '', revision: 0, status: '' }, big);
      if (before === after && existing.status === 'published') return { id: existing.id, changed: false };
      const updated = await db.repositoryRecord.update({
        where: { id: existing.id },
        data: { ...data, status: 'published', revision: existing.revision + 1, updatedAt: now },
      });
      row = toRow(updated);
    } else {
      const created = await db.repositoryRecord.create({
        data: { id: uuidv7(), ...data, publishedAt: now, updatedAt: now },
      });
      row = toRow(created);
    }
    const field = (await this.reference.fields()).find((f) => f.code === row.fieldCode) ?? {
      code: row.fieldCode,
      nameVi: row.fieldCode,
      nameEn: row.fieldCode,
    };
    await appendToOutbox(prismaTxExecutor(db), [recordPublished(row, field, now)]);
    return { id: row.id, changed: true };
  }

  async get(id: string): Promise<RepositoryRecordView> {
    const row = await this.prisma.repositoryRecord.findUnique({ where: { id } });
    if (row?.status !== 'published') throw notFound(NAMES.record, id);
    const r = toRow(row);
    return {
      id: r.id,
      origin: r.origin,
      title: r.title,
      summary: r.summary,
      fieldCode: r.fieldCode,
      unitName: r.unitName,
      organisation: { id: r.organisationId, name: r.organisationName },
      localityCode: r.localityCode,
      year: r.year,
      effectivenessSummary: r.effectivenessSummary,
      benefitVnd: r.benefitVnd === null ? null : Number(r.benefitVnd),
      authors: r.authors,
      recognisedOn: r.recognisedOn ? r.recognisedOn.toISOString().slice(0, 10) : null,
      decisionNumber: r.decisionNumber,
      certificateCode: r.certificateCode,
      revision: r.revision,
    };
  }
}

const big = (_: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : v);

function toRow(row: {
  id: string;
  origin: string;
  sourceUnit: string;
  externalId: string;
  submissionId: string | null;
  certificateCode: string | null;
  title: string;
  summary: string;
  fieldCode: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  localityCode: string;
  year: number;
  effectivenessSummary: string;
  benefitVnd: bigint | null;
  authors: unknown;
  recognisedOn: Date | null;
  decisionNumber: string | null;
  status: string;
  revision: number;
}): RepositoryRecordRow {
  return {
    id: row.id,
    origin: row.origin as 'campaign' | 'import',
    sourceUnit: row.sourceUnit,
    externalId: row.externalId,
    submissionId: row.submissionId,
    certificateCode: row.certificateCode,
    title: row.title,
    summary: row.summary,
    fieldCode: row.fieldCode,
    unitName: row.unitName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    localityCode: row.localityCode,
    year: row.year,
    effectivenessSummary: row.effectivenessSummary,
    benefitVnd: row.benefitVnd,
    authors: row.authors as { name: string; sharePercent: number }[],
    recognisedOn: row.recognisedOn,
    decisionNumber: row.decisionNumber,
    status: row.status,
    revision: row.revision,
  };
}
