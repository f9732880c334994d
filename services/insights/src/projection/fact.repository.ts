// Writes facts. Every write is idempotent and order-independent: a replayed, duplicated or late
// copy of an event leaves the row as the newest revision made it (and, for `first` facts, with
// the earliest counting time), so a rebuild in any order converges on the live figures.
import type { SqlExecutor } from '@sti/platform';
import type { Fact, FactLocality } from './fact.js';

export const FACT_TABLE = 'insights_fact';
export const FACT_REBUILD_TABLE = 'insights_fact_rebuild';

export const factKey = (fact: Pick<Fact, 'stream' | 'entityId'>) => `${fact.stream}/${fact.entityId}`;

/** A fact waiting in a transaction's buffer, with the event that last changed it. */
export interface Buffered {
  fact: Fact;
  eventId: string;
}

/**
 * Folds a later copy of the same entity into a buffered one as the database would apply the two in
 * order: the higher revision's values (the later copy on a tie), the earliest time for `first` facts.
 */
export function mergeFacts(earlier: Buffered, later: Buffered): Buffered {
  const winner = later.fact.revision >= earlier.fact.revision ? later : earlier;
  const occurredAt =
    winner.fact.timeMode === 'first'
      ? new Date(Math.min(earlier.fact.occurredAt.getTime(), later.fact.occurredAt.getTime()))
      : winner.fact.occurredAt;
  return { fact: { ...winner.fact, occurredAt }, eventId: later.eventId };
}

export type FactOutcome = 'inserted' | 'updated' | 'stale' | 'withdrawn' | 'archived' | 'ignored';

export class FactRepository {
  /** locality rows already written by this process (code → names), to skip rewriting them per event */
  private readonly knownPlaces = new Map<string, string>();

