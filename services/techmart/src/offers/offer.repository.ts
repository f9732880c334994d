// Offer persistence: maps rows to records and back. The only place offers touch the database.

import type { Offer as OfferRow } from '../generated/prisma/client.js';
import type { ListingStatus } from '../moderation/listing-lifecycle.js';
import {
  jsonColumn,
  ownerListingsQuery,
  publishedListingsQuery,
  submittedListingsQuery,
} from '../moderation/listing-queries.js';
import type { Db, ListingRepository } from '../moderation/listing-workflow.js';
import { priceFromColumn, priceToColumn } from '../shared/money.js';
import type { OfferContent, OfferRecord } from './offer.js';
import type { OfferKind, PublishedOfferView } from './offer.schema.js';

export interface PublishedRow<V> {
  id: string;
  publishedAt: Date;
  snapshot: V;
}

export class OfferRepository implements ListingRepository<OfferContent> {
  async find(db: Db, id: string): Promise<OfferRecord | null> {
    const row = await db.offer.findUnique({ where: { id } });
    return row ? toRecord(row) : null;
  }

  async lock(db: Db, id: string): Promise<OfferRecord | null> {
    await db.$queryRaw`SELECT 1 FROM offers WHERE id = ${id}::uuid FOR UPDATE`;
    return this.find(db, id);
  }

  async insert(db: Db, record: OfferRecord): Promise<void> {
    await db.offer.create({ data: { id: record.id, ...toColumns(record) } });
  }

  async update(db: Db, record: OfferRecord): Promise<void> {
    await db.offer.update({ where: { id: record.id }, data: toColumns(record) });
  }

  async listPublished(
    db: Db,
    query: { kind?: OfferKind | undefined; after?: [string, string] | undefined; limit: number },
  ): Promise<PublishedRow<PublishedOfferView>[]> {
    const { where, orderBy } = publishedListingsQuery(query.after);
    const rows = await db.offer.findMany({
      where: { ...where, ...(query.kind ? { kind: query.kind } : {}) },
      orderBy,
      take: query.limit + 1,
      select: { id: true, publishedAt: true, publishedSnapshot: true },
    });
    return rows.map((row) => ({
      id: row.id,
      publishedAt: row.publishedAt ?? new Date(0),
      snapshot: row.publishedSnapshot as unknown as PublishedOfferView,
    }));
  }

  async listByOwner(
    db: Db,
    query: {
      ownerOrganisationId: string;
      status?: ListingStatus | undefined;
      afterId?: string | undefined;
      limit: number;
    },
  ): Promise<OfferRecord[]> {
    const rows = await db.offer.findMany({
      ...ownerListingsQuery(query.ownerOrganisationId, query.status, query.afterId),
      take: query.limit + 1,
    });
    return rows.map(toRecord);
  }

  async listSubmitted(db: Db, query: { after?: [string, string] | undefined; limit: number }): Promise<OfferRecord[]> {
    const rows = await db.offer.findMany({ ...submittedListingsQuery(query.after), take: query.limit + 1 });
    return rows.map(toRecord);
  }
}

function toColumns(record: OfferRecord) {
  const c = record.content;
  return {
    kind: c.kind,
    status: record.status,
    title: c.title,
    summary: c.summary,
    description: c.description,
    sectorCode: c.sectorCode,
    keywords: c.keywords,
    trl: c.trl,
    ipStatus: c.ipStatus,
    transferModes: c.transferModes,
    priceVnd: priceToColumn(c.price),
    provinceCode: c.provinceCode,
    communeCode: c.communeCode,
    contactName: c.contact.name,
    contactEmail: c.contact.email,
    contactPhone: c.contact.phone,
    equipmentSpecs: jsonColumn(c.equipment?.specifications ?? null),
    equipmentCondition: c.equipment?.condition ?? null,
    equipmentQuantity: c.equipment?.quantity ?? null,
    ownerOrganisationId: record.ownerOrganisationId,
    createdBy: record.createdBy,
    revision: record.revision,
    returnReason: record.returnReason,
    publishedSnapshot: jsonColumn(record.publishedSnapshot),
    submittedAt: record.submittedAt,
    publishedAt: record.publishedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function toRecord(row: OfferRow): OfferRecord {
  return {
    id: row.id,
    status: row.status,
    ownerOrganisationId: row.ownerOrganisationId,
    createdBy: row.createdBy,
    revision: row.revision,
    returnReason: row.returnReason,
    publishedSnapshot: row.publishedSnapshot ?? null,
    submittedAt: row.submittedAt,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    content: {
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      description: row.description,
      sectorCode: row.sectorCode,
      keywords: row.keywords,
      trl: row.trl,
      ipStatus: row.ipStatus as OfferContent['ipStatus'],
      transferModes: row.transferModes as OfferContent['transferModes'],
      price: priceFromColumn(row.priceVnd),
      provinceCode: row.provinceCode,
      communeCode: row.communeCode,
      contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
      equipment:
        row.kind === 'equipment' && row.equipmentCondition !== null && row.equipmentQuantity !== null
          ? {
              specifications: (row.equipmentSpecs ?? []) as { name: string; value: string }[],
              condition: row.equipmentCondition as NonNullable<OfferContent['equipment']>['condition'],
              quantity: row.equipmentQuantity,
            }
          : null,
    },
  };
}
