// Techmart's registry of listing owners (id → name). Names arrive with the signed identity headers,
// from the seed, or from an officer's intake for a business without an account.

import { uuidv7 } from 'uuidv7';
import type { Db } from '../moderation/listing-workflow.js';
import type { OrganisationView } from '../shared/schema-primitives.js';

export class OrganisationRepository {
  /** Records the organisation, or refreshes its name when the identity provider knows a newer one. */
  async ensure(db: Db, organisation: { id: string; name: string | null }): Promise<void> {
    const name = organisation.name ?? organisation.id;
    await db.organisation.upsert({
      where: { id: organisation.id },
      create: { id: organisation.id, name },
      update: organisation.name ? { name } : {},
    });
  }

  async find(db: Db, id: string): Promise<OrganisationView | null> {
    const row = await db.organisation.findUnique({ where: { id } });
    return row ? { id: row.id, name: row.name } : null;
  }

  /** Intake by name: reuses an organisation with the same name (case-insensitive) or registers it. */
  async findOrCreateByName(db: Db, name: string): Promise<OrganisationView> {
    const existing = await db.organisation.findFirst({
      where: { name: { equals: name, mode: 'insensitive' } },
      orderBy: { id: 'asc' },
    });
    if (existing) return { id: existing.id, name: existing.name };
    const created = await db.organisation.create({ data: { id: uuidv7(), name } });
    return { id: created.id, name: created.name };
  }

  async names(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await db.organisation.findMany({ where: { id: { in: [...new Set(ids)] } } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
