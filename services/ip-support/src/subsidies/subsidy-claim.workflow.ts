// Subsidy claims from opening to payment. The business (or the service, on a granted certificate)
// opens a claim, completes it with its documented cost and evidence and submits it; an officer asks
// for more, rejects with a reason, or approves: the policy in force on the trigger date computes the
// amount, and the amount is committed against this year's budget in one conditional UPDATE under the
// budget's row lock, or, when it does not fit (or others already wait), the claim joins the queue.
// Every step writes an audit row and an event in the same transaction.
import type { Readable } from 'node:stream';
import { AttachmentStore, storeUpload } from '@sti/attachments';
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { GrantSnapshot } from '../shared/hooks.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound, unprocessable } from '../shared/problems.js';
import { auditChanges } from './audit.rules.js';
import { budgetYearOf, vietnamDateOf } from './budget.rules.js';
import {
  type ClaimAction,
  type ClaimState,
  COUNTS_AGAINST_LIMIT,
  EDITABLE,
  actionsBy,
  transition,
} from './claim.state.js';
import { canDecide, canOpenClaim, canReadAudit, canSeeClaim, isStaff, ownsClaim } from './subsidy-access.policy.js';
import { requireActor } from './subsidy-policy.service.js';
import { SYSTEM_ACTOR, subsidyEvents } from './subsidy.events.js';
import type { ClaimRecord, EvidenceRecord, PolicyRecord, SubsidyRepository } from './subsidy.repository.js';
import type {
  AuditList,
  ClaimCreateInput,
  ClaimList,
  ClaimListQuery,
  ClaimUpdateInput,
  ClaimView,
  EvidenceView,
} from './subsidy.schema.js';
import { type Assessment, assessClaim, type IpRight, policyInForce } from './subsidy-policy.rules.js';

const CLAIM = NAMES.claim;
/** Evidence files per claim, and the size of each. */
export const MAX_EVIDENCE_FILES = 20;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const AUDITED: (keyof ClaimRecord)[] = [
  'state',
  'title',
  'applicantKind',
  'documentedCostVnd',
  'note',
  'applicationNumber',
  'certificateNumber',
  'amountVnd',
  'policyVersion',
  'budgetId',
  'stateReason',
  'paymentReference',
];

const REASON_TEXT: Record<string, { vi: string; en: string }> = {
  no_policy_in_force: {
    vi: 'chưa có chính sách hiệu lực vào ngày phát sinh',
    en: 'no policy in force on the trigger date',
  },
  right_not_covered: {
    vi: 'chính sách không hỗ trợ loại quyền/khoản này',
    en: 'the policy does not cover this right and kind',
  },
  trigger_not_met: {
    vi: 'chưa đến thời điểm được hỗ trợ theo chính sách',
    en: 'the policy’s trigger has not happened',
  },
  applicant_not_eligible: {
    vi: 'loại hình tổ chức không thuộc đối tượng',
    en: 'this kind of applicant is not eligible',
  },
  yearly_limit_reached: { vi: 'đã đủ số lượt hỗ trợ trong năm', en: 'the yearly limit of claims is reached' },
  no_documented_cost: { vi: 'chưa kê khai chi phí có chứng từ', en: 'no documented cost' },
};

export interface GrantFacts {
  filingId: string;
  requestId: string | null;
  organisationId: string;
  organisationName: string;
  right: IpRight;
  territory: 'domestic' | 'foreign';
  trigger: 'application_accepted' | 'certificate_granted';
  /** YYYY-MM-DD */
  occurredOn: string;
  applicationNumber: string | null;
  certificateNumber: string | null;
  subjectTitle: string;
}

export interface ClaimWorkflowDependencies {
  prisma: PrismaClient;
  repo: SubsidyRepository;
  clock: Clock;
  /** evidence files (content-addressed) */
  store: AttachmentStore;
}

function referenceFor(id: string, year: number): string {
  return `HT-${year}-${id.replace(/-/g, '').slice(-6).toUpperCase()}`;
}

export class SubsidyClaimWorkflow {
  constructor(private readonly deps: ClaimWorkflowDependencies) {}

