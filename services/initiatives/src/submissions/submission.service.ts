// Submissions: authors draft, edit, submit, withdraw and appeal their own; the campaign's staff read
// them all. Every lifecycle step is written with its event in one transaction.
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { CampaignRecord, CampaignRepository } from '../campaigns/campaign.repository.js';
import { requireActor } from '../campaigns/campaign.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import type { Actor } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound, validationFailed } from '../shared/problems.js';
import { fromHundredths, toHundredths } from './author-shares.js';
import { canReadSubmission, isAuthorOf, isCampaignStaff } from './submission-access.js';
import {
  appealDeadline,
  appealOpen,
  canTransition,
  InvalidTransitionError,
  isEditable,
  nextState,
  type SubmissionAction,
  type SubmissionState,
} from './submission-lifecycle.js';
import { submissionEvents } from './submission.events.js';
import type { AuthorRecord, SubmissionRecord, SubmissionRepository } from './submission.repository.js';
import type {
  AuthorInput,
  CreateSubmissionInput,
  SubmissionList,
  SubmissionSummary,
  SubmissionView,
  UpdateSubmissionInput,
} from './submission.schema.js';

export const IP_REDIRECT = {
  messageVi:
    'Giải pháp đã được bảo hộ sở hữu trí tuệ (hoặc đang nộp đơn) nên không xét công nhận là sáng kiến. ' +
    'Quý tác giả có thể giới thiệu công nghệ trên Sàn giao dịch công nghệ Techmart hoặc liên hệ bộ phận hỗ trợ sở hữu trí tuệ.',
  messageEn:
    'The solution is already protected as intellectual property (or an application is pending), so it is not ' +
    'recognised as an initiative. Offer it on the Techmart technology exchange or contact IP support.',
  links: [
    { label: 'Techmart', href: '/techmart' },
    { label: 'Hỗ trợ sở hữu trí tuệ / IP support', href: '/ho-tro-so-huu-tri-tue' },
  ],
};

export interface SubmissionServiceDependencies {
  prisma: PrismaClient;
  campaigns: CampaignRepository;
  submissions: SubmissionRepository;
  reference: ReferenceService;
  clock: Clock;
}

export function invalidTransition(error: InvalidTransitionError) {
  return conflict(
    'invalid_transition',
    `Không thể thực hiện "${error.action}" với hồ sơ đang ở trạng thái "${error.from}".`,
    `Cannot ${error.action} a submission that is ${error.from}.`,
    { state: error.from, action: error.action },
  );
}

function toAuthors(authors: readonly AuthorInput[]): AuthorRecord[] {
  return authors.map((a) => ({
    fullName: a.fullName,
    shareHundredths: toHundredths(a.sharePercent) ?? 0,
    userId: a.userId ?? null,
    jobTitle: a.jobTitle ?? null,
    organisationId: a.organisationId ?? null,
    unitName: a.unitName ?? null,
    email: a.email ?? null,
    phone: a.phone ?? null,
  }));
}

/** Fields an author must fill before submitting (a draft may be saved incomplete). */
function missingForSubmit(s: SubmissionRecord): string[] {
  const required: [string, string][] = [
    ['problem', s.problem],
    ['solution', s.solution],
    ['novelty', s.novelty],
    ['applicationPlace', s.applicationPlace],
    ['benefitText', s.benefitText],
  ];
  const missing = required.filter(([, v]) => v.trim() === '').map(([k]) => k);
  if (!s.firstAppliedOn) missing.push('firstAppliedOn');
  return missing;
}

export class SubmissionService {
  constructor(private readonly deps: SubmissionServiceDependencies) {}

  private now() {
    return this.deps.clock();
  }

  async loadWithCampaign(db: Db, id: string, lock = false): Promise<{ s: SubmissionRecord; c: CampaignRecord }> {
    const s = lock ? await this.deps.submissions.lock(db, id) : await this.deps.submissions.find(db, id);
    if (!s) throw notFound(NAMES.submission, id);
    const c = await this.deps.campaigns.find(db, s.campaignId);
    if (!c) throw notFound(NAMES.campaign, s.campaignId);
    return { s, c };
  }

  /** Applies one lifecycle action and returns the changed record and its event (caller writes both). */
  transition(
    s: SubmissionRecord,
    c: CampaignRecord,
    action: SubmissionAction,
    by: Actor,
    now: Date,
    reason = '',
    patch: Partial<SubmissionRecord> = {},
  ): { record: SubmissionRecord; event: OutgoingEvent } {
    let to: SubmissionState;
    try {
      to = nextState(s.state, action);
    } catch (error) {
      if (error instanceof InvalidTransitionError) throw invalidTransition(error);
      throw error;
    }
    const record: SubmissionRecord = {
      ...s,
      ...patch,
      state: to,
      stateReason: reason || null,
      revision: s.revision + 1,
      updatedAt: now,
    };
    return { record, event: submissionEvents.transitioned(record, c, s.state, action, by, now, reason) };
  }