  constructor(readonly table: string = FACT_TABLE) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table name ${table}`);
  }

  async upsert(sql: SqlExecutor, fact: Fact, eventId: string): Promise<FactOutcome> {
    if (fact.withdrawn) return this.withdraw(sql, fact, eventId);
    const newer = 'EXCLUDED.revision > f.revision OR (EXCLUDED.revision = f.revision AND NOT f.withdrawn)';
    const take = (column: string) => `${column} = CASE WHEN ${newer} THEN EXCLUDED.${column} ELSE f.${column} END`;
    const time =
      fact.timeMode === 'first' ? 'occurred_at = LEAST(f.occurred_at, EXCLUDED.occurred_at)' : take('occurred_at');
    const rows = await sql.query<{ inserted: boolean }>(
      `INSERT INTO ${this.table} AS f (stream, entity_id, revision, occurred_at, province_code, commune_code,
         sector_code, organisation_type, organisation_id, attributes, amount, withdrawn, last_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, false, $12)
       ON CONFLICT (stream, entity_id) DO UPDATE SET
         ${time},
         ${take('province_code')}, ${take('commune_code')}, ${take('sector_code')},
         ${take('organisation_type')}, ${take('organisation_id')}, ${take('attributes')}, ${take('amount')},
         withdrawn = CASE WHEN ${newer} THEN false ELSE f.withdrawn END,
         revision = GREATEST(f.revision, EXCLUDED.revision),
         last_event_id = EXCLUDED.last_event_id,
         updated_at = now()
       WHERE ${newer} ${fact.timeMode === 'first' ? 'OR EXCLUDED.occurred_at < f.occurred_at' : ''}
       RETURNING (xmax = 0) AS inserted`,
      [
        fact.stream,
        fact.entityId,
        fact.revision,
        fact.occurredAt,
        fact.locality.provinceCode,
        fact.locality.communeCode,
        fact.sectorCode,
        fact.organisationType,
        fact.organisationId,
        JSON.stringify(fact.attributes),
        fact.amount.toString(),
        eventId,
      ],
    );
    await this.rememberPlace(sql, fact.locality);
    if (rows.length === 0) return 'stale';
    return rows[0]?.inserted ? 'inserted' : 'updated';
  }

  /**
   * Writes buffered facts (none withdrawn, one per entity: see mergeFacts) with one statement per
   * time mode; the same rules as `upsert`, so the result equals applying them one by one.
   * Returns the outcome per `stream/entity`.
   */
  async upsertMany(sql: SqlExecutor, facts: readonly Buffered[]): Promise<Map<string, FactOutcome>> {
    const outcomes = new Map<string, FactOutcome>();
    for (const mode of ['first', 'latest'] as const) {
      const batch = facts.filter((b) => b.fact.timeMode === mode);
      if (batch.length === 0) continue;
      const newer = 'EXCLUDED.revision > f.revision OR (EXCLUDED.revision = f.revision AND NOT f.withdrawn)';
      const take = (column: string) => `${column} = CASE WHEN ${newer} THEN EXCLUDED.${column} ELSE f.${column} END`;
      const time = mode === 'first' ? 'occurred_at = LEAST(f.occurred_at, EXCLUDED.occurred_at)' : take('occurred_at');
      const rows = await sql.query<{ stream: string; entity_id: string; inserted: boolean }>(
        `INSERT INTO ${this.table} AS f (stream, entity_id, revision, occurred_at, province_code, commune_code,
           sector_code, organisation_type, organisation_id, attributes, amount, withdrawn, last_event_id)
         SELECT u.stream, u.entity_id, u.revision, u.occurred_at, u.province_code, u.commune_code, u.sector_code,
           u.organisation_type, u.organisation_id, u.attributes::jsonb, u.amount, false, u.last_event_id
         FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::text[], $6::text[], $7::text[],
           $8::text[], $9::text[], $10::text[], $11::bigint[], $12::uuid[])
           AS u(stream, entity_id, revision, occurred_at, province_code, commune_code, sector_code,
             organisation_type, organisation_id, attributes, amount, last_event_id)
         ON CONFLICT (stream, entity_id) DO UPDATE SET
           ${time},
           ${take('province_code')}, ${take('commune_code')}, ${take('sector_code')},
           ${take('organisation_type')}, ${take('organisation_id')}, ${take('attributes')}, ${take('amount')},
           withdrawn = CASE WHEN ${newer} THEN false ELSE f.withdrawn END,
           revision = GREATEST(f.revision, EXCLUDED.revision),
           last_event_id = EXCLUDED.last_event_id,
           updated_at = now()
         WHERE ${newer} ${mode === 'first' ? 'OR EXCLUDED.occurred_at < f.occurred_at' : ''}
         RETURNING stream, entity_id, (xmax = 0) AS inserted`,
        [
          batch.map((b) => b.fact.stream),
          batch.map((b) => b.fact.entityId),
          batch.map((b) => b.fact.revision),
          batch.map((b) => b.fact.occurredAt),
          batch.map((b) => b.fact.locality.provinceCode),
          batch.map((b) => b.fact.locality.communeCode),
          batch.map((b) => b.fact.sectorCode),
          batch.map((b) => b.fact.organisationType),
          batch.map((b) => b.fact.organisationId),
          batch.map((b) => JSON.stringify(b.fact.attributes)),
          batch.map((b) => b.fact.amount.toString()),
          batch.map((b) => b.eventId),
        ],
      );
      for (const b of batch) outcomes.set(factKey(b.fact), 'stale');
      for (const r of rows) outcomes.set(`${r.stream}/${r.entity_id}`, r.inserted ? 'inserted' : 'updated');
      for (const b of batch) await this.rememberPlace(sql, b.fact.locality);
    }
    return outcomes;
  }

  /** A tombstone at `revision`: the row stops counting; a replayed older copy cannot revive it. */
  private async withdraw(sql: SqlExecutor, fact: Fact, eventId: string): Promise<FactOutcome> {
    const rows = await sql.query(
      `INSERT INTO ${this.table} AS f (stream, entity_id, revision, occurred_at, withdrawn, last_event_id)
       VALUES ($1, $2, $3, $4, true, $5)
       ON CONFLICT (stream, entity_id) DO UPDATE SET
         withdrawn = true, revision = GREATEST(f.revision, EXCLUDED.revision),
         last_event_id = EXCLUDED.last_event_id, updated_at = now()
       WHERE EXCLUDED.revision >= f.revision AND NOT (f.withdrawn AND f.revision = EXCLUDED.revision)
       RETURNING 1`,
      [fact.stream, fact.entityId, fact.revision, fact.occurredAt, eventId],
    );
    return rows.length > 0 ? 'withdrawn' : 'stale';
  }

  /** Marks an archived listing (it still counted when it was published). */
  async markArchived(sql: SqlExecutor, stream: string, entityId: string): Promise<FactOutcome> {
    const rows = await sql.query(
      `UPDATE ${this.table} SET attributes = attributes || '{"archived":"true"}'::jsonb, updated_at = now()
       WHERE stream = $1 AND entity_id = $2 AND NOT (attributes ? 'archived') RETURNING 1`,
      [stream, entityId],
    );
    return rows.length > 0 ? 'archived' : 'ignored';
  }

  /** Names as the latest event gives them; an event that carries codes only (connections) keeps them. */
  private async rememberPlace(sql: SqlExecutor, place: FactLocality): Promise<void> {
    if (!place.provinceCode) return;
    const entries: [string, string, string, string][] = [[place.provinceCode, '', place.provinceName, '']];
    if (place.communeCode) {
      entries.push([place.provinceCode, place.communeCode, place.provinceName, place.communeName]);
    }
    for (const [province, commune, provinceName, communeName] of entries) {
      const key = `${province}/${commune}`;
      const names = `${provinceName}/${communeName}`;
      if (this.knownPlaces.get(key) === names) continue;
      await sql.query(
        `INSERT INTO insights_locality (province_code, commune_code, province_name, commune_name)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (province_code, commune_code) DO UPDATE
           SET province_name = COALESCE(NULLIF(EXCLUDED.province_name, ''), insights_locality.province_name),
               commune_name = COALESCE(NULLIF(EXCLUDED.commune_name, ''), insights_locality.commune_name),
               updated_at = now()
         WHERE (insights_locality.province_name, insights_locality.commune_name) IS DISTINCT FROM
           (COALESCE(NULLIF(EXCLUDED.province_name, ''), insights_locality.province_name),
            COALESCE(NULLIF(EXCLUDED.commune_name, ''), insights_locality.commune_name))`,
        [province, commune, provinceName, communeName],
      );
      this.knownPlaces.set(key, names);
    }
  }

  /** Forget cached places (after a rollback the rows may not exist). */
  forgetPlaces(): void {
    this.knownPlaces.clear();
  }
}