  private get repo() {
    return this.deps.repo;
  }

  // ---- reading ----

  private async assess(db: Db, c: ClaimRecord, policies?: PolicyRecord[]): Promise<Assessment> {
    const versions = policies ?? (await this.repo.policies(db, c.programmeCode));
    const others = await this.repo.countOthersInYear(db, c, COUNTS_AGAINST_LIMIT);
    return assessClaim(versions, {
      programmeCode: c.programmeCode,
      right: c.right,
      kind: c.kind,
      trigger: c.trigger,
      triggerDate: c.triggerDate,
      // an applicant kind not yet declared: judge the rest; the declaration is required to submit
      applicantKind: c.applicantKind ?? 'enterprise',
      documentedCostVnd: c.documentedCostVnd,
      otherClaimsThisYear: others,
    });
  }

  private async view(db: Db, c: ClaimRecord, actor: Actor, policies?: PolicyRecord[]): Promise<ClaimView> {
    const a = await this.assess(db, c, policies);
    const years = await this.repo.budgetYears(db, c.budgetId ? [c.budgetId] : []);
    const who = ownsClaim(actor, c) ? 'business' : canDecide(actor) ? 'officer' : null;
    const actions: ClaimAction[] = who ? actionsBy(who, c.state) : [];
    return {
      id: c.id,
      reference: c.reference,
      organisation: { id: c.organisationId, name: c.organisationName },
      programmeCode: c.programmeCode,
      right: c.right,
      kind: c.kind,
      trigger: c.trigger,
      triggerDate: c.triggerDate,
      applicantKind: c.applicantKind,
      title: c.title,
      note: c.note,
      documentedCostVnd: Number(c.documentedCostVnd),
      filingId: c.filingId,
      requestId: c.requestId,
      applicationNumber: c.applicationNumber,
      certificateNumber: c.certificateNumber,
      state: c.state,
      stateReason: c.stateReason,
      amountVnd: c.amountVnd === null ? null : Number(c.amountVnd),
      policyVersion: c.policyVersion,
      budgetId: c.budgetId,
      budgetYear: c.budgetId ? (years.get(c.budgetId) ?? null) : null,
      queuePosition: await this.repo.queuePosition(db, c),
      submittedAt: c.submittedAt?.toISOString() ?? null,
      decidedAt: c.decidedAt?.toISOString() ?? null,
      queuedAt: c.queuedAt?.toISOString() ?? null,
      paidAt: c.paidAt?.toISOString() ?? null,
      paymentReference: c.paymentReference,
      evidence: c.evidence.map(evidenceView),
      assessment: {
        eligible: a.eligible && c.applicantKind !== null,
        reasons: a.eligible ? [] : a.reasons,
        amountVnd: a.eligible ? Number(a.amountVnd) : null,
        policyVersion: a.policyVersion,
      },
      actions,
      revision: c.revision,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }

  private async visible(db: Db, actor: Actor, id: string, lock = false): Promise<ClaimRecord> {
    const c = lock ? await this.repo.lockClaim(db, id) : await this.repo.findClaim(db, id);
    // another organisation's claim does not exist for a business user
    if (!c || !canSeeClaim(actor, c)) throw notFound(CLAIM, id);
    return c;
  }

  async get(actorIn: Actor | null, id: string): Promise<ClaimView> {
    const actor = requireActor(actorIn);
    return this.view(this.deps.prisma, await this.visible(this.deps.prisma, actor, id), actor);
  }

  /** The business's own claims (its organisation), newest first. */
  async listMine(actorIn: Actor | null, q: ClaimListQuery): Promise<ClaimList> {
    const actor = requireActor(actorIn);
    if (!canOpenClaim(actor)) {
      throw forbidden('Chỉ doanh nghiệp xem được hồ sơ hỗ trợ của mình.', 'Only a business has claims of its own.');
    }
    return this.list(actor, { ...this.filter(q), organisationId: actor.organisationId as string }, q);
  }

  /** Every claim, for officers and admins; filter by state (e.g. submitted = to review, queued = waiting). */
  async listAll(actorIn: Actor | null, q: ClaimListQuery): Promise<ClaimList> {
    const actor = requireActor(actorIn);
    if (!isStaff(actor))
      throw forbidden('Chỉ cán bộ xem được hàng đợi hỗ trợ.', 'Only officers may see the claim queue.');
    return this.list(
      actor,
      { ...this.filter(q), ...(q.organisationId ? { organisationId: q.organisationId } : {}) },
      q,
    );
  }

  private filter(q: ClaimListQuery): Prisma.SubsidyClaimWhereInput {
    return { ...(q.state ? { state: q.state } : {}), ...(q.programmeCode ? { programmeCode: q.programmeCode } : {}) };
  }

  private async list(actor: Actor, where: Prisma.SubsidyClaimWhereInput, q: ClaimListQuery): Promise<ClaimList> {
    const db = this.deps.prisma;
    const page = await this.repo.listClaims(db, where, { cursor: q.cursor, limit: q.limit });
    const policies = await this.repo.policies(db);
    const items: ClaimView[] = [];
    for (const c of page.items)
      items.push(
        await this.view(
          db,
          c,
          actor,
          policies.filter((p) => p.programmeCode === c.programmeCode),
        ),
      );
    return { items, nextCursor: page.nextCursor };
  }

  async auditTrail(
    actorIn: Actor | null,
    id: string,
    page: { cursor?: string | undefined; limit: number },
  ): Promise<AuditList> {
    const actor = requireActor(actorIn);
    const c = await this.visible(this.deps.prisma, actor, id);
    if (!canReadAudit(actor))
      throw forbidden('Chỉ cán bộ xem được nhật ký.', 'Only officers may read the audit trail.');
    const result = await this.repo.auditTrail(this.deps.prisma, { claimId: c.id }, page);
    return {
      items: result.items.map((r) => ({ ...r, at: r.at.toISOString() })),
      nextCursor: result.nextCursor,
    };
  }

  async budgetAudit(
    actorIn: Actor | null,
    budgetId: string,
    page: { cursor?: string | undefined; limit: number },
  ): Promise<AuditList> {
    const actor = requireActor(actorIn);
    if (!canReadAudit(actor))
      throw forbidden('Chỉ cán bộ xem được nhật ký.', 'Only officers may read the audit trail.');
    const result = await this.repo.auditTrail(this.deps.prisma, { budgetId }, page);
    return { items: result.items.map((r) => ({ ...r, at: r.at.toISOString() })), nextCursor: result.nextCursor };
  }

  // ---- the business side ----

  async create(actorIn: Actor | null, input: ClaimCreateInput): Promise<ClaimView> {
    const actor = requireActor(actorIn);
    if (!canOpenClaim(actor)) {
      throw forbidden('Chỉ doanh nghiệp, hợp tác xã mới lập được hồ sơ hỗ trợ.', 'Only a business can open a claim.');
    }
    const now = this.deps.clock();
    const id = uuidv7();
    const claim: ClaimRecord = {
      id,
      reference: referenceFor(id, budgetYearOf(now)),
      organisationId: actor.organisationId as string,
      organisationName: actor.organisationName ?? (actor.organisationId as string),
      programmeCode: input.programmeCode,
      right: input.right,
      kind: input.kind,
      trigger: input.trigger,
      triggerDate: input.triggerDate,
      applicantKind: input.applicantKind ?? null,
      title: input.title,
      note: input.note ?? '',
      documentedCostVnd: BigInt(input.documentedCostVnd ?? 0),
      filingId: null,
      requestId: null,
      applicationNumber: input.applicationNumber ?? null,
      certificateNumber: input.certificateNumber ?? null,
      state: 'open',
      policyVersionId: null,
      policyVersion: null,
      amountVnd: null,
      budgetId: null,
      stateReason: null,
      submittedAt: null,
      decidedAt: null,
      decidedBy: null,
      queuedAt: null,
      paidAt: null,
      paymentReference: null,
      openedBy: actor.userId,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      evidence: [],
    };
    if (input.triggerDate > vietnamDateOf(now)) {
      throw unprocessable(
        'trigger_in_future',
        'Ngày phát sinh không thể ở tương lai.',
        'The trigger date cannot be in the future.',
      );
    }
    await inTransaction(this.deps.prisma, async (tx) => {
      await this.repo.insertClaim(tx, claim);
      await this.writeStep(tx, null, claim, 'open', actor, now, null);
    });
    return this.get(actor, id);
  }

  /**
   * Opens the claims the policy offers for a filing's event (a granted certificate, or an accepted
   * application), for the business to complete. Idempotent per filing, kind and programme. Runs in
   * the consumer's transaction.
   */
  async openFromFiling(tx: Db, facts: GrantFacts, now: Date): Promise<string[]> {
    const policies = await this.repo.policies(tx);
    const programmes = [...new Set(policies.map((p) => p.programmeCode))];
    const opened: string[] = [];
    for (const programmeCode of programmes) {
      const version = policyInForce(policies, programmeCode, facts.occurredOn);
      if (!version) continue;
      const filingKind = facts.territory === 'foreign' ? 'foreign_filing' : 'domestic_filing';
      const rules = version.rules.filter(
        (r) =>
          r.right === facts.right &&
          r.trigger === facts.trigger &&
          (r.kind === filingKind || (r.kind === 'certificate_granted' && facts.trigger === 'certificate_granted')),
      );
      for (const rule of rules) {
        if (await this.repo.claimForFiling(tx, facts.filingId, rule.kind, programmeCode)) continue;
        const id = uuidv7();
        const claim: ClaimRecord = {
          id,
          reference: referenceFor(id, budgetYearOf(now)),
          organisationId: facts.organisationId,
          organisationName: facts.organisationName,
          programmeCode,
          right: facts.right,
          kind: rule.kind,
          trigger: facts.trigger,
          triggerDate: facts.occurredOn,
          applicantKind: null,
          title: facts.subjectTitle.slice(0, 200) || facts.applicationNumber || facts.filingId,
          note: '',
          documentedCostVnd: 0n,
          filingId: facts.filingId,
          requestId: facts.requestId,
          applicationNumber: facts.applicationNumber,
          certificateNumber: facts.certificateNumber,
          state: 'open',
          policyVersionId: null,
          policyVersion: null,
          amountVnd: null,
          budgetId: null,
          stateReason: null,
          submittedAt: null,
          decidedAt: null,
          decidedBy: null,
          queuedAt: null,
          paidAt: null,
          paymentReference: null,
          openedBy: SYSTEM_ACTOR.userId,
          revision: 1,
          createdAt: now,
          updatedAt: now,
          evidence: [],
        };
        await this.repo.insertClaim(tx, claim);
        await this.writeStep(tx, null, claim, 'open', SYSTEM_ACTOR, now, null);
        opened.push(id);
      }
    }
    return opened;
  }

  /** The composition's hook: inside the transaction that records a grant. */
  async certificateGranted(tx: Db, grant: GrantSnapshot): Promise<void> {
    await this.openFromFiling(
      tx,
      {
        filingId: grant.filing.id,
        requestId: grant.filing.requestId,
        organisationId: grant.filing.organisationId,
        organisationName: grant.filing.organisationName,
        right: grant.filing.right,
        territory: grant.filing.territory,
        trigger: 'certificate_granted',
        occurredOn: grant.grantedOn,
        applicationNumber: grant.filing.applicationNumber || null,
        certificateNumber: grant.certificateNumber || null,
        subjectTitle: grant.subjectTitle,
      },
      this.deps.clock(),
    );
  }

  async update(actorIn: Actor | null, id: string, input: ClaimUpdateInput): Promise<ClaimView> {
    return this.businessStep(actorIn, id, (c) => {
      if (!EDITABLE.includes(c.state)) {
        throw conflict(
          'claim_not_editable',
          'Hồ sơ đã nộp, không sửa được.',
          'The claim is submitted and can no longer be edited.',
        );
      }
      if (input.revision !== undefined && input.revision !== c.revision) {
        throw conflict(
          'stale_revision',
          'Hồ sơ vừa được thay đổi; hãy tải lại.',
          'The claim changed meanwhile; reload it.',
        );
      }
      return {
        next: {
          ...c,
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.applicantKind !== undefined ? { applicantKind: input.applicantKind } : {}),
          ...(input.documentedCostVnd !== undefined ? { documentedCostVnd: BigInt(input.documentedCostVnd) } : {}),
          ...(input.note !== undefined ? { note: input.note } : {}),
          ...(input.applicationNumber !== undefined ? { applicationNumber: input.applicationNumber } : {}),
          ...(input.certificateNumber !== undefined ? { certificateNumber: input.certificateNumber } : {}),
        },
        action: null,
      };
    });
  }

