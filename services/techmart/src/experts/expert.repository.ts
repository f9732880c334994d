// Expert profile persistence: maps rows to records and back.

import type { Expert as ExpertRow } from '../generated/prisma/client.js';
import { jsonColumn } from '../moderation/listing-queries.js';
import { ListingTableRepository } from '../moderation/listing-table.repository.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { ExpertContent, ExpertRecord } from './expert.js';
import type { PublishedExpertView } from './expert.schema.js';

export class ExpertRepository extends ListingTableRepository<ExpertRow, ExpertContent, PublishedExpertView> {
  protected readonly table = 'experts';

  protected delegate(db: Db) {
    return db.expert;
  }

  protected toColumns(record: ExpertRecord) {
    return toColumns(record);
  }

  protected toRecord(row: ExpertRow): ExpertRecord {
    return toRecord(row);
  }
}

function toColumns(record: ExpertRecord) {
  const c = record.content;
  return {
    status: record.status,
    fullName: c.fullName,
    academicTitle: c.academicTitle,
    fieldCodes: c.fieldCodes,
    keywords: c.keywords,
    results: c.results,
    availableForConsulting: c.availableForConsulting,
    biography: c.biography,
    provinceCode: c.provinceCode,
    communeCode: c.communeCode,
    contactName: c.contact.name,
    contactEmail: c.contact.email,
    contactPhone: c.contact.phone,
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

function toRecord(row: ExpertRow): ExpertRecord {
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
      fullName: row.fullName,
      academicTitle: row.academicTitle,
      fieldCodes: row.fieldCodes,
      keywords: row.keywords,
      results: row.results as unknown as ExpertContent['results'],
      availableForConsulting: row.availableForConsulting,
      biography: row.biography,
      provinceCode: row.provinceCode,
      communeCode: row.communeCode,
      contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    },
  };
}
