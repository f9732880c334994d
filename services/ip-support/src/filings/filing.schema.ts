// Filings at the national IP office and their milestones. Portal-safe: zod only.
import { z } from 'zod';
import { ipRightSchema, subjectKindSchema } from '../reference/reference.schema.js';
import { block, isoDateSchema, line, pageQuerySchema, pageSchema } from '../shared/schema-primitives.js';
import { FILING_STAGES, MILESTONE_KINDS, RECORDABLE_MILESTONES } from './filing-procedure.js';

export const filingStageSchema = z.enum(FILING_STAGES);
export const milestoneKindSchema = z.enum(MILESTONE_KINDS);
export const territorySchema = z.enum(['domestic', 'foreign']);

export const recordFilingSchema = z
  .object({
    applicationNumber: line(3, 40).describe('Số đơn, ví dụ 4-2026-01234 / application number'),
    filingDate: isoDateSchema,
    priorityDate: isoDateSchema.optional(),
    territory: territorySchema.default('domestic'),
  })
  .refine((f) => !f.priorityDate || f.priorityDate <= f.filingDate, {
    path: ['priorityDate'],
    message: 'the priority date is on or before the filing date',
  });
export type RecordFilingInput = z.infer<typeof recordFilingSchema>;

export const recordMilestoneSchema = z
  .object({
    kind: z.enum(RECORDABLE_MILESTONES as unknown as [string, ...string[]]),
    occurredOn: isoDateSchema,
    /** office actions: the deadline the office set for the answer */
    responseDueOn: isoDateSchema.optional(),
    /** responses and extensions: the office action they answer */
    relatesTo: z.uuid().optional(),
    note: block(0, 2000).optional(),
    /** granted: the certificate (văn bằng) number */
    certificateNumber: line(1, 40).optional(),
    /** refused: why */
    reason: block(0, 2000).optional(),
  })
  .refine((m) => m.kind !== 'granted' || !!m.certificateNumber, {
    path: ['certificateNumber'],
    message: 'a grant needs the certificate number',
  })
  .refine((m) => m.kind !== 'refused' || !!m.reason, { path: ['reason'], message: 'a refusal needs its reason' })
  .refine((m) => !m.responseDueOn || m.responseDueOn >= m.occurredOn, {
    path: ['responseDueOn'],
    message: 'the response is due after the office action',
  });
export type RecordMilestoneInput = z.infer<typeof recordMilestoneSchema>;

export const milestoneViewSchema = z
  .object({
    id: z.string(),
    kind: milestoneKindSchema,
    occurredOn: z.string(),
    responseDueOn: z.string().nullable(),
    relatesTo: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: z.string(),
    document: z
      .object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.int(), sha256: z.string() })
      .nullable(),
  })
  .meta({ id: 'IpFilingMilestone' });
export type MilestoneView = z.infer<typeof milestoneViewSchema>;

export const filingSummarySchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    reference: z.string(),
    organisation: z.object({ id: z.string(), name: z.string() }),
    right: ipRightSchema,
    subjectKind: subjectKindSchema,
    subjectTitle: z.string(),
    applicationNumber: z.string(),
    territory: territorySchema,
    filingDate: z.string(),
    priorityDate: z.string().nullable(),
    stage: filingStageSchema,
    certificateNumber: z.string().nullable(),
    grantedOn: z.string().nullable(),
    refusedOn: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'IpFilingSummary' });
export type FilingSummary = z.infer<typeof filingSummarySchema>;

export const filingViewSchema = filingSummarySchema
  .extend({
    milestones: z.array(milestoneViewSchema),
    /** what an officer may record next */
    nextMilestones: z.array(milestoneKindSchema),
  })
  .meta({ id: 'IpFiling' });
export type FilingView = z.infer<typeof filingViewSchema>;

export const filingListQuerySchema = pageQuerySchema.extend({
  stage: filingStageSchema.optional(),
  right: ipRightSchema.optional(),
});
export type FilingListQuery = z.infer<typeof filingListQuerySchema>;
export const filingListSchema = pageSchema(filingSummarySchema);
