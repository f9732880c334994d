// Half-filled new listings ("Lưu nháp"): saved with whatever the owner typed, validated as a whole
// only when submitted. Portal-safe: zod only.

import { z } from 'zod';
import { expertViewSchema } from '../experts/expert.schema.js';
import { listingTypeSchema } from '../moderation/moderation.schema.js';
import { needViewSchema } from '../needs/need.schema.js';
import { offerViewSchema } from '../offers/offer.schema.js';
import { pageQuerySchema } from '../shared/schema-primitives.js';

/** A draft holds at most this much JSON: a full listing is far smaller. */
export const DRAFT_INPUT_MAX_BYTES = 64 * 1024;

/** The listing's input as far as it is filled in (the same fields as OfferInput / NeedInput / ExpertInput). */
export const draftInputSchema = z
  .record(z.string().max(100), z.unknown())
  .superRefine((value, ctx) => {
    if (JSON.stringify(value).length > DRAFT_INPUT_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: 'draft too large',
        params: {
          vi: `Bản nháp không được vượt quá ${DRAFT_INPUT_MAX_BYTES / 1024} KB.`,
          en: `A draft must not exceed ${DRAFT_INPUT_MAX_BYTES / 1024} KB.`,
        },
      });
    }
  })
  .describe('The listing input as far as it is filled in; nothing is required until submit');

export const draftCreateSchema = z
  .object({ type: listingTypeSchema, input: draftInputSchema })
  .meta({ id: 'DraftCreate' });
export const draftUpdateSchema = z.object({ input: draftInputSchema }).meta({ id: 'DraftUpdate' });
export const draftListQuerySchema = pageQuerySchema.extend({ type: listingTypeSchema.optional() });

const fieldProblemSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.object({ vi: z.string(), en: z.string() }),
});

export const draftViewSchema = z
  .object({
    id: z.string(),
    type: listingTypeSchema,
    /** the title (or an expert's full name) as typed so far */
    title: z.string().optional(),
    input: z.record(z.string(), z.unknown()),
    /** what submit would refuse now (missing or invalid fields); empty when the draft is complete */
    problems: z.array(fieldProblemSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Draft' });

export const submittedDraftSchema = z
  .object({
    type: listingTypeSchema,
    /** the listing created from the draft, now submitted (an Offer, Need or Expert by `type`) */
    listing: z.union([offerViewSchema, needViewSchema, expertViewSchema]),
  })
  .meta({ id: 'SubmittedDraft' });

export type DraftCreate = z.infer<typeof draftCreateSchema>;
export type DraftUpdate = z.infer<typeof draftUpdateSchema>;
export type DraftListQuery = z.infer<typeof draftListQuerySchema>;
export type DraftView = z.infer<typeof draftViewSchema>;
export type SubmittedDraftView = z.infer<typeof submittedDraftSchema>;
