// What a reviewer reads of a submission. In a blind campaign: no author names, unit, organisation,
// contact data or attachment file names; the free-text fields the author marked identifying are
// replaced whole; and any author's name, unit, organisation, e-mail or phone that appears inside
// any text is redacted by @sti/review (accent-, case- and spacing-insensitive).
import { ACCEPTED_MEDIA_TYPES, type AcceptedMediaType } from '@sti/attachments';
import { identifyingTerms, redactForBlindReview } from '@sti/review';
import { fromHundredths } from '../submissions/author-shares.js';
import type { SubmissionRecord } from '../submissions/submission.repository.js';
import type { BlindSubmissionView } from './review.schema.js';

export interface BlindViewInput {
  submission: SubmissionRecord;
  field: { code: string; nameVi: string; nameEn: string };
  blind: boolean;
}

/** Every string a blind reviewer must not see, for redaction inside free text. */
export function identifyingTermsOf(s: SubmissionRecord): string[] {
  const parties = s.authors.map((a) => ({
    name: a.fullName,
    ...(a.unitName ? { unitName: a.unitName } : {}),
  }));
  return [
    ...identifyingTerms(parties),
    s.unitName,
    ...(s.organisationName ? [s.organisationName] : []),
    ...[s.contactEmail, s.contactPhone, ...s.authors.flatMap((a) => [a.email, a.phone])].filter(
      (x): x is string => !!x,
    ),
  ];
}

/** The name a reviewer's download carries: the real one, or "tai-lieu-<n>.<ext>" in a blind campaign. */
export function reviewerFileName(s: SubmissionRecord, attachmentId: string, blind: boolean): string | null {
  const index = s.attachments.findIndex((a) => a.id === attachmentId);
  const a = s.attachments[index];
  if (!a) return null;
  if (!blind) return a.fileName;
  const extension = ACCEPTED_MEDIA_TYPES[a.mediaType as AcceptedMediaType] ?? 'bin';
  return `tai-lieu-${index + 1}.${extension}`;
}

export function blindSubmissionView({ submission: s, field, blind }: BlindViewInput): BlindSubmissionView {
  const view: BlindSubmissionView = {
    id: s.id,
    title: s.title,
    field,
    problem: s.problem,
    solution: s.solution,
    novelty: s.novelty,
    applicationPlace: s.applicationPlace,
    firstAppliedOn: s.firstAppliedOn ? s.firstAppliedOn.toISOString().slice(0, 10) : null,
    benefitVnd: s.benefitVnd === null ? null : Number(s.benefitVnd),
    benefitText: s.benefitText,
    blind,
    authors: blind
      ? null
      : s.authors.map((a) => ({ fullName: a.fullName, sharePercent: fromHundredths(a.shareHundredths) })),
    unitName: blind ? null : s.unitName,
    attachments: s.attachments.map((a, i) => ({
      id: a.id,
      number: i + 1,
      fileName: blind ? null : a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
    })),
  };
  if (!blind) return view;
  return redactForBlindReview(view, { terms: identifyingTermsOf(s), identifyingPaths: s.identifyingFields });
}
