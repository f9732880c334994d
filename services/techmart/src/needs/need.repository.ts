// Need persistence: maps rows to records and back. The only place needs touch the database.

import type { Need as NeedRow } from '../generated/prisma/client.js';
import { jsonColumn } from '../moderation/listing-queries.js';
import { ListingTableRepository, type OwnerPageQuery } from '../moderation/listing-table.repository.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { NeedContent, NeedRecord } from './need.js';
import type { PublishedNeedView } from './need.schema.js';

export class NeedRepository extends ListingTableRepository<NeedRow, NeedContent, PublishedNeedView> {
  protected readonly table = 'needs';

  protected delegate(db: Db) {
    return db.need;
  }

  protected toColumns(record: NeedRecord) {
    return toColumns(record);
  }

  protected toRecord(row: NeedRow): NeedRecord {
    return toRecord(row);
  }

  /** The needs one officer took in for businesses, any status, newest first (limit + 1 rows). */
  async listByIntakeOfficer(db: Db, query: Omit<OwnerPageQuery, 'ownerOrganisationId'> & { userId: string }) {
    const rows = await db.need.findMany({
      where: {
        intakeByUserId: query.userId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.afterId ? { id: { lt: query.afterId } } : {}),
      },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
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
