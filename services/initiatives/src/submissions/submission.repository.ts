// Reads and writes of submissions with their authors and gate answers.
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../shared/db.js';
import type { SubmissionState } from './submission-lifecycle.js';
import type { FreeTextField } from './submission.schema.js';

export interface AuthorRecord {
  fullName: string;
  shareHundredths: number;
  userId: string | null;
  jobTitle: string | null;
  organisationId: string | null;
  unitName: string | null;
  email: string | null;
  phone: string | null;
}

export interface GateAnswerRecord {
  gateCode: string;
  passed: boolean;
  reason: string;
  answeredBy: string;
  answeredAt: Date;
}

/** The approved decision that settled a submission and the certificate it earned, if any. */
export interface SubmissionOutcomeRecord {
  decision: { number: string; decidedOn: Date } | null;
  certificate: { code: string; status: string } | null;
}

export interface AttachmentRecord {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface SubmissionRecord {
  id: string;
  campaignId: string;
  ownerUserId: string;
  organisationId: string | null;
  organisationName: string | null;
  title: string;
  unitName: string;
  fieldCode: string;
  problem: string;
  solution: string;
  novelty: string;
  applicationPlace: string;
  firstAppliedOn: Date | null;
  benefitVnd: bigint | null;
  benefitText: string;
  identifyingFields: FreeTextField[];
  contactEmail: string | null;
  contactPhone: string | null;
  state: SubmissionState;
  stateReason: string | null;
  score: number | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  appealedAt: Date | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  authors: AuthorRecord[];
  gateAnswers: GateAnswerRecord[];
  attachments: AttachmentRecord[];
}

const include = {
  authors: { orderBy: { position: 'asc' as const } },
  gateAnswers: { orderBy: { gateCode: 'asc' as const } },
  attachments: { orderBy: { id: 'asc' as const } },
} satisfies Prisma.SubmissionInclude;

type Row = Prisma.SubmissionGetPayload<{ include: typeof include }>;

function toRecord(row: Row): SubmissionRecord {
  return {
    ...row,
    identifyingFields: row.identifyingFields as FreeTextField[],
    authors: row.authors.map((a) => ({
      fullName: a.fullName,
      shareHundredths: a.shareHundredths,
      userId: a.userId,
      jobTitle: a.jobTitle,
      organisationId: a.organisationId,
      unitName: a.unitName,
      email: a.email,
      phone: a.phone,
    })),
    gateAnswers: row.gateAnswers.map((g) => ({
      gateCode: g.gateCode,
      passed: g.passed,
      reason: g.reason,
      answeredBy: g.answeredBy,
      answeredAt: g.answeredAt,
    })),
    attachments: row.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
    })),
  };
}

export class SubmissionRepository {
  async find(db: Db, id: string): Promise<SubmissionRecord | null> {
    const row = await db.submission.findUnique({ where: { id }, include });
    return row ? toRecord(row) : null;
  }

  async outcome(db: Db, submissionId: string, campaignId: string): Promise<SubmissionOutcomeRecord> {
    const certificate = await db.certificate.findFirst({
      where: { submissionId },
      orderBy: { issuedAt: 'desc' },
      include: { decision: true },
    });
    if (certificate)
      return {
        decision: { number: certificate.decision.number, decidedOn: certificate.decision.decidedOn },
        certificate: { code: certificate.code, status: certificate.status },
      };
    // Not recognised: the latest approved decision that lists the submission (entries is a small JSON array).
    const decisions = await db.decision.findMany({
      where: { campaignId, status: 'approved' },
      orderBy: { approvedAt: 'desc' },
      select: { number: true, decidedOn: true, entries: true },
    });
    const listing = decisions.find((d) =>
      (d.entries as { submissionId?: string }[]).some((e) => e.submissionId === submissionId),
    );
    return { decision: listing ? { number: listing.number, decidedOn: listing.decidedOn } : null, certificate: null };
  }

  async addAttachment(db: Db, submissionId: string, a: AttachmentRecord, createdBy: string): Promise<void> {
    await db.submissionAttachment.create({ data: { ...a, submissionId, createdBy } });
  }

  async removeAttachment(db: Db, submissionId: string, attachmentId: string): Promise<boolean> {
    const { count } = await db.submissionAttachment.deleteMany({ where: { id: attachmentId, submissionId } });
    return count > 0;
  }

  async lock(db: Db, id: string): Promise<SubmissionRecord | null> {
    await db.$queryRawUnsafe('SELECT id FROM submissions WHERE id = $1::uuid FOR UPDATE', id);
    return this.find(db, id);
  }

  async list(db: Db, where: Prisma.SubmissionWhereInput): Promise<SubmissionRecord[]> {
    const rows = await db.submission.findMany({ where, include, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map(toRecord);
  }

  async insert(db: Db, s: SubmissionRecord): Promise<void> {
    const { authors, gateAnswers: _g, attachments: _a, ...data } = s;
    await db.submission.create({ data });
    await this.replaceAuthors(db, s.id, authors);
  }

  async update(db: Db, s: SubmissionRecord, options: { authors?: boolean } = {}): Promise<void> {
    const { authors, gateAnswers: _g, attachments: _a, id, campaignId: _c, createdAt: _ca, ...data } = s;
    await db.submission.update({ where: { id }, data });
    if (options.authors) await this.replaceAuthors(db, id, authors);
  }

  async replaceAuthors(db: Db, submissionId: string, authors: readonly AuthorRecord[]): Promise<void> {
    await db.submissionAuthor.deleteMany({ where: { submissionId } });
    await db.submissionAuthor.createMany({
      data: authors.map((a, position) => ({ id: crypto.randomUUID(), submissionId, position, ...a })),
    });
  }

  async saveGateAnswers(db: Db, submissionId: string, answers: readonly GateAnswerRecord[]): Promise<void> {
    await db.gateAnswer.deleteMany({ where: { submissionId } });
    if (answers.length === 0) return;
    await db.gateAnswer.createMany({ data: answers.map((a) => ({ id: crypto.randomUUID(), submissionId, ...a })) });
  }
}
