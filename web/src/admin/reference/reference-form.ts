// The reference-data edit rules (Techmart's sectorEditSchema / communeEditSchema): names of 2–200
// characters, optional Vietnam-day dates in order, codes of lower-case letters, digits and dashes.
import { z } from 'zod';

const name = z.string().trim().min(2, 'admin.v.name').max(200, 'admin.v.name');
const day = z.union([z.literal(''), z.iso.date('admin.v.dates')]);

export const referenceFormSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{1,40}$/, 'admin.v.code'),
    nameVi: name,
    /** sectors only; communes have one name */
    nameEn: z.union([z.literal(''), name]),
    validFrom: day,
    validTo: day,
  })
  .refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, {
    path: ['validTo'],
    message: 'admin.v.dates',
  });

export type ReferenceFormValues = z.infer<typeof referenceFormSchema>;

/** The PUT body's dates: an empty date is left out (no limit). */
export function validity(values: { validFrom: string; validTo: string }): { validFrom?: string; validTo?: string } {
  return {
    ...(values.validFrom ? { validFrom: values.validFrom } : {}),
    ...(values.validTo ? { validTo: values.validTo } : {}),
  };
}
