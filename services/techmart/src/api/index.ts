// @sti/techmart/api — the request/response schemas and types the portal imports.
// Portal-safe: only zod schemas and plain TypeScript (no Node, Nest or Prisma).
export * from '../drafts/draft.schema.js';
export * from '../exchange/exchange.schema.js';
export * from '../audit/audit.schema.js';
export * from '../experts/expert.schema.js';
export * from '../home/home.schema.js';
export * from '../moderation/moderation.schema.js';
export * from '../needs/need.schema.js';
export * from '../notifications/notification.schema.js';
export * from '../offers/offer.schema.js';
export * from '../ip-certificates/ip-certificate.schema.js';
export * from '../organisations/organisation.schema.js';
export * from '../reference/reference.schema.js';
export * from '../matching/matching.schema.js';
export * from '../connections/connection.schema.js';
export { explainFactor, explainSuggestion, type ExplainedFactor, type Tone } from '../matching/match-explanation.js';
export {
  attachmentViewSchema,
  contactSchema,
  contactViewSchema,
  keywordsSchema,
  listingStatusSchema,
  localityInputSchema,
  localityViewSchema,
  organisationViewSchema,
  pageQuerySchema,
  provenanceViewSchema,
  pageSchema,
  priceSchema,
  priceViewSchema,
  referenceTermViewSchema,
  vndAmountSchema,
  type AttachmentView,
  type ContactInput,
  type ContactView,
  type ListingStatusValue,
  type LocalityInput,
  type LocalityView,
  type OrganisationView,
  type PriceView,
  type ProvenanceView,
  type ReferenceTermView,
} from '../shared/schema-primitives.js';
export { formatVnd, parseVnd, MAX_VND } from '../shared/money.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/paging-limits.js';
export { ACCEPTED_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '@sti/attachments/media-type';
