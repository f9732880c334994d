// OCOP readiness: a co-operative's products, the five readiness items of each (label, barcode,
// base standard, quality system, IP right) under the rule set in force when the product enrolled,
// the documents and help requests of each item, and the officer's review. Every state change writes
// its event to the outbox in the same transaction.
import type { Readable } from 'node:stream';
import { type AttachmentStore, storeUpload } from '@sti/attachments';
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor, problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type {
  OcopDocument,
  OcopHelpRequest,
  OcopProduct,
  OcopReadinessItem,
  Prisma,
  PrismaClient,
} from '../generated/prisma/client.js';
import { isOfficer } from '../requests/request-access.js';
import { type Actor, hasRole } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction } from '../shared/db.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { conflict, forbidden, notFound, unprocessable } from '../shared/problems.js';
import {
  canMove,
  type ItemDetails,
  itemProblems,
  type LabelFieldRule,
  type OcopCategory,
  type OcopItemCode,
  type OcopRuleSet,
  type ReadinessSide,
  type ReadinessStatus,
  READINESS_STATUSES,
  readinessSummary,
  ruleSetOn,
} from './ocop-rules.js';
import { BUILT_IN_OCOP_RULE_SETS } from './ocop-rules.data.js';
import { ocopEvents } from './ocop.events.js';
import type {
  CreateOcopProductInput,
  OcopProductListQuery,
  PublishOcopRuleSetInput,
  UpdateOcopItemInput,
} from './ocop.schema.js';

export const MAX_OCOP_FILE_BYTES = 10 * 1024 * 1024;
const OCOP_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
const PRODUCT = { vi: 'sản phẩm OCOP', en: 'OCOP product' };
const HELP = { vi: 'yêu cầu trợ giúp', en: 'help request' };

type ItemRow = OcopReadinessItem & { documents: OcopDocument[] };
type ProductRow = OcopProduct & { items: ItemRow[]; helpRequests: OcopHelpRequest[] };

/** The calendar day in Vietnam: rule sets take effect on Vietnamese dates. */
const vietnamDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export interface OcopServiceDeps {
  prisma: PrismaClient;
  store: AttachmentStore;
  clock: Clock;
}

export class OcopService {
  constructor(private readonly deps: OcopServiceDeps) {}

  // ── rule sets ──────────────────────────────────────────────────────────────────────────────

  /** Installs the built-in rule-set versions that are not in the database yet (idempotent). */
  async sync(): Promise<void> {
    for (const set of BUILT_IN_OCOP_RULE_SETS) {
      const { effectiveFrom, note, ...rules } = set;
      await this.deps.prisma.ocopRuleSet.upsert({
        where: { effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`) },
        create: {
          id: uuidv7(),
          effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
          rules: rules as unknown as Prisma.InputJsonValue,
          note,
          createdBy: 'system',
        },
        update: {},
      });
    }
  }

  async ruleSets(db: Db | PrismaClient = this.deps.prisma): Promise<(OcopRuleSet & { createdBy: string })[]> {
    const rows = await db.ocopRuleSet.findMany({ orderBy: { effectiveFrom: 'asc' } });
    return rows.map((r) => ({
      ...(r.rules as unknown as Omit<OcopRuleSet, 'effectiveFrom' | 'note'>),
      effectiveFrom: dayOf(r.effectiveFrom),
      note: r.note ?? '',
      createdBy: r.createdBy,
    }));
  }

  async rulesOn(day: string, db: Db | PrismaClient = this.deps.prisma): Promise<OcopRuleSet> {
    const set = ruleSetOn(await this.ruleSets(db), day);
    if (!set) throw notFound({ vi: 'bộ quy tắc OCOP có hiệu lực ngày', en: 'OCOP rule set in force on' }, day);
    return set;
  }

  /** The rule sets as the API returns them (plain, mutable copies). */
  async ruleSetViews() {
    return (await this.ruleSets()).map((set) => ({
      effectiveFrom: set.effectiveFrom,
      note: set.note,
      createdBy: set.createdBy,
      items: set.items.map((i) => ({ ...i })),
      labelFields: Object.fromEntries(
        Object.entries(set.labelFields).map(([category, fields]) => [category, fields.map((f) => ({ ...f }))]),
      ) as Record<OcopCategory, LabelFieldRule[]>,
      netQuantityDigitHeights: set.netQuantityDigitHeights.map((b) => ({ ...b })),
      legalUnits: [...set.legalUnits],
    }));
  }

  async publishRuleSet(actor: Actor, input: PublishOcopRuleSetInput) {
    if (!hasRole(actor, 'admin'))
      throw forbidden(
        'Chỉ quản trị viên được ban hành bộ quy tắc OCOP.',
        'Only administrators publish OCOP rule sets.',
      );
    const codes = new Set(input.items.map((i) => i.code));
    if (codes.size !== input.items.length)
      throw unprocessable('ocop_rules_duplicate_item', 'Mã mục bị trùng.', 'An item code appears twice.');
    const { effectiveFrom, note, ...rules } = input;
    const existing = await this.deps.prisma.ocopRuleSet.findUnique({
      where: { effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`) },
    });
    if (existing)
      throw conflict(
        'ocop_rules_exist',
        `Đã có bộ quy tắc hiệu lực từ ${effectiveFrom}.`,
        `A rule set effective from ${effectiveFrom} exists already.`,
      );
    await this.deps.prisma.ocopRuleSet.create({
      data: {
        id: uuidv7(),
        effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
        rules: rules as unknown as Prisma.InputJsonValue,
        note,
        createdBy: actor.userId,
      },
    });
    return { ...rules, effectiveFrom, note, createdBy: actor.userId };
  }

