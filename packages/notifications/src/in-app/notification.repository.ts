// The notification tables over the platform's raw SQL port (`SqlExecutor`): a service passes its
// SqlClient, the `tx` of `sqlClient.transaction(…)`, or `prismaTxExecutor(prismaTx)` so a
// notification is written in the same transaction as the change it tells about.

import type { SqlExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Audience, LocalizedText, NewNotification, Recipient, TemplateParams } from './notification.types.js';

/** A row as stored: title/body are null when the notification is rendered from its template. */
export interface StoredNotification {
  id: string;
  recipient: Recipient;
  kind: string;
  template: string | null;
  params: TemplateParams;
  title: LocalizedText | null;
  body: LocalizedText | null;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationListQuery {
  audience: Audience;
  unreadOnly?: boolean;
  /** only notifications older than this id (the previous page's last) */
  beforeId?: string | undefined;
  /** only these kinds (a service listing just its own) */
  kinds?: readonly string[] | undefined;
  limit: number;
}

interface Row {
  id: string;
  recipient_type: 'user' | 'organisation';
  recipient_id: string;
  kind: string;
  template: string | null;
  params: string;
  title_vi: string | null;
  title_en: string | null;
  body_vi: string | null;
  body_en: string | null;
  link: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
}

const COLUMNS = `n.id::text AS id, n.recipient_type, n.recipient_id, n.kind, n.template, n.params::text AS params,
  n.title_vi, n.title_en, n.body_vi, n.body_en, n.link, n.created_at`;

/**
 * The audience's notifications: addressed to the user, or to the organisation they act for.
 * Appends its parameters to `params` and returns the SQL condition.
 */
function visibleTo(audience: Audience, params: unknown[]): string {
  params.push(audience.userId);
  const user = `(n.recipient_type = 'user' AND n.recipient_id = $${params.length})`;
  if (!audience.organisationId) return user;
  params.push(audience.organisationId);
  return `(${user} OR (n.recipient_type = 'organisation' AND n.recipient_id = $${params.length}))`;
}

/** One parameter per kind (no array parameter: Prisma's raw queries and PGlite take scalars alike). */
function kindFilter(kinds: readonly string[] | undefined, params: unknown[]): string {
  if (kinds === undefined) return '';
  if (kinds.length === 0) return ' AND false';
  const placeholders = kinds.map((kind) => {
    params.push(kind);
    return `$${params.length}`;
  });
  return ` AND n.kind IN (${placeholders.join(', ')})`;
}

export class NotificationRepository {
  /** Writes one notification; returns its id (UUIDv7, so ids sort by time). */
  async add(sql: SqlExecutor, notification: NewNotification, createdAt: Date = new Date()): Promise<string> {
    const [id] = await this.addMany(sql, [notification], createdAt);
    return id as string;
  }

  /** Writes many notifications in one statement (e.g. a reminder to every reviewer). */
  async addMany(
    sql: SqlExecutor,
    notifications: readonly NewNotification[],
    createdAt = new Date(),
  ): Promise<string[]> {
    if (notifications.length === 0) return [];
    const params: unknown[] = [];
    const ids: string[] = [];
    const tuples = notifications.map((n) => {
      const id = uuidv7();
      ids.push(id);
      const [type, recipientId] =
        n.recipient.type === 'user' ? ['user', n.recipient.userId] : ['organisation', n.recipient.organisationId];
      const text = 'title' in n.content ? n.content : null;
      const values = [
        id,
        type,
        recipientId,
        n.kind,
        'template' in n.content ? n.content.template : null,
        JSON.stringify('params' in n.content ? n.content.params : {}),
        text?.title.vi ?? null,
        text?.title.en ?? null,
        text?.body.vi ?? null,
        text?.body.en ?? null,
        n.link ?? null,
        createdAt,
      ];
      const start = params.length;
      params.push(...values);
      const p = (i: number) => `$${start + i + 1}`;
      return `(${p(0)}::uuid, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}::jsonb, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, ${p(11)}::timestamptz)`;
    });
    await sql.query(
      `INSERT INTO notifications (id, recipient_type, recipient_id, kind, template, params,
         title_vi, title_en, body_vi, body_en, link, created_at)
       VALUES ${tuples.join(', ')}`,
      params,
    );
    return ids;
  }

