// Connections and their timeline.

import { uuidv7 } from 'uuidv7';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../moderation/listing-workflow.js';

export type ConnectionRow = Awaited<ReturnType<Db['connection']['findMany']>>[number];
export type ConnectionStepRow = Awaited<ReturnType<Db['connectionStep']['findMany']>>[number];
export type NewConnection = Prisma.ConnectionUncheckedCreateInput;

export class ConnectionRepository {
  async insert(db: Db, row: NewConnection): Promise<void> {
    await db.connection.create({ data: row });
  }

  async find(db: Db, id: string): Promise<ConnectionRow | null> {
    return db.connection.findUnique({ where: { id } });
  }

  async lock(db: Db, id: string): Promise<ConnectionRow | null> {
    await db.$queryRaw(Prisma.sql`SELECT 1 FROM connections WHERE id = ${id}::uuid FOR UPDATE`);
    return this.find(db, id);
  }

  async update(db: Db, id: string, data: Prisma.ConnectionUncheckedUpdateInput): Promise<ConnectionRow> {
    return db.connection.update({ where: { id }, data });
  }

  async addStep(
    db: Db,
    step: {
      connectionId: string;
      kind: string;
      party?: string | null;
      byUserId: string;
      byName: string;
      text?: string | null;
      at: Date;
    },
  ): Promise<void> {
    await db.connectionStep.create({ data: { id: uuidv7(), party: null, text: null, ...step } });
  }

  async steps(db: Db, ids: readonly string[]): Promise<Map<string, ConnectionStepRow[]>> {
    const rows =
      ids.length === 0
        ? []
        : await db.connectionStep.findMany({
            where: { connectionId: { in: [...ids] } },
            orderBy: [{ at: 'asc' }, { id: 'asc' }],
          });
    const out = new Map<string, ConnectionStepRow[]>();
    for (const row of rows) out.set(row.connectionId, [...(out.get(row.connectionId) ?? []), row]);
    return out;
  }

  /** Newest first; a party's own (`organisationId`), or an officer's area (`communeCode`, or all). */
  async list(
    db: Db,
    filter: { organisationId?: string; communeCode?: string; state?: string; beforeId?: string; limit: number },
  ): Promise<ConnectionRow[]> {
    return db.connection.findMany({
      where: {
        ...(filter.organisationId
          ? {
              OR: [
                { requesterOrganisationId: filter.organisationId },
                { supplierOrganisationId: filter.organisationId },
              ],
            }
          : {}),
        ...(filter.communeCode ? { communeCode: filter.communeCode } : {}),
        ...(filter.state ? { state: filter.state } : {}),
        ...(filter.beforeId ? { id: { lt: filter.beforeId } } : {}),
      },
      orderBy: { id: 'desc' },
      take: filter.limit + 1,
    });
  }

  async openFor(db: Db, needId: string, candidateId: string): Promise<ConnectionRow | null> {
    return db.connection.findFirst({
      where: { needId, candidateId, state: { in: ['proposed', 'accepted', 'negotiating'] } },
    });
  }
}
