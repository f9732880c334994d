// Pure rules of an import: check one feed record with the same schemas and reference data as a
// local form (a report per record, in Vietnamese and English), turn it into listing content, and
// decide whether it changes anything (re-importing the same feed must write nothing). No I/O.

import { createHash } from 'node:crypto';
import { type FieldError, zodIssuesToFieldErrors } from '@sti/platform';
import { expertContentFromInput } from '../experts/expert.js';
import { expertInputSchema } from '../experts/expert.schema.js';
import type { ListingProvenance, ListingRecord } from '../moderation/listing-record.js';
import { needContentFromInput } from '../needs/need.js';
import { needInputSchema } from '../needs/need.schema.js';
import { offerContentFromInput } from '../offers/offer.js';
import { offerInputSchema } from '../offers/offer.schema.js';
import type { FieldProblem } from '../reference/reference-catalog.js';
import type { LocalityInput } from '../shared/schema-primitives.js';
import { type FeedListingType, feedItemSchema } from './exchange.schema.js';

/** The reference checks an import needs (the catalogue of sectors and localities in force). */
export interface ReferenceChecks {
  checkSector(code: string, field: string): FieldProblem[];
  checkLocality(locality: LocalityInput, field?: string): FieldProblem[];
}

export type ParsedRecord =
  | {
      ok: true;
      change: 'upsert';
      type: FeedListingType;
      externalId: string;
      owner: { id: string; name: string };
      content: unknown;
    }
  | { ok: true; change: 'tombstone'; type: FeedListingType; externalId: string }
  | { ok: false; type?: string; externalId?: string; problems: FieldError[] };

const prefixed = (prefix: string, errors: FieldError[]): FieldError[] =>
  errors.map((error) => ({ ...error, field: `${prefix}.${error.field}` }));

export function parseFeedRecord(raw: unknown, reference: ReferenceChecks): ParsedRecord {
  const envelope = feedItemSchema.safeParse(raw);
  const hint = (raw ?? {}) as { type?: unknown; id?: unknown };
  const known = {
    ...(typeof hint.type === 'string' ? { type: hint.type } : {}),
    ...(typeof hint.id === 'string' ? { externalId: hint.id } : {}),
  };
  if (!envelope.success) return { ok: false, ...known, problems: zodIssuesToFieldErrors(envelope.error.issues) };
  const item = envelope.data;
  if (item.id.length < 1 || item.id.length > 200) {
    return {
      ok: false,
      ...known,
      problems: [
        {
          field: 'id',
          code: 'invalid',
          message: { vi: 'Mã bản ghi phải có 1–200 ký tự.', en: 'The record id must have 1–200 characters.' },
        },
      ],
    };
  }
  if (item.change === 'tombstone') return { ok: true, change: 'tombstone', type: item.type, externalId: item.id };

  const checked = checkListing(item.type, item.listing, reference);
  if (!checked.ok) return { ok: false, ...known, problems: prefixed('listing', checked.problems) };
  return {
    ok: true,
    change: 'upsert',
    type: item.type,
    externalId: item.id,
    owner: item.owner,
    content: checked.content,
  };
}

function checkListing(
  type: FeedListingType,
  listing: Record<string, unknown>,
  reference: ReferenceChecks,
): { ok: true; content: unknown } | { ok: false; problems: FieldError[] } {
  switch (type) {
    case 'offer': {
      const parsed = offerInputSchema.safeParse(listing);
      if (!parsed.success) return { ok: false, problems: zodIssuesToFieldErrors(parsed.error.issues) };
      const problems = [
        ...reference.checkSector(parsed.data.sectorCode, 'sectorCode'),
        ...reference.checkLocality(parsed.data.locality),
      ];
      return problems.length > 0 ? { ok: false, problems } : { ok: true, content: offerContentFromInput(parsed.data) };
    }
    case 'need': {
      const parsed = needInputSchema.safeParse(listing);
      if (!parsed.success) return { ok: false, problems: zodIssuesToFieldErrors(parsed.error.issues) };
      const problems = [
        ...reference.checkSector(parsed.data.sectorCode, 'sectorCode'),
        ...reference.checkLocality(parsed.data.locality),
      ];
      return problems.length > 0
        ? { ok: false, problems }
        : { ok: true, content: needContentFromInput(parsed.data, null) };
    }
    case 'expert': {
      const parsed = expertInputSchema.safeParse(listing);
      if (!parsed.success) return { ok: false, problems: zodIssuesToFieldErrors(parsed.error.issues) };
      const problems = [
        ...parsed.data.fieldCodes.flatMap((code, index) => reference.checkSector(code, `fieldCodes.${index}`)),
        ...reference.checkLocality(parsed.data.locality),
      ];
      return problems.length > 0 ? { ok: false, problems } : { ok: true, content: expertContentFromInput(parsed.data) };
    }
  }
}

/**
 * The organisation an imported listing belongs to here: one per (source, owner id there), with an
 * id derived from both, so every import of the same owner lands on the same organisation.
 */
export function importedOwnerId(sourceCode: string, ownerExternalId: string): string {
  const hex = createHash('sha256').update(`${sourceCode}\u0000${ownerExternalId}`).digest('hex');
  // RFC 9562 version 8 (custom) with the RFC variant bits.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Canonical JSON (sorted keys, bigints as strings) to compare contents read back from the database. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

export interface IncomingListing<C> {
  content: C;
  ownerOrganisationId: string;
  provenance: Omit<ListingProvenance, 'importedAt'>;
}

/** Nothing to write when the copy here is public and already says what the source says. */
export function importChanges<C>(current: ListingRecord<C> | null, incoming: IncomingListing<C>): boolean {
  if (!current) return true;
  if (current.status !== 'published' || current.expiredAt) return true;
  if (current.ownerOrganisationId !== incoming.ownerOrganisationId) return true;
  const provenance = current.provenance;
  if (!provenance || canonical(provenance.sourceName) !== canonical(incoming.provenance.sourceName)) return true;
  return canonical(current.content) !== canonical(incoming.content);
}