  /** Newest first; fetch `limit + 1` to know whether another page follows. */
  async list(sql: SqlExecutor, query: NotificationListQuery): Promise<StoredNotification[]> {
    const params: unknown[] = [];
    const visible = visibleTo(query.audience, params);
    const kinds = kindFilter(query.kinds, params);
    params.push(query.audience.userId);
    const reader = `$${params.length}`;
    let before = '';
    if (query.beforeId) {
      params.push(query.beforeId);
      before = ` AND n.id < $${params.length}::uuid`;
    }
    params.push(query.limit);
    const rows = await sql.query<Row>(
      `SELECT ${COLUMNS}, r.read_at
         FROM notifications n
         LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${reader}
        WHERE ${visible}${kinds}${query.unreadOnly ? ' AND r.read_at IS NULL' : ''}${before}
        ORDER BY n.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows.map(toStored);
  }

  /** Notifications the user has not read, across all pages (the bell's badge). */
  async unreadCount(sql: SqlExecutor, audience: Audience, kinds?: readonly string[]): Promise<number> {
    const params: unknown[] = [];
    const visible = visibleTo(audience, params);
    const kindCondition = kindFilter(kinds, params);
    params.push(audience.userId);
    const [row] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n
         FROM notifications n
        WHERE ${visible}${kindCondition}
          AND NOT EXISTS (SELECT 1 FROM notification_reads r
                           WHERE r.notification_id = n.id AND r.user_id = $${params.length})`,
      params,
    );
    return Number(row?.n ?? 0);
  }

  /**
   * Marks one notification read for the user. False when the audience cannot see it (another
   * user's or organisation's notification answers like one that does not exist). Idempotent.
   */
  async markRead(sql: SqlExecutor, audience: Audience, id: string, at: Date): Promise<boolean> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return false;
    const params: unknown[] = [];
    const visible = visibleTo(audience, params);
    params.push(id, audience.userId, at);
    const [idAt, userAt, readAt] = [params.length - 2, params.length - 1, params.length];
    const rows = await sql.query<{ id: string }>(
      `WITH target AS (SELECT n.id FROM notifications n WHERE n.id = $${idAt}::uuid AND ${visible}),
            marked AS (INSERT INTO notification_reads (user_id, notification_id, read_at)
                       SELECT $${userAt}, id, $${readAt}::timestamptz FROM target
                       ON CONFLICT (user_id, notification_id) DO NOTHING)
       SELECT id::text AS id FROM target`,
      params,
    );
    return rows.length > 0;
  }

  /** Marks every notification the audience sees read for the user; returns how many were unread. */
  async markAllRead(sql: SqlExecutor, audience: Audience, at: Date, kinds?: readonly string[]): Promise<number> {
    const params: unknown[] = [];
    const visible = visibleTo(audience, params);
    const kindCondition = kindFilter(kinds, params);
    params.push(audience.userId, at);
    const rows = await sql.query<{ notification_id: string }>(
      `INSERT INTO notification_reads (user_id, notification_id, read_at)
       SELECT $${params.length - 1}, n.id, $${params.length}::timestamptz
         FROM notifications n
        WHERE ${visible}${kindCondition}
       ON CONFLICT (user_id, notification_id) DO NOTHING
       RETURNING notification_id::text`,
      params,
    );
    return rows.length;
  }
}

function toStored(row: Row): StoredNotification {
  const hasText = row.title_vi !== null && row.title_en !== null && row.body_vi !== null && row.body_en !== null;
  return {
    id: row.id,
    recipient:
      row.recipient_type === 'user'
        ? { type: 'user', userId: row.recipient_id }
        : { type: 'organisation', organisationId: row.recipient_id },
    kind: row.kind,
    template: row.template,
    params: parseParams(row.params),
    title: hasText ? { vi: row.title_vi as string, en: row.title_en as string } : null,
    body: hasText ? { vi: row.body_vi as string, en: row.body_en as string } : null,
    link: row.link,
    createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
  };
}

function parseParams(text: string | TemplateParams): TemplateParams {
  // pg and PGlite give ::text as a string; be lenient if a driver already parsed it.
  return typeof text === 'string' ? (JSON.parse(text) as TemplateParams) : text;
}
