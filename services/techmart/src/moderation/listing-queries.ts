// The filters and orderings the three listing tables share (same column names), so offers, needs
// and experts page the same way. Used by the repositories only.

import { Prisma } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { ListingStatus } from './listing-lifecycle.js';
import type { ModerationScope } from './listing-ownership.policy.js';

/** Public: has a published version and is not archived; newest publication first. */
export function publishedListingsQuery(after: [string, string] | undefined) {
  const cursor = after ? { publishedAt: new Date(after[0]), id: after[1] } : undefined;
  return {
    where: {
      publishedSnapshot: { not: Prisma.DbNull },
      status: { not: 'archived' as const },
      // lapsed listings leave the public lists until renewed
      expiredAt: null,
      ...(cursor
        ? {
            OR: [
              { publishedAt: { lt: cursor.publishedAt } },
              { publishedAt: cursor.publishedAt, id: { lt: cursor.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ publishedAt: 'desc' as const }, { id: 'desc' as const }],
  };
}

/** One organisation's listings in any status; ids are UUIDv7, so id order is creation order. */
export function ownerListingsQuery(
  ownerOrganisationId: string,
  status: ListingStatus | undefined,
  afterId: string | undefined,
) {
  return {
    where: {
      ownerOrganisationId,
      ...(status ? { status } : {}),
      ...(afterId ? { id: { lt: afterId } } : {}),
    },
    orderBy: { id: 'desc' as const },
  };
}

/** The moderation queue: submitted listings, oldest submission first. */
export function submittedListingsQuery(after: [string, string] | undefined) {
  const cursor = after ? { submittedAt: new Date(after[0]), id: after[1] } : undefined;
  return {
    where: {
      status: 'submitted' as const,
      ...(cursor
        ? {
            OR: [
              { submittedAt: { gt: cursor.submittedAt } },
              { submittedAt: cursor.submittedAt, id: { gt: cursor.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ submittedAt: 'asc' as const }, { id: 'asc' as const }],
  };
}

/**
 * What an officer may moderate, as a filter (the same rule as canModerate, so the queue lists only
 * what its reader may act on); null when their scope is empty.
 */
export function moderatableListingsWhere(
  actor: Actor,
  scope: ModerationScope,
  table: 'offers' | 'needs' | 'experts',
): object | null {
  if (scope.level === 'none') return null;
  const conditions: object[] = [];
  if (actor.organisationId) conditions.push({ NOT: { ownerOrganisationId: actor.organisationId } });
  if (table === 'needs') conditions.push({ OR: [{ intakeByUserId: null }, { NOT: { intakeByUserId: actor.userId } }] });
  if (scope.level === 'commune') conditions.push({ communeCode: scope.communeCode });
  return { AND: conditions };
}

export function jsonColumn(value: unknown | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
