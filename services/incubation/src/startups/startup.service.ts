// Startups: registration by a founder, the team, profile changes, the public profile the team chooses
// to publish (searchable through the search service's `startup` documents), notes and links.
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import { HOME_PROVINCE_CODE } from '../reference/reference.data.js';
import type { Actor } from '../shared/actor.js';
import { isOfficer } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, NAMES, notFound, rejected } from '../shared/problems.js';
import { toPage } from '../shared/schema.js';
import {
  startupProfileChanged,
  startupProfilePublished,
  startupProfileWithdrawn,
  startupRegistered,
} from './startup.events.js';
import {
  actingForWhere,
  findStartup,
  requireMember,
  requireReadable,
  type StartupRecord,
  startupWithTeam,
  toPublicStartup,
  toStartupView,
} from './startup.repository.js';
import type {
  NoteView,
  PublicStartupQuery,
  StartupInput,
  StartupLink,
  StartupListQuery,
  StartupPatch,
} from './startup.schema.js';

export class StartupService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: StartupInput) {
    if (!actor.roles.some((r) => r === 'business' || r === 'researcher' || r === 'admin')) {
      throw forbidden(
        'Chỉ doanh nghiệp, nhà khoa học mới đăng ký nhóm khởi nghiệp.',
        'Only businesses and researchers register startups.',
      );
    }
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const id = uuidv7();
      await tx.startup.create({
        data: {
          id,
          name: input.name,
          organisationId: actor.organisationId ?? null,
          ownerUserId: actor.userId,
          stage: input.stage,
          sectorCode: input.sectorCode,
          trl: input.trl,
          provinceCode: HOME_PROVINCE_CODE,
          communeCode: input.communeCode,
          summary: input.summary,
          traction: input.traction,
          website: input.website ?? null,
          foundedOn: input.foundedOn ? new Date(input.foundedOn) : null,
          createdAt: now,
          updatedAt: now,
          members: { create: membersData(input.members) },
        },
      });
      const startup = (await findStartup(tx, id)) as StartupRecord;
      await appendToOutbox(prismaTxExecutor(tx), [startupRegistered(startup, actor, now)]);
      return toStartupView(startup, actor);
    });
  }

  async mine(actor: Actor) {
    const rows = await this.prisma.startup.findMany({
      where: actingForWhere(actor),
      include: startupWithTeam,
      orderBy: { createdAt: 'asc' },
      take: 50,
    });
    return { items: rows.map((s) => toStartupView(s, actor)) };
  }

  async list(actor: Actor, query: StartupListQuery) {
    if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ xem danh sách này.', 'Only officers see this list.');
    const rows = await this.prisma.startup.findMany({
      where: {
        ...(query.stage ? { stage: query.stage } : {}),
        ...(query.sector ? { sectorCode: query.sector } : {}),
        ...(query.communeCode ? { communeCode: query.communeCode } : {}),
        ...(query.cursor ? { id: { gt: query.cursor } } : {}),
      },
      include: startupWithTeam,
      orderBy: { id: 'asc' },
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit);
    return { items: page.items.map((s) => toStartupView(s, actor)), nextCursor: page.nextCursor };
  }

  async get(actor: Actor | undefined, id: string) {
    return toStartupView(await requireReadable(this.prisma, actor, id), actor);
  }

  async update(actor: Actor, id: string, patch: StartupPatch) {
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const before = await requireMember(tx, actor, id);
      const data: Prisma.StartupUpdateInput = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.stage !== undefined ? { stage: patch.stage } : {}),
        ...(patch.sectorCode !== undefined ? { sectorCode: patch.sectorCode } : {}),
        ...(patch.trl !== undefined ? { trl: patch.trl } : {}),
        ...(patch.communeCode !== undefined ? { communeCode: patch.communeCode } : {}),
        ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
        ...(patch.traction !== undefined ? { traction: patch.traction } : {}),
        ...(patch.website !== undefined ? { website: patch.website } : {}),
        ...(patch.foundedOn !== undefined ? { foundedOn: new Date(patch.foundedOn) } : {}),
        revision: before.revision + 1,
        updatedAt: now,
      };
      await tx.startup.update({ where: { id }, data });
      if (patch.members) {
        await tx.startupMember.deleteMany({ where: { startupId: id } });
        await tx.startupMember.createMany({ data: membersData(patch.members).map((m) => ({ ...m, startupId: id })) });
      }
      const after = (await findStartup(tx, id)) as StartupRecord;
      // a published profile stays published: search gets the new revision
      const events = [startupProfileChanged(after, actor, now)];
      if (after.publishedAt) events.push(startupProfilePublished(after, actor, now));
      await appendToOutbox(prismaTxExecutor(tx), events);
      return toStartupView(after, actor);
    });
  }

  async publish(actor: Actor, id: string, publicSummary: string) {
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const before = await requireMember(tx, actor, id);
      await tx.startup.update({
        where: { id },
        data: { publishedAt: before.publishedAt ?? now, publicSummary, revision: before.revision + 1, updatedAt: now },
      });
      const after = (await findStartup(tx, id)) as StartupRecord;
      await appendToOutbox(prismaTxExecutor(tx), [startupProfilePublished(after, actor, now)]);
      return toStartupView(after, actor);
    });
  }

  async unpublish(actor: Actor, id: string) {
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const before = await requireMember(tx, actor, id);
      if (!before.publishedAt) return toStartupView(before, actor);
      await tx.startup.update({
        where: { id },
        data: { publishedAt: null, revision: before.revision + 1, updatedAt: now },
      });
      const after = (await findStartup(tx, id)) as StartupRecord;
      await appendToOutbox(prismaTxExecutor(tx), [startupProfileWithdrawn(after, actor, now)]);
      return toStartupView(after, actor);
    });
  }

  async publicList(query: PublicStartupQuery) {
    const q = query.q?.normalize('NFC');
    const where = (omit?: 'stage' | 'sector' | 'commune'): Prisma.StartupWhereInput => ({
      publishedAt: { not: null },
      ...(query.stage && omit !== 'stage' ? { stage: query.stage } : {}),
      ...(query.sector && omit !== 'sector' ? { sectorCode: query.sector } : {}),
      ...(query.communeCode && omit !== 'commune' ? { communeCode: query.communeCode } : {}),
      ...(q ? { name: { contains: q, mode: 'insensitive' as const } } : {}),
    });
    const rows = await this.prisma.startup.findMany({
      where: { ...where(), ...(query.cursor ? { id: { gt: query.cursor } } : {}) },
      include: startupWithTeam,
      orderBy: { id: 'asc' },
      take: query.limit + 1,
    });
    const count = async (by: 'stage' | 'sectorCode' | 'communeCode', omit: 'stage' | 'sector' | 'commune') => {
      const groups = await this.prisma.startup.groupBy({ by: [by], where: where(omit), _count: { _all: true } });
      return Object.fromEntries(groups.map((g) => [String(g[by]), g._count._all]));
    };
    const page = toPage(rows, query.limit);
    return {
      items: page.items.map(toPublicStartup),
      nextCursor: page.nextCursor,
      facets: {
        stage: await count('stage', 'stage'),
        sector: await count('sectorCode', 'sector'),
        commune: await count('communeCode', 'commune'),
      },
    };
  }

  async publicGet(id: string) {
    const startup = await findStartup(this.prisma, id);
    if (!startup?.publishedAt) throw notFound(NAMES.startup, id);
    return toPublicStartup(startup);
  }

  async notes(actor: Actor, id: string): Promise<{ items: NoteView[] }> {
    await requireReadable(this.prisma, actor, id);
    const rows = await this.prisma.startupNote.findMany({
      where: { startupId: id },
      orderBy: { createdAt: 'desc' },
      take: 200,
    });
    return { items: rows.map(toNoteView) };
  }

  async addNote(actor: Actor, id: string, body: string): Promise<NoteView> {
    if (!isOfficer(actor))
      throw forbidden('Chỉ cán bộ chương trình ghi nhận xét.', 'Only programme officers write notes.');
    await requireReadable(this.prisma, actor, id);
    const row = await this.prisma.startupNote.create({
      data: {
        id: uuidv7(),
        startupId: id,
        authorUserId: actor.userId,
        authorName: actor.displayName,
        body,
        createdAt: this.clock(),
      },
    });
    return toNoteView(row);
  }

  async links(actor: Actor, id: string): Promise<{ items: StartupLink[] }> {
    await requireReadable(this.prisma, actor, id);
    const rows = await this.prisma.startupLink.findMany({ where: { startupId: id }, orderBy: { updatedAt: 'desc' } });
    return {
      items: rows.map((l) => ({
        kind: l.kind as StartupLink['kind'],
        externalId: l.externalId,
        title: l.title,
        status: l.status,
        updatedAt: l.updatedAt.toISOString(),
      })),
    };
  }

  /** For other capabilities: the startup when the actor acts for it. */
  requireMember(db: Db, actor: Actor, id: string) {
    return requireMember(db, actor, id);
  }

  /** Rejects a startup id the actor does not act for, with a 422 naming the field. */
  async requireOwnStartup(db: Db, actor: Actor, id: string) {
    const startup = await findStartup(db, id);
    if (!startup) throw rejected('unknown_startup', 'Không có nhóm khởi nghiệp này.', 'No such startup.');
    return requireMember(db, actor, id);
  }
}

function membersData(members: StartupInput['members']) {
  return members.map((m, position) => ({
    id: uuidv7(),
    name: m.name,
    role: m.role,
    userId: m.userId ?? null,
    email: m.email ?? null,
    position,
  }));
}

function toNoteView(n: { id: string; startupId: string; authorName: string; body: string; createdAt: Date }): NoteView {
  return {
    id: n.id,
    startupId: n.startupId,
    authorName: n.authorName,
    body: n.body,
    createdAt: n.createdAt.toISOString(),
  };
}
