// Reference values the portal shows in pickers: rights and subject kinds. Portal-safe (zod only).
import { z } from 'zod';

export const IP_RIGHTS = [
  'trademark',
  'collective_mark',
  'certification_mark',
  'patent',
  'utility_solution',
  'industrial_design',
  'geographical_indication',
] as const;
export const ipRightSchema = z.enum(IP_RIGHTS);
export type IpRightCode = z.infer<typeof ipRightSchema>;

export const SUBJECT_KINDS_CODES = ['product', 'technology', 'ocop_product', 'initiative', 'techmart_offer'] as const;
export const subjectKindSchema = z.enum(SUBJECT_KINDS_CODES);
export type SubjectKindCode = z.infer<typeof subjectKindSchema>;

export const rightInfoSchema = z.object({
  code: ipRightSchema,
  nameVi: z.string(),
  nameEn: z.string(),
  countedBy: z.enum(['nice_classes', 'claims', 'designs', 'none']),
});

export const referenceSchema = z.object({
  rights: z.array(rightInfoSchema),
  subjectKinds: z.array(z.object({ code: subjectKindSchema, nameVi: z.string(), nameEn: z.string() })),
});
export type ReferenceView = z.infer<typeof referenceSchema>;
