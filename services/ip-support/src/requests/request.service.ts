// Support requests: a business, co-operative or institute asks for help with one right for one subject;
// officers triage (accept / ask for more / decline with a reason), assign, and talk with the requester
// in a thread where notes stay internal to officers. Every step writes its event in the same
// transaction (transactional outbox).
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { DossierService } from '../dossiers/dossier.service.js';
import { completeness } from '../dossiers/dossier-rules.js';
import type { Prisma, PrismaClient, SupportRequest } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { inTransaction } from '../shared/db.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { conflict, forbidden } from '../shared/problems.js';
import { canRequestSupport, isOfficer, sideOf } from './request-access.js';
import { allowedActions, isEditable, type RequestAction } from './request-lifecycle.js';
import { applyTransition, findVisibleRequest, lockRequest, stateConflict } from './request.repository.js';
import { requestEvents } from './request.events.js';
import type {
  AssignRequestInput,
  CreateRequestInput,
  MessageView,
  PostMessageInput,
  RequestListQuery,
  RequestSummary,
  RequestView,
  UpdateRequestInput,
} from './request.schema.js';

export function requestSummary(r: SupportRequest): RequestSummary {
  return {
    id: r.id,
    reference: r.reference,
    organisation: { id: r.organisationId, name: r.organisationName },
    requesterName: r.requesterName,
    right: r.right,
    subjectKind: r.subjectKind,
    subjectTitle: r.subjectTitle,
    subjectRefId: r.subjectRefId,
    state: r.state,
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName,
    submittedAt: r.submittedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export interface RequestDeps {
  prisma: PrismaClient;
  dossiers: DossierService;
  clock: Clock;
}

export class RequestService {
  constructor(private readonly deps: RequestDeps) {}

  async create(actor: Actor, input: CreateRequestInput): Promise<RequestView> {
    if (!canRequestSupport(actor) || actor.organisationId === null || actor.organisationName === null)
      throw forbidden(
        'Chỉ doanh nghiệp, hợp tác xã hoặc tổ chức nghiên cứu được gửi yêu cầu hỗ trợ cho tổ chức của mình.',
        'Only businesses, co-operatives and research organisations ask for support, for their own organisation.',
      );
    const { organisationId, organisationName } = actor;
    const now = this.deps.clock();
    const row = await inTransaction(this.deps.prisma, async (tx) => {
      // References are numbered per year; the advisory lock keeps two submissions from taking one number.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('ipsupport.request.reference'))::text`;
      const prefix = `SHTT-${now.getUTCFullYear()}-`;
      const last = await tx.supportRequest.findFirst({
        where: { reference: { startsWith: prefix } },
        orderBy: { reference: 'desc' },
        select: { reference: true },
      });
      const next = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
      const created = await tx.supportRequest.create({
        data: {
          id: uuidv7(),
          reference: `${prefix}${String(next).padStart(4, '0')}`,
          organisationId,
          organisationName,
          requesterId: actor.userId,
          requesterName: actor.displayName,
          right: input.right,
          subjectKind: input.subjectKind,
          subjectTitle: input.subjectTitle,
          subjectRefId: input.subjectRefId ?? null,
          description: input.description,
          niceClasses: input.niceClasses ?? [],
          claimCount: input.claimCount ?? null,
          designCount: input.designCount ?? null,
          localityCode: actor.localityCode,
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        requestEvents.transitioned(created, 'submitted', 'submit', null, actor, now),
      ]);
      return created;
    });
    return this.viewOf(actor, row);
  }

  async list(actor: Actor, query: RequestListQuery): Promise<Page<RequestSummary>> {
    const where: Prisma.SupportRequestWhereInput = {};
    if (!isOfficer(actor)) {
      // A business sees its own organisation's requests only, whatever it asks for.
      if (!actor.organisationId) return { items: [], nextCursor: null };
      where.organisationId = actor.organisationId;
    } else if (query.organisationId) {
      where.organisationId = query.organisationId;
    }
    if (query.state) where.state = query.state;
    if (query.right) where.right = query.right;
    if (query.assignee === 'me') where.assigneeId = actor.userId;
    if (query.assignee === 'unassigned') where.assigneeId = null;
    if (query.q)
      where.OR = [
        { subjectTitle: { contains: query.q, mode: 'insensitive' } },
        { reference: { contains: query.q, mode: 'insensitive' } },
        { organisationName: { contains: query.q, mode: 'insensitive' } },
      ];
    if (query.cursor) {
      const [createdAt = '', id = ''] = decodeCursor(query.cursor, 2);
      const at = new Date(createdAt);
      where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] }];
    }
    const rows = await this.deps.prisma.supportRequest.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
    return { items: page.items.map(requestSummary), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<RequestView> {
    const row = await findVisibleRequest(this.deps.prisma, actor, id);
    return this.viewOf(actor, row);
  }

  async update(actor: Actor, id: string, input: UpdateRequestInput): Promise<RequestView> {
    const now = this.deps.clock();
    const row = await inTransaction(this.deps.prisma, async (tx) => {
      const request = await findVisibleRequest(tx, actor, id);
      if (isOfficer(actor))
        throw forbidden('Chỉ tổ chức yêu cầu được sửa nội dung.', 'Only the requesting organisation edits it.');
      await lockRequest(tx, id);
      if (!isEditable(request.state)) throw stateConflict(request.state, 'edit');
      return tx.supportRequest.update({
        where: { id },
        data: {
          ...(input.subjectTitle !== undefined ? { subjectTitle: input.subjectTitle } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.niceClasses !== undefined ? { niceClasses: input.niceClasses } : {}),
          ...(input.claimCount !== undefined ? { claimCount: input.claimCount } : {}),
          ...(input.designCount !== undefined ? { designCount: input.designCount } : {}),
          revision: { increment: 1 },
          updatedAt: now,
        },
      });
    });
    return this.viewOf(actor, row);
  }

  /** accept | ask_info | decline (officers), resubmit | withdraw (the requesting organisation). */
  async act(
    actor: Actor,
    id: string,
    action: Extract<RequestAction, 'accept' | 'ask_info' | 'decline' | 'resubmit' | 'withdraw'>,
    words: { reason?: string; message?: string; note?: string } = {},
  ): Promise<RequestView> {
    const now = this.deps.clock();
    const side = sideOf(actor);
    const row = await inTransaction(this.deps.prisma, async (tx) => {
      await findVisibleRequest(tx, actor, id);
      await lockRequest(tx, id);
      const request = await tx.supportRequest.findUniqueOrThrow({ where: { id } });
      let data: Partial<SupportRequest> = {};
      if (action === 'accept') {
        const checklistId = await this.deps.dossiers.open(tx, request, now);
        data = {
          checklistId,
          acceptedAt: now,
          // the accepting officer takes the request unless someone already has it
          ...(request.assigneeId ? {} : { assigneeId: actor.userId, assigneeName: actor.displayName }),
        };
      }
      const reason = action === 'ask_info' || action === 'decline' ? (words.reason ?? '') : (words.reason ?? null);
      const updated = await applyTransition(tx, request, action, side, actor, now, { reason, data });
      if (action === 'accept' && !request.assigneeId)
        await appendToOutbox(prismaTxExecutor(tx), [requestEvents.assigned(updated, actor, now)]);
      // The officer's question, the requester's answer and the acceptance note also go into the thread.
      const text = action === 'ask_info' ? words.reason : action === 'resubmit' ? words.message : words.note;
      if (text) await this.insertMessage(tx, actor, updated.id, text, false, now);
      return updated;
    });
    return this.viewOf(actor, row);
  }

  async assign(actor: Actor, id: string, input: AssignRequestInput): Promise<RequestView> {
    if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ được phân công.', 'Only officers assign requests.');
    const now = this.deps.clock();
    const row = await inTransaction(this.deps.prisma, async (tx) => {
      await findVisibleRequest(tx, actor, id);
      await lockRequest(tx, id);
      const request = await tx.supportRequest.findUniqueOrThrow({ where: { id } });
      if (['declined', 'withdrawn', 'granted', 'refused'].includes(request.state))
        throw stateConflict(request.state, 'assign');
      const updated = await tx.supportRequest.update({
        where: { id },
        data: { assigneeId: input.assigneeId, assigneeName: input.assigneeName, updatedAt: now },
      });
      await appendToOutbox(prismaTxExecutor(tx), [requestEvents.assigned(updated, actor, now)]);
      return updated;
    });
    return this.viewOf(actor, row);
  }

  async messages(actor: Actor, id: string, query: { cursor?: string; limit: number }): Promise<Page<MessageView>> {
    await findVisibleRequest(this.deps.prisma, actor, id);
    const where: Prisma.RequestMessageWhereInput = { requestId: id };
    // Internal notes are for officers only.
    if (!isOfficer(actor)) where.internal = false;
    if (query.cursor) {
      const [createdAt = '', messageId = ''] = decodeCursor(query.cursor, 2);
      const at = new Date(createdAt);
      where.OR = [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: messageId } }];
    }
    const rows = await this.deps.prisma.requestMessage.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (m) => [m.createdAt.toISOString(), m.id]);
    return { items: page.items.map(messageView), nextCursor: page.nextCursor };
  }

  async postMessage(actor: Actor, id: string, input: PostMessageInput): Promise<MessageView> {
    if (input.internal && !isOfficer(actor))
      throw forbidden('Chỉ cán bộ được ghi chú nội bộ.', 'Only officers write internal notes.');
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      const request = await findVisibleRequest(tx, actor, id);
      if (request.state === 'withdrawn' && !isOfficer(actor))
        throw conflict('request_closed', 'Yêu cầu đã rút.', 'The request was withdrawn.');
      return messageView(await this.insertMessage(tx, actor, id, input.body, input.internal, now));
    });
  }

  private async insertMessage(
    tx: Prisma.TransactionClient,
    actor: Actor,
    requestId: string,
    body: string,
    internal: boolean,
    now: Date,
  ) {
    const row = await tx.requestMessage.create({
      data: {
        id: uuidv7(),
        requestId,
        authorId: actor.userId,
        authorName: actor.displayName,
        authorSide: sideOf(actor),
        internal,
        body,
        createdAt: now,
      },
    });
    await appendToOutbox(prismaTxExecutor(tx), [requestEvents.messagePosted(requestId, row.id, internal, actor, now)]);
    return row;
  }

  private async viewOf(actor: Actor, r: SupportRequest): Promise<RequestView> {
    const [subject, items] = await Promise.all([
      r.subjectRefId ? this.deps.prisma.platformSubject.findUnique({ where: { id: r.subjectRefId } }) : null,
      this.deps.prisma.dossierItem.findMany({ where: { requestId: r.id }, select: { mandatory: true, state: true } }),
    ]);
    const counts = completeness(items);
    return {
      ...requestSummary(r),
      description: r.description,
      niceClasses: r.niceClasses,
      claimCount: r.claimCount,
      designCount: r.designCount,
      stateReason: r.stateReason,
      acceptedAt: r.acceptedAt?.toISOString() ?? null,
      revision: r.revision,
      linkedSubject: subject
        ? { id: subject.id, kind: subject.kind, title: subject.title, status: subject.status }
        : null,
      allowedActions: allowedActions(r.state, sideOf(actor)),
      dossier: items.length > 0 ? { ...counts, itemCount: items.length } : null,
    };
  }
}

function messageView(m: {
  id: string;
  authorId: string;
  authorName: string;
  authorSide: string;
  internal: boolean;
  body: string;
  createdAt: Date;
}): MessageView {
  return {
    id: m.id,
    authorId: m.authorId,
    authorName: m.authorName,
    authorSide: m.authorSide === 'officer' ? 'officer' : 'business',
    internal: m.internal,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  };
}
