// Certificates of recognition: issued in the chair's approval transaction (with the initiative's public
// repository record and its RecordPublished event), rendered as PDF on request, verified publicly by
// code, revoked by the chair or an admin (the repository record is withdrawn with it).
import { appendToOutbox, prismaTxExecutor, problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { councilRoleOf } from '../campaigns/campaign-access.policy.js';
import type { CampaignRecord, CampaignRepository } from '../campaigns/campaign.repository.js';
import type { PrismaClient, RepositoryRecord } from '../generated/prisma/client.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { recordPublishedEvent, recordWithdrawnEvent } from '../repository/import/record-events.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../shared/db.js';
import { conflict, unprocessable } from '../shared/problems.js';
import { isAuthorOf } from '../submissions/submission-access.js';
import type { SubmissionRecord, SubmissionRepository } from '../submissions/submission.repository.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import {
  type CertificateAuthorShare,
  type CertificateFacts,
  type CertificateViewer,
  canDownloadCertificate,
  canRevokeCertificate,
  checkRevocation,
  type VerificationResult,
  verificationResult,
} from './certificate.rules.js';
import type { VerificationCodes } from './verification-code.js';

/** What ini-core's decision approval hands over for each recognised submission. */
export interface IssueCertificateInput {
  campaign: Pick<CampaignRecord, 'id' | 'title' | 'organisationId' | 'organisationName' | 'localityCode' | 'year'>;
  submission: Pick<
    SubmissionRecord,
    'id' | 'title' | 'unitName' | 'fieldCode' | 'solution' | 'benefitVnd' | 'benefitText' | 'authors'
  >;
  decisionId: string;
  decisionNumber: string;
  /** ISO date YYYY-MM-DD */
  decisionDate: string;
}

export interface IssuedCertificate {
  certificateId: string;
  code: string;
  verificationUrl: string;
  repositoryRecordId: string;
}

/** The port ini-core's decision approval calls, inside its own transaction. */
export interface CertificateIssuer {
  issue(tx: Db, input: IssueCertificateInput): Promise<IssuedCertificate>;
}

/** What the certificate says, frozen at issue (the `snapshot` column). */
interface CertificateSnapshot {
  title: string;
  authors: CertificateAuthorShare[];
  organisationName: string;
  unitName: string;
  decisionNumber: string;
  decisionDate: string;
  campaignId: string;
  campaignTitle: string;
  repositoryRecordId: string;
}

export interface CertificateServiceDeps {
  prisma: PrismaClient;
  codes: VerificationCodes;
  /** the portal's public address; QR codes point to `<publicUrl>/xac-minh/<code>` */
  publicUrl: string;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  reference: ReferenceService;
  clock: Clock;
  /** the similarity index hears about published and withdrawn records once committed */
  onRecordsChanged?: (rows: readonly RepositoryRecord[]) => void;
}

const SUMMARY_LENGTH = 1000;

export class CertificateService implements CertificateIssuer {
  constructor(private readonly deps: CertificateServiceDeps) {}

  verificationUrl(code: string): string {
    return `${this.deps.publicUrl.replace(/\/+$/, '')}/xac-minh/${code}`;
  }

  async issue(tx: Db, input: IssueCertificateInput): Promise<IssuedCertificate> {
    const { campaign, submission } = input;
    const now = this.deps.clock();
    const existing = await tx.certificate.findFirst({
      where: { submissionId: submission.id, decisionId: input.decisionId },
    });
    if (existing) {
      const snapshot = existing.snapshot as unknown as CertificateSnapshot;
      return {
        certificateId: existing.id,
        code: existing.code,
        verificationUrl: this.verificationUrl(existing.code),
        repositoryRecordId: snapshot.repositoryRecordId,
      };
    }
    const code = await this.freshCode(tx);
    const authors = submission.authors.map((a) => ({ name: a.fullName, sharePercent: a.shareHundredths / 100 }));

    // The public record: one per submission (an appeal's re-decision updates it, revision + 1).
    const record = await this.publishRecord(tx, input, code, authors, now);
    const snapshot: CertificateSnapshot = {
      title: submission.title,
      authors,
      organisationName: campaign.organisationName,
      unitName: submission.unitName,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      campaignId: campaign.id,
      campaignTitle: campaign.title,
      repositoryRecordId: record.id,
    };
    const certificateId = uuidv7();
    await tx.certificate.create({
      data: {
        id: certificateId,
        code,
        submissionId: submission.id,
        decisionId: input.decisionId,
        status: 'valid',
        snapshot: snapshot as unknown as object,
        issuedAt: now,
      },
    });
    return { certificateId, code, verificationUrl: this.verificationUrl(code), repositoryRecordId: record.id };
  }

