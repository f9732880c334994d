// The moderation history: one row per publish or return decision. The queue reads the latest one
// per listing to tell a resubmission from a first submission and to diff against what was returned.

import { uuidv7 } from 'uuidv7';
import { Prisma } from '../generated/prisma/client.js';
import { jsonColumn } from './listing-queries.js';
import type { ListingKind } from './listing-ownership.policy.js';
import type { Db } from './listing-workflow.js';

export type DecisionKind = 'published' | 'returned';

export interface ModerationDecision {
  listingType: ListingKind;
  listingId: string;
  decision: DecisionKind;
  revision: number;
  reason: string | null;
  /** the listing's view as the officer saw it when returning it (null for publications) */
  version: unknown | null;
  decidedBy: string;
  decidedAt: Date;
}

export class ModerationDecisionRepository {
  async record(db: Db, decision: ModerationDecision): Promise<void> {
    await db.moderationDecision.create({
      data: { id: uuidv7(), ...decision, version: jsonColumn(decision.version) },
    });
  }

  /** The latest decision of each listing that has one. */
  async latest(db: Db, listingIds: readonly string[]): Promise<Map<string, ModerationDecision>> {
    if (listingIds.length === 0) return new Map();
    const rows = await db.$queryRaw<
      {
        listing_type: ListingKind;
        listing_id: string;
        decision: DecisionKind;
        revision: number;
        reason: string | null;
        version: unknown | null;
        decided_by: string;
        decided_at: Date;
      }[]
    >(Prisma.sql`
      SELECT DISTINCT ON (listing_id) listing_type, listing_id::text AS listing_id, decision, revision, reason,
             version, decided_by, decided_at
        FROM moderation_decisions
       WHERE listing_id IN (${Prisma.join(listingIds.map((id) => Prisma.sql`${id}::uuid`))})
       ORDER BY listing_id, decided_at DESC, id DESC`);
    return new Map(
      rows.map((row) => [
        row.listing_id,
        {
          listingType: row.listing_type,
          listingId: row.listing_id,
          decision: row.decision,
          revision: row.revision,
          reason: row.reason,
          version: row.version,
          decidedBy: row.decided_by,
          decidedAt: new Date(row.decided_at),
        },
      ]),
    );
  }
}
