// The submission form's values (text as typed), its zod schema for react-hook-form's resolver, and the
// conversion to the API's input. The form's own checks come first (messages are catalogue keys,
// `ini.v.*`); then the service's own request schema (createSubmissionSchema from @sti/initiatives/api) runs
// over the converted input, and what it finds besides comes with its Vietnamese and English texts as JSON.
import { createSubmissionSchema, FREE_TEXT_FIELDS, type FreeTextField } from '@sti/initiatives/api';
import { z } from 'zod';
import type { LocalizedText } from '../../shared/api/problem.ts';
import type { Lang } from '../../shared/i18n/catalogue.ts';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import type { Submission, SubmissionInput } from '../api/initiatives-types.ts';
import { shareStatus, shareValue } from './author-shares.ts';

export { FREE_TEXT_FIELDS, type FreeTextField };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const formSchema = z.object({
  campaignId: z.string().min(1, 'ini.v.campaign'),
  title: z.string().trim().min(5, 'ini.v.title').max(300, 'ini.v.title'),
  authors: z
    .array(
      z.object({
        fullName: z.string().trim().min(2, 'ini.v.authorName').max(200, 'ini.v.authorName'),
        sharePercent: z.string().refine((s) => shareValue(s) !== null, 'ini.v.share'),
        unitName: z.string().trim().max(300, 'ini.v.unit'),
      }),
    )
    .min(1, 'ini.v.authors')
    .max(20, 'ini.v.authors'),
  unitName: z.string().trim().min(2, 'ini.v.unitName').max(300, 'ini.v.unitName'),
  fieldCode: z.string().min(1, 'ini.v.field'),
  problem: z.string().trim().min(20, 'ini.v.longText').max(20_000, 'ini.v.longText'),
  solution: z.string().trim().min(20, 'ini.v.longText').max(40_000, 'ini.v.longText'),
  novelty: z.string().trim().min(20, 'ini.v.longText').max(20_000, 'ini.v.longText'),
  applicationPlace: z.string().trim().min(2, 'ini.v.applicationPlace').max(2000, 'ini.v.applicationPlace'),
  firstAppliedOn: z.string().regex(DATE, 'ini.v.date'),
  benefitVnd: z.string().regex(/^\d{0,15}$/, 'ini.v.benefitVnd'),
  benefitText: z.string().trim().min(10, 'ini.v.benefitText').max(20_000, 'ini.v.benefitText'),
  identifyingFields: z.array(z.enum(FREE_TEXT_FIELDS)),
});

export type SubmissionFormValues = z.input<typeof formSchema>;

export const submissionFormSchema = formSchema.superRefine((values, ctx) => {
  const status = shareStatus(values.authors.map((a) => ({ share: a.sharePercent })));
  if (status.kind === 'under' || status.kind === 'over' || status.kind === 'empty')
    ctx.addIssue({ code: 'custom', path: ['authors'], message: 'ini.v.sharesSum' });
  if (DATE.test(values.firstAppliedOn) && values.firstAppliedOn > today())
    ctx.addIssue({ code: 'custom', path: ['firstAppliedOn'], message: 'ini.v.future' });
  // the service's own rules over what would be sent; its texts where the form has no words of its own
  const own = formSchema.safeParse(values);
  if (!own.success || status.kind !== 'exact') return;
  const server = createSubmissionSchema.safeParse(toSubmissionInput(values));
  if (server.success) return;
  for (const issue of server.error.issues) {
    const params = (issue as { params?: { vi?: unknown; en?: unknown } }).params;
    const text =
      typeof params?.vi === 'string' && typeof params.en === 'string'
        ? { vi: params.vi, en: params.en }
        : { vi: issue.message, en: issue.message };
    ctx.addIssue({ code: 'custom', path: issue.path, message: JSON.stringify(text) });
  }
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function emptySubmission(campaignId = '', authorName = ''): SubmissionFormValues {
  return {
    campaignId,
    title: '',
    authors: [{ fullName: authorName, sharePercent: '100', unitName: '' }],
    unitName: '',
    fieldCode: '',
    problem: '',
    solution: '',
    novelty: '',
    applicationPlace: '',
    firstAppliedOn: '',
    benefitVnd: '',
    benefitText: '',
    identifyingFields: [],
  };
}

export function formOfSubmission(s: Submission): SubmissionFormValues {
  return {
    campaignId: s.campaign.id,
    title: s.title,
    authors: s.authors.map((a) => ({
      fullName: a.fullName,
      sharePercent: String(a.sharePercent),
      unitName: a.unitName ?? '',
    })),
    unitName: s.unitName,
    fieldCode: s.field.code,
    problem: s.problem,
    solution: s.solution,
    novelty: s.novelty,
    applicationPlace: s.applicationPlace,
    firstAppliedOn: s.firstAppliedOn ?? '',
    benefitVnd: s.benefitVnd === null ? '' : String(s.benefitVnd),
    benefitText: s.benefitText,
    identifyingFields: [...s.identifyingFields],
  };
}

/** Digits only: the benefit box drops the dots, spaces and commas people type between thousands. */
export function cleanVnd(text: string): string {
  return text.replace(/[\s.,₫đ]/gi, '');
}

export function toSubmissionInput(v: SubmissionFormValues): SubmissionInput {
  const benefit = cleanVnd(v.benefitVnd);
  return {
    campaignId: v.campaignId,
    title: v.title.trim(),
    authors: v.authors.map((a) => ({
      fullName: a.fullName.trim(),
      sharePercent: shareValue(a.sharePercent) ?? 0,
      ...(a.unitName.trim() ? { unitName: a.unitName.trim() } : {}),
    })),
    unitName: v.unitName.trim(),
    fieldCode: v.fieldCode,
    problem: v.problem.trim(),
    solution: v.solution.trim(),
    novelty: v.novelty.trim(),
    applicationPlace: v.applicationPlace.trim(),
    firstAppliedOn: v.firstAppliedOn || null,
    benefitVnd: benefit ? Number(benefit) : null,
    benefitText: v.benefitText.trim(),
    identifyingFields: [...v.identifyingFields],
  };
}

/** A form error's message in the language: a catalogue key, or the server's/schema's own two texts. */
export function messageText(
  message: string | undefined,
  lang: Lang,
  t: (key: MessageKey) => string,
): string | undefined {
  if (!message) return undefined;
  if (message.startsWith('ini.')) return t(message as MessageKey);
  if (message.startsWith('{')) {
    try {
      const text = JSON.parse(message) as LocalizedText;
      return text[lang] || text.vi;
    } catch {
      return message;
    }
  }
  return message;
}
