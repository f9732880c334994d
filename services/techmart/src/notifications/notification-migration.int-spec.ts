// The move to the shared notification tables keeps what users had: a database with notifications
// and read marks in Techmart's old tables is migrated, and the same user sees the same notifications,
// texts and read marks through the shared package.

import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlClient, runMigrations, type SqlClient } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../moderation/listing-workflow.js';
import { MIGRATIONS_DIR } from '../start-techmart.js';
import { NotificationRepository } from './notification.repository.js';
import { notificationMessage } from './notification.service.js';

const SHARED = '20261204183000_shared_notifications';
const ORG = '0190a1b2-0000-7000-8000-0000000000aa';
const LISTING = '0190a1b2-0000-7000-8000-0000000000bb';
const PUBLISHED = '0190a1b2-0000-7000-8000-000000000001';
const RETURNED = '0190a1b2-0000-7000-8000-000000000002';

let dir: string;
let sql: SqlClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'techmart-migrations-'));
  sql = await openSqlClient('pglite://memory');
});
afterAll(async () => {
  await sql?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('migration to the shared notification tables', () => {
  it('carries every notification and read mark over', async () => {
    const names = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name)).sort();
    for (const name of names.filter((n) => n < SHARED))
      await cp(join(MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
    await runMigrations(sql, dir);
    await sql.query(
      `INSERT INTO notifications (id, organisation_id, kind, listing_type, listing_id, listing_title, reason, created_at)
       VALUES ($1, $3, 'listing_published', 'offer', $4, 'Máy sấy xoài', NULL, '2026-12-01T08:00:00Z'),
              ($2, $3, 'listing_returned', 'need', $4, 'Lò đốt trấu', 'Thiếu ảnh thực tế.', '2026-12-02T08:00:00Z')`,
      [PUBLISHED, RETURNED, ORG, LISTING],
    );
    await sql.query(
      `INSERT INTO notification_reads (id, notification_id, user_id, read_at)
       VALUES ('0190a1b2-0000-7000-8000-0000000000cc', $1, 'user-an', '2026-12-03T08:00:00Z')`,
      [PUBLISHED],
    );

    for (const name of names.filter((n) => n >= SHARED))
      await cp(join(MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
    await runMigrations(sql, dir);

    const repository = new NotificationRepository();
    // The repository takes Prisma clients; a raw-SQL facade with the same two methods stands in here.
    const prismaLike = {
      $queryRawUnsafe: (query: string, ...values: unknown[]) => sql.query(query, values),
      $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await sql.query(query, values)).length,
    } as unknown as Db;
    const rows = await repository.list(prismaLike, {
      organisationId: ORG,
      userId: 'user-an',
      unreadOnly: false,
      limit: 10,
    });
    expect(rows).toMatchObject([
      {
        id: RETURNED,
        kind: 'listing_returned',
        listingType: 'need',
        listingId: LISTING,
        reason: 'Thiếu ảnh thực tế.',
        readAt: null,
      },
      { id: PUBLISHED, kind: 'listing_published', listingType: 'offer', listingTitle: 'Máy sấy xoài', reason: null },
    ]);
    expect(rows[1]?.readAt?.toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(notificationMessage(rows[0] as NonNullable<(typeof rows)[0]>).vi).toBe(
      'Tin “Lò đốt trấu” bị trả lại: Thiếu ảnh thực tế.',
    );
    expect(await repository.unreadCount(prismaLike, ORG, 'user-an')).toBe(1);
    expect(await repository.unreadCount(prismaLike, ORG, 'user-binh')).toBe(2);
    const leftovers = await sql.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'techmart_%_old'`,
    );
    expect(leftovers).toEqual([]);
  });
});
