// The submission form's values (text as typed), its zod schema for react-hook-form's resolver, and the
// conversion to the API's input. Messages are catalogue keys (`ini.v.*`) or, for the service schema's own
// issues, its Vietnamese and English texts as JSON, so the page can show either in the chosen language.
import { z } from 'zod';
import type { LocalizedText } from '../../shared/api/problem.ts';
import type { Lang } from '../../shared/i18n/catalogue.ts';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import type { Submission, SubmissionInput } from '../api/initiatives-types.ts';
import { shareStatus, shareValue } from './author-shares.ts';

/** The free-text fields an author may mark as identifying (redacted in blind review). */
export const FREE_TEXT_FIELDS = ['problem', 'solution', 'novelty', 'applicationPlace', 'benefitText'] as const;
export type FreeTextField = (typeof FREE_TEXT_FIELDS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const submissionFormSchema = z
  .object({
    campaignId: z.string().min(1, 'ini.v.campaign'),
    title: z.string().trim().min(5, 'ini.v.title').max(300, 'ini.v.title'),
    authors: z
      .array(
        z.object({
          name: z.string().trim().min(2, 'ini.v.authorName').max(120, 'ini.v.authorName'),
          share: z.string().refine((s) => shareValue(s) !== null, 'ini.v.share'),
          unit: z.string().trim().max(200, 'ini.v.unit'),
        }),
      )
      .min(1, 'ini.v.authors')
      .max(20, 'ini.v.authors'),
    unitName: z.string().trim().min(2, 'ini.v.unitName').max(200, 'ini.v.unitName'),
    fieldCode: z.string().min(1, 'ini.v.field'),
    problem: z.string().trim().min(20, 'ini.v.longText').max(20_000, 'ini.v.longText'),
    solution: z.string().trim().min(20, 'ini.v.longText').max(20_000, 'ini.v.longText'),
    novelty: z.string().trim().min(20, 'ini.v.longText').max(20_000, 'ini.v.longText'),
    applicationPlace: z.string().trim().min(2, 'ini.v.applicationPlace').max(2000, 'ini.v.applicationPlace'),
    firstAppliedOn: z.string().regex(DATE, 'ini.v.date'),
    benefitVnd: z.string().regex(/^\d{0,17}$/, 'ini.v.benefitVnd'),
    benefitText: z.string().trim().min(10, 'ini.v.benefitText').max(5000, 'ini.v.benefitText'),
    identifyingFields: z.array(z.enum(FREE_TEXT_FIELDS)),
  })
  .superRefine((values, ctx) => {
    const status = shareStatus(values.authors);
    if (status.kind === 'under' || status.kind === 'over' || status.kind === 'empty')
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'ini.v.sharesSum' });
    if (values.firstAppliedOn && values.firstAppliedOn > today())
      ctx.addIssue({ code: 'custom', path: ['firstAppliedOn'], message: 'ini.v.future' });
  });

export type SubmissionFormValues = z.input<typeof submissionFormSchema>;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function emptySubmission(campaignId = '', authorName = ''): SubmissionFormValues {
  return {
    campaignId,
    title: '',
    authors: [{ name: authorName, share: '100', unit: '' }],
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
    campaignId: s.campaignId,
    title: s.title,
    authors: s.authors.map((a) => ({ name: a.name, share: String(a.share), unit: a.unit ?? '' })),
    unitName: s.unitName,
    fieldCode: s.fieldCode,
    problem: s.problem,
    solution: s.solution,
    novelty: s.novelty,
    applicationPlace: s.applicationPlace,
    firstAppliedOn: s.firstAppliedOn,
    benefitVnd: s.benefitVnd,
    benefitText: s.benefitText,
    identifyingFields: s.identifyingFields.filter((f): f is FreeTextField =>
      (FREE_TEXT_FIELDS as readonly string[]).includes(f),
    ),
  };
}

/** Digits only: the benefit box drops the dots, spaces and commas people type between thousands. */
export function cleanVnd(text: string): string {
  return text.replace(/[\s.,₫đ]/gi, '');
}

export function toSubmissionInput(v: SubmissionFormValues): SubmissionInput {
  return {
    campaignId: v.campaignId,
    title: v.title.trim(),
    authors: v.authors.map((a) => ({
      name: a.name.trim(),
      share: shareValue(a.share) ?? 0,
      ...(a.unit.trim() ? { unit: a.unit.trim() } : {}),
    })),
    unitName: v.unitName.trim(),
    fieldCode: v.fieldCode,
    problem: v.problem.trim(),
    solution: v.solution.trim(),
    novelty: v.novelty.trim(),
    applicationPlace: v.applicationPlace.trim(),
    firstAppliedOn: v.firstAppliedOn,
    benefitVnd: cleanVnd(v.benefitVnd) || '0',
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
