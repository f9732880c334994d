// Seams between the request/dossier/filing workflows and the capabilities built beside them:
// signature verification (src/signatures), deadlines and fees (src/deadlines, src/fees), subsidies
// (src/subsidies). The workflows call them; the composition root passes the implementations. Each is
// optional so the workflows run (and are tested) without them.
import type { IpRightCode } from '../reference/reference.schema.js';
import type { Db } from './db.js';

/** The verdict on an uploaded document's digital signature (stored on the document). */
export const SIGNATURE_STATUSES = [
  'unchecked',
  'not_pdf',
  'unsigned',
  'valid',
  'invalid',
  'modified',
  'unknown_ca',
  'error',
] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export interface DocumentInspection {
  status: SignatureStatus;
  /** signer, signing time, byte range, chain… as the verifier reports it (shown on the item) */
  report: Record<string, unknown> | null;
}

/** What deadline rules need about a filing after it was recorded or a milestone was added. */
export interface FilingSnapshot {
  id: string;
  requestId: string;
  organisationId: string;
  organisationName: string;
  right: IpRightCode;
  territory: 'domestic' | 'foreign';
  applicationNumber: string;
  /** YYYY-MM-DD */
  filingDate: string;
  priorityDate: string | null;
  stage: string;
  grantedOn: string | null;
  milestones: {
    id: string;
    kind: string;
    occurredOn: string;
    responseDueOn: string | null;
    relatesTo: string | null;
  }[];
}

export interface GrantSnapshot {
  filing: FilingSnapshot;
  certificateNumber: string;
  /** YYYY-MM-DD */
  grantedOn: string;
  subjectTitle: string;
  subjectKind: string;
  subjectRefId: string | null;
  requesterId: string;
}

export interface FeeEstimate {
  /** integer VND as a decimal string */
  totalVnd: string;
  lines: { code: string; labelVi: string; labelEn: string; quantity: number; amountVnd: string }[];
  /** the fee table version used */
  effectiveFrom: string;
}

export interface IpSupportHooks {
  /** ip-sign: called after a dossier document is stored (outside the transaction) */
  inspectDocument?(input: {
    /** the stored file's content (≤ 10 MB) */
    bytes: Uint8Array;
    mediaType: string;
    signatureRequired: boolean;
  }): Promise<DocumentInspection>;
  /** ip-rules: inside the transaction that records a filing or a milestone (recompute deadlines) */
  filingChanged?(tx: Db, filing: FilingSnapshot): Promise<void>;
  /** ip-money: inside the transaction that records a grant (open the subsidy claim) */
  certificateGranted?(tx: Db, grant: GrantSnapshot): Promise<void>;
  /** ip-rules: the official fee estimate shown on the dossier */
  estimateFee?(input: {
    right: IpRightCode;
    niceClasses: number[];
    claimCount: number | null;
    designCount: number | null;
    /** YYYY-MM-DD: the fee table in force that day */
    on: string;
  }): Promise<FeeEstimate | null>;
}