  async submit(actorIn: Actor | null, id: string): Promise<ClaimView> {
    return this.businessStep(actorIn, id, (c, now) => {
      const to = this.allowed(c, 'submit');
      const missing: string[] = [];
      if (c.applicantKind === null) missing.push('applicantKind');
      if (c.documentedCostVnd <= 0n) missing.push('documentedCostVnd');
      if (c.evidence.length === 0) missing.push('evidence');
      if (missing.length > 0) {
        throw unprocessable(
          'claim_incomplete',
          'Cần khai loại hình tổ chức, chi phí có chứng từ và đính kèm ít nhất một chứng từ trước khi nộp.',
          'Declare the applicant kind and the documented cost, and attach at least one evidence file before submitting.',
          { missing },
        );
      }
      return { next: { ...c, state: to, submittedAt: now, stateReason: null }, action: 'submit' };
    });
  }

  async withdraw(actorIn: Actor | null, id: string): Promise<ClaimView> {
    return this.businessStep(actorIn, id, (c) => ({
      next: { ...c, state: this.allowed(c, 'withdraw') },
      action: 'withdraw',
    }));
  }

  async addEvidence(
    actorIn: Actor | null,
    id: string,
    openUpload: () => Promise<{ fileName: string; stream: Readable; description?: string | undefined }>,
  ): Promise<EvidenceView> {
    const actor = requireActor(actorIn);
    // check the claim and the caller's rights before reading a byte of the body
    const c = await this.visible(this.deps.prisma, actor, id);
    this.requireOwner(actor, c);
    this.requireEditable(c);
    if (c.evidence.length >= MAX_EVIDENCE_FILES) {
      throw conflict(
        'too_many_files',
        `Tối đa ${MAX_EVIDENCE_FILES} tệp chứng từ.`,
        `At most ${MAX_EVIDENCE_FILES} evidence files.`,
      );
    }
    const upload = await openUpload();
    const stored = await storeUpload(this.deps.store, upload, { maxBytes: MAX_EVIDENCE_BYTES });
    const now = this.deps.clock();
    const record: EvidenceRecord = {
      id: uuidv7(),
      fileName: stored.fileName,
      mediaType: stored.mediaType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      description: (upload.description ?? '').normalize('NFC').trim().slice(0, 500),
      uploadedBy: actor.userId,
      uploadedByName: actor.displayName,
      uploadedAt: now,
    };
    await inTransaction(this.deps.prisma, async (tx) => {
      const locked = await this.visible(tx, actor, id, true);
      this.requireEditable(locked);
      await this.repo.insertEvidence(tx, id, record);
      await this.repo.updateClaim(tx, { ...locked, revision: locked.revision + 1, updatedAt: now });
      await this.repo.audit(
        tx,
        {
          claimId: id,
          action: 'evidence_added',
          changes: { evidence: { from: null, to: `${record.fileName} (${record.sha256})` } },
        },
        actor,
        now,
        uuidv7(),
      );
    });
    return evidenceView(record);
  }