  /** Tell the similarity index about the records an approval published, after it committed. */
  recordsCommitted(rows: readonly RepositoryRecord[]): void {
    this.deps.onRecordsChanged?.(rows);
  }

  async verify(input: string): Promise<VerificationResult> {
    const parsed = this.deps.codes.parse(input);
    const found = parsed.ok ? await this.deps.prisma.certificate.findUnique({ where: { code: parsed.code } }) : null;
    return verificationResult(input, parsed, found ? facts(found) : undefined);
  }

  async pdf(actor: Actor | null, input: string): Promise<{ fileName: string; body: Buffer }> {
    const { certificate, snapshot, viewer } = await this.openForActor(actor, input);
    if (!canDownloadCertificate(viewer)) throw forbiddenCertificate();
    const body = await renderCertificatePdf({
      code: certificate.code,
      organisationName: snapshot.organisationName,
      title: snapshot.title,
      authors: snapshot.authors,
      unitName: snapshot.unitName,
      decisionNumber: snapshot.decisionNumber,
      decisionDate: snapshot.decisionDate,
      verificationUrl: this.verificationUrl(certificate.code),
      revoked: certificate.status === 'revoked',
    });
    return { fileName: `giay-chung-nhan-sang-kien-${certificate.code}.pdf`, body };
  }

  async revoke(actor: Actor | null, input: string, reason: string): Promise<VerificationResult> {
    const { certificate, snapshot, viewer } = await this.openForActor(actor, input);
    if (!canRevokeCertificate(viewer)) throw forbiddenCertificate();
    const check = checkRevocation(certificate.status as 'valid' | 'revoked', reason);
    if (!check.ok) {
      throw check.problem === 'already_revoked'
        ? conflict(
            'certificate_already_revoked',
            'Giấy chứng nhận đã bị thu hồi.',
            'The certificate is already revoked.',
          )
        : unprocessable(
            'revocation_reason_required',
            'Cần ghi lý do thu hồi (ít nhất 5 ký tự).',
            'A reason for the revocation is required (at least 5 characters).',
          );
    }
    const now = this.deps.clock();
    const withdrawn = await this.deps.prisma.$transaction(async (tx) => {
      const updated = await tx.certificate.updateMany({
        where: { id: certificate.id, status: 'valid' },
        data: { status: 'revoked', revokedAt: now, revokeReason: check.reason },
      });
      if (updated.count === 0) {
        throw conflict(
          'certificate_already_revoked',
          'Giấy chứng nhận đã bị thu hồi.',
          'The certificate is already revoked.',
        );
      }
      const record = await tx.repositoryRecord.findUnique({ where: { id: snapshot.repositoryRecordId } });
      if (!record || record.status === 'withdrawn') return undefined;
      const row = await tx.repositoryRecord.update({
        where: { id: record.id },
        data: { status: 'withdrawn', revision: record.revision + 1, updatedAt: now },
      });
      await appendToOutbox(prismaTxExecutor(tx), [recordWithdrawnEvent(row, 'certificate_revoked', now)]);
      return row;
    });
    if (withdrawn) this.deps.onRecordsChanged?.([withdrawn]);
    return this.verify(certificate.code);
  }

