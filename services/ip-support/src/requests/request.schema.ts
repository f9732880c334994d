// Support requests: request bodies and views (the portal's types). Portal-safe: zod only.
import { z } from 'zod';
import { ipRightSchema, subjectKindSchema } from '../reference/reference.schema.js';
import { block, line, pageQuerySchema, pageSchema } from '../shared/schema-primitives.js';
import { REQUEST_ACTIONS, REQUEST_STATES } from './request-lifecycle.js';

export const requestStateSchema = z.enum(REQUEST_STATES);
export const requestActionSchema = z.enum(REQUEST_ACTIONS);

const niceClassesSchema = z
  .array(z.int().min(1).max(45))
  .max(45)
  .refine((classes) => new Set(classes).size === classes.length, 'each Nice class once')
  .describe('Nhóm hàng hóa/dịch vụ theo Bảng phân loại Nice (1–45) / Nice classes');

const requestFields = {
  right: ipRightSchema,
  subjectKind: subjectKindSchema,
  subjectTitle: line(3, 200).describe('Tên sản phẩm, công nghệ… / the subject'),
  /** a Techmart offer's or a recognised initiative's id (subjectKind techmart_offer / initiative) */
  subjectRefId: z.uuid().optional(),
  description: block(10, 5000),
  niceClasses: niceClassesSchema.optional(),
  claimCount: z.int().min(1).max(500).optional().describe('Số điểm yêu cầu bảo hộ / number of claims'),
  designCount: z.int().min(1).max(100).optional().describe('Số phương án kiểu dáng / number of design variants'),
};

const linkedKinds = new Set(['initiative', 'techmart_offer']);

export const createRequestSchema = z
  .object(requestFields)
  .refine((r) => !linkedKinds.has(r.subjectKind) || r.subjectRefId !== undefined, {
    path: ['subjectRefId'],
    message: 'a linked platform item needs its id',
  });
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

export const updateRequestSchema = z.object({
  subjectTitle: requestFields.subjectTitle.optional(),
  description: requestFields.description.optional(),
  niceClasses: requestFields.niceClasses,
  claimCount: requestFields.claimCount.nullable(),
  designCount: requestFields.designCount.nullable(),
});
export type UpdateRequestInput = z.infer<typeof updateRequestSchema>;

export const acceptRequestSchema = z.object({ note: block(0, 2000).optional() });
export const resubmitRequestSchema = z.object({ message: block(0, 5000).optional() });
export const withdrawRequestSchema = z.object({ reason: block(0, 2000).optional() });
export const assignRequestSchema = z.object({
  assigneeId: z.string().min(1).max(100),
  assigneeName: line(1, 120),
});
export type AssignRequestInput = z.infer<typeof assignRequestSchema>;

export const requestListQuerySchema = pageQuerySchema.extend({
  state: requestStateSchema.optional(),
  right: ipRightSchema.optional(),
  assignee: z.enum(['me', 'unassigned']).optional(),
  organisationId: z.string().max(100).optional(),
  q: line(0, 100).optional(),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

export const organisationViewSchema = z.object({ id: z.string(), name: z.string() });

export const requestSummarySchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    organisation: organisationViewSchema,
    requesterName: z.string(),
    right: ipRightSchema,
    subjectKind: subjectKindSchema,
    subjectTitle: z.string(),
    subjectRefId: z.string().nullable(),
    state: requestStateSchema,
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'IpRequestSummary' });
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const linkedSubjectSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  status: z.string().nullable(),
});

export const requestViewSchema = requestSummarySchema
  .extend({
    description: z.string(),
    niceClasses: z.array(z.int()),
    claimCount: z.int().nullable(),
    designCount: z.int().nullable(),
    stateReason: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    revision: z.int(),
    /** the platform item, when the projection knows it */
    linkedSubject: linkedSubjectSchema.nullable(),
    /** what the caller can do now (buttons) */
    allowedActions: z.array(requestActionSchema),
    dossier: z
      .object({ mandatoryCount: z.int(), acceptedCount: z.int(), itemCount: z.int(), complete: z.boolean() })
      .nullable(),
  })
  .meta({ id: 'IpRequestView' });
export type RequestView = z.infer<typeof requestViewSchema>;

export const requestListSchema = pageSchema(requestSummarySchema);
export type RequestList = z.infer<typeof requestListSchema>;

// ---- thread ----

export const postMessageSchema = z.object({
  body: block(1, 5000),
  /** an officers-only note (businesses never see it) */
  internal: z.boolean().default(false),
});
export type PostMessageInput = z.infer<typeof postMessageSchema>;

export const messageViewSchema = z
  .object({
    id: z.string(),
    authorId: z.string(),
    authorName: z.string(),
    authorSide: z.enum(['business', 'officer']),
    internal: z.boolean(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'IpRequestMessage' });
export type MessageView = z.infer<typeof messageViewSchema>;

export const messageListSchema = pageSchema(messageViewSchema);
export const messageListQuerySchema = pageQuerySchema;
