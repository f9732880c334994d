// Filings: once the dossier is complete an officer records the application at the national IP office;
// then each milestone of the procedure with its dates (and a document). Recording a filing or a
// milestone lets the deadline rules recompute (hook, same transaction); a grant closes the request,
// opens the subsidy claim (hook) and tells the platform (CertificateGranted, e.g. for the linked
// Techmart offer's IP status).
import type { Readable } from 'node:stream';
import { type AttachmentStore, storeUpload } from '@sti/attachments';
import { appendToOutbox, problem, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import { DOSSIER_MEDIA_TYPES } from '../dossiers/dossier-rules.js';
import { MAX_DOSSIER_FILE_BYTES } from '../dossiers/dossier.service.js';
import type { Filing, FilingMilestone, Prisma, PrismaClient, SupportRequest } from '../generated/prisma/client.js';
import { isOfficer } from '../requests/request-access.js';
import { applyTransition, findVisibleRequest, lockRequest } from '../requests/request.repository.js';
import type { Actor } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import { type Db, inTransaction } from '../shared/db.js';
import type { FilingSnapshot, IpSupportHooks } from '../shared/hooks.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { conflict, forbidden, NAMES, notFound, unprocessable } from '../shared/problems.js';
import { applyMilestone, type FilingStageCode, type MilestoneKind, nextMilestones } from './filing-procedure.js';
import { filingEvents } from './filing.events.js';
import type {
  FilingListQuery,
  FilingSummary,
  FilingView,
  MilestoneView,
  RecordFilingInput,
  RecordMilestoneInput,
} from './filing.schema.js';

type FilingWithRequest = Filing & { request: SupportRequest };

const day = (value: string) => new Date(`${value}T00:00:00Z`);

function filingSummary(f: FilingWithRequest): FilingSummary {
  return {
    id: f.id,
    requestId: f.requestId,
    reference: f.request.reference,
    organisation: { id: f.request.organisationId, name: f.request.organisationName },
    right: f.right,
    subjectKind: f.request.subjectKind,
    subjectTitle: f.request.subjectTitle,
    applicationNumber: f.applicationNumber,
    territory: f.territory === 'foreign' ? 'foreign' : 'domestic',
    filingDate: isoDate(f.filingDate),
    priorityDate: f.priorityDate ? isoDate(f.priorityDate) : null,
    stage: f.stage,
    certificateNumber: f.certificateNumber,
    grantedOn: f.grantedOn ? isoDate(f.grantedOn) : null,
    refusedOn: f.refusedOn ? isoDate(f.refusedOn) : null,
    updatedAt: f.updatedAt.toISOString(),
  };
}

function milestoneView(m: FilingMilestone): MilestoneView {
  return {
    id: m.id,
    kind: m.kind as MilestoneKind,
    occurredOn: isoDate(m.occurredOn),
    responseDueOn: m.responseDueOn ? isoDate(m.responseDueOn) : null,
    relatesTo: m.relatesTo,
    note: m.note,
    recordedBy: m.recordedBy,
    document:
      m.sha256 && m.fileName && m.mediaType && m.sizeBytes !== null
        ? { fileName: m.fileName, mediaType: m.mediaType, sizeBytes: m.sizeBytes, sha256: m.sha256 }
        : null,
  };
}

export function filingSnapshot(f: Filing, r: SupportRequest, milestones: FilingMilestone[]): FilingSnapshot {
  return {
    id: f.id,
    requestId: f.requestId,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    right: f.right,
    territory: f.territory === 'foreign' ? 'foreign' : 'domestic',
    applicationNumber: f.applicationNumber,
    filingDate: isoDate(f.filingDate),
    priorityDate: f.priorityDate ? isoDate(f.priorityDate) : null,
    stage: f.stage,
    grantedOn: f.grantedOn ? isoDate(f.grantedOn) : null,
    milestones: [...milestones]
      .sort((a, b) => a.occurredOn.getTime() - b.occurredOn.getTime() || a.createdAt.getTime() - b.createdAt.getTime())
      .map((m) => ({
        id: m.id,
        kind: m.kind,
        occurredOn: isoDate(m.occurredOn),
        responseDueOn: m.responseDueOn ? isoDate(m.responseDueOn) : null,
        relatesTo: m.relatesTo,
      })),
  };
}

export interface FilingDeps {
  prisma: PrismaClient;
  store: AttachmentStore;
  hooks: IpSupportHooks;
  clock: Clock;
}

export class FilingService {
  constructor(private readonly deps: FilingDeps) {}

  async record(actor: Actor, requestId: string, input: RecordFilingInput): Promise<FilingView> {
    if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ ghi nhận việc nộp đơn.', 'Only officers record filings.');
    const now = this.deps.clock();
    if (input.filingDate > isoDate(now))
      throw unprocessable(
        'date_in_future',
        'Ngày nộp đơn không thể ở tương lai.',
        'The filing date cannot be in the future.',
      );
    const filingId = await inTransaction(this.deps.prisma, async (tx) => {
      await findVisibleRequest(tx, actor, requestId);
      await lockRequest(tx, requestId);
      const request = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId } });
      if (request.state !== 'dossier_complete')
        throw conflict(
          'dossier_incomplete',
          'Chỉ ghi nhận nộp đơn khi hồ sơ đã đầy đủ và được chấp nhận.',
          'A filing is recorded only once the dossier is complete.',
          { state: request.state },
        );
      const filing = await tx.filing.create({
        data: {
          id: uuidv7(),
          requestId,
          organisationId: request.organisationId,
          right: request.right,
          applicationNumber: input.applicationNumber,
          territory: input.territory,
          filingDate: day(input.filingDate),
          priorityDate: input.priorityDate ? day(input.priorityDate) : null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        },
      });
      await tx.filingMilestone.create({
        data: {
          id: uuidv7(),
          filingId: filing.id,
          kind: 'filed',
          occurredOn: filing.filingDate,
          recordedBy: actor.displayName,
          createdAt: now,
        },
      });
      const updated = await applyTransition(tx, request, 'file', 'officer', actor, now);
      await appendToOutbox(prismaTxExecutor(tx), [filingEvents.recorded(filing, updated, actor, now)]);
      await this.notifyChanged(tx, filing.id);
      return filing.id;
    });
    return this.viewById(filingId);
  }

  async addMilestone(actor: Actor, filingId: string, input: RecordMilestoneInput): Promise<FilingView> {
    if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ ghi nhận tiến trình đơn.', 'Only officers record milestones.');
    const now = this.deps.clock();
    if (input.occurredOn > isoDate(now))
      throw unprocessable(
        'date_in_future',
        'Ngày sự kiện không thể ở tương lai.',
        'A milestone cannot be in the future.',
      );
    await inTransaction(this.deps.prisma, async (tx) => {
      const found = await tx.filing.findUnique({ where: { id: filingId } });
      if (!found) throw notFound(NAMES.filing, filingId);
      await lockRequest(tx, found.requestId);
      const filing = await tx.filing.findUniqueOrThrow({ where: { id: filingId }, include: { milestones: true } });
      const kind = input.kind as MilestoneKind;
      const step = applyMilestone(filing.right, filing.stage, kind, filing.milestones, input.relatesTo ?? null);
      if (!step.ok)
        throw conflict(
          'milestone_out_of_order',
          'Bước này không phù hợp với tiến trình hiện tại của đơn.',
          'This milestone does not fit where the filing stands.',
          { stage: filing.stage, kind, reason: step.reason },
        );
      const latest = Math.max(filing.filingDate.getTime(), ...filing.milestones.map((m) => m.occurredOn.getTime()));
      if (
        day(input.occurredOn).getTime() < latest &&
        !['office_action', 'office_action_response', 'extension'].includes(kind)
      )
        throw unprocessable(
          'date_before_previous',
          'Ngày của bước này sớm hơn bước trước đó.',
          'This milestone is dated before the previous one.',
        );
      const milestone = await tx.filingMilestone.create({
        data: {
          id: uuidv7(),
          filingId,
          kind,
          occurredOn: day(input.occurredOn),
          responseDueOn: input.responseDueOn ? day(input.responseDueOn) : null,
          relatesTo: input.relatesTo ?? null,
          note: kind === 'refused' ? (input.reason ?? null) : (input.note ?? null),
          recordedBy: actor.displayName,
          createdAt: now,
        },
      });
      const data: Prisma.FilingUpdateInput = { stage: step.stage, updatedAt: now };
      if (kind === 'granted') {
        data.certificateNumber = input.certificateNumber ?? null;
        data.grantedOn = day(input.occurredOn);
      }
      if (kind === 'refused') data.refusedOn = day(input.occurredOn);
      const updated = await tx.filing.update({ where: { id: filingId }, data });
      let request = await tx.supportRequest.findUniqueOrThrow({ where: { id: filing.requestId } });
      const events = [
        filingEvents.milestone(
          updated,
          request,
          { id: milestone.id, kind, occurredOn: input.occurredOn, responseDueOn: input.responseDueOn ?? null },
          filing.stage as FilingStageCode,
          actor,
          now,
        ),
      ];
      if (kind === 'granted') {
        request = await applyTransition(tx, request, 'grant', 'officer', actor, now);
        events.push(filingEvents.granted(updated, request, actor, now));
      }
      if (kind === 'refused') {
        request = await applyTransition(tx, request, 'refuse', 'officer', actor, now, { reason: input.reason ?? '' });
        events.push(filingEvents.refused(updated, request, input.reason ?? '', actor, now));
      }
      await appendToOutbox(prismaTxExecutor(tx), events);
      const snapshot = await this.notifyChanged(tx, filingId);
      if (kind === 'granted' && this.deps.hooks.certificateGranted)
        await this.deps.hooks.certificateGranted(tx, {
          filing: snapshot,
          certificateNumber: updated.certificateNumber ?? '',
          grantedOn: input.occurredOn,
          subjectTitle: request.subjectTitle,
          subjectKind: request.subjectKind,
          subjectRefId: request.subjectRefId,
          requesterId: request.requesterId,
        });
    });
    return this.viewById(filingId);
  }

  /** Attaches the office's document (decision, notice, certificate scan) to a milestone. */
  async attachDocument(
    actor: Actor,
    filingId: string,
    milestoneId: string,
    openUpload: () => Promise<{ fileName: string; stream: Readable }>,
  ): Promise<FilingView> {
    if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ ghi nhận tiến trình đơn.', 'Only officers record milestones.');
    const milestone = await this.deps.prisma.filingMilestone.findFirst({ where: { id: milestoneId, filingId } });
    if (!milestone) throw notFound(NAMES.filing, milestoneId);
    const stored = await storeUpload(this.deps.store, await openUpload(), { maxBytes: MAX_DOSSIER_FILE_BYTES });
    if (!(DOSSIER_MEDIA_TYPES as readonly string[]).includes(stored.mediaType))
      throw problem('unsupported_media_type', {
        message: { vi: 'Chỉ nhận tệp PDF hoặc ảnh.', en: 'PDF or image files only.' },
      });
    await this.deps.prisma.filingMilestone.update({
      where: { id: milestoneId },
      data: {
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
      },
    });
    return this.viewById(filingId);
  }

  async openMilestoneDocument(actor: Actor, filingId: string, milestoneId: string) {
    const view = await this.get(actor, filingId);
    const milestone = view.milestones.find((m) => m.id === milestoneId);
    if (!milestone?.document) throw notFound(NAMES.document, milestoneId);
    return { document: milestone.document, stream: this.deps.store.open(milestone.document.sha256) };
  }

  async forRequest(actor: Actor, requestId: string): Promise<FilingView> {
    await findVisibleRequest(this.deps.prisma, actor, requestId);
    const filing = await this.deps.prisma.filing.findUnique({ where: { requestId } });
    if (!filing) throw notFound(NAMES.filing, requestId);
    return this.viewById(filing.id);
  }

  async get(actor: Actor, filingId: string): Promise<FilingView> {
    const filing = await this.deps.prisma.filing.findUnique({ where: { id: filingId } });
    if (!filing) throw notFound(NAMES.filing, filingId);
    await findVisibleRequest(this.deps.prisma, actor, filing.requestId).catch(() => {
      throw notFound(NAMES.filing, filingId);
    });
    return this.viewById(filingId);
  }

  async list(actor: Actor, query: FilingListQuery): Promise<Page<FilingSummary>> {
    const where: Prisma.FilingWhereInput = {};
    if (!isOfficer(actor)) {
      if (!actor.organisationId) return { items: [], nextCursor: null };
      where.organisationId = actor.organisationId;
    }
    if (query.stage) where.stage = query.stage;
    if (query.right) where.right = query.right;
    if (query.cursor) {
      const [updatedAt = '', id = ''] = decodeCursor(query.cursor, 2);
      const at = new Date(updatedAt);
      where.OR = [{ updatedAt: { lt: at } }, { updatedAt: at, id: { lt: id } }];
    }
    const rows = await this.deps.prisma.filing.findMany({
      where,
      include: { request: true },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (f) => [f.updatedAt.toISOString(), f.id]);
    return { items: page.items.map(filingSummary), nextCursor: page.nextCursor };
  }

  /** Every filing as the deadline rules see it (ip-rules recomputes from these after a table change). */
  async snapshots(db: Db = this.deps.prisma): Promise<FilingSnapshot[]> {
    const rows = await db.filing.findMany({ include: { request: true, milestones: true } });
    return rows.map((f) => filingSnapshot(f, f.request, f.milestones));
  }

  private async notifyChanged(tx: Db, filingId: string): Promise<FilingSnapshot> {
    const f = await tx.filing.findUniqueOrThrow({
      where: { id: filingId },
      include: { request: true, milestones: true },
    });
    const snapshot = filingSnapshot(f, f.request, f.milestones);
    if (this.deps.hooks.filingChanged) await this.deps.hooks.filingChanged(tx, snapshot);
    return snapshot;
  }

  private async viewById(filingId: string): Promise<FilingView> {
    const f = await this.deps.prisma.filing.findUniqueOrThrow({
      where: { id: filingId },
      include: { request: true, milestones: true },
    });
    const milestones = [...f.milestones].sort(
      (a, b) => a.occurredOn.getTime() - b.occurredOn.getTime() || a.createdAt.getTime() - b.createdAt.getTime(),
    );
    return {
      ...filingSummary(f),
      milestones: milestones.map(milestoneView),
      nextMilestones: nextMilestones(f.right, f.stage, f.milestones),
    };
  }
}

export type { SupportRequest };
