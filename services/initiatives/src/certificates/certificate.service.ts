// Certificates of recognition: issued in the chair's approval transaction (with the initiative's public
// repository record and its RecordPublished event), rendered as PDF on request, verified publicly by
// code, revoked by the chair or an admin (the repository record is withdrawn with it).
import { appendToOutbox, prismaTxExecutor, problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { councilRoleOf } from '../campaigns/campaign-access.policy.js';
import type { CampaignRepository } from '../campaigns/campaign.repository.js';
import type { PrismaClient, RepositoryRecord } from '../generated/prisma/client.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { recordWithdrawn } from '../repository/repository-record.events.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../shared/db.js';
import { conflict, unprocessable } from '../shared/problems.js';
import { isAuthorOf } from '../submissions/submission-access.js';
import type { SubmissionRepository } from '../submissions/submission.repository.js';
import type {
  CertificateIssuer,
  CertificateRequest,
  CertificateSnapshot,
  IssuedCertificate,
} from './certificate-issuer.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import {
  type CertificateFacts,
  type CertificateViewer,
  canDownloadCertificate,
  canRevokeCertificate,
  checkRevocation,
  type VerificationResult,
  verificationResult,
} from './certificate.rules.js';
import type { VerificationCodes } from './verification-code.js';

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

export class CertificateService implements CertificateIssuer {
  constructor(private readonly deps: CertificateServiceDeps) {}

  verificationUrl(code: string): string {
    return `${this.deps.publicUrl.replace(/\/+$/, '')}/xac-minh/${code}`;
  }

  /** The decision approval's seam (ini-core calls it in its transaction): a signed code, the snapshot stored. */
  async issue(tx: Db, request: CertificateRequest): Promise<IssuedCertificate> {
    const existing = await tx.certificate.findFirst({
      where: { submissionId: request.submissionId, decisionId: request.decisionId },
    });
    if (existing) return { id: existing.id, code: existing.code };
    const code = await this.freshCode(tx);
    const id = uuidv7();
    await tx.certificate.create({
      data: {
        id,
        code,
        submissionId: request.submissionId,
        decisionId: request.decisionId,
        status: 'valid',
        snapshot: request.snapshot as unknown as object,
        issuedAt: request.issuedAt,
      },
    });
    return { id, code };
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
      organisationName: snapshot.organisation.name,
      title: snapshot.title,
      authors: snapshot.authors,
      unitName: snapshot.unitName,
      decisionNumber: snapshot.decisionNumber,
      decisionDate: snapshot.decidedOn,
      verificationUrl: this.verificationUrl(certificate.code),
      revoked: certificate.status === 'revoked',
    });
    return { fileName: `giay-chung-nhan-sang-kien-${certificate.code}.pdf`, body };
  }

  async revoke(actor: Actor | null, input: string, reason: string): Promise<VerificationResult> {
    const { certificate, viewer } = await this.openForActor(actor, input);
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
      const record = await tx.repositoryRecord.findFirst({ where: { certificateCode: certificate.code } });
      if (!record || record.status === 'withdrawn') return undefined;
      const row = await tx.repositoryRecord.update({
        where: { id: record.id },
        data: { status: 'withdrawn', revision: record.revision + 1, updatedAt: now },
      });
      await appendToOutbox(prismaTxExecutor(tx), [recordWithdrawn(row.id, row.revision, 'certificate_revoked', now)]);
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
    const decision = await this.deps.prisma.decision.findUnique({ where: { id: certificate.decisionId } });
    const [campaign, submission] = await Promise.all([
      decision ? this.deps.campaigns.find(this.deps.prisma, decision.campaignId) : null,
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
    organisationName: s.organisation.name,
    unitName: s.unitName,
    decisionNumber: s.decisionNumber,
    decisionDate: s.decidedOn,
    revokedAt: row.revokedAt,
    revocationReason: row.revokeReason,
  };
}

function forbiddenCertificate() {
  return problem('forbidden', {
    message: {
      vi: 'Bạn không có quyền với giấy chứng nhận này.',
      en: 'You are not allowed to do this with this certificate.',
    },
  });
}
