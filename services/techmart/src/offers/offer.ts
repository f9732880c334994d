// The offer aggregate's content (technology or equipment, one aggregate with a kind) and how it
// becomes the API view. Pure: no I/O, no framework.

import { type ListingRecord, lifecycleExtras } from '../moderation/listing-record.js';
import type { ReferenceCatalog } from '../reference/reference-catalog.js';
import { formatVnd, type Price } from '../shared/money.js';
import type { AttachmentView, OrganisationView } from '../shared/schema-primitives.js';
import type {
  EquipmentCondition,
  IpStatus,
  OfferInput,
  OfferKind,
  PublishedOfferView,
  TransferMode,
} from './offer.schema.js';

export interface ContactDetails {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface EquipmentDetails {
  specifications: { name: string; value: string }[];
  condition: EquipmentCondition;
  quantity: number;
}

export interface OfferContent {
  kind: OfferKind;
  title: string;
  summary: string;
  description: string;
  sectorCode: string;
  keywords: string[];
  /** null only for used equipment */
  trl: number | null;
  ipStatus: IpStatus | null;
  transferModes: TransferMode[];
  price: Price;
  provinceCode: string;
  communeCode: string | null;
  contact: ContactDetails;
  equipment: EquipmentDetails | null;
}

export type OfferRecord = ListingRecord<OfferContent>;

export function contactFromInput(contact: {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
}): ContactDetails {
  return { name: contact.name, email: contact.email ?? null, phone: contact.phone ?? null };
}

/** The input has passed the zod schema (normalised text, digit-string amounts). */
export function offerContentFromInput(input: OfferInput): OfferContent {
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    description: input.description,
    sectorCode: input.sectorCode,
    keywords: input.keywords,
    trl: input.trl,
    ipStatus: input.ipStatus,
    transferModes: input.transferModes,
    price: 'amountVnd' in input.price ? { amountVnd: BigInt(input.price.amountVnd) } : { negotiable: true },
    provinceCode: input.locality.provinceCode,
    communeCode: input.locality.communeCode ?? null,
    contact: contactFromInput(input.contact),
    equipment: input.kind === 'equipment' && input.equipment ? { ...input.equipment } : null,
  };
}

export interface ViewContext {
  reference: ReferenceCatalog;
  owner: OrganisationView;
  attachments: AttachmentView[];
}

export function contactView(contact: ContactDetails) {
  return {
    name: contact.name,
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
  };
}

/** The view of the record as it is now (the working copy), without the published version. */
export function toPublishedOfferView(record: OfferRecord, context: ViewContext): PublishedOfferView {
  const c = record.content;
  return {
    id: record.id,
    kind: c.kind,
    status: record.status,
    title: c.title,
    summary: c.summary,
    description: c.description,
    sector: context.reference.sector(c.sectorCode),
    keywords: c.keywords,
    trl: c.trl,
    ipStatus: c.ipStatus,
    transferModes: c.transferModes,
    price: 'amountVnd' in c.price ? { amountVnd: formatVnd(c.price.amountVnd) } : { negotiable: true },
    locality: context.reference.locality(c.provinceCode, c.communeCode),
    contact: contactView(c.contact),
    ...(c.equipment ? { equipment: c.equipment } : {}),
    owner: context.owner,
    attachments: context.attachments,
    revision: record.revision,
    ...(record.returnReason ? { returnReason: record.returnReason } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    ...(record.publishedAt ? { publishedAt: record.publishedAt.toISOString() } : {}),
    ...lifecycleExtras(record),
  };
}
