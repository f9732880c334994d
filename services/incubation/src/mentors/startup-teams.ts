// Which startups a person belongs to — the query form of startups/startup-access.ts canActFor: the owner, a listed member with an account, or a user of the
// owning organisation. Mentor bookings, introductions and readiness all authorise through this.
import type { Actor } from '../shared/actor.js';
import type { Db } from '../shared/db.js';

export interface StartupRef {
  id: string;
  name: string;
}

export async function startupsOf(db: Db, actor: Actor | null | undefined): Promise<StartupRef[]> {
  if (!actor) return [];
  return db.startup.findMany({
    where: {
      OR: [
        { ownerUserId: actor.userId },
        { members: { some: { userId: actor.userId } } },
        ...(actor.organisationId ? [{ organisationId: actor.organisationId }] : []),
      ],
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

export async function findStartup(db: Db, id: string): Promise<StartupRef | null> {
  return db.startup.findUnique({ where: { id }, select: { id: true, name: true } });
}
