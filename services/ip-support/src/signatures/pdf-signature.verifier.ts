// One verdict for an uploaded PDF from all of its signatures. Order of severity, worst first:
// a broken signature (invalid) > content changed after the last signature > a signer not
// chained to a trusted root > valid. A PDF without any signature is `unsigned`.

import type * as pkijs from 'pkijs';
import { type CertificateInfo, type CmsProblem, verifyCmsSignature } from './cms-signature.js';
import {
  type ByteRange,
  looksLikePdf,
  type StructuralProblem,
  scanPdfSignatures,
  signedBytes,
} from './pdf-signature-scan.js';

export const SIGNATURE_VERDICTS = [
  'valid',
  'invalid',
  'modified_after_signing',
  'untrusted_issuer',
  'unsigned',
] as const;
export type SignatureVerdict = (typeof SIGNATURE_VERDICTS)[number];

export type SignatureProblem =
  | StructuralProblem
  | CmsProblem
  | 'content_after_signed_range'
  | 'not_a_pdf'
  | 'too_many_signatures';

/** Each signature hashes up to the whole file: a crafted PDF with thousands of them is refused. */
export const MAX_SIGNATURES = 20;

export interface SignatureReport {
  index: number;
  verdict: Exclude<SignatureVerdict, 'unsigned'>;
  problems: SignatureProblem[];
  detail: string | null;
  byteRange: ByteRange | null;
  /** the signed range reaches the end of the file (nothing was appended after this signature) */
  coversWholeFile: boolean;
  bytesAfterSignedRange: number;
  subFilter: string | null;
  digestAlgorithm: string | null;
  signer: CertificateInfo | null;
  chain: string[];
  /** ISO time from a timestamp token or the signed signing-time attribute */
  signingTime: string | null;
  signingTimeSource: 'timestamp' | 'signed_attribute' | 'pdf_dictionary' | null;
  /** /Name written by the signing tool */
  signerName: string | null;
}

export interface DocumentSignatureVerdict {
  verdict: SignatureVerdict;
  signatures: SignatureReport[];
  checkedAt: string;
}

export interface VerifyPdfOptions {
  trustedRoots: readonly pkijs.Certificate[];
  now?: Date;
}

const SEVERITY: Record<SignatureReport['verdict'], number> = {
  invalid: 3,
  modified_after_signing: 2,
  untrusted_issuer: 1,
  valid: 0,
};

export async function verifyPdfSignatures(
  pdf: Uint8Array,
  options: VerifyPdfOptions,
): Promise<DocumentSignatureVerdict> {
  const now = options.now ?? new Date();
  const checkedAt = now.toISOString();
  if (!looksLikePdf(pdf)) {
    // The upload layer sniffs content first; a caller that gets here with another file type
    // learns that nothing could be verified rather than "unsigned".
    return { verdict: 'invalid', signatures: [notAPdf()], checkedAt };
  }
  const scanned = scanPdfSignatures(pdf);
  if (scanned.length === 0) return { verdict: 'unsigned', signatures: [], checkedAt };
  if (scanned.length > MAX_SIGNATURES) {
    return { verdict: 'invalid', signatures: [{ ...notAPdf(), problems: ['too_many_signatures'] }], checkedAt };
  }

  const signatures: SignatureReport[] = [];
  for (const scan of scanned) {
    const report: SignatureReport = {
      index: scan.index,
      verdict: 'invalid',
      problems: [...scan.problems],
      detail: null,
      byteRange: scan.byteRange,
      coversWholeFile: scan.byteRange !== null && scan.bytesAfterSignedRange === 0,
      bytesAfterSignedRange: scan.bytesAfterSignedRange,
      subFilter: scan.subFilter,
      digestAlgorithm: null,
      signer: null,
      chain: [],
      signingTime: scan.claimedTime?.toISOString() ?? null,
      signingTimeSource: scan.claimedTime ? 'pdf_dictionary' : null,
      signerName: scan.name,
    };
    signatures.push(report);
    if (scan.problems.length > 0 || !scan.byteRange || !scan.contents) continue;

    const cms = await verifyCmsSignature(scan.contents, signedBytes(pdf, scan.byteRange), {
      trustedRoots: options.trustedRoots,
      now,
      subFilter: scan.subFilter,
    });
    report.problems.push(...cms.problems);
    report.detail = cms.detail;
    report.signer = cms.signer;
    report.chain = cms.chain;
    report.digestAlgorithm = cms.digestAlgorithm;
    if (cms.signingTime) {
      report.signingTime = cms.signingTime.toISOString();
      report.signingTimeSource = cms.signingTimeSource;
    }
    if (!cms.intact || cms.problems.includes('certificate_not_valid_at_signing_time')) continue;
    report.verdict = cms.trusted ? 'valid' : 'untrusted_issuer';
  }

  // Bytes after the signed range of the signature reaching furthest are a change nobody signed
  // (an incremental update, or plain appended content). Earlier signatures not reaching the end
  // are normal when a later signature covers their successors' revisions.
  const last = signatures.reduce<SignatureReport | null>((furthest, s) => {
    if (!s.byteRange) return furthest;
    const end = s.byteRange[2] + s.byteRange[3];
    return !furthest?.byteRange || end > furthest.byteRange[2] + furthest.byteRange[3] ? s : furthest;
  }, null);
  if (last && !last.coversWholeFile) {
    last.problems.push('content_after_signed_range');
    if (SEVERITY[last.verdict] < SEVERITY.modified_after_signing) last.verdict = 'modified_after_signing';
  }

  const verdict = signatures.reduce<SignatureReport['verdict']>(
    (worst, s) => (SEVERITY[s.verdict] > SEVERITY[worst] ? s.verdict : worst),
    'valid',
  );
  return { verdict, signatures, checkedAt };
}

/** An empty report carrying a whole-file problem. */
function notAPdf(): SignatureReport {
  return {
    index: 0,
    verdict: 'invalid',
    problems: ['not_a_pdf'],
    detail: null,
    byteRange: null,
    coversWholeFile: false,
    bytesAfterSignedRange: 0,
    subFilter: null,
    digestAlgorithm: null,
    signer: null,
    chain: [],
    signingTime: null,
    signingTimeSource: null,
    signerName: null,
  };
}
