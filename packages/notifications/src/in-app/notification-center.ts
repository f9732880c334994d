// What a service's notification endpoints call: the signed-in user's list (newest first, cursor
// paged), unread count, mark one / all read, and `notify` for writing inside a transaction.
// Framework-free: errors are the platform's problem+json errors, the controller stays the service's.

import { problem, type SqlExecutor } from '@sti/platform';
import { type NotificationTemplates, renderContent } from './notification-templates.js';
import type { Audience, NewNotification, NotificationRecord } from './notification.types.js';
import { NotificationRepository, type StoredNotification } from './notification.repository.js';

export interface NotificationPage {
  items: NotificationRecord[];
  /** opaque; null on the last page */
  nextCursor: string | null;
  /** the user's unread notifications across all pages */
  unreadCount: number;
}

export interface NotificationCenterOptions {
  /** the service's SqlClient or `prismaTxExecutor(prisma)` (reads and read marks) */
  sql: SqlExecutor;
  templates: NotificationTemplates;
  repository?: NotificationRepository;
  clock?: () => Date;
}

export const MAX_PAGE_SIZE = 100;

export class NotificationCenter {
  readonly repository: NotificationRepository;

  constructor(private readonly options: NotificationCenterOptions) {
    this.repository = options.repository ?? new NotificationRepository();
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  /**
   * Writes notifications with the caller's executor, so they commit with the change they tell
   * about. Rendering is checked first: an unknown template fails here, not when someone reads it.
   */
  async notify(tx: SqlExecutor, notifications: NewNotification | readonly NewNotification[]): Promise<string[]> {
    const list = Array.isArray(notifications) ? notifications : [notifications as NewNotification];
    for (const n of list) renderContent(n.content, this.options.templates);
    return this.repository.addMany(tx, list, this.now());
  }

  async list(
    audience: Audience,
    query: { limit?: number; cursor?: string | undefined; unreadOnly?: boolean; kinds?: readonly string[] } = {},
  ): Promise<NotificationPage> {
    const limit = query.limit ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw invalidField('limit', 'invalid_limit', {
        vi: `Số mục mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE}.`,
        en: `The page size must be between 1 and ${MAX_PAGE_SIZE}.`,
      });
    }
    const beforeId = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const [rows, unreadCount] = await Promise.all([
      this.repository.list(this.options.sql, {
        audience,
        unreadOnly: query.unreadOnly === true,
        beforeId,
        kinds: query.kinds,
        limit: limit + 1,
      }),
      this.repository.unreadCount(this.options.sql, audience, query.kinds),
    ]);
    const items = rows.slice(0, limit).map((row) => this.render(row));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null, unreadCount };
  }

  unreadCount(audience: Audience, kinds?: readonly string[]): Promise<number> {
    return this.repository.unreadCount(this.options.sql, audience, kinds);
  }

  /** 404 for a notification the audience cannot see, whoever's it is. */
  async markRead(audience: Audience, id: string): Promise<{ unreadCount: number }> {
    const found = await this.repository.markRead(this.options.sql, audience, id, this.now());
    if (!found) throw problem('not_found', { detail: `notification ${id}` });
    return { unreadCount: await this.unreadCount(audience) };
  }

  async markAllRead(audience: Audience, kinds?: readonly string[]): Promise<{ unreadCount: number }> {
    await this.repository.markAllRead(this.options.sql, audience, this.now(), kinds);
    return { unreadCount: await this.unreadCount(audience, kinds) };
  }

  /** The stored text, or the template rendered now; a template since removed shows its kind. */
  render(row: StoredNotification): NotificationRecord {
    let text: Pick<NotificationRecord, 'title' | 'body'>;
    if (row.title && row.body) text = { title: row.title, body: row.body };
    else {
      try {
        text = renderContent({ template: row.template ?? '', params: row.params }, this.options.templates);
      } catch {
        text = { title: { vi: row.kind, en: row.kind }, body: { vi: '', en: '' } };
      }
    }
    return { ...row, ...text };
  }
}

function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw invalidField('cursor', 'invalid_cursor', {
      vi: 'Con trỏ phân trang không hợp lệ.',
      en: 'The paging cursor is not valid.',
    });
  }
  return id;
}

function invalidField(field: string, code: string, message: { vi: string; en: string }) {
  return problem('validation_failed', { errors: [{ field, code, message }] });
}
