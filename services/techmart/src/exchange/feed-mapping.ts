// Pure rules of the export feed: a published view becomes the fields another exchange needs to
// create the same listing (its create-request shape), a row becomes an upsert or a tombstone, and
// the cursor is an opaque token of the last change number. No I/O.

import type { PublishedExpertView } from '../experts/expert.schema.js';
import type { PublishedNeedView } from '../needs/need.schema.js';
import type { PublishedOfferView } from '../offers/offer.schema.js';
import type { LocalityView } from '../shared/schema-primitives.js';
import type { FeedItem, FeedListingType } from './exchange.schema.js';

export interface FeedRow {
  type: FeedListingType;
  id: string;
  sequence: bigint;
  status: string;
  expiredAt: Date | null;
  updatedAt: Date;
  snapshot: unknown;
}

const locality = (view: LocalityView) => ({
  provinceCode: view.provinceCode,
  ...(view.communeCode ? { communeCode: view.communeCode } : {}),
});

/** Only what the owner published: the contact as shown to the public, no intake or moderation data. */
export function offerFeedListing(view: PublishedOfferView): Record<string, unknown> {
  return {
    kind: view.kind,
    title: view.title,
    summary: view.summary,
    description: view.description,
    sectorCode: view.sector.code,
    keywords: view.keywords,
    trl: view.trl,
    ipStatus: view.ipStatus,
    transferModes: view.transferModes,
    price: view.price,
    locality: locality(view.locality),
    contact: view.contact,
    ...(view.equipment ? { equipment: view.equipment } : {}),
  };
}

export function needFeedListing(view: PublishedNeedView): Record<string, unknown> {
  const budget = view.budget;
  return {
    title: view.title,
    problem: view.problem,
    sectorCode: view.sector.code,
    keywords: view.keywords,
    ...(view.desiredTrl !== undefined ? { desiredTrl: view.desiredTrl } : {}),
    ...(budget.minVnd !== undefined || budget.maxVnd !== undefined ? { budget } : {}),
    ...(view.wantedBy ? { wantedBy: view.wantedBy } : {}),
    locality: locality(view.locality),
    contact: view.contact,
  };
}

export function expertFeedListing(view: PublishedExpertView): Record<string, unknown> {
  return {
    fullName: view.fullName,
    ...(view.academicTitle ? { academicTitle: view.academicTitle } : {}),
    fieldCodes: view.fields.map((field) => field.code),
    keywords: view.keywords,
    results: view.results,
    availableForConsulting: view.availableForConsulting,
    biography: view.biography,
    locality: locality(view.locality),
    contact: view.contact,
  };
}

function ownerOf(type: FeedListingType, view: Record<string, unknown>): { id: string; name: string } {
  const owner = (type === 'need' ? view.requester : type === 'expert' ? view.organisation : view.owner) as {
    id: string;
    name: string;
  };
  return { id: owner.id, name: owner.name };
}

/** Archived or lapsed listings are tombstones; the rest show their published version. */
export function toFeedItem(row: FeedRow): FeedItem {
  const base = { type: row.type, id: row.id, sequence: row.sequence.toString() };
  if (row.status === 'archived' || row.expiredAt !== null) {
    return {
      ...base,
      change: 'tombstone',
      reason: row.status === 'archived' ? 'archived' : 'expired',
      at: (row.status === 'archived' ? row.updatedAt : (row.expiredAt as Date)).toISOString(),
    };
  }
  const view = row.snapshot as Record<string, unknown> & {
    revision: number;
    publishedAt?: string;
    updatedAt: string;
    expiresAt?: string;
  };
  const listing =
    row.type === 'offer'
      ? offerFeedListing(view as unknown as PublishedOfferView)
      : row.type === 'need'
        ? needFeedListing(view as unknown as PublishedNeedView)
        : expertFeedListing(view as unknown as PublishedExpertView);
  return {
    ...base,
    change: 'upsert',
    revision: view.revision,
    publishedAt: view.publishedAt ?? view.updatedAt,
    updatedAt: view.updatedAt,
    ...(view.expiresAt ? { expiresAt: view.expiresAt } : {}),
    owner: ownerOf(row.type, view),
    listing,
  };
}

const CURSOR_PREFIX = 'f1.';

export function encodeFeedCursor(sequence: bigint): string {
  return CURSOR_PREFIX + Buffer.from(sequence.toString(), 'utf8').toString('base64url');
}

/** undefined for anything this feed did not issue (the caller answers 400) */
export function decodeFeedCursor(cursor: string): bigint | undefined {
  if (!cursor.startsWith(CURSOR_PREFIX)) return undefined;
  const text = Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8');
  return /^\d{1,19}$/.test(text) ? BigInt(text) : undefined;
}
