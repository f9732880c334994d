// Techmart's registry of listing owners. Names arrive with the signed identity headers, from the
// seed, from an officer's intake (always a new organisation: never matched by name) and from admins.

import { appendToOutbox, ProblemError, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import type { OrganisationView } from '../shared/schema-primitives.js';
import { organisationEvents } from './organisation.events.js';
import { containsPattern, FOLD_TABLE } from '../shared/vietnamese-fold.js';
import { isActive, type OrganisationStatus } from './organisation.policy.js';

export interface OrganisationRecord {
  id: string;
  name: string;
  status: OrganisationStatus;
  mergedIntoId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Organisations arriving with the identity headers: recorded on the identity provider's word. */
const IDENTITY_PROVIDER: Actor = {
  userId: 'identity-provider',
  displayName: 'Identity provider',
  organisationId: null,
  organisationName: null,
  roles: [],
};

/** A Prisma client opens a transaction; a transaction client (the seed's) is one already. */
function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const client = db as Db & { $transaction?: (work: (tx: Db) => Promise<T>) => Promise<T> };
  return client.$transaction ? client.$transaction(work) : work(db);
}

function assertActive(status: OrganisationStatus): void {
  if (isActive(status)) return;
  throw new ProblemError({
    status: 403,
    code: 'organisation_inactive',
    message: {
      vi: 'Tổ chức của bạn đã bị hợp nhất hoặc ngừng hoạt động trên sàn. Vui lòng liên hệ quản trị viên.',
      en: 'Your organisation has been merged or deactivated on the exchange. Please contact an administrator.',
    },
  });
}

export class OrganisationRepository {
  /**
   * Records the organisation of someone acting (a new one is pending until an officer verifies it),
   * or refreshes its name when the identity provider knows a newer one — with its event. A merged
   * or deactivated organisation cannot act any more.
   */
  async ensure(db: Db, organisation: { id: string; name: string | null }): Promise<void> {
    const name = organisation.name ?? organisation.id;
    const existing = await db.organisation.findUnique({ where: { id: organisation.id } });
    if (existing) assertActive(existing.status);
    if (existing && (existing.name === name || !organisation.name)) return;
    await inTransaction(db, async (tx) => {
      const now = new Date();
      // Two first requests of one organisation may race: only the one that inserts announces it.
      const inserted = await tx.organisation.createMany({
        data: [{ id: organisation.id, name, status: 'pending', createdAt: now, updatedAt: now }],
        skipDuplicates: true,
      });
      const row =
        inserted.count === 1
          ? await tx.organisation.findUniqueOrThrow({ where: { id: organisation.id } })
          : await tx.organisation.update({ where: { id: organisation.id }, data: { name, updatedAt: now } });
      const event = inserted.count === 1 ? organisationEvents.created : organisationEvents.updated;
      await appendToOutbox(prismaTxExecutor(tx), [event(row, IDENTITY_PROVIDER, now)]);
    });
  }

  async find(db: Db, id: string): Promise<OrganisationView | null> {
    const row = await db.organisation.findUnique({ where: { id } });
    return row ? { id: row.id, name: row.name } : null;
  }

  /** An organisation that may own new listings (pending or verified), or null. */
  async findActive(db: Db, id: string): Promise<OrganisationView | null> {
    const row = await db.organisation.findUnique({ where: { id } });
    return row && isActive(row.status) ? { id: row.id, name: row.name } : null;
  }

  async get(db: Db, id: string): Promise<OrganisationRecord | null> {
    return db.organisation.findUnique({ where: { id } });
  }

  /** Reads the rows and locks them until the transaction ends (in id order: no deadlocks). */
  async lock(db: Db, ids: string[]): Promise<Map<string, OrganisationRecord>> {
    const sorted = [...new Set(ids)].sort();
    await db.$queryRaw(
      Prisma.sql`SELECT 1 FROM organisations WHERE id IN (${Prisma.join(sorted.map((id) => Prisma.sql`${id}::uuid`))}) ORDER BY id FOR UPDATE`,
    );
    const rows = await db.organisation.findMany({ where: { id: { in: sorted } } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async create(db: Db, input: { name: string; status: OrganisationStatus; now: Date }): Promise<OrganisationRecord> {
    return db.organisation.create({
      data: { id: uuidv7(), name: input.name, status: input.status, createdAt: input.now, updatedAt: input.now },
    });
  }

  async setStatus(
    db: Db,
    id: string,
    change: { status: OrganisationStatus; mergedIntoId?: string; now: Date },
  ): Promise<OrganisationRecord> {
    return db.organisation.update({
      where: { id },
      data: { status: change.status, mergedIntoId: change.mergedIntoId ?? null, updatedAt: change.now },
    });
  }

  /** Moves every listing of `fromId` to `toId`; returns the moved ids per table. */
  async repointListings(
    db: Db,
    fromId: string,
    toId: string,
    now: Date,
  ): Promise<{ offers: string[]; needs: string[]; experts: string[] }> {
    const moved = async (table: 'offers' | 'needs' | 'experts') =>
      (
        await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`UPDATE ${Prisma.raw(table)} SET owner_organisation_id = ${toId}::uuid, updated_at = ${now}
                     WHERE owner_organisation_id = ${fromId}::uuid RETURNING id::text AS id`,
        )
      )
        .map((row) => row.id)
        .sort();
    const result = { offers: await moved('offers'), needs: await moved('needs'), experts: await moved('experts') };
    // Organisations merged into the duplicate earlier now point at the survivor (one hop).
    await db.organisation.updateMany({ where: { mergedIntoId: fromId }, data: { mergedIntoId: toId } });
    return result;
  }

  /** Active organisations whose name contains the query (accents and case ignored), by name. */
  async search(
    db: Db,
    query: { q: string | undefined; after: [string, string] | undefined; limit: number },
  ): Promise<{ id: string; name: string; status: OrganisationStatus }[]> {
    const nameMatches = query.q?.trim()
      ? Prisma.sql`AND lower(translate(name, ${FOLD_TABLE.from}, ${FOLD_TABLE.to})) LIKE ${containsPattern(query.q)} ESCAPE '\\'`
      : Prisma.empty;
    const afterCursor = query.after
      ? Prisma.sql`AND (name, id) > (${query.after[0]}, ${query.after[1]}::uuid)`
      : Prisma.empty;
    return db.$queryRaw<{ id: string; name: string; status: OrganisationStatus }[]>(
      Prisma.sql`SELECT id::text AS id, name, status::text AS status FROM organisations
                 WHERE status IN ('pending', 'verified') ${nameMatches} ${afterCursor}
                 ORDER BY name, id LIMIT ${query.limit + 1}`,
    );
  }

  async names(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await db.organisation.findMany({ where: { id: { in: [...new Set(ids)] } } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Names and whether an officer has verified each organisation (the moderation queue shows both). */
  async owners(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; verified: boolean }>> {
    const rows = await db.organisation.findMany({ where: { id: { in: [...new Set(ids)] } } });
    return new Map(rows.map((row) => [row.id, { name: row.name, verified: row.status === 'verified' }]));
  }
}
