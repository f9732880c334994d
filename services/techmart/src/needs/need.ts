// The technology need (demand) aggregate's content and its API view. Pure.

import { type ListingRecord, lifecycleExtras } from '../moderation/listing-record.js';
import type { ReferenceCatalog } from '../reference/reference-catalog.js';
import { formatVnd } from '../shared/money.js';
import type { RenderContext } from '../moderation/listing-render-context.js';
import { type ContactDetails, contactFromInput, contactView } from '../offers/offer.js';
import type { NeedInput, PublishedNeedView } from './need.schema.js';

/** Who typed the need in when an officer recorded it for a business (not editable afterwards). */
export interface NeedIntakeInfo {
  enteredByUserId: string;
  enteredByName: string;
  enteredByOrganisationId: string | null;
}

export interface NeedContent {
  title: string;
  problem: string;
  sectorCode: string;
  keywords: string[];
  desiredTrl: number | null;
  budgetMinVnd: bigint | null;
  budgetMaxVnd: bigint | null;
  /** YYYY-MM-DD */
  wantedBy: string | null;
  provinceCode: string;
  communeCode: string | null;
  contact: ContactDetails;
  intake: NeedIntakeInfo | null;
}

export type NeedRecord = ListingRecord<NeedContent>;

export function needContentFromInput(input: NeedInput, intake: NeedIntakeInfo | null): NeedContent {
  return {
    title: input.title,
    problem: input.problem,
    sectorCode: input.sectorCode,
    keywords: input.keywords,
    desiredTrl: input.desiredTrl ?? null,
    budgetMinVnd: input.budget?.minVnd === undefined ? null : BigInt(input.budget.minVnd),
    budgetMaxVnd: input.budget?.maxVnd === undefined ? null : BigInt(input.budget.maxVnd),
    wantedBy: input.wantedBy ?? null,
    provinceCode: input.locality.provinceCode,
    communeCode: input.locality.communeCode ?? null,
    contact: contactFromInput(input.contact),
    intake,
  };
}

export function toPublishedNeedView(
  record: NeedRecord,
  context: RenderContext & { reference: ReferenceCatalog },
): PublishedNeedView {
  const c = record.content;
  return {
    id: record.id,
    status: record.status,
    title: c.title,
    problem: c.problem,
    sector: context.reference.sector(c.sectorCode),
    keywords: c.keywords,
    ...(c.desiredTrl !== null ? { desiredTrl: c.desiredTrl } : {}),
    budget: {
      ...(c.budgetMinVnd !== null ? { minVnd: formatVnd(c.budgetMinVnd) } : {}),
      ...(c.budgetMaxVnd !== null ? { maxVnd: formatVnd(c.budgetMaxVnd) } : {}),
    },
    ...(c.wantedBy ? { wantedBy: c.wantedBy } : {}),
    locality: context.reference.locality(c.provinceCode, c.communeCode),
    contact: contactView(c.contact),
    attachments: context.attachments,
    requester: context.owner,
    ...(c.intake
      ? {
          intake: {
            enteredBy: { userId: c.intake.enteredByUserId, displayName: c.intake.enteredByName },
            onBehalfOf: context.owner,
          },
        }
      : {}),
    revision: record.revision,
    ...(record.returnReason ? { returnReason: record.returnReason } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    ...(record.publishedAt ? { publishedAt: record.publishedAt.toISOString() } : {}),
    ...lifecycleExtras(record),
  };
}
