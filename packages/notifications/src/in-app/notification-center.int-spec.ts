// The notification tables applied from the package's DDL, on a real PostgreSQL database and on
// PGlite (embedded mode): who sees what, per-user read marks, paging, templates rendered when read.

import { openSqlClient, ProblemError, type SqlClient } from '@sti/platform';
import { createTestDatabase, type TestDatabase } from '@sti/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATIONS_TABLES_SQL } from '../sql/notifications-tables.sql.js';
import { NotificationCenter } from './notification-center.js';
import { type NotificationTemplates, textParam } from './notification-templates.js';
import type { Audience } from './notification.types.js';

const templates: NotificationTemplates = {
  'initiatives.review_due': (params) => ({
    title: { vi: 'Sắp đến hạn chấm điểm', en: 'A review is due soon' },
    body: {
      vi: `Bạn cần chấm sáng kiến “${textParam(params, 'title')}” trước ngày ${textParam(params, 'due')}.`,
      en: `Please score “${textParam(params, 'title')}” by ${textParam(params, 'due')}.`,
    },
  }),
};

const ORG_A = '0190a1b2-0000-7000-8000-00000000000a';
const ORG_B = '0190a1b2-0000-7000-8000-00000000000b';
const an: Audience = { userId: 'user-an', organisationId: ORG_A };
const binh: Audience = { userId: 'user-binh', organisationId: ORG_A };
const chi: Audience = { userId: 'user-chi', organisationId: ORG_B };
const noOrganisation: Audience = { userId: 'user-dung' };

describe.each(['postgres', 'pglite'] as const)('notification center on %s', (kind) => {
  let database: TestDatabase | undefined;
  let sql: SqlClient;
  let center: NotificationCenter;
  let clock = new Date('2026-12-04T08:00:00Z');

  beforeAll(async () => {
    if (kind === 'postgres') database = await createTestDatabase('notifications');
    sql = await openSqlClient(database?.url ?? 'pglite://memory');
    await sql.query(NOTIFICATIONS_TABLES_SQL);
    center = new NotificationCenter({ sql, templates, clock: () => clock });
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it('shows a user their own and their organisation’s notifications, and nobody else’s', async () => {
    await sql.transaction((tx) =>
      center.notify(tx, [
        {
          recipient: { type: 'organisation', organisationId: ORG_A },
          kind: 'listing_published',
          content: {
            title: { vi: 'Tin đã được công bố', en: 'Listing published' },
            body: { vi: 'Tin “Máy sấy xoài” đã được duyệt.', en: '“Máy sấy xoài” was approved.' },
          },
          link: '/techmart/tin-cua-toi',
        },
        {
          recipient: { type: 'user', userId: 'user-an' },
          kind: 'review_due',
          content: { template: 'initiatives.review_due', params: { title: 'Sổ tay điện tử', due: '10/12/2026' } },
        },
        {
          recipient: { type: 'organisation', organisationId: ORG_B },
          kind: 'listing_returned',
          content: { title: { vi: 'Bị trả lại', en: 'Returned' }, body: { vi: 'Thiếu ảnh.', en: 'No photo.' } },
        },
      ]),
    );
    const page = await center.list(an);
    expect(page.unreadCount).toBe(2);
    expect(page.items.map((n) => n.kind)).toEqual(['review_due', 'listing_published']);
    expect(page.items[0]).toMatchObject({
      recipient: { type: 'user', userId: 'user-an' },
      template: 'initiatives.review_due',
      title: { vi: 'Sắp đến hạn chấm điểm' },
      body: { vi: 'Bạn cần chấm sáng kiến “Sổ tay điện tử” trước ngày 10/12/2026.' },
      link: null,
      readAt: null,
    });
    expect(page.items[1]).toMatchObject({
      link: '/techmart/tin-cua-toi',
      body: { en: '“Máy sấy xoài” was approved.' },
    });
    // A colleague sees the organisation's notification but not An's own.
    expect((await center.list(binh)).items.map((n) => n.kind)).toEqual(['listing_published']);
    expect((await center.list(chi)).items.map((n) => n.kind)).toEqual(['listing_returned']);
    expect((await center.list(noOrganisation)).items).toEqual([]);
  });

  it('refuses an unknown template when writing, so no unreadable notification is stored', async () => {
    await expect(
      sql.transaction((tx) =>
        center.notify(tx, {
          recipient: { type: 'user', userId: 'user-an' },
          kind: 'x',
          content: { template: 'nope', params: {} },
        }),
      ),
    ).rejects.toThrow('no notification template "nope"');
    expect((await center.list(an)).items).toHaveLength(2);
  });

  it('keeps read marks per user and answers 404 for a notification the user cannot see', async () => {
    const [shared] = (await center.list(an, { kinds: ['listing_published'] })).items;
    clock = new Date('2026-12-04T09:30:00Z');
    expect(await center.markRead(an, shared?.id ?? '')).toEqual({ unreadCount: 1 });
    // again: nothing changes
    expect(await center.markRead(an, shared?.id ?? '')).toEqual({ unreadCount: 1 });
    const read = (await center.list(an)).items.find((n) => n.id === shared?.id);
    expect(read?.readAt?.toISOString()).toBe('2026-12-04T09:30:00.000Z');
    expect((await center.list(an, { unreadOnly: true })).items.map((n) => n.kind)).toEqual(['review_due']);
    expect(await center.unreadCount(binh)).toBe(1);

    const theirs = (await center.list(chi)).items[0]?.id ?? '';
    const refusal = await center.markRead(an, theirs).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProblemError);
    expect((refusal as ProblemError).status).toBe(404);
    expect(await center.unreadCount(chi)).toBe(1);
    await expect(center.markRead(an, 'not-a-uuid')).rejects.toMatchObject({ status: 404 });

    expect(await center.unreadCount(an, ['review_due', 'listing_returned'])).toBe(1);
    expect(await center.unreadCount(an, [])).toBe(0);
    expect(await center.markAllRead(binh)).toEqual({ unreadCount: 0 });
    expect(await center.unreadCount(an)).toBe(1);
  });

  it('pages newest first with an opaque cursor and refuses a bad cursor or page size', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      recipient: { type: 'user' as const, userId: 'user-dung' },
      kind: 'reminder',
      content: { title: { vi: `Nhắc việc ${i}`, en: `Reminder ${i}` }, body: { vi: 'Đến hạn.', en: 'Due.' } },
    }));
    await sql.transaction((tx) => center.notify(tx, many));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await center.list(noOrganisation, { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((n) => n.title.vi));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['Nhắc việc 4', 'Nhắc việc 3', 'Nhắc việc 2', 'Nhắc việc 1', 'Nhắc việc 0']);
    await expect(center.list(noOrganisation, { cursor: 'garbage' })).rejects.toMatchObject({ status: 400 });
    await expect(center.list(noOrganisation, { limit: 101 })).rejects.toMatchObject({ status: 400 });
  });

  it('rolls the notification back with the transaction that wrote it', async () => {
    const before = await center.unreadCount(noOrganisation);
    await expect(
      sql.transaction(async (tx) => {
        await center.notify(tx, {
          recipient: { type: 'user', userId: 'user-dung' },
          kind: 'reminder',
          content: { title: { vi: 'Không', en: 'No' }, body: { vi: 'Không', en: 'No' } },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await center.unreadCount(noOrganisation)).toBe(before);
  });
});