  // ── products ───────────────────────────────────────────────────────────────────────────────

  async create(actor: Actor, input: CreateOcopProductInput) {
    if (!hasRole(actor, 'business') || !actor.organisationId || !actor.organisationName)
      throw forbidden(
        'Chỉ doanh nghiệp, hợp tác xã đăng ký sản phẩm OCOP của mình.',
        'Only a business or co-operative enrols its own OCOP products.',
      );
    const now = this.deps.clock();
    const rules = await this.rulesOn(vietnamDay(now));
    const id = uuidv7();
    return inTransaction(this.deps.prisma, async (tx) => {
      const product = await tx.ocopProduct.create({
        data: {
          id,
          organisationId: actor.organisationId as string,
          organisationName: actor.organisationName as string,
          name: input.name,
          category: input.category,
          description: input.description ?? null,
          localityCode: actor.localityCode,
          targetStars: input.targetStars,
          currentStars: input.currentStars ?? 0,
          rulesEffectiveFrom: new Date(`${rules.effectiveFrom}T00:00:00Z`),
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
          items: {
            create: rules.items.map((item) => ({ id: uuidv7(), code: item.code, details: {}, updatedAt: now })),
          },
        },
      });
      await appendToOutbox(prismaTxExecutor(tx), [ocopEvents.enrolled(product, rules.effectiveFrom, actor, now)]);
      return this.viewOf(actor, tx, id);
    });
  }

