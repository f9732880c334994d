// @sti/ip-support/api — the request/response schemas and types the portal imports.
// Portal-safe: only zod schemas and plain TypeScript (no Node, Nest or Prisma).
// Each capability adds one `export *` line for its schema file.
export * from '../reference/reference.schema.js';
export * from '../checklists/checklist.schema.js';
export * from '../requests/request.schema.js';
export {
  REQUEST_ACTIONS,
  REQUEST_STATES,
  type RequestAction,
  type RequestStateCode,
} from '../requests/request-lifecycle.js';
export * from '../dossiers/dossier.schema.js';
export * from '../filings/filing.schema.js';
export {
  FILING_STAGES,
  MILESTONE_KINDS,
  RECORDABLE_MILESTONES,
  type FilingStageCode,
  type MilestoneKind,
} from '../filings/filing-procedure.js';
export * from '../deadlines/deadline.schema.js';
export * from '../fees/fee.schema.js';
export * from '../notifications/notification.schema.js';
export { SIGNATURE_STATUSES, type SignatureStatus, type FeeEstimate } from '../shared/hooks.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/schema-primitives.js';
export * from '../subjects/subject.schema.js';
export * from '../subsidies/subsidy.schema.js';
export * from '../signatures/signature.schema.js';
export * from '../ocop/ocop.schema.js';
export {
  OCOP_CATEGORIES,
  OCOP_ITEM_CODES,
  READINESS_STATUSES,
  type OcopCategory,
  type OcopItemCode,
  type ReadinessStatus,
} from '../ocop/ocop-rules.js';
