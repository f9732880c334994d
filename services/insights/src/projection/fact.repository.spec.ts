// The batched write (copies of one entity merged in memory, one statement per batch) leaves the same
// rows as writing the events one by one, whatever the starting state.
import { type Database, openDatabase } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSIGHTS_MIGRATIONS_DIR } from '../insights-migrations.js';
import type { Fact } from './fact.js';
import { type Buffered, FactRepository, factKey, mergeFacts } from './fact.repository.js';

const place = (communeCode: string) => ({
  provinceCode: '87',
  provinceName: 'ĐT',
  communeCode,
  communeName: communeCode,
});
const fact = (
  entityId: string,
  revision: number,
  iso: string,
  communeCode: string,
  timeMode: Fact['timeMode'],
): Fact => ({
  stream: timeMode === 'first' ? 'techmart.listing' : 'initiatives.record',
  entityId,
  revision,
  occurredAt: new Date(iso),
  locality: place(communeCode),
  sectorCode: '',
  organisationType: '',
  organisationId: '',
  attributes: { listingType: 'technology' },
  amount: BigInt(revision * 100),
  withdrawn: false,
  timeMode,
});
const uuid = (n: number) => `01936d3e-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

describe('batched fact writes', () => {
  let database: Database<undefined>;
  beforeAll(async () => {
    database = await openDatabase('pglite://memory', { migrationsDir: INSIGHTS_MIGRATIONS_DIR });
    await database.sql.query('CREATE TABLE insights_fact_rebuild (LIKE insights_fact INCLUDING ALL)');
  });
  afterAll(() => database.close());

  it('equal one-by-one writes for re-published, out-of-order and already-known entities', async () => {
    const one = new FactRepository('insights_fact');
    const many = new FactRepository('insights_fact_rebuild');
    const before = [
      fact('known', 3, '2026-05-01T00:00:00Z', 'A', 'first'),
      fact('rec', 2, '2026-04-01T00:00:00Z', 'A', 'latest'),
    ];
    const events = [
      fact('x', 1, '2026-03-01T00:00:00Z', 'A', 'first'),
      fact('x', 2, '2026-03-05T00:00:00Z', 'B', 'first'),
      fact('x', 1, '2026-02-01T00:00:00Z', 'C', 'first'), // an older copy with an earlier time
      fact('known', 2, '2026-04-01T00:00:00Z', 'D', 'first'), // stale revision, earlier time
      fact('rec', 1, '2026-01-01T00:00:00Z', 'E', 'latest'), // stale
      fact('rec', 3, '2026-06-01T00:00:00Z', 'F', 'latest'),
      fact('rec', 3, '2026-06-02T00:00:00Z', 'G', 'latest'), // same revision again: the later copy wins
    ];
    let n = 0;
    for (const f of before) {
      await one.upsert(database.sql, f, uuid(++n));
      await many.upsert(database.sql, f, uuid(n));
    }
    for (const f of events) await one.upsert(database.sql, f, uuid(++n));
    const buffer = new Map<string, Buffered>();
    let m = before.length;
    for (const f of events) {
      const next = { fact: f, eventId: uuid(++m) };
      const current = buffer.get(factKey(f));
      buffer.set(factKey(f), current ? mergeFacts(current, next) : next);
    }
    await many.upsertMany(database.sql, [...buffer.values()]);
    const rows = (table: string) =>
      database.sql.query(
        `SELECT stream, entity_id, revision, occurred_at, commune_code, amount, withdrawn FROM ${table} ORDER BY stream, entity_id`,
      );
    const expected = await rows('insights_fact');
    expect(await rows('insights_fact_rebuild')).toEqual(expected);
    expect(expected.find((r) => r.entity_id === 'x')).toMatchObject({
      revision: 2,
      commune_code: 'B',
      occurred_at: new Date('2026-02-01T00:00:00Z'),
    });
    expect(expected.find((r) => r.entity_id === 'rec')).toMatchObject({ revision: 3, commune_code: 'G' });
  });
});
