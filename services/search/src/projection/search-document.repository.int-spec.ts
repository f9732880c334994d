// Versioned tombstones on real PostgreSQL: no older, equal or replayed copy brings an archived
// listing back, whatever order the events arrive in.
import { openDatabase } from '@sti/platform';
import { createTestDatabase } from '@sti/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bogusDocument, listingId } from '../rebuild/testing/techmart-history.js';
import { SEARCH_MIGRATIONS_DIR } from '../search-service.js';
import { SearchDocumentRepository } from './search-document.repository.js';
import { purgeExpiredTombstones } from './tombstone-purge.js';

let drop: () => Promise<unknown>;
let db: Awaited<ReturnType<typeof openDatabase>>;
const repository = new SearchDocumentRepository();
const doc = (n: number, version: number, title = `bản ${version}`) => ({
  ...bogusDocument(),
  id: listingId(n),
  title,
  version,
});
const tombstone = (n: number, version: number) => ({ id: listingId(n), type: 'offer', version });

beforeAll(async () => {
  const database = await createTestDatabase('search_tombstones');
  drop = () => database.drop();
  db = await openDatabase(database.url, { migrationsDir: SEARCH_MIGRATIONS_DIR });
});

afterAll(async () => {
  await db?.close();
  await drop?.();
});

describe('search_document tombstones', () => {
  it('an archive at the published revision deletes, and a replayed Published of that revision does nothing', async () => {
    expect(await repository.upsert(db.sql, doc(1, 3))).toBe(true);
    expect(await repository.markDeleted(db.sql, tombstone(1, 3))).toBe(true);
    // the parked Published of revision 3 (or any older one) replayed from the dead letters
    expect(await repository.upsert(db.sql, doc(1, 3))).toBe(false);
    expect(await repository.upsert(db.sql, doc(1, 2))).toBe(false);
    expect(await repository.find(db.sql, listingId(1))).toEqual({
      id: listingId(1),
      version: 3,
      deleted: true,
      document: null,
    });
  });

  it('an archive that overtakes its publication leaves a tombstone the late Published cannot undo', async () => {
    expect(await repository.markDeleted(db.sql, tombstone(2, 4))).toBe(true);
    expect(await repository.find(db.sql, listingId(2))).toMatchObject({ version: 4, deleted: true });
    expect(await repository.upsert(db.sql, doc(2, 4))).toBe(false);
    expect(await repository.upsert(db.sql, doc(2, 1))).toBe(false);
    expect(await repository.find(db.sql, listingId(2))).toMatchObject({ version: 4, deleted: true, document: null });
  });

  it('a replayed archive changes nothing; a later one moves the tombstone up', async () => {
    expect(await repository.markDeleted(db.sql, tombstone(2, 4))).toBe(false);
    expect(await repository.markDeleted(db.sql, tombstone(2, 2))).toBe(false);
    expect(await repository.find(db.sql, listingId(2))).toMatchObject({ version: 4, deleted: true });
    expect(await repository.markDeleted(db.sql, tombstone(2, 6))).toBe(true);
    expect(await repository.upsert(db.sql, doc(2, 5))).toBe(false);
    expect(await repository.find(db.sql, listingId(2))).toMatchObject({ version: 6, deleted: true });
  });

  it('a removal older than the document held is ignored; a strictly newer document replaces a tombstone', async () => {
    await repository.upsert(db.sql, doc(3, 5, 'bản năm'));
    expect(await repository.markDeleted(db.sql, tombstone(3, 4))).toBe(false);
    expect(await repository.find(db.sql, listingId(3))).toMatchObject({ version: 5, deleted: false });
    expect(await repository.markDeleted(db.sql, tombstone(3, 5))).toBe(true);
    expect(await repository.upsert(db.sql, doc(3, 6, 'bản sáu'))).toBe(true);
    const row = await repository.find(db.sql, listingId(3));
    expect(row).toMatchObject({ version: 6, deleted: false, document: { title: 'bản sáu' } });
  });

  it('purges tombstones older than the horizon and keeps younger ones and live rows', async () => {
    await repository.upsert(db.sql, doc(10, 1));
    await repository.markDeleted(db.sql, tombstone(11, 1));
    await repository.markDeleted(db.sql, tombstone(12, 1));
    await repository.upsert(db.sql, doc(13, 1));
    await db.sql.query(
      `UPDATE search_document SET updated_at = now() - interval '31 days' WHERE id = ANY($1::text[])`,
      [[listingId(10), listingId(11)]],
    );
    await db.sql.query(`UPDATE search_document SET updated_at = now() - interval '29 days' WHERE id = $1`, [
      listingId(12),
    ]);
    await db.sql.query(
      `INSERT INTO search_projection_log (event_id, event_type, document_id, version, outcome, recorded_at)
       VALUES (gen_random_uuid(), 't', $1, 1, 'deleted', now() - interval '31 days'),
              (gen_random_uuid(), 't', $2, 1, 'deleted', now() - interval '29 days')`,
      [listingId(11), listingId(12)],
    );
    const report = await purgeExpiredTombstones(db.sql, 30);
    expect(report).toEqual({ tombstones: 1, history: 1 });
    expect(await db.sql.query('SELECT document_id FROM search_projection_log')).toEqual([
      { document_id: listingId(12) },
    ]);
    expect(await repository.find(db.sql, listingId(11))).toBeNull();
    expect(await repository.find(db.sql, listingId(12))).toMatchObject({ deleted: true });
    expect(await repository.find(db.sql, listingId(10))).toMatchObject({ deleted: false });
    await expect(purgeExpiredTombstones(db.sql, 0)).rejects.toThrow(RangeError);
  });
});