  async openEvidence(
    actorIn: Actor | null,
    id: string,
    evidenceId: string,
  ): Promise<{ evidence: EvidenceRecord; stream: Readable }> {
    const actor = requireActor(actorIn);
    const c = await this.visible(this.deps.prisma, actor, id);
    const evidence = c.evidence.find((e) => e.id === evidenceId);
    if (!evidence) throw notFound(NAMES.evidence, evidenceId);
    return { evidence, stream: this.deps.store.open(evidence.sha256) };
  }

  // ---- the officer side ----

  async requestInfo(actorIn: Actor | null, id: string, question: string): Promise<ClaimView> {
    return this.officerStep(actorIn, id, async (_tx, c) => ({
      next: { ...c, state: this.allowed(c, 'request_info'), stateReason: question },
      action: 'request_info',
      reason: question,
    }));
  }

  async reject(actorIn: Actor | null, id: string, reason: string): Promise<ClaimView> {
    return this.officerStep(actorIn, id, async (_tx, c, actor, now) => ({
      next: { ...c, state: this.allowed(c, 'reject'), stateReason: reason, decidedAt: now, decidedBy: actor.userId },
      action: 'reject',
      reason,
    }));
  }

  /**
   * Approves: the policy's amount is committed against this year's budget if it fits and nobody is
   * waiting ahead; otherwise the claim joins the queue. The budget row is locked for the decision
   * and the commit is a conditional UPDATE, so parallel approvals can never overspend.
   */
  async approve(actorIn: Actor | null, id: string, note: string): Promise<ClaimView> {
    return this.officerStep(actorIn, id, async (tx, c, actor, now) => {
      this.allowed(c, 'approve');
      if (c.applicantKind === null) {
        throw unprocessable(
          'claim_incomplete',
          'Hồ sơ chưa khai loại hình tổ chức.',
          'The applicant kind is not declared.',
        );
      }
      // two officers approving two claims of one organisation at once must not both take its last slot
      await this.repo.lockOrganisation(tx, c.programmeCode, c.organisationId);
      const a = await this.assess(tx, c);
      if (!a.eligible) {
        const texts = a.reasons.map((r) => REASON_TEXT[r] ?? { vi: r, en: r });
        throw unprocessable(
          'subsidy_not_eligible',
          `Không đủ điều kiện hỗ trợ: ${texts.map((t) => t.vi).join('; ')}.`,
          `Not eligible: ${texts.map((t) => t.en).join('; ')}.`,
          { reasons: a.reasons },
        );
      }
      const decided = {
        ...c,
        amountVnd: a.amountVnd,
        policyVersionId: a.policyVersionId,
        policyVersion: a.policyVersion,
        decidedAt: now,
        decidedBy: actor.userId,
        stateReason: note || null,
      };
      const year = budgetYearOf(now);
      const budget = await this.repo.lockBudgetOf(tx, c.programmeCode, year);
      // first come, first served: with claims already waiting, a new approval waits behind them
      const waiting = budget ? await this.repo.queueAhead(tx, c.programmeCode) : 0;
      const committed = budget && waiting === 0 ? await this.repo.commit(tx, budget.id, a.amountVnd, now) : null;
      if (committed) {
        return {
          next: { ...decided, state: 'approved', budgetId: committed.id },
          action: 'approve',
          reason: note,
          budgetYear: committed.year,
          extra: [subsidyEvents.budgetChanged(committed, 'committed', a.amountVnd, actor, now)],
        };
      }
      return { next: { ...decided, state: 'queued', queuedAt: now }, action: 'queue', reason: note };
    });
  }