  async view(actor: Actor | null, s: SubmissionRecord, c: CampaignRecord): Promise<SubmissionView> {
    const now = this.now();
    const field = (await this.deps.reference.fields()).find((f) => f.code === s.fieldCode) ?? {
      code: s.fieldCode,
      nameVi: s.fieldCode,
      nameEn: s.fieldCode,
    };
    const author = isAuthorOf(actor, s);
    const outcome = s.decidedAt
      ? await this.deps.submissions.outcome(this.deps.prisma, s.id, c.id)
      : { decision: null, certificate: null };
    const windowOpen = c.state === 'open' && now >= c.submissionOpensAt && now <= c.submissionClosesAt;
    return {
      id: s.id,
      campaign: { id: c.id, title: c.title, organisationName: c.organisationName },
      title: s.title,
      unitName: s.unitName,
      organisation: s.organisationId ? { id: s.organisationId, name: s.organisationName ?? s.organisationId } : null,
      field,
      problem: s.problem,
      solution: s.solution,
      novelty: s.novelty,
      applicationPlace: s.applicationPlace,
      firstAppliedOn: s.firstAppliedOn ? isoDate(s.firstAppliedOn) : null,
      benefitVnd: s.benefitVnd === null ? null : Number(s.benefitVnd),
      benefitText: s.benefitText,
      identifyingFields: s.identifyingFields,
      contact: { email: s.contactEmail, phone: s.contactPhone },
      authors: s.authors.map((a) => ({
        fullName: a.fullName,
        sharePercent: fromHundredths(a.shareHundredths),
        userId: a.userId,
        jobTitle: a.jobTitle,
        organisationId: a.organisationId,
        unitName: a.unitName,
        email: a.email,
        phone: a.phone,
      })),
      state: s.state,
      stateReason: s.stateReason,
      score: s.state === 'draft' || s.decidedAt === null ? null : s.score,
      submittedAt: s.submittedAt?.toISOString() ?? null,
      decidedAt: s.decidedAt?.toISOString() ?? null,
      appealDeadline:
        s.decidedAt && c.appealDays > 0 && s.state === 'not_recognised'
          ? appealDeadline(s.decidedAt, c.appealDays).toISOString()
          : null,
      decision: outcome.decision
        ? { number: outcome.decision.number, date: isoDate(outcome.decision.decidedOn) }
        : null,
      certificate: outcome.certificate
        ? { code: outcome.certificate.code, status: outcome.certificate.status === 'revoked' ? 'revoked' : 'valid' }
        : null,
      gates: isCampaignStaff(actor, c)
        ? s.gateAnswers.map((g) => ({
            gateCode: g.gateCode,
            passed: g.passed,
            reason: g.reason,
            answeredAt: g.answeredAt.toISOString(),
          }))
        : [],
      attachments: s.attachments.map(({ sha256: _hash, ...a }) => a),
      redirect: s.state === 'redirected_ip' ? IP_REDIRECT : null,
      can: {
        edit: author && isEditable(s.state),
        submit: author && s.state === 'draft' && windowOpen,
        withdraw: author && canTransition(s.state, 'withdraw'),
        appeal: author && appealOpen(s.state, s.decidedAt, c.appealDays, now),
      },
      revision: s.revision,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  summary(s: SubmissionRecord, c: CampaignRecord): SubmissionSummary {
    return {
      id: s.id,
      campaignId: c.id,
      campaignTitle: c.title,
      title: s.title,
      unitName: s.unitName,
      fieldCode: s.fieldCode,
      state: s.state,
      score: s.decidedAt ? s.score : null,
      submittedAt: s.submittedAt?.toISOString() ?? null,
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  private async requireField(code: string): Promise<void> {
    if (!(await this.deps.reference.field(code))) {
      throw validationFailed([
        {
          field: 'fieldCode',
          code: 'unknown_field',
          message: { vi: `Lĩnh vực "${code}" không có trong danh mục.`, en: `Unknown field "${code}".` },
        },
      ]);
    }
  }

  async create(actorIn: Actor | null, input: CreateSubmissionInput): Promise<SubmissionView> {
    const actor = requireActor(actorIn);
    await this.requireField(input.fieldCode);
    const now = this.now();
    const { s, c } = await inTransaction(this.deps.prisma, async (tx) => {
      const c = await this.deps.campaigns.find(tx, input.campaignId);
      if (!c || c.state === 'draft') throw notFound(NAMES.campaign, input.campaignId);
      if (c.state !== 'open' || now > c.submissionClosesAt) {
        throw conflict(
          'campaign_closed',
          'Đợt xét không còn nhận hồ sơ.',
          'The campaign no longer accepts submissions.',
        );
      }
      if (c.eligibleOrganisations.length > 0 && !c.eligibleOrganisations.includes(actor.organisationId ?? '')) {
        throw forbidden(
          'Tổ chức của bạn không thuộc đối tượng được nộp hồ sơ trong đợt xét này.',
          'Your organisation is not eligible to submit to this campaign.',
        );
      }
      const s: SubmissionRecord = {
        id: uuidv7(),
        campaignId: c.id,
        ownerUserId: actor.userId,
        organisationId: actor.organisationId,
        organisationName: actor.organisationName,
        title: input.title,
        unitName: input.unitName,
        fieldCode: input.fieldCode,
        problem: input.problem,
        solution: input.solution,
        novelty: input.novelty,
        applicationPlace: input.applicationPlace,
        firstAppliedOn: input.firstAppliedOn ? new Date(`${input.firstAppliedOn}T00:00:00Z`) : null,
        benefitVnd: input.benefitVnd === null ? null : BigInt(input.benefitVnd),
        benefitText: input.benefitText,
        identifyingFields: input.identifyingFields,
        contactEmail: input.contact.email ?? null,
        contactPhone: input.contact.phone ?? null,
        state: 'draft',
        stateReason: null,
        score: null,
        submittedAt: null,
        decidedAt: null,
        appealedAt: null,
        revision: 1,
        createdAt: now,
        updatedAt: now,
        authors: toAuthors(input.authors),
        gateAnswers: [],
        attachments: [],
      };
      await this.deps.submissions.insert(tx, s);
      await appendToOutbox(prismaTxExecutor(tx), [submissionEvents.transitioned(s, c, null, 'create', actor, now)]);
      return { s, c };
    });
    return this.view(actor, s, c);
  }

  async get(actor: Actor | null, id: string): Promise<SubmissionView> {
    requireActor(actor);
    const { s, c } = await this.loadWithCampaign(this.deps.prisma, id);
    if (!canReadSubmission(actor, s, c)) throw notFound(NAMES.submission, id);
    return this.view(actor, s, c);
  }

  async listMine(actorIn: Actor | null): Promise<SubmissionList> {
    const actor = requireActor(actorIn);
    const rows = await this.deps.submissions.list(this.deps.prisma, {
      OR: [{ ownerUserId: actor.userId }, { authors: { some: { userId: actor.userId } } }],
    });
    const campaigns = await this.campaignsOf(rows);
    return { items: rows.map((s) => this.summary(s, campaigns.get(s.campaignId) as CampaignRecord)) };
  }

  async listForCampaign(
    actorIn: Actor | null,
    campaignId: string,
    state: SubmissionState | undefined,
  ): Promise<SubmissionList> {
    const actor = requireActor(actorIn);
    const c = await this.deps.campaigns.find(this.deps.prisma, campaignId);
    if (!c || !isCampaignStaff(actor, c)) throw notFound(NAMES.campaign, campaignId);
    const rows = await this.deps.submissions.list(this.deps.prisma, {
      campaignId,
      ...(state ? { state } : { state: { not: 'draft' } }),
    });
    return { items: rows.map((s) => this.summary(s, c)) };
  }

  private async campaignsOf(rows: readonly SubmissionRecord[]): Promise<Map<string, CampaignRecord>> {
    const ids = [...new Set(rows.map((s) => s.campaignId))];
    const list = await this.deps.campaigns.list(this.deps.prisma, { id: { in: ids } });
    return new Map(list.map((c) => [c.id, c]));
  }

  async update(actorIn: Actor | null, id: string, input: UpdateSubmissionInput): Promise<SubmissionView> {
    const actor = requireActor(actorIn);
    if (input.fieldCode) await this.requireField(input.fieldCode);
    const now = this.now();
    const { s, c } = await inTransaction(this.deps.prisma, async (tx) => {
      const { s, c } = await this.authorStep(tx, actor, id);
      if (!isEditable(s.state)) {
        throw conflict('not_editable', 'Chỉ sửa được hồ sơ nháp.', 'Only a draft can be edited.', { state: s.state });
      }
      const next: SubmissionRecord = {
        ...s,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.unitName !== undefined ? { unitName: input.unitName } : {}),
        ...(input.fieldCode !== undefined ? { fieldCode: input.fieldCode } : {}),
        ...(input.problem !== undefined ? { problem: input.problem } : {}),
        ...(input.solution !== undefined ? { solution: input.solution } : {}),
        ...(input.novelty !== undefined ? { novelty: input.novelty } : {}),
        ...(input.applicationPlace !== undefined ? { applicationPlace: input.applicationPlace } : {}),
        ...(input.firstAppliedOn !== undefined
          ? { firstAppliedOn: input.firstAppliedOn ? new Date(`${input.firstAppliedOn}T00:00:00Z`) : null }
          : {}),
        ...(input.benefitVnd !== undefined
          ? { benefitVnd: input.benefitVnd === null ? null : BigInt(input.benefitVnd) }
          : {}),
        ...(input.benefitText !== undefined ? { benefitText: input.benefitText } : {}),
        ...(input.identifyingFields !== undefined ? { identifyingFields: input.identifyingFields } : {}),
        ...(input.contact !== undefined
          ? { contactEmail: input.contact.email ?? null, contactPhone: input.contact.phone ?? null }
          : {}),
        ...(input.authors !== undefined ? { authors: toAuthors(input.authors) } : {}),
        revision: s.revision + 1,
        updatedAt: now,
      };
      await this.deps.submissions.update(tx, next, { authors: input.authors !== undefined });
      return { s: next, c };
    });
    return this.view(actor, s, c);
  }

  async submit(actorIn: Actor | null, id: string): Promise<SubmissionView> {
    const actor = requireActor(actorIn);
    return this.authorTransition(actor, id, 'submit', '', (s, c, now) => {
      if (c.state !== 'open' || now < c.submissionOpensAt || now > c.submissionClosesAt) {
        throw conflict(
          'outside_window',
          'Đợt xét không nhận hồ sơ vào thời điểm này.',
          'The campaign does not accept submissions at this time.',
        );
      }
      const missing = missingForSubmit(s);
      if (missing.length > 0) {
        throw validationFailed(
          missing.map((field) => ({
            field,
            code: 'required_to_submit',
            message: { vi: 'Cần điền trước khi nộp hồ sơ.', en: 'Required before submitting.' },
          })),
        );
      }
      return { submittedAt: now };
    });
  }

  async withdraw(actorIn: Actor | null, id: string, reason: string): Promise<SubmissionView> {
    return this.authorTransition(requireActor(actorIn), id, 'withdraw', reason, () => ({}));
  }

  async appeal(actorIn: Actor | null, id: string, reason: string): Promise<SubmissionView> {
    return this.authorTransition(requireActor(actorIn), id, 'appeal', reason, (s, c, now) => {
      if (!appealOpen(s.state, s.decidedAt, c.appealDays, now)) {
        throw conflict(
          'appeal_closed',
          `Chỉ khiếu nại được trong ${c.appealDays} ngày kể từ ngày có quyết định, với hồ sơ không được công nhận.`,
          `An appeal is possible only within ${c.appealDays} days of the decision, for a submission not recognised.`,
        );
      }
      return { appealedAt: now };
    });
  }

  private async authorStep(tx: Db, actor: Actor, id: string): Promise<{ s: SubmissionRecord; c: CampaignRecord }> {
    const { s, c } = await this.loadWithCampaign(tx, id, true);
    if (!isAuthorOf(actor, s)) {
      if (canReadSubmission(actor, s, c)) {
        throw forbidden('Chỉ tác giả mới thực hiện được thao tác này.', 'Only the authors may do this.');
      }
      throw notFound(NAMES.submission, id);
    }
    return { s, c };
  }

  private async authorTransition(
    actor: Actor,
    id: string,
    action: SubmissionAction,
    reason: string,
    check: (s: SubmissionRecord, c: CampaignRecord, now: Date) => Partial<SubmissionRecord>,
  ): Promise<SubmissionView> {
    const now = this.now();
    const { s, c } = await inTransaction(this.deps.prisma, async (tx) => {
      const { s, c } = await this.authorStep(tx, actor, id);
      if (!canTransition(s.state, action)) throw invalidTransition(new InvalidTransitionError(s.state, action));
      const patch = check(s, c, now);
      const { record, event } = this.transition(s, c, action, actor, now, reason, patch);
      await this.deps.submissions.update(tx, record);
      await appendToOutbox(prismaTxExecutor(tx), [event]);
      return { s: record, c };
    });
    return this.view(actor, s, c);
  }
}
