// Offer persistence: maps rows to records and back. The only place offers touch the database.

import type { Offer as OfferRow } from '../generated/prisma/client.js';
import { jsonColumn } from '../moderation/listing-queries.js';
import { ListingTableRepository, type PublishedPageQuery } from '../moderation/listing-table.repository.js';
import type { Db } from '../moderation/listing-workflow.js';
import { priceFromColumn, priceToColumn } from '../shared/money.js';
import type { OfferContent, OfferRecord } from './offer.js';
import type { OfferKind, PublishedOfferView } from './offer.schema.js';

export class OfferRepository extends ListingTableRepository<OfferRow, OfferContent, PublishedOfferView> {
  protected readonly table = 'offers';

  protected delegate(db: Db) {
    return db.offer;
  }

  protected toColumns(record: OfferRecord) {
    return toColumns(record);
  }

  protected toRecord(row: OfferRow): OfferRecord {
    return toRecord(row);
  }

  override listPublished(db: Db, query: PublishedPageQuery & { kind?: OfferKind | undefined }) {
    return super.listPublished(db, query, query.kind ? { kind: query.kind } : {});
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
