// Contest rules without I/O: the round's state machine, eligibility of a startup, the application
// form's answers, awards by rank, and who may carry an application on to the province round.
import type { FieldError } from '@sti/platform';
import type { Award, Eligibility, EligibilityIssue, FormField, RoundStatus } from './contest.schema.js';

const ROUND_ACTIONS = {
  open: { from: 'draft', to: 'open' },
  start_judging: { from: 'open', to: 'judging' },
  publish_results: { from: 'judging', to: 'results_published' },
} as const satisfies Record<string, { from: RoundStatus; to: RoundStatus }>;
export type RoundAction = keyof typeof ROUND_ACTIONS;

/** The next status, or undefined when the action does not apply to the current one. */
export function roundTransition(status: string, action: RoundAction): RoundStatus | undefined {
  const step = ROUND_ACTIONS[action];
  return step.from === status ? step.to : undefined;
}

export interface EligibleStartup {
  stage: string;
  sectorCode: string;
  trl: number;
  communeCode: string;
  teamSize: number;
}

export function eligibilityIssues(
  rules: Eligibility,
  startup: EligibleStartup,
  round: { level: string; localityCode: string },
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  if (rules.stages && !rules.stages.includes(startup.stage as never)) {
    issues.push({
      code: 'stage',
      message: {
        vi: `Cuộc thi dành cho nhóm ở giai đoạn: ${rules.stages.join(', ')}.`,
        en: `The contest is for startups at stage: ${rules.stages.join(', ')}.`,
      },
    });
  }
  if (rules.sectors && !rules.sectors.includes(startup.sectorCode as never)) {
    issues.push({
      code: 'sector',
      message: {
        vi: 'Lĩnh vực của nhóm không thuộc cuộc thi.',
        en: 'The startup’s sector is not part of the contest.',
      },
    });
  }
  if (rules.minTrl !== undefined && startup.trl < rules.minTrl) {
    issues.push({
      code: 'trl_low',
      message: {
        vi: `Mức sẵn sàng công nghệ (TRL) cần từ ${rules.minTrl}.`,
        en: `The technology readiness level must be at least ${rules.minTrl}.`,
      },
    });
  }
  if (rules.maxTrl !== undefined && startup.trl > rules.maxTrl) {
    issues.push({
      code: 'trl_high',
      message: {
        vi: `Cuộc thi dành cho ý tưởng có TRL tối đa ${rules.maxTrl}.`,
        en: `The contest is for ideas up to TRL ${rules.maxTrl}.`,
      },
    });
  }
  if (rules.minTeamSize !== undefined && startup.teamSize < rules.minTeamSize) {
    issues.push({
      code: 'team_size',
      message: {
        vi: `Nhóm cần ít nhất ${rules.minTeamSize} thành viên.`,
        en: `The team needs at least ${rules.minTeamSize} members.`,
      },
    });
  }
  if (round.level === 'commune' && startup.communeCode !== round.localityCode) {
    issues.push({
      code: 'locality',
      message: {
        vi: 'Vòng cấp xã dành cho nhóm khởi nghiệp ở xã tổ chức.',
        en: 'The commune round is for startups in the organising commune.',
      },
    });
  }
  return issues;
}

/** Field errors of an application's answers against the contest's form. */
export function answerErrors(fields: readonly FormField[], answers: Record<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      errors.push({
        field: `answers.${key}`,
        code: 'unknown_field',
        message: { vi: 'Mẫu đơn không có trường này.', en: 'The form has no such field.' },
      });
    }
  }
  for (const field of fields) {
    const value = (answers[field.key] ?? '').trim();
    const at = `answers.${field.key}`;
    if (value === '') {
      if (field.required)
        errors.push({
          field: at,
          code: 'required',
          message: { vi: `Cần điền "${field.label.vi}".`, en: `"${field.label.en}" is required.` },
        });
      continue;
    }
    if (value.length > field.maxLength) {
      errors.push({
        field: at,
        code: 'too_long',
        message: { vi: `Tối đa ${field.maxLength} ký tự.`, en: `At most ${field.maxLength} characters.` },
      });
    }
    if (field.type === 'url' && !/^https?:\/\/[^\s]+$/i.test(value)) {
      errors.push({
        field: at,
        code: 'invalid_url',
        message: { vi: 'Địa chỉ web không hợp lệ.', en: 'Not a web address.' },
      });
    }
    if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) {
      errors.push({
        field: at,
        code: 'invalid_number',
        message: { vi: 'Cần nhập một số.', en: 'A number is expected.' },
      });
    }
    if (field.type === 'select' && field.options && !field.options.includes(value)) {
      errors.push({
        field: at,
        code: 'invalid_option',
        message: { vi: 'Giá trị không nằm trong danh sách.', en: 'Not one of the options.' },
      });
    }
  }
  return errors;
}

/** Answers trimmed and NFC-normalised, empty ones dropped. */
export function normaliseAnswers(answers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers)
      .map(([k, v]) => [k, v.trim().normalize('NFC')] as const)
      .filter(([, v]) => v !== ''),
  );
}

export function awardFor(awards: readonly Award[], rank: number): Award | undefined {
  return awards.find((a) => a.rank === rank);
}

/** A commune-round application may go on when results are out and it ranked within the round's advance count. */
export function mayCarryOver(
  application: { status: string; rank: number | null },
  round: { status: string; advanceCount: number },
): boolean {
  return (
    round.status === 'results_published' &&
    application.status === 'ranked' &&
    application.rank !== null &&
    application.rank <= round.advanceCount
  );
}
