// The audit log bound to the database, for the controller (Nest injects classes).

import type { Db } from '../moderation/listing-workflow.js';
import type { Actor } from '../shared/actor.js';
import type { Page } from '../shared/paging.js';
import type { AuditLog } from './audit-log.js';
import type { AuditEntryView, AuditQuery } from './audit.schema.js';

export class AuditLogReader {
  constructor(
    private readonly db: Db,
    private readonly log: AuditLog,
  ) {}

  list(actor: Actor | null, query: AuditQuery): Promise<Page<AuditEntryView>> {
    return this.log.list(this.db, actor, query);
  }
}
