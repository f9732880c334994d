// Checklists as data: the shipped versions are inserted when missing; administrators publish new
// versions with an effective date. A dossier copies the version in force on the day it opens, so a
// later change never rewrites a dossier in progress.
import { appendToOutbox, event, prismaTxExecutor } from '@sti/platform';
import { ChecklistPublishedSchema } from '@sti/contracts';
import { uuidv7 } from 'uuidv7';
import { actorMessage, EVENT_SOURCE, REQUEST_TOPIC, RIGHT_MESSAGE } from '../events/event-messages.js';
import type { Checklist, PrismaClient } from '../generated/prisma/client.js';
import type { IpRightCode } from '../reference/reference.schema.js';
import { type Actor, hasRole } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import type { Db } from '../shared/db.js';
import { conflict, forbidden, notFound, NAMES } from '../shared/problems.js';
import type { ChecklistItem, ChecklistView, PublishChecklistInput } from './checklist.schema.js';
import { SHIPPED_CHECKLISTS } from './checklists.data.js';
import { versionInForce } from './checklist-version.js';

export function checklistView(c: Checklist): ChecklistView {
  return {
    id: c.id,
    right: c.right,
    effectiveFrom: isoDate(c.effectiveFrom),
    items: c.items as unknown as ChecklistItem[],
    note: c.note,
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
  };
}

export class ChecklistService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
  ) {}

  /** Inserts the shipped versions that are missing (never overwrites what an administrator published). */
  async sync(): Promise<void> {
    for (const shipped of SHIPPED_CHECKLISTS) {
      const effectiveFrom = new Date(`${shipped.effectiveFrom}T00:00:00Z`);
      const existing = await this.prisma.checklist.findUnique({
        where: { right_effectiveFrom: { right: shipped.right, effectiveFrom } },
      });
      if (existing) continue;
      await this.prisma.checklist.create({
        data: {
          id: uuidv7(),
          right: shipped.right,
          effectiveFrom,
          items: shipped.items as unknown as object,
          note: shipped.note,
          createdBy: 'system',
        },
      });
    }
  }

  async list(right?: IpRightCode): Promise<ChecklistView[]> {
    const rows = await this.prisma.checklist.findMany({
      where: right ? { right } : {},
      orderBy: [{ right: 'asc' }, { effectiveFrom: 'desc' }],
    });
    return rows.map(checklistView);
  }

  /** The version in force on `on` (default today), read inside `db` (a dossier opening uses its transaction). */
  async inForce(right: IpRightCode, on?: string, db: Db = this.prisma): Promise<ChecklistView> {
    const day = on ?? isoDate(this.clock());
    const rows = await db.checklist.findMany({ where: { right } });
    const found = versionInForce(rows.map(checklistView), day);
    if (!found) throw notFound(NAMES.checklist, `${right}@${day}`);
    return found;
  }

  async publish(actor: Actor, input: PublishChecklistInput): Promise<ChecklistView> {
    if (!hasRole(actor, 'admin'))
      throw forbidden('Chỉ quản trị viên được sửa danh mục hồ sơ.', 'Only administrators change checklists.');
    const effectiveFrom = new Date(`${input.effectiveFrom}T00:00:00Z`);
    const now = this.clock();
    return this.prisma.$transaction(async (tx) => {
      const clash = await tx.checklist.findUnique({
        where: { right_effectiveFrom: { right: input.right, effectiveFrom } },
      });
      if (clash)
        throw conflict(
          'checklist_version_exists',
          'Đã có phiên bản danh mục có hiệu lực từ ngày này.',
          'A checklist version already takes effect on that day.',
        );
      const row = await tx.checklist.create({
        data: {
          id: uuidv7(),
          right: input.right,
          effectiveFrom,
          items: input.items as unknown as object,
          note: input.note ?? null,
          createdBy: actor.userId,
        },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        event(
          ChecklistPublishedSchema,
          {
            checklistId: row.id,
            right: RIGHT_MESSAGE[row.right],
            effectiveFrom: input.effectiveFrom,
            itemCount: input.items.length,
            by: actorMessage(actor),
          },
          {
            topic: REQUEST_TOPIC,
            aggregateType: 'ipsupport.checklist',
            aggregateId: row.id,
            source: EVENT_SOURCE,
            occurredAt: now,
          },
        ),
      ]);
      return checklistView(row);
    });
  }
}
