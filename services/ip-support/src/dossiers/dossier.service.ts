// Dossiers: opened from the checklist in force when an officer accepts a request; documents uploaded
// into each item (content-checked, size-limited, SHA-256 addressed); the officer accepts or rejects
// each item; the request becomes dossier_complete when every mandatory item is accepted, and goes
// back to accepted if one is replaced or rejected afterwards.
import type { Readable } from 'node:stream';
import { type AttachmentStore, storeUpload } from '@sti/attachments';
import { appendToOutbox, problem, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { ChecklistService } from '../checklists/checklist.service.js';
import type { DossierDocument, DossierItem, PrismaClient, SupportRequest } from '../generated/prisma/client.js';
import { requestEvents } from '../requests/request.events.js';
import { isOfficer } from '../requests/request-access.js';
import { hasOpenDossier } from '../requests/request-lifecycle.js';
import { applyTransition, findVisibleRequest, lockRequest } from '../requests/request.repository.js';
import type { Actor } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import { type Db, inTransaction } from '../shared/db.js';
import type { IpSupportHooks, SignatureStatus } from '../shared/hooks.js';
import { conflict, forbidden, NAMES, notFound } from '../shared/problems.js';
import { completeness, DOSSIER_MEDIA_TYPES, signatureGate } from './dossier-rules.js';
import type { DocumentView, DossierItemView, DossierView, ReviewItemInput } from './dossier.schema.js';

export const MAX_DOSSIER_FILE_BYTES = 10 * 1024 * 1024;

type ItemWithDocuments = DossierItem & { documents: DossierDocument[] };

function documentView(d: DossierDocument): DocumentView {
  return {
    id: d.id,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    uploadedAt: d.uploadedAt.toISOString(),
    uploadedByName: d.uploadedByName,
    signatureStatus: d.signatureStatus as SignatureStatus,
    signatureReport: (d.signatureReport as Record<string, unknown> | null) ?? null,
  };
}

function itemView(item: ItemWithDocuments): DossierItemView {
  const sorted = [...item.documents].sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime());
  const current = sorted.find((d) => d.current) ?? null;
  return {
    id: item.id,
    code: item.code,
    titleVi: item.titleVi,
    titleEn: item.titleEn,
    hintVi: item.hintVi,
    hintEn: item.hintEn,
    mandatory: item.mandatory,
    signatureRequired: item.signatureRequired,
    state: item.state,
    reviewNote: item.reviewNote,
    reviewedAt: item.reviewedAt?.toISOString() ?? null,
    signatureGate: current ? signatureGate(item.signatureRequired, current.signatureStatus as SignatureStatus) : null,
    document: current ? documentView(current) : null,
    history: sorted.filter((d) => !d.current).map(documentView),
  };
}

export interface DossierDeps {
  prisma: PrismaClient;
  checklists: ChecklistService;
  store: AttachmentStore;
  hooks: IpSupportHooks;
  clock: Clock;
}

export class DossierService {
  constructor(private readonly deps: DossierDeps) {}

  /** Creates the request's items from the checklist version in force today (inside the accept step). */
  async open(tx: Db, request: SupportRequest, on: Date): Promise<string> {
    const checklist = await this.deps.checklists.inForce(request.right, isoDate(on), tx);
    await tx.dossierItem.createMany({
      data: checklist.items.map((item, index) => ({
        id: uuidv7(),
        requestId: request.id,
        code: item.code,
        titleVi: item.titleVi,
        titleEn: item.titleEn,
        hintVi: item.hintVi ?? null,
        hintEn: item.hintEn ?? null,
        mandatory: item.mandatory,
        signatureRequired: item.signatureRequired ?? false,
        sortOrder: index,
        updatedAt: on,
      })),
    });
    return checklist.id;
  }

  async view(actor: Actor, requestId: string): Promise<DossierView> {
    const request = await findVisibleRequest(this.deps.prisma, actor, requestId);
    return this.viewOf(this.deps.prisma, request);
  }

