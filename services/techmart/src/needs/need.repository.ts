// Need persistence: maps rows to records and back. The only place needs touch the database.

import type { Need as NeedRow } from '../generated/prisma/client.js';
import type { ListingStatus } from '../moderation/listing-lifecycle.js';
import {
  jsonColumn,
  ownerListingsQuery,
  publishedListingsQuery,
  submittedListingsQuery,
} from '../moderation/listing-queries.js';
import type { Db, ListingRepository } from '../moderation/listing-workflow.js';
import type { PublishedRow } from '../offers/offer.repository.js';
import type { NeedContent, NeedRecord } from './need.js';
import type { PublishedNeedView } from './need.schema.js';

export class NeedRepository implements ListingRepository<NeedContent> {
  async find(db: Db, id: string): Promise<NeedRecord | null> {
    const row = await db.need.findUnique({ where: { id } });
    return row ? toRecord(row) : null;
  }

  async lock(db: Db, id: string): Promise<NeedRecord | null> {
    await db.$queryRaw`SELECT 1 FROM needs WHERE id = ${id}::uuid FOR UPDATE`;
    return this.find(db, id);
  }

  async insert(db: Db, record: NeedRecord): Promise<void> {
    await db.need.create({ data: { id: record.id, ...toColumns(record) } });
  }

  async update(db: Db, record: NeedRecord): Promise<void> {
    await db.need.update({ where: { id: record.id }, data: toColumns(record) });
  }

  async listPublished(
    db: Db,
    query: { after?: [string, string] | undefined; limit: number },
  ): Promise<PublishedRow<PublishedNeedView>[]> {
    const rows = await db.need.findMany({
      ...publishedListingsQuery(query.after),
      take: query.limit + 1,
      select: { id: true, publishedAt: true, publishedSnapshot: true },
    });
    return rows.map((row) => ({
      id: row.id,
      publishedAt: row.publishedAt ?? new Date(0),
      snapshot: row.publishedSnapshot as unknown as PublishedNeedView,
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
  ): Promise<NeedRecord[]> {
    const rows = await db.need.findMany({
      ...ownerListingsQuery(query.ownerOrganisationId, query.status, query.afterId),
      take: query.limit + 1,
    });
    return rows.map(toRecord);
  }

  async listSubmitted(db: Db, query: { after?: [string, string] | undefined; limit: number }): Promise<NeedRecord[]> {
    const rows = await db.need.findMany({ ...submittedListingsQuery(query.after), take: query.limit + 1 });
    return rows.map(toRecord);
  }
}

function toColumns(record: NeedRecord) {
  const c = record.content;
  return {
    status: record.status,
    title: c.title,
    problem: c.problem,
    sectorCode: c.sectorCode,
    keywords: c.keywords,
    desiredTrl: c.desiredTrl,
    budgetMinVnd: c.budgetMinVnd,
    budgetMaxVnd: c.budgetMaxVnd,
    wantedBy: c.wantedBy === null ? null : new Date(`${c.wantedBy}T00:00:00Z`),
    provinceCode: c.provinceCode,
    communeCode: c.communeCode,
    contactName: c.contact.name,
    contactEmail: c.contact.email,
    contactPhone: c.contact.phone,
    ownerOrganisationId: record.ownerOrganisationId,
    createdBy: record.createdBy,
    intakeByUserId: c.intake?.enteredByUserId ?? null,
    intakeByName: c.intake?.enteredByName ?? null,
    intakeByOrganisationId: c.intake?.enteredByOrganisationId ?? null,
    revision: record.revision,
    returnReason: record.returnReason,
    publishedSnapshot: jsonColumn(record.publishedSnapshot),
    submittedAt: record.submittedAt,
    publishedAt: record.publishedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function toRecord(row: NeedRow): NeedRecord {
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
      title: row.title,
      problem: row.problem,
      sectorCode: row.sectorCode,
      keywords: row.keywords,
      desiredTrl: row.desiredTrl,
      budgetMinVnd: row.budgetMinVnd,
      budgetMaxVnd: row.budgetMaxVnd,
      wantedBy: row.wantedBy ? row.wantedBy.toISOString().slice(0, 10) : null,
      provinceCode: row.provinceCode,
      communeCode: row.communeCode,
      contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
      intake:
        row.intakeByUserId !== null
          ? {
              enteredByUserId: row.intakeByUserId,
              enteredByName: row.intakeByName ?? row.intakeByUserId,
              enteredByOrganisationId: row.intakeByOrganisationId,
            }
          : null,
    },
  };
}
