// Zod schemas of the subsidy API: the one source for request validation, the OpenAPI document and
// the portal's types. No Node or framework imports here: the portal bundles this file.
import { z } from 'zod';
import { ipRightSchema } from '../reference/reference.schema.js';

export const SUBSIDY_MAX_PAGE_SIZE = 100;
export const SUBSIDY_DEFAULT_PAGE_SIZE = 20;
/** the largest amount the API accepts: integer VND that JSON numbers carry exactly */
export const MAX_VND = Number.MAX_SAFE_INTEGER;

const nfc = (s: string) => s.normalize('NFC').trim();
/** One-line text, NFC, whitespace collapsed. Markup is ordinary text, never interpreted. */
const line = (min: number, max: number) =>
  z
    .string()
    .overwrite((s) => nfc(s).replace(/\s+/g, ' '))
    .min(min)
    .max(max);
/** Multi-line text, NFC, line breaks kept. */
const block = (min: number, max: number) =>
  z
    .string()
    .overwrite((s) => nfc(s).replace(/\r\n?/g, '\n'))
    .min(min)
    .max(max);

export const vndSchema = z.number().int().min(0).max(MAX_VND).describe('integer VND');
const positiveVnd = z.number().int().min(1).max(MAX_VND).describe('integer VND, above zero');
const isoDate = z.iso.date().describe('YYYY-MM-DD (calendar date in Vietnam)');

export const subsidyKindSchema = z.enum(['domestic_filing', 'foreign_filing', 'certificate_granted']);
export const subsidyTriggerSchema = z.enum(['application_accepted', 'certificate_granted']);
export const applicantKindSchema = z.enum([
  'enterprise',
  'cooperative',
  'household_business',
  'research_institute',
  'individual',
]);
export const claimStateSchema = z.enum([
  'open',
  'submitted',
  'needs_info',
  'queued',
  'approved',
  'paid',
  'rejected',
  'withdrawn',
]);
export const claimActionSchema = z.enum([
  'submit',
  'request_info',
  'approve',
  'queue',
  'release',
  'reject',
  'record_payment',
  'withdraw',
]);
export const ineligibleReasonSchema = z.enum([
  'no_policy_in_force',
  'right_not_covered',
  'trigger_not_met',
  'applicant_not_eligible',
  'yearly_limit_reached',
  'no_documented_cost',
]);
const programmeCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'programme code: capitals, digits and dashes');

// ---- policy ----

export const subsidyAmountSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fixed'), amountVnd: positiveVnd }),
  z.object({
    type: z.literal('percentage'),
    percentBp: z.number().int().min(1).max(10_000).describe('share of the documented cost, basis points (5000 = 50 %)'),
    capVnd: positiveVnd,
  }),
]);

export const eligibilitySchema = z.object({
  applicantKinds: z.array(applicantKindSchema).min(1).max(5),
  maxClaimsPerOrganisationPerYear: z.number().int().min(1).max(100).nullable(),
});

export const subsidyRuleSchema = z.object({
  right: ipRightSchema,
  kind: subsidyKindSchema,
  trigger: subsidyTriggerSchema,
  amount: subsidyAmountSchema,
  eligibility: eligibilitySchema.optional(),
});

export const policyVersionInputSchema = z.object({
  programmeCode,
  programmeName: line(3, 200),
  effectiveFrom: isoDate,
  title: line(3, 200),
  eligibility: eligibilitySchema,
  rules: z.array(subsidyRuleSchema).min(1).max(60),
});

export const policyVersionViewSchema = policyVersionInputSchema.extend({
  id: z.string(),
  version: z.number().int(),
  /** the day the next version takes over, if one is scheduled (exclusive) */
  effectiveUntil: z.string().nullable(),
  inForce: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export const policyVersionListSchema = z.object({ items: z.array(policyVersionViewSchema) });
export const policyListQuerySchema = z.object({ programmeCode: programmeCode.optional() });

// ---- budgets ----

export const budgetInputSchema = z.object({
  programmeCode,
  programmeName: line(3, 200),
  year: z.number().int().min(2020).max(2100),
  totalVnd: positiveVnd,
  /** the allocation decision, e.g. "512/QĐ-UBND" */
  reference: line(2, 80),
});
export const topUpInputSchema = z.object({
  amountVnd: positiveVnd,
  reference: line(2, 80),
  note: block(0, 1000).default(''),
});

export const topUpViewSchema = z.object({
  id: z.string(),
  amountVnd: vndSchema,
  reference: z.string(),
  note: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});

export const budgetViewSchema = z.object({
  id: z.string(),
  programmeCode: z.string(),
  programmeName: z.string(),
  year: z.number().int(),
  totalVnd: vndSchema,
  committedVnd: vndSchema,
  paidVnd: vndSchema,
  leftVnd: vndSchema,
  /** committed + paid as a share of total, basis points */
  usedBp: z.number().int(),
  /** claims of the programme waiting for money, and what they would take */
  queuedCount: z.number().int(),
  queuedVnd: vndSchema,
  topUps: z.array(topUpViewSchema),
  revision: z.number().int(),
});
export const budgetListSchema = z.object({ items: z.array(budgetViewSchema) });
export const budgetListQuerySchema = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  programmeCode: programmeCode.optional(),
});