  async recordPayment(
    actorIn: Actor | null,
    id: string,
    input: { paymentReference: string; paidOn?: string | undefined },
  ): Promise<ClaimView> {
    return this.officerStep(actorIn, id, async (tx, c, actor, now) => {
      const to = this.allowed(c, 'record_payment');
      if (!c.budgetId || c.amountVnd === null) throw new Error(`approved claim ${c.id} has no budget or amount`);
      const paidAt = input.paidOn ? new Date(`${input.paidOn}T05:00:00Z`) : now;
      if (paidAt.getTime() > now.getTime() + 86_400_000) {
        throw unprocessable(
          'paid_in_future',
          'Ngày chi không thể ở tương lai.',
          'The payment date cannot be in the future.',
        );
      }
      const budget = await this.repo.pay(tx, c.budgetId, c.amountVnd, now);
      return {
        next: { ...c, state: to, paidAt, paymentReference: input.paymentReference },
        action: 'record_payment',
        reason: input.paymentReference,
        budgetYear: budget.year,
        extra: [subsidyEvents.budgetChanged(budget, 'paid', c.amountVnd, actor, now)],
      };
    });
  }

  // ---- plumbing ----

  private allowed(c: ClaimRecord, action: ClaimAction): ClaimState {
    const to = transition(c.state, action);
    if (!to) {
      throw conflict(
        'claim_state',
        `Không thể thực hiện bước này khi hồ sơ ở trạng thái "${c.state}".`,
        `This step is not possible while the claim is "${c.state}".`,
        { state: c.state, action },
      );
    }
    return to;
  }

