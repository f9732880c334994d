// The secretary screens submitted initiatives against the legal gates in force: each gate answered
// yes/no with a reason, then a decision that must agree with the answers — only an all-pass goes to
// the reviewers; a failed "already IP-protected" gate points the author to Techmart / IP support.
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { canActAsSecretary } from '../campaigns/campaign-access.policy.js';
import { requireActor } from '../campaigns/campaign.service.js';
import { answerProblems, screeningVerdict } from '../reference/legal-gates.js';
import type { ReferenceService } from '../reference/reference.service.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound, validationFailed } from '../shared/problems.js';
import { canReadSubmission } from '../submissions/submission-access.js';
import type { SubmissionRepository } from '../submissions/submission.repository.js';
import type { SubmissionView } from '../submissions/submission.schema.js';
import type { SubmissionService } from '../submissions/submission.service.js';
import type { GateAnswersInput, ScreeningDecision } from './screening.schema.js';

export interface ScreeningServiceDependencies {
  prisma: PrismaClient;
  submissions: SubmissionRepository;
  submissionService: SubmissionService;
  reference: ReferenceService;
  clock: Clock;
}

const notSecretary = () =>
  forbidden('Chỉ thư ký hội đồng của đợt xét mới thẩm định điều kiện.', 'Only the campaign’s secretary screens.');

const OUTCOME_ACTION = { review: 'send_to_review', reject: 'reject', redirect_ip: 'redirect_ip' } as const;
const VERDICT_OUTCOME = { pass: 'review', fail: 'reject', redirect_ip: 'redirect_ip' } as const;

export class ScreeningService {
  constructor(private readonly deps: ScreeningServiceDependencies) {}

  /** Saves the gate answers; a submitted initiative enters screening with the first answers. */
  async answerGates(actorIn: Actor | null, id: string, input: GateAnswersInput): Promise<SubmissionView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    const gates = await this.deps.reference.legalGates(now);
    const problems = answerProblems(gates, input.answers);
    if (problems.length > 0) {
      throw validationFailed(
        problems.map((p) => {
          const [code, gate] = p.split(':');
          return {
            field: 'answers',
            code: code ?? 'invalid',
            message:
              code === 'reason_required'
                ? { vi: `Điều kiện "${gate}" không đạt phải có lý do.`, en: `Gate "${gate}" failed: give a reason.` }
                : { vi: `Điều kiện "${gate}" không hợp lệ.`, en: `Gate "${gate}" is not valid here.` },
          };
        }),
      );
    }
    const { s, c } = await this.deps.prisma.$transaction(async (tx) => {
      const { s, c } = await this.deps.submissionService.loadWithCampaign(tx, id, true);
      if (!canActAsSecretary(actor, c)) {
        if (canReadSubmission(actor, s, c)) throw notSecretary();
        throw notFound(NAMES.submission, id);
      }
      let record = s;
      const events = [];
      if (s.state === 'submitted') {
        const step = this.deps.submissionService.transition(s, c, 'start_screening', actor, now);
        record = step.record;
        events.push(step.event);
      } else if (s.state !== 'screening') {
        throw conflict('not_screening', 'Hồ sơ không ở bước thẩm định.', 'The submission is not being screened.', {
          state: s.state,
        });
      }
      const answers = input.answers.map((a) => ({ ...a, answeredBy: actor.userId, answeredAt: now }));
      record = { ...record, gateAnswers: answers, updatedAt: now };
      await this.deps.submissions.update(tx, record);
      await this.deps.submissions.saveGateAnswers(tx, id, answers);
      await appendToOutbox(prismaTxExecutor(tx), events);
      return { s: record, c };
    });
    return this.deps.submissionService.view(actor, s, c);
  }

  async decide(actorIn: Actor | null, id: string, input: ScreeningDecision): Promise<SubmissionView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    const gates = await this.deps.reference.legalGates(now);
    const { s, c } = await this.deps.prisma.$transaction(async (tx) => {
      const { s, c } = await this.deps.submissionService.loadWithCampaign(tx, id, true);
      if (!canActAsSecretary(actor, c)) {
        if (canReadSubmission(actor, s, c)) throw notSecretary();
        throw notFound(NAMES.submission, id);
      }
      const verdict = screeningVerdict(gates, s.gateAnswers);
      if (verdict.outcome === 'incomplete') {
        throw conflict(
          'gates_incomplete',
          `Chưa trả lời đủ các điều kiện: ${verdict.missing.join(', ')}.`,
          `Answer every legal gate first: ${verdict.missing.join(', ')}.`,
          { missing: verdict.missing },
        );
      }
      const expected = VERDICT_OUTCOME[verdict.outcome];
      if (input.outcome !== expected) {
        throw conflict(
          'screening_mismatch',
          expected === 'review'
            ? 'Hồ sơ đạt mọi điều kiện nên phải chuyển hội đồng chấm.'
            : expected === 'redirect_ip'
              ? 'Giải pháp đã được bảo hộ sở hữu trí tuệ: chuyển sang hỗ trợ sở hữu trí tuệ / Techmart.'
              : 'Chỉ hồ sơ đạt mọi điều kiện mới được chuyển hội đồng chấm.',
          expected === 'review'
            ? 'Every gate passed, so the submission goes to the reviewers.'
            : expected === 'redirect_ip'
              ? 'The solution is already IP-protected: redirect it to IP support / Techmart.'
              : 'Only a submission that passes every gate goes to the reviewers.',
          { expected },
        );
      }
      const reason =
        input.reason ||
        (verdict.outcome === 'pass'
          ? ''
          : s.gateAnswers
              .filter((a) => !a.passed)
              .map((a) => a.reason)
              .join('; '));
      const patch = input.outcome === 'reject' ? { decidedAt: now } : {};
      const step = this.deps.submissionService.transition(
        s,
        c,
        OUTCOME_ACTION[input.outcome],
        actor,
        now,
        reason,
        patch,
      );
      await this.deps.submissions.update(tx, step.record);
      await appendToOutbox(prismaTxExecutor(tx), [step.event]);
      return { s: step.record, c };
    });
    return this.deps.submissionService.view(actor, s, c);
  }
}