// ---- claims ----

export const claimCreateSchema = z.object({
  programmeCode,
  right: ipRightSchema,
  kind: subsidyKindSchema,
  trigger: subsidyTriggerSchema,
  triggerDate: isoDate,
  title: line(3, 200),
  applicationNumber: line(1, 60).optional(),
  certificateNumber: line(1, 60).optional(),
  applicantKind: applicantKindSchema.optional(),
  documentedCostVnd: vndSchema.optional(),
  note: block(0, 4000).optional(),
});
export const claimUpdateSchema = z.object({
  title: line(3, 200).optional(),
  applicantKind: applicantKindSchema.optional(),
  documentedCostVnd: vndSchema.optional(),
  note: block(0, 4000).optional(),
  applicationNumber: line(1, 60).optional(),
  certificateNumber: line(1, 60).optional(),
  /** the claim's revision the business edited (stale edits are refused) */
  revision: z.number().int().min(1).optional(),
});
export const requestInfoSchema = z.object({ question: block(3, 2000) });
export const rejectSchema = z.object({ reason: block(3, 2000) });
export const approveSchema = z.object({ note: block(0, 2000).default('') });
export const paymentSchema = z.object({
  /** the payment voucher or transfer reference (số chứng từ / ủy nhiệm chi) */
  paymentReference: line(2, 80),
  paidOn: isoDate.optional(),
});

export const evidenceViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  description: z.string(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});

export const assessmentViewSchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(ineligibleReasonSchema),
  /** what the policy would pay now (null when not eligible) */
  amountVnd: vndSchema.nullable(),
  policyVersion: z.number().int().nullable(),
});

export const claimViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  programmeCode: z.string(),
  right: ipRightSchema,
  kind: subsidyKindSchema,
  trigger: subsidyTriggerSchema,
  triggerDate: z.string(),
  applicantKind: applicantKindSchema.nullable(),
  title: z.string(),
  note: z.string(),
  documentedCostVnd: vndSchema,
  filingId: z.string().nullable(),
  requestId: z.string().nullable(),
  applicationNumber: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  state: claimStateSchema,
  stateReason: z.string().nullable(),
  amountVnd: vndSchema.nullable(),
  policyVersion: z.number().int().nullable(),
  budgetId: z.string().nullable(),
  budgetYear: z.number().int().nullable(),
  /** position in the programme's waiting queue (1 = next), for queued claims */
  queuePosition: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  queuedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  paymentReference: z.string().nullable(),
  evidence: z.array(evidenceViewSchema),
  /** how the policy in force on the trigger date reads this claim today */
  assessment: assessmentViewSchema,
  /** what the caller may do next */
  actions: z.array(claimActionSchema),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const claimListSchema = z.object({ items: z.array(claimViewSchema), nextCursor: z.string().nullable() });
export const claimListQuerySchema = z.object({
  state: claimStateSchema.optional(),
  programmeCode: programmeCode.optional(),
  organisationId: z.string().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(SUBSIDY_MAX_PAGE_SIZE).default(SUBSIDY_DEFAULT_PAGE_SIZE),
});

// ---- audit ----

export const auditEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  changes: z.record(
    z.string(),
    z.object({
      from: z.union([z.string(), z.number(), z.boolean(), z.null()]),
      to: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    }),
  ),
  note: z.string().nullable(),
  at: z.string(),
  claimId: z.string().nullable(),
  budgetId: z.string().nullable(),
  policyVersionId: z.string().nullable(),
});
export const auditListSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
export const auditListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(SUBSIDY_MAX_PAGE_SIZE).default(50),
});

export type SubsidyAmountInput = z.output<typeof subsidyAmountSchema>;
export type PolicyVersionInput = z.output<typeof policyVersionInputSchema>;
export type PolicyVersionView = z.output<typeof policyVersionViewSchema>;
export type PolicyVersionList = z.output<typeof policyVersionListSchema>;
export type BudgetInput = z.output<typeof budgetInputSchema>;
export type TopUpInput = z.output<typeof topUpInputSchema>;
export type BudgetView = z.output<typeof budgetViewSchema>;
export type BudgetList = z.output<typeof budgetListSchema>;
export type ClaimCreateInput = z.output<typeof claimCreateSchema>;
export type ClaimUpdateInput = z.output<typeof claimUpdateSchema>;
export type ClaimView = z.output<typeof claimViewSchema>;
export type ClaimList = z.output<typeof claimListSchema>;
export type ClaimListQuery = z.output<typeof claimListQuerySchema>;
export type EvidenceView = z.output<typeof evidenceViewSchema>;
export type AuditEntry = z.output<typeof auditEntrySchema>;
export type AuditList = z.output<typeof auditListSchema>;
export type ClaimState = z.output<typeof claimStateSchema>;
