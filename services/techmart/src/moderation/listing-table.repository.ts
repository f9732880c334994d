// What the three listing repositories (offers, needs, experts) share: their tables have the same
// lifecycle columns, so reading, locking, writing and paging are written once here; each subclass
// only maps its own content columns.

import { Prisma } from '../generated/prisma/client.js';
import type { ListingStatus } from './listing-lifecycle.js';
import { jsonColumn, ownerListingsQuery, publishedListingsQuery, submittedListingsQuery } from './listing-queries.js';
import type { ListingProvenance, ListingRecord } from './listing-record.js';
import type { Db, ListingRepository } from './listing-workflow.js';

export interface PublishedRow<V> {
  id: string;
  publishedAt: Date;
  snapshot: V;
}

export interface PublishedPageQuery {
  after?: [string, string] | undefined;
  limit: number;
}

export interface OwnerPageQuery {
  ownerOrganisationId: string;
  status?: ListingStatus | undefined;
  afterId?: string | undefined;
  limit: number;
}

/** The part of a Prisma model delegate (db.offer, db.need, db.expert) the repositories use. */
export interface ListingDelegate<Row> {
  findUnique(args: { where: { id: string } }): PromiseLike<Row | null>;
  findMany(args: object): PromiseLike<unknown[]>;
  create(args: { data: { id: string } }): PromiseLike<unknown>;
  update(args: { where: { id: string }; data: object }): PromiseLike<unknown>;
}

interface SharedColumns {
  provenance: unknown;
  expiresAt: Date | null;
  expiredAt: Date | null;
  expiryRemindedAt: Date | null;
}

type PublishedColumns = { id: string; publishedAt: Date | null; publishedSnapshot: unknown };

export abstract class ListingTableRepository<Row, C, PV> implements ListingRepository<C> {
  /** the SQL table name, for the row lock */
  protected abstract readonly table: 'offers' | 'needs' | 'experts';
  protected abstract delegate(db: Db): ListingDelegate<Row>;
  protected abstract toColumns(record: ListingRecord<C>): object;
  protected abstract toRecord(row: Row): ListingRecord<C>;

  async find(db: Db, id: string): Promise<ListingRecord<C> | null> {
    const row = await this.delegate(db).findUnique({ where: { id } });
    return row ? this.read(row) : null;
  }

  /** An imported listing by its source and its id there. */
  async findBySource(db: Db, sourceCode: string, externalId: string): Promise<ListingRecord<C> | null> {
    const rows = (await this.delegate(db).findMany({ where: { sourceCode, externalId }, take: 1 })) as Row[];
    return rows[0] ? this.read(rows[0]) : null;
  }

  /** Imported listings of one source by their ids there (an import batch looks its records up at once). */
  async findManyBySource(db: Db, sourceCode: string, externalIds: readonly string[]): Promise<ListingRecord<C>[]> {
    if (externalIds.length === 0) return [];
    const rows = (await this.delegate(db).findMany({
      where: { sourceCode, externalId: { in: [...externalIds] } },
    })) as Row[];
    return rows.map((row) => this.read(row));
  }

  async expiryCandidates(db: Db, before: Date, limit: number): Promise<string[]> {
    const rows = (await this.delegate(db).findMany({
      where: {
        publishedSnapshot: { not: Prisma.DbNull },
        status: { not: 'archived' },
        expiredAt: null,
        sourceCode: null,
        expiresAt: { lte: before },
      },
      orderBy: { expiresAt: 'asc' },
      take: limit,
      select: { id: true },
    })) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** The subclass maps its content; the columns every listing table shares are mapped here. */
  protected read(row: Row): ListingRecord<C> {
    const meta = row as unknown as SharedColumns;
    return {
      ...this.toRecord(row),
      provenance: (meta.provenance ?? null) as ListingProvenance | null,
      expiresAt: meta.expiresAt ?? null,
      expiredAt: meta.expiredAt ?? null,
      expiryRemindedAt: meta.expiryRemindedAt ?? null,
    };
  }

  private columns(record: ListingRecord<C>): object {
    return {
      ...this.toColumns(record),
      // undefined leaves a column as it is (records built before these fields existed)
      ...(record.provenance !== undefined
        ? {
            provenance: jsonColumn(record.provenance),
            sourceCode: record.provenance?.sourceCode ?? null,
            externalId: record.provenance?.externalId ?? null,
          }
        : {}),
      ...(record.expiresAt !== undefined ? { expiresAt: record.expiresAt } : {}),
      ...(record.expiredAt !== undefined ? { expiredAt: record.expiredAt } : {}),
      ...(record.expiryRemindedAt !== undefined ? { expiryRemindedAt: record.expiryRemindedAt } : {}),
    };
  }

  async findMany(db: Db, ids: readonly string[]): Promise<ListingRecord<C>[]> {
    if (ids.length === 0) return [];
    const rows = (await this.delegate(db).findMany({ where: { id: { in: [...ids] } } })) as Row[];
    return rows.map((row) => this.read(row));
  }

  async lock(db: Db, id: string): Promise<ListingRecord<C> | null> {
    await db.$queryRaw(Prisma.sql`SELECT 1 FROM ${Prisma.raw(this.table)} WHERE id = ${id}::uuid FOR UPDATE`);
    return this.find(db, id);
  }

  async insert(db: Db, record: ListingRecord<C>): Promise<void> {
    await this.delegate(db).create({ data: { id: record.id, ...this.columns(record) } });
  }

  async update(db: Db, record: ListingRecord<C>): Promise<void> {
    await this.delegate(db).update({ where: { id: record.id }, data: this.columns(record) });
  }

  /** Published versions, newest first; `where` narrows further (an offer's kind). */
  async listPublished(db: Db, query: PublishedPageQuery, where: object = {}): Promise<PublishedRow<PV>[]> {
    const published = publishedListingsQuery(query.after);
    const rows = (await this.delegate(db).findMany({
      where: { ...published.where, ...where },
      orderBy: published.orderBy,
      take: query.limit + 1,
      select: { id: true, publishedAt: true, publishedSnapshot: true },
    })) as PublishedColumns[];
    return rows.map((row) => ({
      id: row.id,
      publishedAt: row.publishedAt ?? new Date(0),
      snapshot: row.publishedSnapshot as PV,
    }));
  }

  async listByOwner(db: Db, query: OwnerPageQuery): Promise<ListingRecord<C>[]> {
    const rows = (await this.delegate(db).findMany({
      ...ownerListingsQuery(query.ownerOrganisationId, query.status, query.afterId),
      take: query.limit + 1,
    })) as Row[];
    return rows.map((row) => this.read(row));
  }

  /** `where` narrows the queue to what the reader may moderate (moderatableListingsWhere). */
  async listSubmitted(db: Db, query: PublishedPageQuery, where: object = {}): Promise<ListingRecord<C>[]> {
    const submitted = submittedListingsQuery(query.after);
    const rows = (await this.delegate(db).findMany({
      ...submitted,
      where: { AND: [submitted.where, where] },
      take: query.limit + 1,
    })) as Row[];
    return rows.map((row) => this.read(row));
  }
}