  private requireOwner(actor: Actor, c: ClaimRecord): void {
    if (!ownsClaim(actor, c)) {
      throw forbidden('Chỉ doanh nghiệp chủ hồ sơ thực hiện được bước này.', 'Only the claiming business may do this.');
    }
  }

  private requireEditable(c: ClaimRecord): void {
    if (!EDITABLE.includes(c.state)) {
      throw conflict(
        'claim_not_editable',
        'Hồ sơ đã nộp, không sửa được.',
        'The claim is submitted and can no longer be edited.',
      );
    }
  }

  private async writeStep(
    tx: Db,
    before: ClaimRecord | null,
    after: ClaimRecord,
    action: ClaimAction | 'open' | null,
    actor: Actor,
    now: Date,
    reason: string | null,
    budgetYear: number | null = null,
    extra: OutgoingEvent[] = [],
  ): Promise<void> {
    await this.repo.audit(
      tx,
      {
        claimId: after.id,
        ...(after.budgetId ? { budgetId: after.budgetId } : {}),
        action: action ?? 'edit',
        changes: auditChanges(before, after, AUDITED),
        note: reason,
      },
      actor,
      now,
      uuidv7(),
    );
    if (action) {
      await appendToOutbox(prismaTxExecutor(tx), [
        subsidyEvents.claimTransitioned(after, before?.state ?? null, action, actor, now, budgetYear, reason ?? ''),
        ...extra,
      ]);
    }
  }

