// Reading the platform-item projection (the projector writes it).
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { isOfficer } from '../requests/request-access.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import type { PlatformSubjectView, SubjectListQuery } from './subject.schema.js';

export class SubjectService {
  constructor(private readonly prisma: PrismaClient) {}

  async list(actor: Actor, query: SubjectListQuery): Promise<Page<PlatformSubjectView>> {
    const where: Prisma.PlatformSubjectWhereInput = { status: { notIn: ['archived', 'withdrawn'] } };
    if (!isOfficer(actor)) {
      if (!actor.organisationId) return { items: [], nextCursor: null };
      where.organisationId = actor.organisationId;
    }
    if (query.kind) where.kind = query.kind;
    if (query.q) where.title = { contains: query.q, mode: 'insensitive' };
    if (query.cursor) {
      const [title = '', id = ''] = decodeCursor(query.cursor, 2);
      where.OR = [{ title: { gt: title } }, { title, id: { gt: id } }];
    }
    const rows = await this.prisma.platformSubject.findMany({
      where,
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (s) => [s.title, s.id]);
    return {
      items: page.items.map((s) => ({
        id: s.id,
        kind: s.kind === 'initiative' ? 'initiative' : 'techmart_offer',
        title: s.title,
        organisationId: s.organisationId,
        status: s.status,
      })),
      nextCursor: page.nextCursor,
    };
  }
}
