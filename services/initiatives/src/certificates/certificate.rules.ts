// Who may read or revoke a certificate, and what the public verification page may show.
import type { ParsedCode } from './verification-code.js';

export type CertificateStatus = 'valid' | 'revoked';
export type CouncilRole = 'chair' | 'secretary' | 'reviewer';

export interface CertificateAuthorShare {
  name: string;
  sharePercent: number;
}

export interface CertificateFacts {
  code: string;
  status: CertificateStatus;
  title: string;
  authors: readonly CertificateAuthorShare[];
  organisationName: string;
  unitName?: string | null;
  decisionNumber: string;
  /** ISO date */
  decisionDate: string;
  revokedAt?: Date | null;
  revocationReason?: string | null;
}

export interface CertificateViewer {
  userId: string | null;
  platformRoles: readonly string[];
  /** the viewer's role in the council of the certificate's campaign, if any */
  councilRole: CouncilRole | null;
  /** whether the viewer is one of the submission's authors (by user id) */
  isAuthor: boolean;
}

/** The PDF: the authors themselves, the campaign's council, and admins. */
export function canDownloadCertificate(viewer: CertificateViewer): boolean {
  if (!viewer.userId) return false;
  return viewer.isAuthor || viewer.councilRole !== null || viewer.platformRoles.includes('admin');
}

/** Revocation undoes the chair's recognition: only the chair of that council or an admin. */
export function canRevokeCertificate(viewer: CertificateViewer): boolean {
  if (!viewer.userId) return false;
  return viewer.councilRole === 'chair' || viewer.platformRoles.includes('admin');
}

export type RevocationCheck =
  | { ok: true; reason: string }
  | { ok: false; problem: 'already_revoked' | 'reason_required' };

export function checkRevocation(current: CertificateStatus, reason: string): RevocationCheck {
  if (current === 'revoked') return { ok: false, problem: 'already_revoked' };
  const trimmed = reason.normalize('NFC').trim();
  if (trimmed.length < 5) return { ok: false, problem: 'reason_required' };
  return { ok: true, reason: trimmed };
}

export type VerificationResult =
  | {
      status: 'valid' | 'revoked';
      code: string;
      title: string;
      authors: CertificateAuthorShare[];
      organisationName: string;
      unitName: string | null;
      decisionNumber: string;
      decisionDate: string;
      revokedOn: string | null;
    }
  | { status: 'unknown'; code: string; hint: 'typo' | null };

/**
 * The public answer for a typed or scanned code. A code that fails its checksum is unknown with a
 * typo hint; a forged or unrecorded one is just unknown (no hint whether the signature or the lookup
 * failed). Only the facts printed on the certificate itself are shown.
 */
export function verificationResult(
  input: string,
  parsed: ParsedCode,
  found: CertificateFacts | undefined,
): VerificationResult {
  if (!parsed.ok || !found) {
    return {
      status: 'unknown',
      code: input.trim().slice(0, 40),
      hint: !parsed.ok && parsed.reason === 'typo' ? 'typo' : null,
    };
  }
  return {
    status: found.status,
    code: found.code,
    title: found.title,
    authors: found.authors.map((a) => ({ name: a.name, sharePercent: a.sharePercent })),
    organisationName: found.organisationName,
    unitName: found.unitName ?? null,
    decisionNumber: found.decisionNumber,
    decisionDate: found.decisionDate,
    revokedOn: found.status === 'revoked' && found.revokedAt ? found.revokedAt.toISOString().slice(0, 10) : null,
  };
}
