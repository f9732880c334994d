// Whether an officer may accept a checklist item given the signature verdicts of its documents.
// Nothing with a broken or later-modified signature is accepted, required or not: the officer
// asks for a clean copy. Where a signature is required, only a valid one (a trusted chain,
// intact, covering the whole file) lets the item through. Pure.

import type { SignatureVerdict } from './pdf-signature.verifier.js';

export interface LocalizedText {
  vi: string;
  en: string;
}

export const SIGNATURE_VERDICT_TEXT: Record<SignatureVerdict, LocalizedText> = {
  valid: { vi: 'Chữ ký số hợp lệ', en: 'Valid digital signature' },
  invalid: {
    vi: 'Chữ ký số không hợp lệ (bị hỏng hoặc không kiểm tra được)',
    en: 'Invalid digital signature (broken or not verifiable)',
  },
  modified_after_signing: {
    vi: 'Tài liệu đã bị thay đổi sau khi ký',
    en: 'The document was changed after it was signed',
  },
  untrusted_issuer: {
    vi: 'Chứng thư số không do tổ chức chứng thực được tin cậy cấp',
    en: 'The certificate was not issued by a trusted certificate authority',
  },
  unsigned: { vi: 'Tài liệu chưa được ký số', en: 'The document is not digitally signed' },
};

/** The signature facts of one document as the dossier stores them. */
export interface DocumentSignatureState {
  documentId: string;
  fileName: string;
  /** null for files that are not PDFs (images): they cannot carry a PDF signature */
  verdict: SignatureVerdict | null;
}

export type AcceptanceBlock = {
  code: 'signature_required' | 'signature_invalid' | 'signature_modified_after_signing' | 'signature_untrusted_issuer';
  documentId: string | null;
  fileName: string | null;
};

/** The first reason the item cannot be accepted, or null when it can. */
export function signatureAcceptanceBlock(
  signatureRequired: boolean,
  documents: readonly DocumentSignatureState[],
): AcceptanceBlock | null {
  for (const doc of documents) {
    if (doc.verdict === 'invalid')
      return { code: 'signature_invalid', documentId: doc.documentId, fileName: doc.fileName };
    if (doc.verdict === 'modified_after_signing') {
      return { code: 'signature_modified_after_signing', documentId: doc.documentId, fileName: doc.fileName };
    }
  }
  if (!signatureRequired) return null;
  if (documents.some((d) => d.verdict === 'valid')) return null;
  const untrusted = documents.find((d) => d.verdict === 'untrusted_issuer');
  if (untrusted)
    return { code: 'signature_untrusted_issuer', documentId: untrusted.documentId, fileName: untrusted.fileName };
  return { code: 'signature_required', documentId: null, fileName: null };
}

const BLOCK_TEXT: Record<AcceptanceBlock['code'], (file: string) => LocalizedText> = {
  signature_required: () => ({
    vi: 'Mục này yêu cầu tài liệu PDF có chữ ký số hợp lệ; chưa có tài liệu nào đáp ứng nên không thể chấp nhận.',
    en: 'This item requires a PDF with a valid digital signature; none of its documents has one, so it cannot be accepted.',
  }),
  signature_invalid: (file) => ({
    vi: `Chữ ký số của tệp «${file}» không hợp lệ; hãy yêu cầu nộp lại bản đã ký đúng.`,
    en: `The digital signature of «${file}» is invalid; ask for a correctly signed copy.`,
  }),
  signature_modified_after_signing: (file) => ({
    vi: `Tệp «${file}» đã bị thay đổi sau khi ký; hãy yêu cầu nộp lại bản gốc đã ký.`,
    en: `«${file}» was changed after it was signed; ask for the original signed copy.`,
  }),
  signature_untrusted_issuer: (file) => ({
    vi: `Chứng thư số ký tệp «${file}» không do tổ chức chứng thực được tin cậy cấp.`,
    en: `The certificate that signed «${file}» was not issued by a trusted certificate authority.`,
  }),
};

/** The vi/en message shown when acceptance is blocked (the problem+json `message`). */
export function acceptanceBlockText(block: AcceptanceBlock): LocalizedText {
  return BLOCK_TEXT[block.code](block.fileName ?? '');
}
