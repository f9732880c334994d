import { describe, expect, it } from 'vitest';
import {
  type CertificateFacts,
  type CertificateViewer,
  canDownloadCertificate,
  canRevokeCertificate,
  checkRevocation,
  verificationResult,
} from './certificate.rules.js';
import { createVerificationCodes } from './verification-code.js';

const codes = createVerificationCodes('rules-secret-0123456789-abcdefghijklmnop');
const viewer = (over: Partial<CertificateViewer>): CertificateViewer => ({
  userId: 'u1',
  platformRoles: ['researcher'],
  councilRole: null,
  isAuthor: false,
  ...over,
});

describe('certificate access', () => {
  it('lets the authors, the council and admins download the PDF, nobody else', () => {
    expect(canDownloadCertificate(viewer({ isAuthor: true }))).toBe(true);
    expect(canDownloadCertificate(viewer({ councilRole: 'reviewer' }))).toBe(true);
    expect(canDownloadCertificate(viewer({ platformRoles: ['admin'] }))).toBe(true);
    expect(canDownloadCertificate(viewer({}))).toBe(false);
    expect(canDownloadCertificate(viewer({ platformRoles: ['officer'] }))).toBe(false);
    expect(canDownloadCertificate(viewer({ userId: null, isAuthor: true }))).toBe(false);
  });

  it('lets only the chair of that council or an admin revoke', () => {
    expect(canRevokeCertificate(viewer({ councilRole: 'chair' }))).toBe(true);
    expect(canRevokeCertificate(viewer({ platformRoles: ['admin'] }))).toBe(true);
    expect(canRevokeCertificate(viewer({ councilRole: 'secretary' }))).toBe(false);
    expect(canRevokeCertificate(viewer({ isAuthor: true }))).toBe(false);
  });

  it('needs a reason to revoke and revokes once', () => {
    expect(checkRevocation('valid', '  Sáng kiến trùng với sáng kiến đã công nhận năm 2024 ')).toEqual({
      ok: true,
      reason: 'Sáng kiến trùng với sáng kiến đã công nhận năm 2024',
    });
    expect(checkRevocation('valid', ' x ')).toEqual({ ok: false, problem: 'reason_required' });
    expect(checkRevocation('revoked', 'Lý do hợp lệ')).toEqual({ ok: false, problem: 'already_revoked' });
  });
});

describe('public verification', () => {
  const code = codes.issue();
  const facts: CertificateFacts = {
    code,
    status: 'valid',
    title: 'Cải tiến quy trình tiếp nhận hồ sơ một cửa',
    authors: [{ name: 'Lê Văn Tám', sharePercent: 100, email: 'tam@example.vn' } as never],
    organisationName: 'UBND xã Mỹ Hiệp',
    unitName: 'Bộ phận một cửa',
    decisionNumber: '12/QĐ-UBND',
    decisionDate: '2026-10-01',
  };

  it('confirms a valid certificate with only what is printed on it', () => {
    const result = verificationResult(code, codes.parse(code), facts);
    expect(result).toEqual({
      status: 'valid',
      code,
      title: facts.title,
      authors: [{ name: 'Lê Văn Tám', sharePercent: 100 }],
      organisationName: 'UBND xã Mỹ Hiệp',
      unitName: 'Bộ phận một cửa',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-10-01',
      revokedOn: null,
    });
    expect(JSON.stringify(result)).not.toContain('@');
  });

  it('says revoked, with the date, for a revoked certificate', () => {
    const revoked = {
      ...facts,
      status: 'revoked' as const,
      revokedAt: new Date('2026-12-01T03:00:00Z'),
      revocationReason: 'nội bộ',
    };
    const result = verificationResult(code, codes.parse(code), revoked);
    expect(result).toMatchObject({ status: 'revoked', revokedOn: '2026-12-01' });
    expect(JSON.stringify(result)).not.toContain('nội bộ');
  });

  it('says unknown for a forged code even if a certificate were found, and hints at typos', () => {
    const forged = `${code.slice(0, 6)}${code[6] === 'A' ? 'B' : 'A'}${code.slice(7)}`;
    expect(verificationResult(forged, codes.parse(forged), facts)).toEqual({
      status: 'unknown',
      code: forged,
      hint: 'typo',
    });
    const foreign = createVerificationCodes('another-secret-0123456789-abcdefghijk').issue();
    expect(verificationResult(foreign, codes.parse(foreign), facts)).toEqual({
      status: 'unknown',
      code: foreign,
      hint: null,
    });
    expect(verificationResult(code, codes.parse(code), undefined)).toEqual({ status: 'unknown', code, hint: null });
  });
});
