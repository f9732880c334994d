// The swap's two promises on real PostgreSQL: it waits, holding the live table, until the replay has
// what the live projector applied; a live write blocked by the swap lands in the new table.
import { createLogger, openDatabase } from '@sti/platform';
import { createTestDatabase } from '@sti/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEARCH_DOCUMENT_REBUILD_TABLE, SearchDocumentRepository } from '../projection/search-document.repository.js';
import { SEARCH_MIGRATIONS_DIR } from '../search-service.js';
import { readIndexGeneration } from './index-state.js';
import { createShadowTable, swapInRebuiltTable } from './rebuild-search-index.js';
import { bogusDocument, listingId } from './testing/techmart-history.js';

const logger = createLogger({ service: 'search-swap-test', level: 'warn' });
let drop: () => Promise<unknown>;
let db: Awaited<ReturnType<typeof openDatabase>>;

beforeAll(async () => {
  const database = await createTestDatabase('search_swap');
  drop = () => database.drop();
  db = await openDatabase(database.url, { migrationsDir: SEARCH_MIGRATIONS_DIR });
});

afterAll(async () => {
  await db?.close();
  await drop?.();
});

it('holds the live table until the replay caught up, then a blocked live write lands in the new table', async () => {
  const live = new SearchDocumentRepository();
  const shadow = new SearchDocumentRepository(SEARCH_DOCUMENT_REBUILD_TABLE);
  const doc = (n: number, title: string) => ({ ...bogusDocument(), id: listingId(n), title, version: 1 });
  await live.upsert(db.sql, doc(1, 'cũ'));
  await createShadowTable(db.sql);
  await shadow.upsert(db.sql, doc(2, 'dựng lại'));

  // the replay "needs" 400 ms more; meanwhile a live projector write arrives and must wait
  const caughtUpAt = Date.now() + 400;
  let liveWrite: Promise<boolean> | undefined;
  let checks = 0;
  const swapped = swapInRebuiltTable(
    db.sql,
    async () => {
      checks++;
      liveWrite ??= db.sql.transaction((tx) => live.upsert(tx, doc(3, 'ghi trong lúc đổi bảng')));
      return Date.now() < caughtUpAt ? 1 : 0;
    },
    5_000,
    logger,
  );
  const generation = await swapped;
  expect(checks).toBeGreaterThan(1);
  expect(await liveWrite).toBe(true);
  expect(generation).toBe(1);
  expect(await readIndexGeneration(db.sql)).toBe(1);
  const rows = await db.sql.query<{ id: string; title: string }>(
    "SELECT id, document->>'title' AS title FROM search_document ORDER BY id",
  );
  expect(rows).toEqual([
    { id: listingId(2), title: 'dựng lại' },
    { id: listingId(3), title: 'ghi trong lúc đổi bảng' },
  ]);
});

it('gives up, leaving everything as it was, when the replay never catches up', async () => {
  await createShadowTable(db.sql);
  await expect(swapInRebuiltTable(db.sql, async () => 1, 100, logger)).rejects.toThrow(/not replayed yet/);
  expect(await readIndexGeneration(db.sql)).toBe(1);
  const tables = await db.sql.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'search_document%' ORDER BY 1",
  );
  expect(tables.map((t) => t.name)).toEqual(['search_document', 'search_document_rebuild']);
});
