// Figures and featured listings for the home page, straight from the listing tables.

import { Prisma } from '../generated/prisma/client.js';
import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { HomeFigures } from './home.schema.js';

const PUBLIC = Prisma.sql`published_snapshot IS NOT NULL AND status <> 'archived'`;

export class HomeRepository {
  async figures(db: Db): Promise<HomeFigures> {
    const [row] = await db.$queryRaw<HomeFigures[]>(Prisma.sql`
      SELECT
        (SELECT count(*) FROM offers WHERE ${PUBLIC} AND kind = 'technology')::int AS offers,
        (SELECT count(*) FROM offers WHERE ${PUBLIC} AND kind = 'equipment')::int AS equipment,
        (SELECT count(*) FROM needs WHERE ${PUBLIC})::int AS needs,
        (SELECT count(*) FROM experts WHERE ${PUBLIC})::int AS experts,
        (SELECT count(*) FROM (
            SELECT owner_organisation_id FROM offers WHERE ${PUBLIC}
            UNION SELECT owner_organisation_id FROM needs WHERE ${PUBLIC}
            UNION SELECT owner_organisation_id FROM experts WHERE ${PUBLIC}) owners)::int AS organisations`);
    return row ?? { offers: 0, equipment: 0, needs: 0, experts: 0, organisations: 0 };
  }

  /** Featured listings that are public now, most recently featured first, as their published snapshots. */
  async featured(db: Db, limit: number): Promise<{ type: ListingKind; snapshot: unknown }[]> {
    const rows = await db.$queryRaw<{ listing_type: ListingKind; snapshot: unknown }[]>(Prisma.sql`
      SELECT f.listing_type, COALESCE(o.published_snapshot, n.published_snapshot, e.published_snapshot) AS snapshot
        FROM featured_listings f
        LEFT JOIN offers o ON f.listing_type = 'offer' AND o.id = f.listing_id AND o.status <> 'archived'
        LEFT JOIN needs n ON f.listing_type = 'need' AND n.id = f.listing_id AND n.status <> 'archived'
        LEFT JOIN experts e ON f.listing_type = 'expert' AND e.id = f.listing_id AND e.status <> 'archived'
       WHERE COALESCE(o.published_snapshot, n.published_snapshot, e.published_snapshot) IS NOT NULL
       ORDER BY f.featured_at DESC, f.listing_id DESC
       LIMIT ${limit}`);
    return rows.map((row) => ({ type: row.listing_type, snapshot: row.snapshot }));
  }

  async feature(db: Db, entry: { type: ListingKind; id: string; by: string; at: Date }): Promise<void> {
    await db.featuredListing.upsert({
      where: { listingId: entry.id },
      create: { listingId: entry.id, listingType: entry.type, featuredBy: entry.by, featuredAt: entry.at },
      update: { featuredBy: entry.by, featuredAt: entry.at },
    });
  }

  async unfeature(db: Db, id: string): Promise<void> {
    await db.featuredListing.deleteMany({ where: { listingId: id } });
  }
}
