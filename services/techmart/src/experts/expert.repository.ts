// Expert profile persistence: maps rows to records and back.

import type { Expert as ExpertRow } from '../generated/prisma/client.js';
import type { ListingStatus } from '../moderation/listing-lifecycle.js';
import {
  jsonColumn,
  ownerListingsQuery,
  publishedListingsQuery,
  submittedListingsQuery,
} from '../moderation/listing-queries.js';
import type { Db, ListingRepository } from '../moderation/listing-workflow.js';
import type { PublishedRow } from '../offers/offer.repository.js';
import type { ExpertContent, ExpertRecord } from './expert.js';
import type { PublishedExpertView } from './expert.schema.js';

export class ExpertRepository implements ListingRepository<ExpertContent> {
  async find(db: Db, id: string): Promise<ExpertRecord | null> {
    const row = await db.expert.findUnique({ where: { id } });
    return row ? toRecord(row) : null;
  }

  async lock(db: Db, id: string): Promise<ExpertRecord | null> {
    await db.$queryRaw`SELECT 1 FROM experts WHERE id = ${id}::uuid FOR UPDATE`;
    return this.find(db, id);
  }

  async insert(db: Db, record: ExpertRecord): Promise<void> {
    await db.expert.create({ data: { id: record.id, ...toColumns(record) } });
  }

  async update(db: Db, record: ExpertRecord): Promise<void> {
    await db.expert.update({ where: { id: record.id }, data: toColumns(record) });
  }

  async listPublished(
    db: Db,
    query: { after?: [string, string] | undefined; limit: number },
  ): Promise<PublishedRow<PublishedExpertView>[]> {
    const rows = await db.expert.findMany({
      ...publishedListingsQuery(query.after),
      take: query.limit + 1,
      select: { id: true, publishedAt: true, publishedSnapshot: true },
    });
    return rows.map((row) => ({
      id: row.id,
      publishedAt: row.publishedAt ?? new Date(0),
      snapshot: row.publishedSnapshot as unknown as PublishedExpertView,
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
  ): Promise<ExpertRecord[]> {
    const rows = await db.expert.findMany({
      ...ownerListingsQuery(query.ownerOrganisationId, query.status, query.afterId),
      take: query.limit + 1,
    });
    return rows.map(toRecord);
  }

  async listSubmitted(db: Db, query: { after?: [string, string] | undefined; limit: number }): Promise<ExpertRecord[]> {
    const rows = await db.expert.findMany({ ...submittedListingsQuery(query.after), take: query.limit + 1 });
    return rows.map(toRecord);
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