  private async openForActor(actor: Actor | null, input: string) {
    if (!actor) throw problem('unauthenticated');
    const parsed = this.deps.codes.parse(input);
    const certificate = parsed.ok
      ? await this.deps.prisma.certificate.findUnique({ where: { code: parsed.code } })
      : null;
    if (!certificate) {
      throw problem('not_found', {
        message: {
          vi: `Không tìm thấy giấy chứng nhận ${input.slice(0, 40)}.`,
          en: `No certificate ${input.slice(0, 40)}.`,
        },
      });
    }
    const snapshot = certificate.snapshot as unknown as CertificateSnapshot;
    const [campaign, submission] = await Promise.all([
      this.deps.campaigns.find(this.deps.prisma, snapshot.campaignId),
      this.deps.submissions.find(this.deps.prisma, certificate.submissionId),
    ]);
    const viewer: CertificateViewer = {
      userId: actor.userId,
      platformRoles: actor.roles,
      councilRole: campaign ? councilRoleOf(campaign, actor) : null,
      isAuthor: submission ? isAuthorOf(actor, submission) : false,
    };
    return { certificate, snapshot, viewer };
  }

  private async freshCode(tx: Db): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = this.deps.codes.issue();
      if (!(await tx.certificate.findUnique({ where: { code } }))) return code;
    }
    throw new Error('could not draw an unused certificate code');
  }

  private async publishRecord(
    tx: Db,
    input: IssueCertificateInput,
    code: string,
    authors: CertificateAuthorShare[],
    now: Date,
  ): Promise<RepositoryRecord> {
    const { campaign, submission } = input;
    const content = {
      origin: 'campaign',
      certificateCode: code,
      submissionId: submission.id,
      title: submission.title,
      summary: summarise(submission.solution),
      fieldCode: submission.fieldCode,
      unitName: submission.unitName,
      organisationId: campaign.organisationId,
      organisationName: campaign.organisationName,
      localityCode: campaign.localityCode,
      year: Number(input.decisionDate.slice(0, 4)),
      effectivenessSummary: summarise(submission.benefitText),
      benefitVnd: submission.benefitVnd,
      authors: authors.map((a) => ({ name: a.name, sharePercent: Math.round(a.sharePercent) })),
      recognisedOn: new Date(`${input.decisionDate}T00:00:00Z`),
      decisionNumber: input.decisionNumber,
      status: 'published',
      updatedAt: now,
    };
    const current = await tx.repositoryRecord.findUnique({
      where: { sourceUnit_externalId: { sourceUnit: campaign.id, externalId: submission.id } },
    });
    const row = current
      ? await tx.repositoryRecord.update({
          where: { id: current.id },
          data: { ...content, revision: current.revision + 1 },
        })
      : await tx.repositoryRecord.create({
          data: {
            ...content,
            id: uuidv7(),
            sourceUnit: campaign.id,
            externalId: submission.id,
            revision: 1,
            publishedAt: now,
          },
        });
    const field = await this.deps.reference.field(submission.fieldCode);
    await appendToOutbox(prismaTxExecutor(tx), [recordPublishedEvent(row, field, now)]);
    return row;
  }
}

function facts(row: {
  code: string;
  status: string;
  snapshot: unknown;
  revokedAt: Date | null;
  revokeReason: string | null;
}): CertificateFacts {
  const s = row.snapshot as CertificateSnapshot;
  return {
    code: row.code,
    status: row.status === 'revoked' ? 'revoked' : 'valid',
    title: s.title,
    authors: s.authors,
    organisationName: s.organisationName,
    unitName: s.unitName,
    decisionNumber: s.decisionNumber,
    decisionDate: s.decisionDate,
    revokedAt: row.revokedAt,
    revocationReason: row.revokeReason,
  };
}

function summarise(text: string): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

function forbiddenCertificate() {
  return problem('forbidden', {
    message: {
      vi: 'Bạn không có quyền với giấy chứng nhận này.',
      en: 'You are not allowed to do this with this certificate.',
    },
  });
}
