// The moderation queue across the three listing tables: one ordered, filtered, counted list of
// submitted listings (oldest submission first), so officers page through all work at once.

import { Prisma } from '../generated/prisma/client.js';
import type { ListingKind } from './listing-ownership.policy.js';
import type { Db } from './listing-workflow.js';
import type { QueueType } from './moderation.schema.js';
import { containsPattern, FOLD_TABLE } from '../shared/vietnamese-fold.js';

export interface QueueFilter {
  type?: QueueType | undefined;
  communeCode?: string | undefined;
  /** submitted at or before this time */
  submittedBefore?: Date | undefined;
  resubmittedOnly: boolean;
  /** text searched in titles, accents ignored */
  text?: string | undefined;
  /** separation of duties: what the officer may not moderate (see moderationScope) */
  scope: QueueScope;
}

export interface QueueScope {
  /** the officer's own organisation's listings are left out */
  excludeOwnerOrganisationId?: string | undefined;
  /** needs this officer took in are left out */
  excludeIntakeByUserId?: string | undefined;
  /** a commune officer sees only their commune */
  communeCode?: string | undefined;
}

export interface QueueRow {
  listingType: ListingKind;
  id: string;
  submittedAt: Date;
}

const SOURCES: Record<QueueType, Prisma.Sql> = {
  offer: Prisma.sql`SELECT 'offer' AS listing_type, id, submitted_at, title, commune_code, owner_organisation_id,
                            NULL::text AS intake_by_user_id FROM offers
                     WHERE status = 'submitted' AND kind = 'technology'`,
  equipment: Prisma.sql`SELECT 'offer' AS listing_type, id, submitted_at, title, commune_code, owner_organisation_id,
                               NULL::text AS intake_by_user_id FROM offers
                         WHERE status = 'submitted' AND kind = 'equipment'`,
  need: Prisma.sql`SELECT 'need' AS listing_type, id, submitted_at, title, commune_code, owner_organisation_id,
                          intake_by_user_id FROM needs
                    WHERE status = 'submitted'`,
  expert: Prisma.sql`SELECT 'expert' AS listing_type, id, submitted_at, full_name AS title, commune_code,
                            owner_organisation_id, NULL::text AS intake_by_user_id FROM experts
                      WHERE status = 'submitted'`,
};

function filtered(filter: QueueFilter): Prisma.Sql {
  const types = filter.type ? [filter.type] : (Object.keys(SOURCES) as QueueType[]);
  const union = Prisma.join(
    types.map((type) => SOURCES[type]),
    ' UNION ALL ',
  );
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const { scope } = filter;
  if (scope.excludeOwnerOrganisationId) {
    conditions.push(Prisma.sql`q.owner_organisation_id <> ${scope.excludeOwnerOrganisationId}::uuid`);
  }
  if (scope.excludeIntakeByUserId) {
    conditions.push(Prisma.sql`q.intake_by_user_id IS DISTINCT FROM ${scope.excludeIntakeByUserId}`);
  }
  if (scope.communeCode) conditions.push(Prisma.sql`q.commune_code = ${scope.communeCode}`);
  if (filter.communeCode) conditions.push(Prisma.sql`q.commune_code = ${filter.communeCode}`);
  if (filter.submittedBefore) conditions.push(Prisma.sql`q.submitted_at <= ${filter.submittedBefore}`);
  if (filter.text) {
    conditions.push(
      Prisma.sql`lower(translate(q.title, ${FOLD_TABLE.from}, ${FOLD_TABLE.to})) LIKE ${containsPattern(filter.text)}`,
    );
  }
  if (filter.resubmittedOnly) {
    // A resubmission: the latest decision on the listing returned it.
    conditions.push(Prisma.sql`(SELECT d.decision FROM moderation_decisions d WHERE d.listing_id = q.id
                                 ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) = 'returned'`);
  }
  return Prisma.sql`FROM (${union}) q WHERE ${Prisma.join(conditions, ' AND ')}`;
}

export class ModerationQueueRepository {
  async count(db: Db, filter: QueueFilter): Promise<number> {
    const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n ${filtered(filter)}`);
    return row?.n ?? 0;
  }

  /** Oldest submission first; fetches limit + 1 rows for paging. */
  async page(db: Db, filter: QueueFilter, after: [Date, string] | undefined, limit: number): Promise<QueueRow[]> {
    const cursor = after ? Prisma.sql`AND (q.submitted_at, q.id) > (${after[0]}, ${after[1]}::uuid)` : Prisma.empty;
    const rows = await db.$queryRaw<{ listing_type: ListingKind; id: string; submitted_at: Date }[]>(Prisma.sql`
      SELECT q.listing_type, q.id::text AS id, q.submitted_at ${filtered(filter)} ${cursor}
       ORDER BY q.submitted_at, q.id
       LIMIT ${limit + 1}`);
    return rows.map((row) => ({ listingType: row.listing_type, id: row.id, submittedAt: new Date(row.submitted_at) }));
  }
}
