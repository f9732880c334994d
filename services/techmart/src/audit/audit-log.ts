// The append-only audit log of administrative changes: written in the same transaction as the
// change it records (so there is no change without its entry), read by admins newest first.

import { problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../moderation/listing-workflow.js';
import { type Actor, hasRole } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { invalidCursor } from '../shared/problems.js';
import type { AuditEntryView, AuditQuery } from './audit.schema.js';

/** Where a request came from, as far as the service can tell (behind the gateway: X-Forwarded-For). */
export interface RequestOrigin {
  sourceIp: string | null;
}

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export class AuditLog {
  async append(db: Db, actor: Actor, origin: RequestOrigin | null, change: AuditChange): Promise<void> {
    await db.auditEntry.create({
      data: {
        id: uuidv7(),
        actorUserId: actor.userId,
        actorName: actor.displayName,
        actorRoles: [...actor.roles],
        action: change.action,
        entityType: change.entityType,
        entityId: change.entityId,
        ...(change.before === undefined ? {} : { before: toJson(change.before) }),
        ...(change.after === undefined ? {} : { after: toJson(change.after) }),
        sourceIp: origin?.sourceIp ?? null,
      },
    });
  }

  /** Admins only; ids are UUIDv7, so id order is time order. */
  async list(db: Db, actor: Actor | null, query: AuditQuery): Promise<Page<AuditEntryView>> {
    if (!actor) throw problem('unauthenticated');
    if (!hasRole(actor, 'admin')) throw problem('forbidden');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const rows = await db.auditEntry.findMany({
      where: {
        ...(query.entityType ? { entityType: query.entityType } : {}),
        ...(query.entityId ? { entityId: query.entityId } : {}),
        ...(after ? { id: { lt: after[0] } } : {}),
      },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (row) => [row.id]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actor: { userId: row.actorUserId, displayName: row.actorName, roles: row.actorRoles },
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        ...(row.before === null ? {} : { before: row.before }),
        ...(row.after === null ? {} : { after: row.after }),
        ...(row.sourceIp ? { sourceIp: row.sourceIp } : {}),
      })),
    };
  }
}

function toJson(value: unknown): Prisma.InputJsonValue {
  // Dates and bigints become strings, as in the API views.
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