  private async businessStep(
    actorIn: Actor | null,
    id: string,
    apply: (c: ClaimRecord, now: Date) => { next: ClaimRecord; action: ClaimAction | null },
  ): Promise<ClaimView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.visible(tx, actor, id, true);
      this.requireOwner(actor, c);
      const { next, action } = apply(c, now);
      const saved = { ...next, revision: c.revision + 1, updatedAt: now };
      await this.repo.updateClaim(tx, saved);
      await this.writeStep(tx, c, saved, action, actor, now, null);
    });
    return this.get(actor, id);
  }

  private async officerStep(
    actorIn: Actor | null,
    id: string,
    apply: (
      tx: Db,
      c: ClaimRecord,
      actor: Actor,
      now: Date,
    ) => Promise<{
      next: ClaimRecord;
      action: ClaimAction;
      reason: string;
      budgetYear?: number;
      extra?: OutgoingEvent[];
    }>,
  ): Promise<ClaimView> {
    const actor = requireActor(actorIn);
    if (!canDecide(actor)) throw forbidden('Chỉ cán bộ xử lý được hồ sơ hỗ trợ.', 'Only an officer may decide claims.');
    const now = this.deps.clock();
    await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.visible(tx, actor, id, true);
      const step = await apply(tx, c, actor, now);
      const saved = { ...step.next, revision: c.revision + 1, updatedAt: now };
      await this.repo.updateClaim(tx, saved);
      await this.writeStep(
        tx,
        c,
        saved,
        step.action,
        actor,
        now,
        step.reason || null,
        step.budgetYear ?? null,
        step.extra,
      );
    });
    return this.get(actor, id);
  }
}

function evidenceView(e: EvidenceRecord): EvidenceView {
  return {
    id: e.id,
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    description: e.description,
    uploadedByName: e.uploadedByName,
    uploadedAt: e.uploadedAt.toISOString(),
  };
}

export { AttachmentStore };
