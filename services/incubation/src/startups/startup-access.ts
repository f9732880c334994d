// Who may act for a startup: its owner, members with an account, and users of the startup's
// organisation. Officers read every startup but do not edit the team's own data. Plain rules, no I/O.
import type { Actor } from '../shared/actor.js';
import { isOfficer } from '../shared/actor.js';

export interface StartupOwnership {
  ownerUserId: string;
  organisationId: string | null;
  memberUserIds: readonly (string | null)[];
}

export function canActFor(actor: Actor | null | undefined, startup: StartupOwnership): boolean {
  if (!actor) return false;
  if (actor.userId === startup.ownerUserId) return true;
  if (startup.memberUserIds.includes(actor.userId)) return true;
  return !!startup.organisationId && actor.organisationId === startup.organisationId;
}

/** Members and officers read a startup's private data (KPIs, notes, milestones); nobody else. */
export function canRead(actor: Actor | null | undefined, startup: StartupOwnership): boolean {
  return canActFor(actor, startup) || isOfficer(actor);
}