  async list(actor: Actor, query: OcopProductListQuery): Promise<Page<ReturnType<OcopService['summaryOf']>>> {
    this.assertMayUse(actor);
    const where: Prisma.OcopProductWhereInput = {};
    if (!isOfficer(actor)) where.organisationId = actor.organisationId ?? '\u0000';
    else if (query.organisationId) where.organisationId = query.organisationId;
    if (query.category) where.category = query.category;
    if (query.readyForTarget) where.readyForTarget = query.readyForTarget === 'true';
    if (query.openHelp) where.openHelpCount = { gt: 0 };
    if (query.itemStatus || query.itemCode)
      where.items = {
        some: {
          ...(query.itemStatus ? { status: query.itemStatus } : {}),
          ...(query.itemCode ? { code: query.itemCode } : {}),
        },
      };
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, 2) as [string, string];
      const at = new Date(createdAt);
      where.OR = [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }];
    }
    const rows = await this.deps.prisma.ocopProduct.findMany({
      where,
      include: { items: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
    return { items: page.items.map((r) => this.summaryOf(r)), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string) {
    this.assertMayUse(actor);
    return this.viewOf(actor, this.deps.prisma, id);
  }

  async updateItem(actor: Actor, productId: string, code: string, input: UpdateOcopItemInput) {
    this.assertMayUse(actor);
    const side: ReadinessSide = isOfficer(actor) ? 'officer' : 'cooperative';
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      // one writer per product at a time: the summary and revision follow every item change
      await tx.$executeRaw`SELECT id FROM ocop_products WHERE id = ${productId}::uuid FOR UPDATE`;
      const product = await this.findVisible(actor, tx, productId);
      const item = product.items.find((i) => i.code === code);
      if (!item) throw notFound({ vi: 'mục OCOP', en: 'OCOP item' }, code);
      const rules = await this.rulesOn(dayOf(product.rulesEffectiveFrom), tx);
      const from = item.status as ReadinessStatus;
      let to = input.status ?? from;

      let details = item.details as ItemDetails;
      if (input.details) {
        if (from === 'done' && side === 'cooperative')
          throw conflict(
            'ocop_item_done',
            'Mục đã được cán bộ xác nhận; đề nghị cán bộ mở lại trước khi sửa.',
            'The officer has confirmed this item; ask them to re-open it before changing it.',
          );
        details = { ...details, ...definedOnly(input.details) };
        if (details.requestId) await this.assertOwnRequest(tx, product.organisationId, details.requestId);
        // Changed details are not what was submitted for review: back to work.
        if (input.status === undefined && (from === 'not_started' || from === 'ready_for_review')) to = 'in_progress';
      }
      if (to !== from && !(input.status === undefined && input.details) && !canMove(side, from, to))
        throw conflict(
          'ocop_item_transition',
          `Không thể chuyển mục từ "${from}" sang "${to}".`,
          `The item cannot move from "${from}" to "${to}".`,
          { from, to, allowed: allowedStatuses(side, from) },
        );
      const today = vietnamDay(now);
      const problems = itemProblems(rules, code as OcopItemCode, product.category as OcopCategory, details, today);
      if ((to === 'ready_for_review' || to === 'done') && problems.length > 0)
        throw unprocessable(
          'ocop_item_incomplete',
          'Mục chưa đủ thông tin để gửi thẩm tra hoặc xác nhận.',
          'The item lacks what review or confirmation needs.',
          { problems },
        );

      const officerStep = side === 'officer' && to !== from;
      await tx.ocopReadinessItem.update({
        where: { id: item.id },
        data: {
          status: to,
          details: details as Prisma.InputJsonValue,
          ...(input.note !== undefined ? { note: input.note ?? null } : {}),
          ...(officerStep ? { reviewedBy: actor.userId, reviewedAt: now } : {}),
          updatedAt: now,
        },
      });
      const items = product.items.map((i) => ({
        code: i.code as OcopItemCode,
        status: (i.id === item.id ? to : i.status) as ReadinessStatus,
      }));
      const summary = readinessSummary(rules, items, product.targetStars);
      const updated = await tx.ocopProduct.update({
        where: { id: product.id },
        data: {
          readinessPercent: summary.percent,
          starsReached: summary.starsReached,
          readyForTarget: summary.readyForTarget,
          revision: { increment: 1 },
          updatedAt: now,
        },
      });
      const events: OutgoingEvent[] = [];
      if (to !== from) {
        events.push(
          ocopEvents.itemChanged(
            updated,
            { itemCode: code, from, to, note: input.note ?? '', done: summary.done, applicable: summary.applicable },
            actor,
            now,
          ),
        );
        if (to === 'done' && code === 'barcode' && details.companyPrefix && details.gtin)
          events.push(ocopEvents.barcodeIssued(updated, details.companyPrefix, details.gtin, actor, now));
        if (to === 'done' && code === 'ip_right' && details.right && details.certificateNumber)
          events.push(
            ocopEvents.markRegistered(
              updated,
              {
                right: details.right,
                certificateNumber: details.certificateNumber,
                requestId: details.requestId ?? null,
              },
              actor,
              now,
            ),
          );
      }
      if (events.length > 0) await appendToOutbox(prismaTxExecutor(tx), events);
      return this.viewOf(actor, tx, product.id);
    });
  }

  // ── documents ──────────────────────────────────────────────────────────────────────────────

  async addDocument(
    actor: Actor,
    productId: string,
    code: string,
    openUpload: () => Promise<{ fileName: string; stream: Readable }>,
  ) {
    this.assertMayUse(actor);
    const { prisma, store, clock } = this.deps;
    // Rights first: a refused upload is never read.
    const product = await this.findVisible(actor, prisma, productId);
    const item = product.items.find((i) => i.code === code);
    if (!item) throw notFound({ vi: 'mục OCOP', en: 'OCOP item' }, code);
    const stored = await storeUpload(store, await openUpload(), { maxBytes: MAX_OCOP_FILE_BYTES });
    if (!OCOP_MEDIA_TYPES.includes(stored.mediaType))
      throw problem('unsupported_media_type', {
        message: {
          vi: 'Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, WebP), kiểm tra theo nội dung tệp.',
          en: 'Only PDF or image files (PNG, JPEG, WebP) are accepted, checked by content.',
        },
      });
    const now = clock();
    await prisma.ocopDocument.create({
      data: {
        id: uuidv7(),
        itemId: item.id,
        productId,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        uploadedBy: actor.userId,
        uploadedByName: actor.displayName,
        uploadedAt: now,
      },
    });
    return this.viewOf(actor, prisma, productId);
  }

  async openDocument(actor: Actor, productId: string, documentId: string) {
    this.assertMayUse(actor);
    await this.findVisible(actor, this.deps.prisma, productId);
    const document = await this.deps.prisma.ocopDocument.findFirst({ where: { id: documentId, productId } });
    if (!document) throw notFound({ vi: 'tài liệu', en: 'document' }, documentId);
    return { document, stream: this.deps.store.open(document.sha256) };
  }

  // ── help requests ──────────────────────────────────────────────────────────────────────────

  async askHelp(actor: Actor, productId: string, input: { itemCode: OcopItemCode; question: string }) {
    this.assertMayUse(actor);
    if (isOfficer(actor))
      throw forbidden('Cán bộ trả lời, không gửi yêu cầu trợ giúp.', 'Officers answer help requests; they do not ask.');
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      const product = await this.findVisible(actor, tx, productId);
      await tx.ocopHelpRequest.create({
        data: {
          id: uuidv7(),
          productId: product.id,
          itemCode: input.itemCode,
          question: input.question,
          askedBy: actor.userId,
          askedByName: actor.displayName,
          askedAt: now,
        },
      });
      await tx.ocopProduct.update({ where: { id: product.id }, data: { openHelpCount: { increment: 1 } } });
      return this.viewOf(actor, tx, product.id);
    });
  }

  async answerHelp(actor: Actor, helpId: string, input: { answer: string }) {
    if (!isOfficer(actor))
      throw forbidden('Chỉ cán bộ trả lời yêu cầu trợ giúp.', 'Only officers answer help requests.');
    const now = this.deps.clock();
    return inTransaction(this.deps.prisma, async (tx) => {
      const help = await tx.ocopHelpRequest.findUnique({ where: { id: helpId } });
      if (!help) throw notFound(HELP, helpId);
      const answered = await tx.ocopHelpRequest.updateMany({
        where: { id: helpId, state: 'open' },
        data: {
          state: 'answered',
          answer: input.answer,
          answeredBy: actor.userId,
          answeredByName: actor.displayName,
          answeredAt: now,
        },
      });
      if (answered.count === 0)
        throw conflict('ocop_help_answered', 'Yêu cầu này đã được trả lời.', 'This help request has been answered.');
      await tx.ocopProduct.update({ where: { id: help.productId }, data: { openHelpCount: { decrement: 1 } } });
      return this.viewOf(actor, tx, help.productId);
    });
  }

  async listHelp(actor: Actor, query: { state?: 'open' | 'answered'; cursor?: string; limit: number }) {
    this.assertMayUse(actor);
    const where: Prisma.OcopHelpRequestWhereInput = {};
    if (!isOfficer(actor)) where.product = { organisationId: actor.organisationId ?? '\u0000' };
    if (query.state) where.state = query.state;
    if (query.cursor) {
      const [askedAt, id] = decodeCursor(query.cursor, 2) as [string, string];
      const at = new Date(askedAt);
      where.OR = [{ askedAt: { lt: at } }, { askedAt: at, id: { lt: id } }];
    }
    const rows = await this.deps.prisma.ocopHelpRequest.findMany({
      where,
      include: { product: true },
      orderBy: [{ askedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (r) => [r.askedAt.toISOString(), r.id]);
    return { items: page.items.map((r) => helpView(r, r.product)), nextCursor: page.nextCursor };
  }

  // ── views and access ───────────────────────────────────────────────────────────────────────

  /** Businesses (their own organisation) and officers; researchers and others have no OCOP products. */
  private assertMayUse(actor: Actor): void {
    if (isOfficer(actor)) return;
    if (!hasRole(actor, 'business') || !actor.organisationId)
      throw forbidden(
        'Chỉ doanh nghiệp, hợp tác xã và cán bộ dùng được mục OCOP.',
        'OCOP readiness is for businesses, co-operatives and officers.',
      );
  }

  private async findVisible(actor: Actor, db: Db | PrismaClient, id: string): Promise<ProductRow> {
    const product = await db.ocopProduct.findUnique({
      where: { id },
      include: { items: { include: { documents: true } }, helpRequests: { orderBy: { askedAt: 'desc' } } },
    });
    // Another organisation's product answers 404, as if it did not exist.
    if (!product || (!isOfficer(actor) && product.organisationId !== actor.organisationId)) throw notFound(PRODUCT, id);
    return product;
  }

  private async assertOwnRequest(db: Db, organisationId: string, requestId: string): Promise<void> {
    const request = await db.supportRequest.findUnique({ where: { id: requestId } });
    if (!request || request.organisationId !== organisationId)
      throw unprocessable(
        'ocop_request_not_found',
        'Không có yêu cầu hỗ trợ SHTT này của tổ chức.',
        'No such IP support request of this organisation.',
        { requestId },
      );
  }

  summaryOf(p: OcopProduct & { items: OcopReadinessItem[] }) {
    return {
      id: p.id,
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      name: p.name,
      category: p.category as OcopCategory,
      targetStars: p.targetStars,
      currentStars: p.currentStars,
      readinessPercent: p.readinessPercent,
      starsReached: p.starsReached,
      readyForTarget: p.readyForTarget,
      openHelpCount: p.openHelpCount,
      itemStatuses: Object.fromEntries(p.items.map((i) => [i.code, i.status as ReadinessStatus])),
      updatedAt: p.updatedAt.toISOString(),
    };
  }

  private async viewOf(actor: Actor, db: Db | PrismaClient, id: string) {
    const product = await this.findVisible(actor, db, id);
    const rules = await this.rulesOn(dayOf(product.rulesEffectiveFrom), db);
    const side: ReadinessSide = isOfficer(actor) ? 'officer' : 'cooperative';
    const today = vietnamDay(this.deps.clock());
    const byCode = new Map(product.items.map((i) => [i.code, i]));
    const requestIds = product.items
      .map((i) => (i.details as ItemDetails).requestId)
      .filter((id): id is string => !!id);
    const linked = new Map(
      (
        await db.supportRequest.findMany({
          where: { id: { in: requestIds }, organisationId: product.organisationId },
          include: { filing: true },
        })
      ).map((r) => [
        r.id,
        {
          id: r.id,
          reference: r.reference,
          right: r.right as string,
          state: r.state as string,
          certificateNumber: r.filing?.certificateNumber ?? null,
        },
      ]),
    );
    return {
      ...this.summaryOf(product),
      description: product.description,
      rulesEffectiveFrom: dayOf(product.rulesEffectiveFrom),
      revision: product.revision,
      labelFields: [...rules.labelFields[product.category as OcopCategory]],
      items: rules.items
        .filter((r) => byCode.has(r.code))
        .map((r) => {
          const item = byCode.get(r.code) as ItemRow;
          const status = item.status as ReadinessStatus;
          const details = item.details as ItemDetails;
          return {
            ...r,
            status,
            details,
            problems: itemProblems(rules, r.code, product.category as OcopCategory, details, today),
            note: item.note,
            reviewedAt: item.reviewedAt?.toISOString() ?? null,
            documents: item.documents
              .sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime())
              .map((d) => ({
                id: d.id,
                fileName: d.fileName,
                mediaType: d.mediaType,
                sizeBytes: d.sizeBytes,
                sha256: d.sha256,
                uploadedAt: d.uploadedAt.toISOString(),
                uploadedByName: d.uploadedByName,
              })),
            allowedStatuses: allowedStatuses(side, status),
            linkedRequest: details.requestId ? (linked.get(details.requestId) ?? null) : null,
          };
        }),
      helpRequests: product.helpRequests.map((h) => helpView(h, product)),
    };
  }
}

function allowedStatuses(side: ReadinessSide, from: ReadinessStatus): ReadinessStatus[] {
  return READINESS_STATUSES.filter((to) => canMove(side, from, to));
}

function helpView(h: OcopHelpRequest, p: OcopProduct) {
  return {
    id: h.id,
    productId: h.productId,
    productName: p.name,
    organisationName: p.organisationName,
    itemCode: h.itemCode as OcopItemCode,
    question: h.question,
    askedByName: h.askedByName,
    askedAt: h.askedAt.toISOString(),
    state: h.state as 'open' | 'answered',
    answer: h.answer,
    answeredByName: h.answeredByName,
    answeredAt: h.answeredAt?.toISOString() ?? null,
  };
}

/** `null` in an update clears a field (kept as null); an absent field leaves the stored value. */
function definedOnly(details: Record<string, unknown>): ItemDetails {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as ItemDetails;
}
