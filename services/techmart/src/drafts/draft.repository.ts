// Half-filled drafts: the only place they touch the database.

import type { Prisma } from '../generated/prisma/client.js';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';

export interface DraftRecord {
  id: string;
  listingType: ListingKind;
  ownerOrganisationId: string;
  createdBy: string;
  title: string | null;
  input: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

type Row = Omit<DraftRecord, 'listingType' | 'input'> & { listingType: string; input: unknown };

const toRecord = (row: Row): DraftRecord => ({
  ...row,
  listingType: row.listingType as ListingKind,
  input: row.input as Record<string, unknown>,
});

export class DraftRepository {
  async insert(db: Db, draft: DraftRecord): Promise<void> {
    await db.listingDraft.create({ data: { ...draft, input: draft.input as Prisma.InputJsonValue } });
  }

  async update(db: Db, draft: DraftRecord): Promise<void> {
    await db.listingDraft.update({
      where: { id: draft.id },
      data: { title: draft.title, input: draft.input as Prisma.InputJsonValue, updatedAt: draft.updatedAt },
    });
  }

  async find(db: Db, id: string): Promise<DraftRecord | null> {
    const row = await db.listingDraft.findUnique({ where: { id } });
    return row ? toRecord(row) : null;
  }

  /** Newest first; limit + 1 rows for paging. */
  async listByOwner(
    db: Db,
    query: { ownerOrganisationId: string; type?: ListingKind | undefined; afterId?: string | undefined; limit: number },
  ): Promise<DraftRecord[]> {
    const rows = await db.listingDraft.findMany({
      where: {
        ownerOrganisationId: query.ownerOrganisationId,
        ...(query.type ? { listingType: query.type } : {}),
        ...(query.afterId ? { id: { lt: query.afterId } } : {}),
      },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    return rows.map(toRecord);
  }

  /** Removes the draft; false when it was already gone (submitted or deleted meanwhile). */
  async delete(db: Db, id: string): Promise<boolean> {
    const { count } = await db.listingDraft.deleteMany({ where: { id } });
    return count === 1;
  }
}
