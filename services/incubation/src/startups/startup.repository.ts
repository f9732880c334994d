// Reads of the startup aggregate (the startup with its team) and the mapping to views.
import type { Prisma } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import { isoDate } from '../shared/clock.js';
import type { Db } from '../shared/db.js';
import { forbidden, NAMES, notFound } from '../shared/problems.js';
import { canActFor, canRead, type StartupOwnership } from './startup-access.js';
import type { PublicStartup, StartupView } from './startup.schema.js';

export const startupWithTeam = { members: { orderBy: { position: 'asc' } } } satisfies Prisma.StartupInclude;
export type StartupRecord = Prisma.StartupGetPayload<{ include: typeof startupWithTeam }>;

export function ownershipOf(s: {
  ownerUserId: string;
  organisationId: string | null;
  members: { userId: string | null }[];
}): StartupOwnership {
  return {
    ownerUserId: s.ownerUserId,
    organisationId: s.organisationId,
    memberUserIds: s.members.map((m) => m.userId),
  };
}

export async function findStartup(db: Db, id: string): Promise<StartupRecord | null> {
  return db.startup.findUnique({ where: { id }, include: startupWithTeam });
}

/** The startup when the actor may read it; otherwise 404 (its existence is not disclosed). */
export async function requireReadable(db: Db, actor: Actor | null | undefined, id: string): Promise<StartupRecord> {
  const startup = await findStartup(db, id);
  if (!startup || !canRead(actor, ownershipOf(startup))) throw notFound(NAMES.startup, id);
  return startup;
}

/** The startup when the actor acts for it (a member of the team); officers get 404 too unless they may read. */
export async function requireMember(db: Db, actor: Actor | null | undefined, id: string): Promise<StartupRecord> {
  const startup = await findStartup(db, id);
  if (!startup) throw notFound(NAMES.startup, id);
  const ownership = ownershipOf(startup);
  if (!canActFor(actor, ownership)) {
    if (canRead(actor, ownership)) {
      throw forbidden('Chỉ thành viên nhóm khởi nghiệp được làm việc này.', 'Only the startup’s team may do this.');
    }
    throw notFound(NAMES.startup, id);
  }
  return startup;
}

/** Startups the actor acts for (owner, member, organisation). */
export function actingForWhere(actor: Actor): Prisma.StartupWhereInput {
  return {
    OR: [
      { ownerUserId: actor.userId },
      { members: { some: { userId: actor.userId } } },
      ...(actor.organisationId ? [{ organisationId: actor.organisationId }] : []),
    ],
  };
}

export function toStartupView(s: StartupRecord, actor: Actor | null | undefined): StartupView {
  return {
    id: s.id,
    name: s.name,
    stage: s.stage as StartupView['stage'],
    sectorCode: s.sectorCode,
    trl: s.trl,
    provinceCode: s.provinceCode,
    communeCode: s.communeCode,
    summary: s.summary,
    traction: s.traction,
    website: s.website,
    foundedOn: s.foundedOn ? isoDate(s.foundedOn) : null,
    members: s.members.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role as StartupView['members'][number]['role'],
      userId: m.userId,
      email: m.email,
    })),
    published: s.publishedAt !== null,
    publicSummary: s.publicSummary,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    canEdit: canActFor(actor, ownershipOf(s)),
    revision: s.revision,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toPublicStartup(s: StartupRecord): PublicStartup {
  return {
    id: s.id,
    name: s.name,
    stage: s.stage as PublicStartup['stage'],
    sectorCode: s.sectorCode,
    trl: s.trl,
    communeCode: s.communeCode,
    provinceCode: s.provinceCode,
    summary: s.publicSummary ?? s.summary,
    traction: s.traction,
    website: s.website,
    teamSize: s.members.length,
    roles: s.members.map((m) => m.role as PublicStartup['roles'][number]),
    publishedAt: (s.publishedAt ?? s.updatedAt).toISOString(),
  };
}
