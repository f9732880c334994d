// The expert profile aggregate's content and its API view. Pure.

import { type ListingRecord, lifecycleExtras } from '../moderation/listing-record.js';
import type { RenderContext } from '../moderation/listing-render-context.js';
import type { ReferenceCatalog } from '../reference/reference-catalog.js';
import { type ContactDetails, contactFromInput, contactView } from '../offers/offer.js';
import type { ExpertInput, ExpertResultInput, PublishedExpertView } from './expert.schema.js';

export interface ExpertContent {
  fullName: string;
  academicTitle: string | null;
  fieldCodes: string[];
  keywords: string[];
  results: ExpertResultInput[];
  availableForConsulting: boolean;
  biography: string;
  provinceCode: string;
  communeCode: string | null;
  contact: ContactDetails;
}

export type ExpertRecord = ListingRecord<ExpertContent>;

export function expertContentFromInput(input: ExpertInput): ExpertContent {
  return {
    fullName: input.fullName,
    academicTitle: input.academicTitle ?? null,
    fieldCodes: input.fieldCodes,
    keywords: input.keywords,
    // Newest results first, as a CV reads.
    results: [...input.results].sort((a, b) => b.year - a.year),
    availableForConsulting: input.availableForConsulting,
    biography: input.biography,
    provinceCode: input.locality.provinceCode,
    communeCode: input.locality.communeCode ?? null,
    contact: contactFromInput(input.contact),
  };
}

export function toPublishedExpertView(
  record: ExpertRecord,
  context: RenderContext & { reference: ReferenceCatalog },
): PublishedExpertView {
  const c = record.content;
  return {
    id: record.id,
    status: record.status,
    fullName: c.fullName,
    ...(c.academicTitle ? { academicTitle: c.academicTitle } : {}),
    organisation: context.owner,
    fields: c.fieldCodes.map((code) => context.reference.sector(code)),
    keywords: c.keywords,
    results: c.results,
    availableForConsulting: c.availableForConsulting,
    biography: c.biography,
    locality: context.reference.locality(c.provinceCode, c.communeCode),
    contact: contactView(c.contact),
    attachments: context.attachments,
    revision: record.revision,
    ...(record.returnReason ? { returnReason: record.returnReason } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    ...(record.publishedAt ? { publishedAt: record.publishedAt.toISOString() } : {}),
    ...lifecycleExtras(record),
  };
}