  private async viewOf(db: Db, request: SupportRequest): Promise<DossierView> {
    const items = await db.dossierItem.findMany({
      where: { requestId: request.id },
      include: { documents: true },
      orderBy: { sortOrder: 'asc' },
    });
    const counts = completeness(items);
    const fee = this.deps.hooks.estimateFee
      ? await this.deps.hooks
          .estimateFee({
            right: request.right,
            niceClasses: request.niceClasses,
            claimCount: request.claimCount,
            designCount: request.designCount,
            on: isoDate(this.deps.clock()),
          })
          .catch(() => null)
      : null;
    return {
      requestId: request.id,
      checklistId: request.checklistId,
      open: hasOpenDossier(request.state),
      ...counts,
      fee,
      items: items.map(itemView),
    };
  }

  /**
   * Stores an upload into an item. The caller's rights and the request's state are checked before the
   * body is read (`openUpload` is only called then).
   */
  async upload(
    actor: Actor,
    requestId: string,
    code: string,
    openUpload: () => Promise<{ fileName: string; stream: Readable }>,
  ): Promise<DossierItemView> {
    const { prisma, store, hooks, clock } = this.deps;
    const request = await findVisibleRequest(prisma, actor, requestId);
    if (!hasOpenDossier(request.state))
      throw conflict(
        'dossier_closed',
        'Hồ sơ chưa mở hoặc đã nộp: không thể tải tài liệu lên.',
        'The dossier is not open for documents.',
        { state: request.state },
      );
    const item = await prisma.dossierItem.findUnique({ where: { requestId_code: { requestId, code } } });
    if (!item) throw notFound(NAMES.item, code);

    const stored = await storeUpload(store, await openUpload(), { maxBytes: MAX_DOSSIER_FILE_BYTES });
    if (!(DOSSIER_MEDIA_TYPES as readonly string[]).includes(stored.mediaType))
      throw problem('unsupported_media_type', {
        message: {
          vi: 'Hồ sơ chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, WebP), kiểm tra theo nội dung tệp.',
          en: 'Dossier items take PDF or image files (PNG, JPEG, WebP), checked by content.',
        },
      });

    // The signature check reads the stored bytes outside the transaction (it can take a moment).
    let inspection: { status: SignatureStatus; report: Record<string, unknown> | null } = {
      status: stored.mediaType === 'application/pdf' ? 'unchecked' : 'not_pdf',
      report: null,
    };
    if (hooks.inspectDocument) {
      const bytes = await readAll(store.open(stored.sha256));
      inspection = await hooks
        .inspectDocument({ bytes, mediaType: stored.mediaType, signatureRequired: item.signatureRequired })
        .catch((error: unknown) => ({
          status: 'error' as const,
          report: { error: error instanceof Error ? error.message : String(error) },
        }));
    }

    const now = clock();
    return inTransaction(prisma, async (tx) => {
      await lockRequest(tx, requestId);
      const fresh = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId } });
      if (!hasOpenDossier(fresh.state))
        throw conflict('dossier_closed', 'Hồ sơ không còn mở.', 'The dossier is no longer open.');
      await tx.dossierDocument.updateMany({ where: { itemId: item.id, current: true }, data: { current: false } });
      const documentId = uuidv7();
      await tx.dossierDocument.create({
        data: {
          id: documentId,
          itemId: item.id,
          requestId,
          fileName: stored.fileName,
          mediaType: stored.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          uploadedBy: actor.userId,
          uploadedByName: actor.displayName,
          uploadedAt: now,
          signatureStatus: inspection.status,
          signatureReport: (inspection.report ?? undefined) as object | undefined,
        },
      });
      await tx.dossierItem.update({
        where: { id: item.id },
        data: { state: 'uploaded', reviewNote: null, reviewedBy: null, reviewedAt: null, updatedAt: now },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        requestEvents.documentUploaded(
          {
            requestId,
            itemCode: code,
            documentId,
            mediaType: stored.mediaType,
            sizeBytes: stored.sizeBytes,
            sha256: stored.sha256,
          },
          actor,
          now,
        ),
      ]);
      // A new document in an accepted mandatory item re-opens a complete dossier.
      if (fresh.state === 'dossier_complete' && item.mandatory)
        await applyTransition(tx, fresh, 'reopen_dossier', 'system', actor, now);
      const updated = await tx.dossierItem.findUniqueOrThrow({ where: { id: item.id }, include: { documents: true } });
      return itemView(updated);
    });
  }

  async review(actor: Actor, requestId: string, code: string, input: ReviewItemInput): Promise<DossierView> {
    if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ được thẩm tra hồ sơ.', 'Only officers check dossier items.');
    const { prisma, clock } = this.deps;
    await findVisibleRequest(prisma, actor, requestId);
    const now = clock();
    const reviewed = await inTransaction(prisma, async (tx) => {
      await lockRequest(tx, requestId);
      let request = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId } });
      if (!hasOpenDossier(request.state))
        throw conflict('dossier_closed', 'Hồ sơ không còn mở.', 'The dossier is no longer open.', {
          state: request.state,
        });
      const item = await tx.dossierItem.findUnique({
        where: { requestId_code: { requestId, code } },
        include: { documents: { where: { current: true } } },
      });
      if (!item) throw notFound(NAMES.item, code);
      const document = item.documents[0];
      if (!document)
        throw conflict('no_document', 'Mục này chưa có tài liệu.', 'This item has no document to check yet.');
      if (input.verdict === 'accepted') {
        const gate = signatureGate(item.signatureRequired, document.signatureStatus as SignatureStatus);
        if (gate === 'blocked' || (gate === 'flagged' && !input.acceptFlaggedSignature))
          throw conflict(
            'signature_not_valid',
            gate === 'blocked'
              ? 'Chữ ký số bị hỏng hoặc tài liệu đã bị sửa sau khi ký: yêu cầu nộp lại tài liệu.'
              : 'Chữ ký số chưa hợp lệ hoặc chưa được xác minh: cần xác nhận rõ và ghi lý do để chấp nhận.',
            gate === 'blocked'
              ? 'The signature is broken or the document was changed after signing: ask for a new document.'
              : 'The signature is missing or unverified: accepting needs an explicit acknowledgement with a note.',
            { signatureStatus: document.signatureStatus, gate },
          );
      }
      // An acknowledged flag is written into the note, so the record shows what was accepted and why.
      const flagged =
        input.verdict === 'accepted' &&
        signatureGate(item.signatureRequired, document.signatureStatus as SignatureStatus) === 'flagged';
      const note = flagged ? `[chữ ký: ${document.signatureStatus}] ${input.note ?? ''}`.trim() : (input.note ?? null);
      await tx.dossierItem.update({
        where: { id: item.id },
        data: { state: input.verdict, reviewNote: note, reviewedBy: actor.userId, reviewedAt: now, updatedAt: now },
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        requestEvents.itemReviewed({ requestId, itemCode: code, verdict: input.verdict, note }, actor, now),
      ]);
      const items = await tx.dossierItem.findMany({ where: { requestId } });
      const counts = completeness(items);
      if (counts.complete && request.state === 'accepted') {
        request = await applyTransition(tx, request, 'complete_dossier', 'system', actor, now);
        await appendToOutbox(prismaTxExecutor(tx), [
          requestEvents.dossierCompleted(request, counts.acceptedCount, actor, now),
        ]);
      } else if (!counts.complete && request.state === 'dossier_complete') {
        request = await applyTransition(tx, request, 'reopen_dossier', 'system', actor, now);
      }
      return request;
    });
    // The view (with the fee estimate, read by another capability) after the commit: in embedded mode
    // PGlite has one connection, and a read outside this transaction would wait for it to end.
    return this.viewOf(prisma, reviewed);
  }

  /** The stored file of a document of a request the actor may see. */
  async openDocument(actor: Actor, requestId: string, documentId: string) {
    await findVisibleRequest(this.deps.prisma, actor, requestId);
    const document = await this.deps.prisma.dossierDocument.findFirst({ where: { id: documentId, requestId } });
    if (!document) throw notFound(NAMES.document, documentId);
    return { document, stream: this.deps.store.open(document.sha256) };
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}
