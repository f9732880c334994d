// Dossiers: the per-item view with the current document and its signature verdict. Portal-safe.
import { z } from 'zod';
import { SIGNATURE_STATUSES } from '../shared/hooks.js';
import { block } from '../shared/schema-primitives.js';

export const signatureStatusSchema = z.enum(SIGNATURE_STATUSES);
export const dossierItemStateSchema = z.enum(['missing', 'uploaded', 'accepted', 'rejected']);

export const documentViewSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.int(),
    sha256: z.string(),
    uploadedAt: z.string(),
    uploadedByName: z.string(),
    signatureStatus: signatureStatusSchema,
    signatureReport: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'IpDossierDocument' });
export type DocumentView = z.infer<typeof documentViewSchema>;

export const dossierItemViewSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    titleVi: z.string(),
    titleEn: z.string(),
    hintVi: z.string().nullable(),
    hintEn: z.string().nullable(),
    mandatory: z.boolean(),
    signatureRequired: z.boolean(),
    state: dossierItemStateSchema,
    reviewNote: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    /** 'ok' | 'flagged' (needs an explicit acknowledgement) | 'blocked' (replace the document) */
    signatureGate: z.enum(['ok', 'flagged', 'blocked']).nullable(),
    document: documentViewSchema.nullable(),
    history: z.array(documentViewSchema),
  })
  .meta({ id: 'IpDossierItem' });
export type DossierItemView = z.infer<typeof dossierItemViewSchema>;

export const feeEstimateSchema = z.object({
  totalVnd: z.string(),
  lines: z.array(
    z.object({
      code: z.string(),
      labelVi: z.string(),
      labelEn: z.string(),
      quantity: z.number(),
      amountVnd: z.string(),
    }),
  ),
  effectiveFrom: z.string(),
});

export const dossierViewSchema = z
  .object({
    requestId: z.string(),
    checklistId: z.string().nullable(),
    open: z.boolean(),
    complete: z.boolean(),
    mandatoryCount: z.int(),
    acceptedCount: z.int(),
    fee: feeEstimateSchema.nullable(),
    items: z.array(dossierItemViewSchema),
  })
  .meta({ id: 'IpDossier' });
export type DossierView = z.infer<typeof dossierViewSchema>;

export const reviewItemSchema = z
  .object({
    verdict: z.enum(['accepted', 'rejected']),
    note: block(0, 2000).optional(),
    /** accept although the signature check flagged the document (needs a note; recorded) */
    acceptFlaggedSignature: z.boolean().default(false),
  })
  .refine((r) => r.verdict !== 'rejected' || (r.note ?? '').length > 0, {
    path: ['note'],
    message: 'say why the document is rejected',
  })
  .refine((r) => !r.acceptFlaggedSignature || (r.note ?? '').length > 0, {
    path: ['note'],
    message: 'say why a flagged signature is accepted',
  });
export type ReviewItemInput = z.infer<typeof reviewItemSchema>;
