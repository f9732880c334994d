// Test support for subsidies: principals, a policy history and a submitted claim made directly.
import type { Principal } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../shared/actor.js';
import type { ClaimRecord } from './subsidy.repository.js';
import type { PolicyVersionInput } from './subsidy.schema.js';

const p = (userId: string, displayName: string, roles: Principal['roles'], org?: [string, string]): Principal => ({
  userId,
  displayName,
  roles,
  organisationId: org?.[0],
  organisationName: org?.[1],
  localityCode: '87',
});

export const ORG_A: [string, string] = ['01930000-0000-7000-8000-00000000a001', 'HTX Xoài Cao Lãnh'];
export const ORG_B: [string, string] = ['01930000-0000-7000-8000-00000000b001', 'Công ty TNHH Gốm Tân Hưng'];
const DOST: [string, string] = ['01930000-0000-7000-8000-00000000d001', 'Sở Khoa học và Công nghệ'];

export const subsidyPrincipals = {
  businessA: p('01930000-0000-7000-8000-0000000000a1', 'Lê Thị Xoài', ['business'], ORG_A),
  businessB: p('01930000-0000-7000-8000-0000000000b1', 'Trần Văn Gốm', ['business'], ORG_B),
  officer: p('01930000-0000-7000-8000-0000000000c1', 'Cán bộ Nguyễn Hỗ Trợ', ['officer'], DOST),
  officer2: p('01930000-0000-7000-8000-0000000000c2', 'Cán bộ Phạm Ngân Sách', ['officer'], DOST),
  admin: p('01930000-0000-7000-8000-0000000000e1', 'Quản trị Võ Chính Sách', ['admin'], DOST),
};

export function asActor(principal: Principal): Actor {
  return {
    userId: principal.userId,
    displayName: principal.displayName,
    organisationId: principal.organisationId ?? null,
    organisationName: principal.organisationName ?? null,
    roles: principal.roles,
    localityCode: principal.localityCode ?? null,
  };
}

export const PROGRAMME = 'SHTT-DT-2026';

/** 2026 policy: marks 50 % of the cost up to 5 million; from 1 October 70 % up to 8 million. */
export function policyInput(over: Partial<PolicyVersionInput> = {}): PolicyVersionInput {
  return {
    programmeCode: PROGRAMME,
    programmeName: 'Chương trình phát triển tài sản trí tuệ tỉnh Đồng Tháp 2026–2030',
    effectiveFrom: '2026-01-01',
    title: 'Mức hỗ trợ năm 2026',
    eligibility: {
      applicantKinds: ['enterprise', 'cooperative', 'household_business'],
      maxClaimsPerOrganisationPerYear: 3,
    },
    rules: [
      {
        right: 'trademark',
        kind: 'domestic_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 5_000_000 },
      },
      {
        right: 'collective_mark',
        kind: 'certificate_granted',
        trigger: 'certificate_granted',
        amount: { type: 'fixed', amountVnd: 20_000_000 },
      },
      {
        right: 'patent',
        kind: 'foreign_filing',
        trigger: 'application_accepted',
        amount: { type: 'percentage', percentBp: 5000, capVnd: 100_000_000 },
      },
    ],
    ...over,
  };
}

/** A claim already submitted (what the officer's queue holds), written straight to the repository. */
export function submittedClaim(over: Partial<ClaimRecord> = {}): ClaimRecord {
  const id = uuidv7();
  const now = new Date('2026-09-01T02:00:00Z');
  return {
    id,
    reference: `HT-T-${id.slice(-8)}`,
    organisationId: ORG_A[0],
    organisationName: ORG_A[1],
    programmeCode: PROGRAMME,
    right: 'trademark',
    kind: 'domestic_filing',
    trigger: 'application_accepted',
    triggerDate: '2026-08-20',
    applicantKind: 'cooperative',
    title: 'Nhãn hiệu Xoài Cát Chu',
    note: '',
    documentedCostVnd: 10_000_000n,
    filingId: null,
    requestId: null,
    applicationNumber: null,
    certificateNumber: null,
    state: 'submitted',
    policyVersionId: null,
    policyVersion: null,
    amountVnd: null,
    budgetId: null,
    stateReason: null,
    submittedAt: now,
    decidedAt: null,
    decidedBy: null,
    queuedAt: null,
    paidAt: null,
    paymentReference: null,
    openedBy: subsidyPrincipals.businessA.userId,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    evidence: [],
    ...over,
  };
}

/** The first bytes of a real PDF, enough for the content check. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
