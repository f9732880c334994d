// Reference data as the portal reads it: fields and the legal gates in force.
import { z } from 'zod';

export const fieldViewSchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const legalGateViewSchema = z.object({
  code: z.string(),
  regulation: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  questionVi: z.string(),
  questionEn: z.string(),
  redirectsToIp: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const referenceViewSchema = z.object({
  fields: z.array(fieldViewSchema),
  legalGates: z.array(legalGateViewSchema),
});

export type FieldView = z.output<typeof fieldViewSchema>;
export type LegalGateView = z.output<typeof legalGateViewSchema>;
export type ReferenceView = z.output<typeof referenceViewSchema>;
