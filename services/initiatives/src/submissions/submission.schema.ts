// Submission requests and views. The shares rule runs inside the schema (one source for the portal's
// form and the service).
import { z } from 'zod';
import { shareMessage, shareProblems } from './author-shares.js';
import { SUBMISSION_STATES } from './submission-lifecycle.js';

/** Free-text fields an author may mark as identifying (replaced whole in a blind review). */
export const FREE_TEXT_FIELDS = ['problem', 'solution', 'novelty', 'applicationPlace', 'benefitText'] as const;

export const submissionStateSchema = z.enum(SUBMISSION_STATES);

export const authorInputSchema = z.object({
  fullName: z.string().trim().min(2).max(200),
  /** contribution in per cent, up to two decimals; all authors together exactly 100 */
  sharePercent: z.number().finite(),
  /** the author's platform account, when they have one */
  userId: z.string().min(1).max(100).optional(),
  jobTitle: z.string().trim().max(200).optional(),
  organisationId: z.string().min(1).max(100).optional(),
  unitName: z.string().trim().max(300).optional(),
  email: z.email().max(200).optional(),
  phone: z.string().trim().max(30).optional(),
});

const authorsSchema = z
  .array(authorInputSchema)
  .min(1)
  .max(20)
  .superRefine((authors, ctx) => {
    for (const p of shareProblems(authors.map((a) => a.sharePercent))) {
      const message = shareMessage(p);
      ctx.addIssue({
        code: 'custom',
        path: 'index' in p ? [p.index, 'sharePercent'] : [],
        message: message.en,
        params: { code: p.code, vi: message.vi, en: message.en },
      });
    }
  });

const text = (max: number) => z.string().trim().max(max);

// Without defaults: a PATCH leaves out what it does not change.
const editableFields = {
  title: z.string().trim().min(5).max(300),
  /** the authors' unit (school, hospital, commune office…) */
  unitName: z.string().trim().min(2).max(300),
  fieldCode: z.string().min(1).max(60),
  /** current state of the problem */
  problem: text(20_000),
  /** the solution's content */
  solution: text(40_000),
  /** what is new */
  novelty: text(20_000),
  applicationPlace: text(2000),
  /** YYYY-MM-DD */
  firstAppliedOn: z.iso.date().nullable(),
  /** estimated yearly benefit in whole VND */
  benefitVnd: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  benefitText: text(20_000),
  identifyingFields: z.array(z.enum(FREE_TEXT_FIELDS)).max(FREE_TEXT_FIELDS.length),
  contact: z.object({ email: z.email().max(200).optional(), phone: z.string().trim().max(30).optional() }),
  authors: authorsSchema,
};

/** A draft may start incomplete; everything but the title, unit, field and authors can come later. */
export const createSubmissionSchema = z.object({
  campaignId: z.uuid(),
  ...editableFields,
  problem: editableFields.problem.default(''),
  solution: editableFields.solution.default(''),
  novelty: editableFields.novelty.default(''),
  applicationPlace: editableFields.applicationPlace.default(''),
  firstAppliedOn: editableFields.firstAppliedOn.default(null),
  benefitVnd: editableFields.benefitVnd.default(null),
  benefitText: editableFields.benefitText.default(''),
  identifyingFields: editableFields.identifyingFields.default([]),
  contact: editableFields.contact.default({}),
});
export const updateSubmissionSchema = z.object(editableFields).partial();

export const withdrawSchema = z.object({ reason: z.string().trim().max(2000).default('') });
export const appealSchema = z.object({ reason: z.string().trim().min(10).max(10_000) });

export const authorViewSchema = z.object({
  fullName: z.string(),
  sharePercent: z.number(),
  userId: z.string().nullable(),
  jobTitle: z.string().nullable(),
  organisationId: z.string().nullable(),
  unitName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const gateAnswerViewSchema = z.object({
  gateCode: z.string(),
  passed: z.boolean(),
  reason: z.string(),
  answeredAt: z.string(),
});

export const attachmentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});

export const submissionViewSchema = z.object({
  id: z.string(),
  campaign: z.object({ id: z.string(), title: z.string(), organisationName: z.string() }),
  title: z.string(),
  unitName: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  field: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  problem: z.string(),
  solution: z.string(),
  novelty: z.string(),
  applicationPlace: z.string(),
  firstAppliedOn: z.string().nullable(),
  benefitVnd: z.number().nullable(),
  benefitText: z.string(),
  identifyingFields: z.array(z.enum(FREE_TEXT_FIELDS)),
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
  authors: z.array(authorViewSchema),
  state: submissionStateSchema,
  stateReason: z.string().nullable(),
  /** the aggregated score, once decided */
  score: z.number().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  appealDeadline: z.string().nullable(),
  /** the approved decision that settled it (number and date), once there is one */
  decision: z.object({ number: z.string(), date: z.string() }).nullable(),
  /** the certificate of recognition: its verification code and whether it still stands */
  certificate: z.object({ code: z.string(), status: z.enum(['valid', 'revoked']) }).nullable(),
  gates: z.array(gateAnswerViewSchema),
  /** files the authors attached (PDF, images, Word, Excel; ≤ 10 MB each) */
  attachments: z.array(attachmentViewSchema),
  /** already IP-protected: where the author should go instead */
  redirect: z
    .object({
      messageVi: z.string(),
      messageEn: z.string(),
      links: z.array(z.object({ label: z.string(), href: z.string() })),
    })
    .nullable(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), withdraw: z.boolean(), appeal: z.boolean() }),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const submissionSummarySchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignTitle: z.string(),
  title: z.string(),
  unitName: z.string(),
  fieldCode: z.string(),
  state: submissionStateSchema,
  score: z.number().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const submissionListSchema = z.object({ items: z.array(submissionSummarySchema) });
export const campaignSubmissionsQuerySchema = z.object({ state: submissionStateSchema.optional() });

export type SubmissionStateValue = z.output<typeof submissionStateSchema>;
export type FreeTextField = (typeof FREE_TEXT_FIELDS)[number];
export type AuthorInput = z.output<typeof authorInputSchema>;
export type CreateSubmissionInput = z.output<typeof createSubmissionSchema>;
export type CreateSubmissionRequest = z.input<typeof createSubmissionSchema>;
export type UpdateSubmissionInput = z.output<typeof updateSubmissionSchema>;
export type AttachmentView = z.output<typeof attachmentViewSchema>;
export type SubmissionView = z.output<typeof submissionViewSchema>;
export type SubmissionSummary = z.output<typeof submissionSummarySchema>;
export type SubmissionList = z.output<typeof submissionListSchema>;
