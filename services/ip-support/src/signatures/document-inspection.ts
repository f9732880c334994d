// The dossier's `inspectDocument` hook: every uploaded PDF is verified and the verdict is stored
// on the document. The dossier vocabulary (SignatureStatus, see IP-CONTRACT.md) is mapped from the
// verifier's verdicts here, at the one boundary between them.

import type * as pkijs from 'pkijs';
import { type SignatureVerdict, verifyPdfSignatures } from './pdf-signature.verifier.js';

export type InspectionStatus = 'not_pdf' | 'unsigned' | 'valid' | 'invalid' | 'modified' | 'unknown_ca' | 'error';

export interface InspectionResult {
  status: InspectionStatus;
  report: Record<string, unknown> | null;
}

const STATUS_BY_VERDICT: Record<SignatureVerdict, InspectionStatus> = {
  valid: 'valid',
  invalid: 'invalid',
  modified_after_signing: 'modified',
  untrusted_issuer: 'unknown_ca',
  unsigned: 'unsigned',
};

/** The verifier's verdict for a stored dossier status (null for statuses that carry none). */
export function verdictOfStatus(status: string): SignatureVerdict | null {
  const entry = Object.entries(STATUS_BY_VERDICT).find(([, s]) => s === status);
  return (entry?.[0] as SignatureVerdict | undefined) ?? null;
}

export interface SignatureInspectorOptions {
  /** read at every inspection, so an operator's change of roots applies without a restart of callers */
  trustedRoots: () => readonly pkijs.Certificate[];
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export function createSignatureInspector(options: SignatureInspectorOptions) {
  return async function inspectDocument(input: {
    bytes: Uint8Array;
    mediaType: string;
    signatureRequired: boolean;
  }): Promise<InspectionResult> {
    if (input.mediaType !== 'application/pdf') return { status: 'not_pdf', report: null };
    try {
      const result = await verifyPdfSignatures(input.bytes, {
        trustedRoots: options.trustedRoots(),
        now: options.now?.(),
      });
      return { status: STATUS_BY_VERDICT[result.verdict], report: { ...result } };
    } catch (error) {
      // A verifier crash is not a verdict: stored as `error`, which blocks acceptance like a
      // broken signature would, and is logged for the operator.
      options.onError?.(error);
      return { status: 'error', report: { error: error instanceof Error ? error.message : String(error) } };
    }
  };
}
