// Reference data shapes. Portal-safe: zod only.

import { z } from 'zod';

export const sectorViewSchema = z
  .object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })
  .meta({ id: 'Sector' });

export const provinceViewSchema = z
  .object({
    provinceCode: z.string(),
    provinceName: z.string(),
    communes: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .meta({ id: 'ProvinceLocalities' });

export type SectorView = z.infer<typeof sectorViewSchema>;
export type ProvinceView = z.infer<typeof provinceViewSchema>;

const validitySchema = {
  validFrom: z.iso.date().optional().describe('YYYY-MM-DD, first day in force (Vietnam time); absent = always'),
  validTo: z.iso.date().optional().describe('YYYY-MM-DD, last day in force; absent = until further notice'),
};

function datesInOrder(value: { validFrom?: string | undefined; validTo?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.validFrom && value.validTo && value.validFrom > value.validTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['validTo'],
      message: 'validTo is before validFrom',
      params: {
        vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
        en: 'The end date must not precede the start date.',
      },
    });
  }
}

const name = z
  .string()
  .overwrite((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
  .min(2)
  .max(200);

export const sectorEditSchema = z
  .object({ nameVi: name, nameEn: name, ...validitySchema })
  .superRefine(datesInOrder)
  .meta({ id: 'SectorEdit' });

export const communeEditSchema = z
  .object({ provinceCode: z.string().min(1).max(20), name, ...validitySchema })
  .superRefine(datesInOrder)
  .meta({ id: 'CommuneEdit' });

export const adminSectorViewSchema = z
  .object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    validFrom: z.string().optional(),
    validTo: z.string().optional(),
    inForce: z.boolean(),
    adminEdited: z.boolean(),
  })
  .meta({ id: 'AdminSector' });

export const adminCommuneViewSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    provinceCode: z.string(),
    validFrom: z.string().optional(),
    validTo: z.string().optional(),
    inForce: z.boolean(),
    adminEdited: z.boolean(),
  })
  .meta({ id: 'AdminCommune' });

/** A reference code in a path: letters, digits and dashes. */
export const referenceCodeSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);

export type SectorEdit = z.infer<typeof sectorEditSchema>;
export type CommuneEdit = z.infer<typeof communeEditSchema>;
export type AdminSectorView = z.infer<typeof adminSectorViewSchema>;
export type AdminCommuneView = z.infer<typeof adminCommuneViewSchema>;
